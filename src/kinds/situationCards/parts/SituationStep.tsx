import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { MediaImage } from '../../../ui/MediaImage';
import { PictureCard } from '../../../ui/PictureCard';
import { Pictogram } from '../../../ui/Pictogram';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { PhotoInput, VoicePlay } from '../../shared/MediaInputs';
import type { KindViewProps } from '../../types';
import { notesOf, situationPhotoWrite, type Situation } from '../model';
import { SideNotes } from './SideNotes';

interface Props extends KindViewProps<'situationCards'> {
  readonly situation: Situation;
}

/** One situation: its card, "act it out twice", and the notes on what went well and what went wrong. */
export function SituationStep({ exercise, answers, situation, onStep }: Props) {
  const { t, tContent } = useT();
  const notes = notesOf(answers.entries, situation.id);
  return (
    <div class="stack">
      {situation.isOwn ? (
        <div class="picture-card picture-card--large" data-card>
          <Pictogram id="act-out" size={128} />
          <div class="picture-card__body stack">
            {situation.photoId ? <MediaImage mediaId={situation.photoId} alt={t('kinds.situationCards.photoOf')} size="large" /> : null}
            <Say class="picture-card__text" text={situation.text ?? t('kinds.situationCards.ownCard')} />
            {situation.voiceId ? <VoicePlay mediaId={situation.voiceId} /> : null}
            <PhotoInput hasPhoto={Boolean(situation.photoId)} onSaved={(photoId) => void answers.put(situationPhotoWrite(situation, photoId))} />
            <RemoveButton
              label={t('actions.remove')}
              onClick={() => {
                onStep(null);
                void answers.remove('situation', situation.id, t('kinds.situationCards.cardRemoved'));
              }}
            />
          </div>
          <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        </div>
      ) : (
        <PictureCard size="large" pictogram={situation.pictogram} text={tContent(situation.textKey)} speakLabel={t('actions.listen')} />
      )}
      <PictureCard pictogram="act-out" text={t('kinds.situationCards.actOut')} speakLabel={t('actions.listen')} />
      <div class="situation-sides">
        <SideNotes side="well" situationId={situation.id} notes={notes.well} answers={answers} talk={[]} />
        <SideNotes side="wrong" situationId={situation.id} notes={notes.wrong} answers={answers} talk={exercise.config.talk} />
      </div>
      <div class="step-nav">
        <BigButton pictogram="previous" label={t('kinds.situationCards.backToCards')} onClick={() => onStep(null)} />
        <BigButton variant="primary" pictogram="good-things" label={t('kinds.situationCards.toHelpers')} onClick={() => onStep('helpers')} />
      </div>
    </div>
  );
}
