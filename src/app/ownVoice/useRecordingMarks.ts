import { useEffect } from 'preact/hooks';
import { recordingKey } from '../../services/speech/ownRecordings';
import { sentencesIn } from '../../services/speech/speech';
import { markCandidates, readRootOf } from './recordTarget';

const markClass = 'has-own-voice';
const isSpeakButton = (el: Element): boolean => el.classList.contains('speak-button');

/** A small microphone on every card, tile and "Kuuntele" button whose words the group has recorded. */
export function useRecordingMarks(recordedKeys: ReadonlySet<string>): void {
  useEffect(() => {
    let frame = 0;
    const mark = () => {
      frame = 0;
      const candidates = markCandidates(document.body);
      // Cards and tiles first; a "Kuuntele" inside a card that already shows the mark needs none.
      for (const el of [...candidates.filter((c) => !isSpeakButton(c)), ...candidates.filter(isSpeakButton)]) {
        const root = isSpeakButton(el) ? readRootOf(el as HTMLElement) : el;
        const sentences = root ? sentencesIn(root) : [];
        const isMarkedAround = isSpeakButton(el) && Boolean(root?.closest(`.${markClass}`));
        el.classList.toggle(markClass, !isMarkedAround && sentences.length > 0 && recordedKeys.has(recordingKey(sentences)));
      }
    };
    const later = () => {
      frame ||= requestAnimationFrame(mark);
    };
    mark();
    // Screens change their cards as people answer: look again after each change (not on class changes).
    const observer = new MutationObserver(later);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [recordedKeys]);
}
