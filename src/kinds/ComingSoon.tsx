import { useT } from '../i18n/useT';
import { PictureCard } from '../ui/PictureCard';

/** What an exercise of a kind that is not built yet shows: a friendly card, never a crash. */
export function ComingSoon() {
  const { t } = useT();
  return <PictureCard size="large" pictogram="coming-soon" text={t('exercise.comingSoon')} speakLabel={t('actions.listen')} />;
}
