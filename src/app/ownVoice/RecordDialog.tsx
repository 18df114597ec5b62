import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { offerUndo } from '../../state/undoStore';
import { listRecordings, removeRecording, restoreRecording, saveRecording } from '../../storage/repositories/ownVoices';
import { BigButton } from '../../ui/BigButton';
import { MediaContext, type MediaProblem } from '../../ui/mediaPort';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { VoicePlayer } from '../../ui/VoicePlayer';
import { VoiceRecorder } from '../../ui/VoiceRecorder';
import { useLive } from '../hooks/useLive';
import { mediaPortFor } from '../parts/mediaPortFor';

export interface WordsToRecord {
  readonly key: string;
  readonly lang: string;
  readonly text: string;
}

interface Props {
  readonly groupId: string;
  readonly words: WordsToRecord;
  readonly onClose: () => void;
}

/** Record the group's own voice for one card's words: record, listen, record again or remove (with undo). */
export function RecordDialog({ groupId, words, onClose }: Props) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const media = useMemo(() => mediaPortFor(groupId), [groupId]);
  const recordings = useLive(() => listRecordings(groupId), [groupId]);
  const [problem, setProblem] = useState<MediaProblem | null>(null);
  const saved = recordings?.find((r) => r.key === words.key);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
  }, []);
  const remove = async () => {
    await removeRecording(groupId, words.key);
    offerUndo({ message: t('ownVoice.removed'), undo: () => restoreRecording(groupId, words.key) });
  };
  return (
    <dialog ref={dialog} class="help-dialog own-voice-dialog" aria-labelledby="own-voice-title" onClose={onClose} onCancel={onClose}>
      <MediaContext.Provider value={media}>
        <div class="help-dialog__content">
          <h2 id="own-voice-title" class="section-title">
            <Pictogram id="record" size={48} />
            <Say text={t(saved ? 'ownVoice.hasRecording' : 'ownVoice.title')} />
          </h2>
          {/* The words shown on the card, in their own language: a user's own text is never HTML. */}
          <p class="own-voice-dialog__words" lang={words.lang}>
            {words.text}
          </p>
          {problem ? (
            <p class="notice notice--error" role="alert">
              <Say text={t(`media.problems.${problem}`)} />
            </p>
          ) : null}
          <div class="button-row">
            {saved ? <VoicePlayer mediaId={saved.mediaId} playLabel={t('ownVoice.play')} stopLabel={t('media.stopPlaying')} /> : null}
            <VoiceRecorder
              recordLabel={t(saved ? 'ownVoice.recordAgain' : 'ownVoice.record')}
              stopLabel={t('media.stopRecording')}
              onProblem={setProblem}
              onSaved={(mediaId) => {
                setProblem(null);
                void saveRecording(groupId, { ...words, mediaId });
              }}
            />
            {saved ? <BigButton pictogram="remove" label={t('ownVoice.remove')} onClick={() => void remove()} /> : null}
            <BigButton variant="primary" pictogram="done" label={t('actions.ready')} onClick={() => dialog.current?.close()} />
          </div>
        </div>
      </MediaContext.Provider>
    </dialog>
  );
}
