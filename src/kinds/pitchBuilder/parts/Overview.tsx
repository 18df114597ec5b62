import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import type { KindViewProps } from '../../types';
import { askStep, isAnswered, pitchStep, questionStep } from '../model';
import type { PitchRow } from './usePitch';

interface Props extends KindViewProps<'pitchBuilder'> {
  readonly rows: readonly PitchRow[];
}

/** What an elevator pitch is, its questions as big tiles (answered or not), the whole pitch and the pair practice. */
export function Overview({ exercise, rows, onStep, links }: Props) {
  const { t, tContent } = useT();
  const first = rows[0];
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(exercise.config.introKey)} speakLabel={t('actions.listen')} />
      <ul class="exercise-grid">
        {rows.map(({ question, answer }, n) => (
          <li key={question.id}>
            <button type="button" class="exercise-card" onClick={() => onStep(questionStep(question.id))}>
              <Pictogram id={question.pictogram} size={72} />
              <Say class="exercise-card__title" text={`${n + 1}. ${tContent(question.textKey)}`} />
              {isAnswered(answer) ? (
                <span class="badge badge--done">
                  <Pictogram id="done" size={24} />
                  <Say text={t('pitch.answered')} />
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      <div class="button-row">
        <BigButton variant="primary" pictogram="pitch" label={t('pitch.seeWhole')} onClick={() => onStep(pitchStep)} />
        {first ? <BigButton pictogram="pair-practice" label={t('pitch.practise')} onClick={() => onStep(askStep(first.question.id))} /> : null}
        {links.slideshow ? <BigButton pictogram="fullscreen" label={t('slideshow.open')} href={links.slideshow(null)} /> : null}
      </div>
    </div>
  );
}
