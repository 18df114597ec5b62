import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n/useT';
import { getGroup } from '../../storage/repositories/groups';
import { useLive } from '../hooks/useLive';
import { OwnPictures } from '../ownPictures/OwnPictures';
import type { Route } from '../router';
import { NotFoundScreen } from './NotFoundScreen';

interface Props {
  readonly route: Route;
  readonly groupId: string;
  readonly children: ComponentChildren;
}

/** Screens of a group show only for a group this device has (with its own pictures); otherwise a plain "not found". */
export function GroupGate({ route, groupId, children }: Props) {
  const { t } = useT();
  const group = useLive(async () => (await getGroup(groupId)) ?? null, [groupId]);
  // The group's own photos for pictograms show on every screen of the group.
  if (group !== null) return <OwnPictures groupId={groupId}>{children}</OwnPictures>;
  return <NotFoundScreen route={route} title={t('group.notFoundTitle')} text={t('group.notFound')} />;
}
