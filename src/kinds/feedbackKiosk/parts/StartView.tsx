import type { PictogramId } from '../../../content/pictogramId';
import type { FeedbackKioskConfig } from '../../../content/types';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Section } from '../../../ui/Section';
import type { Answers } from '../../types';
import { Summary } from './Summary';

interface Props {
  readonly config: FeedbackKioskConfig;
  readonly pictogram: PictogramId;
  readonly answers: Answers;
  readonly onStart: () => void;
}

/** For the support persons: what the survey is and asks, the button that starts the kiosk, and the summary. */
export function StartView({ config, pictogram, answers, onStart }: Props) {
  const { t, tContent } = useT();
  return (
    <div class="stack">
      <PictureCard pictogram={pictogram} text={tContent(config.introKey)} speakLabel={t('actions.listen')} />
      <PictureCard pictogram="support-mode" text={t('feedbackKiosk.lockInfo')} speakLabel={t('actions.listen')} />
      <Section title={t('feedbackKiosk.questions')} pictogram="question">
        <PictureCard pictogram="feel-fun" text={tContent(config.funQuestionKey)} speakLabel={t('actions.listen')} />
        {config.questions.map((q) => (
          <PictureCard key={q.id} pictogram={q.pictogram} text={tContent(q.textKey)} speakLabel={t('actions.listen')} />
        ))}
      </Section>
      <BigButton variant="primary" layout="tile" pictogram="feedback" label={t('feedbackKiosk.start')} onClick={onStart} />
      <Summary config={config} answers={answers} />
    </div>
  );
}
