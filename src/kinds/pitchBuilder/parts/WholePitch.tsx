import { useContext, useRef } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { SpeechContext } from '../../../ui/speechPort';
import { VoicePlay } from '../../shared/MediaInputs';
import { askStep, questionStep } from '../model';
import type { PitchRow } from './usePitch';

interface Props {
  readonly rows: readonly PitchRow[];
  readonly onStep: (step: string | null) => void;
  /** The presentation as slides (opened from here, it comes back here). */
  readonly slideshowHref?: string | undefined;
}

/** The whole pitch as one card, read aloud with one button; voice answers play under it. */
export function WholePitch({ rows, onStep, slideshowHref }: Props) {
  const { t, tContent } = useT();
  const speech = useContext(SpeechContext);
  const speechText = useRef<HTMLOListElement>(null);
  const voices = rows.filter((r) => r.answer?.voiceId);
  const first = rows[0];
  return (
    <div class="stack">
      <h2 class="section-title section-title--big">
        <Pictogram id="pitch" size={48} />
        <Say text={t('pitch.wholeTitle')} />
      </h2>
      <div class="board-card pitch-card" data-card>
        <ol class="pitch-card__rows" ref={speechText}>
          {rows.map(({ question, answer }) => (
            <li key={question.id} class="pitch-card__row">
              <Pictogram id={question.pictogram} size={48} />
              <div class="stack">
                <Say class="pitch-card__question" text={tContent(question.textKey)} />
                <Say class="pitch-card__answer" text={answer?.text ?? (answer?.voiceId ? t('pitch.voiceOnly') : answer?.drawingId ? t('pitch.drawingOnly') : t('pitch.noAnswer'))} />
              </div>
            </li>
          ))}
          <li class="pitch-card__row">
            <Pictogram id="thanks" size={48} />
            <Say class="pitch-card__answer" text={t('pitch.thanks')} />
          </li>
        </ol>
        <BigButton
          variant="primary"
          pictogram="read-aloud"
          label={t('pitch.listenWhole')}
          onClick={() => {
            if (speechText.current) speech.readAloud(speechText.current);
          }}
        />
      </div>
      {voices.length > 0 ? (
        <Section title={t('pitch.voiceAnswers')} pictogram="record">
          <ul class="summary-list">
            {voices.map(({ question, answer }) => (
              <li key={question.id} class="summary-row">
                <Pictogram id={question.pictogram} size={40} />
                <Say text={tContent(question.textKey)} />
                {answer?.voiceId ? <VoicePlay mediaId={answer.voiceId} /> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <div class="button-row">
        {slideshowHref ? <BigButton variant="primary" pictogram="fullscreen" label={t('slideshow.open')} href={slideshowHref} /> : null}
        {first ? <BigButton pictogram="pair-practice" label={t('pitch.practise')} onClick={() => onStep(askStep(first.question.id))} /> : null}
        {first ? <BigButton pictogram="edit" label={t('pitch.change')} onClick={() => onStep(questionStep(first.question.id))} /> : null}
        <BigButton pictogram="previous" label={t('pitch.backToQuestions')} onClick={() => onStep(null)} />
      </div>
    </div>
  );
}
