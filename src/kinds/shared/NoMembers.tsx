import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';

/** Said where members take turns but the group has none yet, with the way to the members. */
export function NoMembers({ membersHref }: { readonly membersHref: string }) {
  const { t } = useT();
  return (
    <Notice pictogram="group" text={t('turns.noMembers')}>
      <BigButton pictogram="group" label={t('actions.members')} href={membersHref} />
    </Notice>
  );
}
