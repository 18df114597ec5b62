import { useEffect, useState } from 'preact/hooks';
import '../../ui/styles/ownVoice.css';
import { recordingKey } from '../../services/speech/ownRecordings';
import { sentencesIn } from '../../services/speech/speech';
import { useT } from '../../i18n/useT';
import { useStore } from '../../state/useStore';
import { BigButton } from '../../ui/BigButton';
import { Say } from '../../ui/Say';
import { ownVoiceStore, setChoosing } from '../../state/ownVoiceStore';
import { RecordDialog, type WordsToRecord } from './RecordDialog';
import { spokenRootOf } from './recordTarget';
import { useOwnRecordings } from './useOwnRecordings';
import { useRecordingMarks } from './useRecordingMarks';
import { useScreenSettled } from './useScreenSettled';

interface Props {
  readonly groupId: string;
  readonly isSupport: boolean;
  readonly isKiosk: boolean;
}

/**
 * The group's own voices over any screen of the group: its recordings play at a tap and carry a
 * microphone mark; in support-person mode, while choosing, a tap on a card, tile or "Kuuntele"
 * opens the recorder for exactly the words that tap would read. "Nauhoita omia ääniä" at the end of
 * each of the group's screens starts choosing; it goes on from screen to screen until "Lopeta".
 */
export function OwnVoiceLayer({ groupId, isSupport, isKiosk }: Props) {
  const { t } = useT();
  useOwnRecordings(groupId);
  const recordedKeys = useStore(ownVoiceStore, (s) => s.recordedKeys);
  const isChoosing = useStore(ownVoiceStore, (s) => s.isChoosing) && isSupport;
  const [words, setWords] = useState<WordsToRecord | null>(null);
  useRecordingMarks(recordedKeys);
  const isSettled = useScreenSettled();

  useEffect(() => {
    if (!isSupport) setChoosing(false);
  }, [isSupport]);
  useEffect(() => {
    if (!isChoosing) return undefined;
    const pick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      // The top bar (back, lock, this mode's own button) and the choosing bar work as usual.
      if (!target || target.closest('.top-bar, .own-voice-bar, dialog')) return;
      event.preventDefault();
      event.stopPropagation();
      const root = spokenRootOf(target);
      const sentences = root ? sentencesIn(root) : [];
      const first = sentences[0];
      if (!first) return;
      setWords({ key: recordingKey(sentences), lang: first.lang, text: sentences.map((s) => s.text).join(' ') });
    };
    document.addEventListener('click', pick, true);
    document.documentElement.toggleAttribute('data-choosing-recording', true);
    return () => {
      document.removeEventListener('click', pick, true);
      document.documentElement.toggleAttribute('data-choosing-recording', false);
    };
  }, [isChoosing]);

  return (
    <>
      {isSupport && !isChoosing && !isKiosk && isSettled ? (
        <div class="own-voice-start">
          <Say text={t('ownVoice.startHint')} />
          <BigButton pictogram="record" label={t('ownVoice.start')} onClick={() => setChoosing(true)} />
        </div>
      ) : null}
      {isChoosing ? (
        <div class="own-voice-bar" role="status">
          <Say class="own-voice-bar__text" text={t('ownVoice.choose')} />
          <BigButton pictogram="done" label={t('ownVoice.stopChoosing')} onClick={() => setChoosing(false)} />
        </div>
      ) : null}
      {words ? <RecordDialog groupId={groupId} words={words} onClose={() => setWords(null)} /> : null}
    </>
  );
}
