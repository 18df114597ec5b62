import { useT } from '../../../i18n/useT';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { DrawingImage } from '../../shared/drawing/DrawingInput';
import { VoicePlay } from '../../shared/MediaInputs';
import type { PitchRow } from './usePitch';

/** The prompt card ("muistilappu"): the question's picture and the group's answer, to speak from. */
export function PromptCard({ row }: { readonly row: PitchRow }) {
  const { t } = useT();
  const { question, answer } = row;
  return (
    <div class="board-card prompt-card" data-card>
      <span class="badge">
        <Pictogram id="prompt-card" size={24} />
        <Say text={t('pitch.promptCard')} />
      </span>
      <div class="with-pictogram">
        <Pictogram id={question.pictogram} size={56} />
        <Say class="prompt-card__text" text={answer?.text ?? (answer?.voiceId ? t('pitch.voiceOnly') : answer?.drawingId ? t('pitch.drawingOnly') : t('pitch.noAnswer'))} />
      </div>
      {answer?.drawingId ? <DrawingImage mediaId={answer.drawingId} /> : null}
      <div class="button-row">
        <SpeakButton label={t('actions.listen')} scope="[data-card]" />
        {answer?.voiceId ? <VoicePlay mediaId={answer.voiceId} /> : null}
      </div>
    </div>
  );
}
