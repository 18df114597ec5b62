import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';

/** The end of one visitor's answers; the next visitor starts when they are ready (no timer). */
export function Thanks({ onNext }: { readonly onNext: () => void }) {
  const { t } = useT();
  return (
    <div class="kiosk-thanks stack" data-card>
      <Pictogram id="thanks" size={160} />
      <h2 class="kiosk-thanks__title">
        <Say text={t('feedbackKiosk.thanksTitle')} />
      </h2>
      <p class="lead">
        <Say text={t('feedbackKiosk.thanksText')} />
      </p>
      <BigButton variant="primary" layout="tile" pictogram="new-answer" label={t('feedbackKiosk.nextVisitor')} onClick={onNext} />
    </div>
  );
}
