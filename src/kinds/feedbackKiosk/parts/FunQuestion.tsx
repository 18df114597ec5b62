import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import type { Fun } from '../model';

interface Props {
  readonly question: string;
  readonly fun: Fun | undefined;
  readonly onAnswer: (fun: Fun) => void;
  /** Goes on without an answer (or with the one given before). */
  readonly onNext: () => void;
  /** Starts a new visitor's answers; offered once this one has answered something. */
  readonly onNewVisitor: () => void;
  readonly hasAnswers: boolean;
}

/** "Did you have fun?" with two big faces: a tap answers (and says it), another tap changes it, "Seuraava" goes on. */
export function FunQuestion({ question, fun, onAnswer, onNext, onNewVisitor, hasAnswers }: Props) {
  const { t } = useT();
  return (
    <div class="stack">
      <p class="lead">
        <Say text={t('feedbackKiosk.welcome')} />
      </p>
      <PictureCard size="large" pictogram="feedback" text={question} speakLabel={t('actions.listen')} />
      <div class="kiosk-faces" role="group" aria-label={question}>
        <BigButton class="kiosk-face" layout="tile" pictogram="feel-fun" label={t('feedbackKiosk.yes')} pressed={fun === 'yes'} onClick={() => onAnswer('yes')} />
        <BigButton class="kiosk-face" layout="tile" pictogram="not-fun" label={t('feedbackKiosk.no')} pressed={fun === 'no'} onClick={() => onAnswer('no')} />
      </div>
      <div class="button-row">
        <BigButton variant={fun ? 'primary' : 'quiet'} pictogram="next" label={t(fun ? 'feedbackKiosk.next' : 'feedbackKiosk.skip')} onClick={onNext} />
        {hasAnswers ? <BigButton variant="quiet" pictogram="new-answer" label={t('feedbackKiosk.newVisitor')} onClick={onNewVisitor} /> : null}
      </div>
    </div>
  );
}
