import { useRef } from 'preact/hooks';
import type { PictureText } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { TextField } from '../../../ui/TextField';
import { useDraft } from '../../../ui/useDraft';
import { VoiceInput, VoicePlay } from '../../shared/MediaInputs';
import { repliesSchema, type Reply } from '../model';

interface Props {
  readonly questions: readonly PictureText[];
  readonly onSave: (replies: Readonly<Record<string, Reply>>) => Promise<void>;
  readonly onCancel: () => void;
  /** Keeps the half-written answer through a reload (see ui/useDraft). */
  readonly draftKey: string;
}

/** A passer-by's answers: say the question, then record the answer or write a few words. */
export function NewAnswer({ questions, onSave, onCancel, draftKey }: Props) {
  const { t, tContent } = useT();
  const [replies, setReplies, clearReplies] = useDraft<Record<string, Reply>>(`${draftKey}/new`, repliesSchema, {});
  // A quick double tap on "Tallenna vastaus" saves one answer: the second waits for the first.
  const savingRef = useRef(false);
  const change = (id: string, patch: Reply) => setReplies((previous) => ({ ...previous, [id]: { ...previous[id], ...patch } }));
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (savingRef.current) return;
        savingRef.current = true;
        void onSave(replies)
          .then(clearReplies)
          .finally(() => {
            savingRef.current = false;
          });
      }}
    >
      {questions.map((q) => {
        const reply = replies[q.id];
        return (
          <fieldset key={q.id} class="stack answer-question">
            <legend class="visually-hidden">{tContent(q.textKey)}</legend>
            <PictureCard pictogram={q.pictogram} text={tContent(q.textKey)} speakLabel={t('actions.listen')} />
            {reply?.voiceId ? <VoicePlay mediaId={reply.voiceId} /> : null}
            <VoiceInput hasVoice={Boolean(reply?.voiceId)} onSaved={(voiceId) => change(q.id, { voiceId })} />
            <TextField name={`reply-${q.id}`} label={t('kinds.fieldNotes.write')} pictogram="pencil-paper" value={reply?.text ?? ''} maxLength={1000} onInput={(text) => change(q.id, { text })} />
          </fieldset>
        );
      })}
      <div class="button-row">
        <BigButton type="submit" variant="primary" pictogram="save" label={t('kinds.fieldNotes.saveAnswer')} />
        <BigButton pictogram="close" label={t('actions.cancel')} onClick={() => {
            clearReplies();
            onCancel();
          }} />
      </div>
    </form>
  );
}
