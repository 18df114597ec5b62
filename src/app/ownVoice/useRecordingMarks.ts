import { useEffect } from 'preact/hooks';
import { recordingKey } from '../../services/speech/ownRecordings';
import { sentencesIn } from '../../services/speech/speech';
import { markCandidates, readRootOf } from './recordTarget';

const markClass = 'has-own-voice';

/** A small microphone on every card, tile and "Kuuntele" button whose words the group has recorded. */
export function useRecordingMarks(recordedKeys: ReadonlySet<string>): void {
  useEffect(() => {
    let frame = 0;
    const mark = () => {
      frame = 0;
      for (const el of markCandidates(document.body)) {
        const root = el.classList.contains('speak-button') ? readRootOf(el as HTMLElement) : el;
        const sentences = root ? sentencesIn(root) : [];
        el.classList.toggle(markClass, sentences.length > 0 && recordedKeys.has(recordingKey(sentences)));
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
