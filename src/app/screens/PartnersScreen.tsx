import { partnersExerciseId, partnerType, readPartners } from '../../domain/partners';
import { useT } from '../../i18n/useT';
import { listExerciseEntries } from '../../storage/repositories/entries';
import { BigButton } from '../../ui/BigButton';
import { Loading } from '../../ui/Loading';
import { PictureCard } from '../../ui/PictureCard';
import { answersFor } from '../hooks/answersFor';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { PartnerCard } from '../partners/PartnerCard';
import { href, type Route } from '../router';
import { SupportOnly } from '../support/SupportOnly';

/** The group's partner network: everyone sees who helps and how to reach them; support persons edit. */
export function PartnersScreen({ route, groupId }: { readonly route: Route; readonly groupId: string }) {
  const { t } = useT();
  const entries = useLive(() => listExerciseEntries(groupId, partnersExerciseId), [groupId]);
  if (!entries) return <AppScreen route={route} title={t('partners.title')}><Loading /></AppScreen>;
  const answers = answersFor(groupId, 'group', partnersExerciseId, entries);
  const partners = readPartners(entries);
  return (
    <AppScreen route={route} title={t('partners.title')}>
      <PictureCard pictogram="partner" text={t(partners.length === 0 ? 'partners.none' : 'partners.intro')} speakLabel={t('actions.listen')} />
      {partners.map((partner) => (
        <PartnerCard
          key={partner.key}
          partner={partner}
          editHref={href({ name: 'editPartner', groupId, partnerId: partner.key })}
          onRemove={() => void answers.remove(partnerType, partner.key, t('partners.removed', { name: partner.name }))}
        />
      ))}
      <SupportOnly>
        <BigButton variant="primary" pictogram="add" label={t('partners.add')} href={href({ name: 'newPartner', groupId })} />
      </SupportOnly>
    </AppScreen>
  );
}
