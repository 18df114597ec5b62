import type { Person } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { reportError } from '../../state/errorStore';
import { offerUndo } from '../../state/undoStore';
import { listMembers, removePerson, restorePerson } from '../../storage/repositories/people';
import { Avatar, memberLook } from '../../ui/Avatar';
import { BigButton } from '../../ui/BigButton';
import { Loading } from '../../ui/Loading';
import { Say } from '../../ui/Say';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { GroupMedia } from '../parts/GroupMedia';
import { roleLabelKey } from '../parts/roles';
import { href, type Route } from '../router';

/** The group's members: add, edit, remove (with undo). */
export function MembersScreen({ route, groupId }: { readonly route: Route; readonly groupId: string }) {
  const { t } = useT();
  const members = useLive(() => listMembers(groupId), [groupId]);

  const remove = async (person: Person) => {
    try {
      await removePerson(person.id);
      offerUndo({ message: t('members.removed', { name: person.name }), undo: () => restorePerson(person.id) });
    } catch (error) {
      reportError(error);
    }
  };

  // The list and its buttons appear together, so nothing moves under a finger.
  if (!members) return <AppScreen route={route} title={t('members.title')}><Loading /></AppScreen>;
  return (
    <AppScreen route={route} title={t('members.title')}>
      {members.length === 0 ? (
        <p class="lead">
          <Say text={t('members.none')} />
        </p>
      ) : null}
      <GroupMedia groupId={groupId}>
        <ul class="member-list">
          {members.map((m) => (
            <li key={m.id} class="member-row">
              <Avatar {...memberLook(m)} />
              <span class="member-row__role">
                <Say text={t(roleLabelKey[m.role])} />
                <Say class="member-row__consent" text={t(m.photoConsent ? 'members.consentGiven' : 'members.consentMissing')} />
              </span>
              <div class="member-row__actions">
                <BigButton pictogram="edit" label={t('actions.edit')} href={href({ name: 'editMember', groupId, personId: m.id })}>
                  <span class="visually-hidden"> {m.name}</span>
                </BigButton>
                <BigButton pictogram="remove" label={t('actions.remove')} onClick={() => void remove(m)}>
                  <span class="visually-hidden"> {m.name}</span>
                </BigButton>
              </div>
            </li>
          ))}
        </ul>
      </GroupMedia>
      <div class="button-row">
        <BigButton variant="primary" pictogram="add" label={t('members.add')} href={href({ name: 'newMember', groupId })} />
        <BigButton pictogram="done" label={t('actions.ready')} href={href({ name: 'group', groupId })} />
      </div>
    </AppScreen>
  );
}
