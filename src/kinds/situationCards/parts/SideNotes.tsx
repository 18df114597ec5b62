import type { PictureText } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { PictureCard } from '../../../ui/PictureCard';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { SpeakButton } from '../../../ui/SpeakButton';
import { AddCard } from '../../shared/AddCard';
import { DrawingImage } from '../../shared/drawing/DrawingInput';
import { VoicePlay } from '../../shared/MediaInputs';
import type { Answers } from '../../types';
import { newNoteWrite, type Note, type Side } from '../model';

interface Props {
  readonly side: Side;
  readonly situationId: string;
  readonly notes: readonly Note[];
  readonly answers: Answers;
  /** Questions for the talk on this side. */
  readonly talk: readonly PictureText[];
}

const look = {
  well: { title: 'kinds.situationCards.wentWell', add: 'kinds.situationCards.writeWell', pictogram: 'yes' },
  wrong: { title: 'kinds.situationCards.wentWrong', add: 'kinds.situationCards.writeWrong', pictogram: 'no' },
} as const;

/** One side of a card ("went well" or "went wrong"): the group's short notes, by words, voice or a drawing. */
export function SideNotes({ side, situationId, notes, answers, talk }: Props) {
  const { t, tContent } = useT();
  const { title, add, pictogram } = look[side];
  return (
    <Section title={t(title)} pictogram={pictogram} class={`situation-side situation-side--${side}`}>
      {talk.map((q) => (
        <PictureCard key={q.id} pictogram={q.pictogram} text={tContent(q.textKey)} speakLabel={t('actions.listen')} />
      ))}
      {notes.length > 0 ? (
        <ul class="card-grid">
          {notes.map((note) => (
            <li key={note.key} class="board-card" data-card>
              {note.text ? <Say class="card-face__text" text={note.text} /> : null}
              {note.voiceId ? <VoicePlay mediaId={note.voiceId} /> : null}
              {note.drawingId ? <DrawingImage mediaId={note.drawingId} /> : null}
              <div class="button-row">
                {note.text ? <SpeakButton label={t('actions.listen')} scope="[data-card]" /> : null}
                <RemoveButton label={t('actions.remove')} onClick={() => void answers.remove('note', note.key, t('kinds.situationCards.noteRemoved'))}>
                  <span class="visually-hidden"> {note.text ?? ''}</span>
                </RemoveButton>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <AddCard
        label={t(add)}
        pictogram={pictogram}
        onAdd={(content) => void answers.put(newNoteWrite(situationId, side, content))}
        onDrawn={(drawingId) => void answers.put(newNoteWrite(situationId, side, { drawingId }))}
      />
    </Section>
  );
}
