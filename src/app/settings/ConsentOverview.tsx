import type { Group } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { listGroups } from '../../storage/repositories/groups';
import { listMembers } from '../../storage/repositories/people';
import { BigButton } from '../../ui/BigButton';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { useLive } from '../hooks/useLive';
import { href } from '../router';

/** Who has given photo consent, group by group; each member's consent is changed on their page. */
export function ConsentOverview() {
  const { t } = useT();
  const groups = useLive(listGroups, []);
  return (
    <Section title={t('settings.photoConsent')} pictogram="photo-consent">
      <p>
        <Say text={t('settings.consentWhy')} />
      </p>
      {groups?.map((group) => <GroupConsent key={group.id} group={group} />)}
    </Section>
  );
}

function GroupConsent({ group }: { readonly group: Group }) {
  const { t } = useT();
  const members = useLive(() => listMembers(group.id), [group.id]);
  return (
    <div class="stack">
      <h3 class="section-title">
        <Say text={group.name} />
      </h3>
      <ul class="rule-list">
        {members?.map((m) => (
          <li key={m.id} class="rule">
            <Pictogram id={m.photoConsent ? 'done' : 'close'} size={40} />
            <Say text={`${m.name}: ${t(m.photoConsent ? 'members.consentGiven' : 'members.consentMissing')}`} />
          </li>
        ))}
      </ul>
      <BigButton pictogram="edit" label={t('settings.changeConsent', { group: group.name })} href={href({ name: 'members', groupId: group.id })} />
    </div>
  );
}
