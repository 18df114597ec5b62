import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n/useT';
import { getGroup } from '../../storage/repositories/groups';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { useLive } from '../hooks/useLive';
import { href, type Route } from '../router';
import { AppScreen } from './AppScreen';

interface Props {
  readonly route: Route;
  readonly groupId: string;
  readonly children: ComponentChildren;
}

/** Screens of a group show only for a group this device has; otherwise a plain "not found". */
export function GroupGate({ route, groupId, children }: Props) {
  const { t } = useT();
  const group = useLive(async () => (await getGroup(groupId)) ?? null, [groupId]);
  if (group !== null) return <>{children}</>;
  return (
    <AppScreen route={route} title={t('group.notFoundTitle')}>
      <Notice pictogram="question" text={t('group.notFound')}>
        <BigButton variant="primary" pictogram="home" label={t('nav.home')} href={href({ name: 'start' })} />
      </Notice>
    </AppScreen>
  );
}
