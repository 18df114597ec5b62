import { useEffect, useState } from 'preact/hooks';
import { avatarPictograms } from '../../content/avatars';
import { colourHex, colours } from '../../domain/people';
import { roles, type Person } from '../../domain/records';
import { useT } from '../../i18n/useT';
import { reportError } from '../../state/errorStore';
import { addPerson, listMembers, updatePerson, type PersonDraft } from '../../storage/repositories/people';
import { Avatar } from '../../ui/Avatar';
import { BigButton } from '../../ui/BigButton';
import { ChoiceTiles } from '../../ui/ChoiceTiles';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { GroupMedia } from '../parts/GroupMedia';
import { MemberPhotoField, savedPhotoId, type PhotoChoice } from '../parts/MemberPhotoField';
import { roleLabelKey, rolePictogram } from '../parts/roles';
import { navigate, type Route } from '../router';

/** A new member gets a colour and a picture nobody in the group has yet, where one is left. */
function freshDraft(others: readonly Person[]): PersonDraft {
  const taken = (value: string) => others.some((p) => p.colour === value || p.avatar === value);
  return {
    name: '',
    role: 'participant',
    colour: colours.find((c) => !taken(c.id))?.id ?? 'blue',
    avatar: avatarPictograms.find((a) => !taken(a)) ?? 'avatar-star',
    photoConsent: false,
  };
}

interface Props {
  readonly route: Route;
  readonly groupId: string;
  readonly personId: string | null;
}

/** Add or edit a member: name, role, colour, picture and their own photo. */
export function MemberFormScreen({ route, groupId, personId }: Props) {
  const { t } = useT();
  const members = useLive(() => listMembers(groupId), [groupId]);
  const [draft, setDraft] = useState<PersonDraft | null>(null);
  const [isNameMissing, setNameMissing] = useState(false);
  const [photo, setPhoto] = useState<PhotoChoice>({ photoId: undefined, usePhoto: false });
  useEffect(() => {
    if (!members || draft) return;
    const existing = members.find((m) => m.id === personId);
    setDraft(existing ? { name: existing.name, role: existing.role, colour: existing.colour, avatar: existing.avatar, photoConsent: existing.photoConsent === true } : freshDraft(members));
    if (existing?.photoId) setPhoto({ photoId: existing.photoId, usePhoto: true });
  }, [members, draft, personId]);

  const isMissing = members !== undefined && personId !== null && !members.some((m) => m.id === personId);
  const title = t(personId ? 'memberForm.editTitle' : 'memberForm.newTitle');
  if (isMissing) {
    return (
      <AppScreen route={route} title={title}>
        <Notice pictogram="question" text={t('memberForm.notFound')} />
      </AppScreen>
    );
  }
  if (!draft) return <AppScreen route={route} title={title}><Loading /></AppScreen>;

  const change = (patch: Partial<PersonDraft>) => setDraft({ ...draft, ...patch });
  const save = async (event: Event) => {
    event.preventDefault();
    const clean = { ...draft, name: draft.name.trim(), photoId: savedPhotoId(photo) };
    if (!clean.name) {
      setNameMissing(true);
      return;
    }
    try {
      if (personId) await updatePerson(personId, clean);
      else await addPerson(groupId, clean);
      navigate({ name: 'members', groupId });
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <AppScreen route={route} title={title}>
      <GroupMedia groupId={groupId}>
        <form class="stack" onSubmit={save} noValidate>
          <div class="member-preview" aria-hidden="true">
            <Avatar name={draft.name || '?'} colourHex={colourHex(draft.colour)} avatar={draft.avatar} photoId={savedPhotoId(photo)} size="large" />
          </div>
          <TextField
            name="member-name"
            label={t('memberForm.name')}
            pictogram="role-participant"
            value={draft.name}
            maxLength={40}
            required
            onInput={(name) => {
              change({ name });
              setNameMissing(false);
            }}
          />
          {isNameMissing ? <Notice pictogram="edit" tone="warning" text={t('memberForm.nameMissing')} /> : null}
          <ChoiceTiles
            legend={t('memberForm.role')}
            legendPictogram="group"
            name="member-role"
            value={draft.role}
            onChange={(role) => change({ role })}
            choices={roles.map((role) => ({ value: role, label: t(roleLabelKey[role]), pictogram: rolePictogram[role] }))}
          />
          <ChoiceTiles
            legend={t('memberForm.colour')}
            legendPictogram="skills"
            name="member-colour"
            compact
            value={draft.colour}
            onChange={(colour) => change({ colour })}
            choices={colours.map((c) => ({ value: c.id, label: t(`colours.${c.id}`), swatch: c.hex }))}
          />
          <ChoiceTiles
            legend={t('memberForm.picture')}
            legendPictogram="pictures"
            name="member-avatar"
            compact
            value={draft.avatar}
            onChange={(avatar) => change({ avatar })}
            choices={avatarPictograms.map((a) => ({ value: a, label: t(`avatars.${a}`), pictogram: a }))}
          />
          <MemberPhotoField name={draft.name} emoji={draft.avatar} value={photo} onChange={setPhoto} />
          <ChoiceTiles
            legend={t('memberForm.photoConsent')}
            legendPictogram="photo-consent"
            name="member-photo-consent"
            value={draft.photoConsent ? 'yes' : 'no'}
            onChange={(value) => change({ photoConsent: value === 'yes' })}
            choices={[
              { value: 'yes', label: t('memberForm.consentYes'), pictogram: 'done' },
              { value: 'no', label: t('memberForm.consentNo'), pictogram: 'close' },
            ]}
          />
          <BigButton type="submit" variant="primary" pictogram="save" label={t('actions.save')} />
        </form>
      </GroupMedia>
    </AppScreen>
  );
}
