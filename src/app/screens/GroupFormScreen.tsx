import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { reportError } from '../../state/errorStore';
import { createGroup, getGroup, updateGroup } from '../../storage/repositories/groups';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { navigate, type Route } from '../router';

const maxName = 80;

/** Create a group (then add its members), or edit its name and meeting place. */
export function GroupFormScreen({ route, groupId }: { readonly route: Route; readonly groupId: string | null }) {
  const { t } = useT();
  const existing = useLive(async () => (groupId ? ((await getGroup(groupId)) ?? null) : null), [groupId]);
  const [name, setName] = useState('');
  const [place, setPlace] = useState('');
  const [isNameMissing, setNameMissing] = useState(false);
  const [isLoaded, setLoaded] = useState(groupId === null);
  useEffect(() => {
    if (existing && !isLoaded) {
      setName(existing.name);
      setPlace(existing.place);
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
      if (groupId) {
        await updateGroup(groupId, draft);
        navigate({ name: 'group', groupId });
      } else {
        const group = await createGroup(draft);
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
        <BigButton type="submit" variant="primary" pictogram="save" label={t(groupId ? 'actions.save' : 'groupForm.saveAndAddMembers')} />
      </form>
    </AppScreen>
  );
}
