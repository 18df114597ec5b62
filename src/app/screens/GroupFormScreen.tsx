import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { reportError } from '../../state/errorStore';
import { createGroup, getGroup, updateGroup } from '../../storage/repositories/groups';
import { getGroupSettings, setOpenVoting } from '../../storage/repositories/groupSettings';
import { BigButton } from '../../ui/BigButton';
import { ChoiceTiles } from '../../ui/ChoiceTiles';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { navigate, type Route } from '../router';

const maxName = 80;

/** Create a group (then add its members), or edit its name and meeting place. */
export function GroupFormScreen({ route, groupId }: { readonly route: Route; readonly groupId: string | null }) {
  const { t } = useT();
  const existing = useLive(async () => {
    const group = groupId ? await getGroup(groupId) : undefined;
    return group && groupId ? { ...group, settings: await getGroupSettings(groupId) } : null;
  }, [groupId]);
  const [name, setName] = useState('');
  const [place, setPlace] = useState('');
  const [voting, setVoting] = useState<'hidden' | 'open'>('hidden');
  const [isNameMissing, setNameMissing] = useState(false);
  const [isLoaded, setLoaded] = useState(groupId === null);
  useEffect(() => {
    if (existing && !isLoaded) {
      setName(existing.name);
      setPlace(existing.place);
      setVoting(existing.settings.openVoting ? 'open' : 'hidden');
      setLoaded(true);
    }
  }, [existing, isLoaded]);

  const save = async (event: Event) => {
    event.preventDefault();
    const draft = { name: name.trim(), place: place.trim() };
    if (!draft.name) {
      setNameMissing(true);
      return;
    }
    try {
      const openVoting = voting === 'open';
      if (groupId) {
        await updateGroup(groupId, draft);
        if (openVoting !== existing?.settings.openVoting) await setOpenVoting(groupId, openVoting);
        navigate({ name: 'group', groupId });
      } else {
        const group = await createGroup(draft);
        if (openVoting) await setOpenVoting(group.id, true);
        navigate({ name: 'members', groupId: group.id }, { replace: true });
      }
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <AppScreen route={route} title={t(groupId ? 'groupForm.editTitle' : 'groupForm.newTitle')}>
      <form class="stack" onSubmit={save} noValidate>
        <TextField
          name="group-name"
          label={t('groupForm.name')}
          pictogram="group"
          value={name}
          maxLength={maxName}
          required
          onInput={(value) => {
            setName(value);
            setNameMissing(false);
          }}
        />
        {isNameMissing ? <Notice pictogram="edit" tone="warning" text={t('groupForm.nameMissing')} /> : null}
        <TextField name="group-place" label={t('groupForm.place')} pictogram="place" value={place} maxLength={maxName} onInput={setPlace} />
        {/* Votes hidden until everyone has voted (nobody is swayed), or shown as they come. */}
        <ChoiceTiles
          legend={t('groupForm.voting')}
          legendPictogram="vote"
          name="group-voting"
          compact
          choices={[
            { value: 'hidden', label: t('groupForm.votingHidden'), pictogram: 'votes-hidden' },
            { value: 'open', label: t('groupForm.votingOpen'), pictogram: 'votes-open' },
          ]}
          value={voting}
          onChange={setVoting}
        />
        <BigButton type="submit" variant="primary" pictogram="save" label={t(groupId ? 'actions.save' : 'groupForm.saveAndAddMembers')} />
      </form>
    </AppScreen>
  );
}
