import { useContext } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { SupportModeContext } from '../../ui/modePort';
import { Notice } from '../../ui/Notice';

/** Said where members take turns but the group has none yet, with the way to the members (a support person's page). */
export function NoMembers({ membersHref }: { readonly membersHref: string }) {
  const { t } = useT();
  const isSupport = useContext(SupportModeContext);
  return (
    <Notice pictogram="group" text={t('turns.noMembers')}>
      {isSupport ? <BigButton pictogram="group" label={t('actions.members')} href={membersHref} /> : null}
    </Notice>
  );
}
