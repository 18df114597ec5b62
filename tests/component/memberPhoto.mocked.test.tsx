// A member's own photo, through the member form, the real repositories and the database (in memory):
// chosen from a file, shown in the member's picture, removed with the undo notice and put back, saved.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type * as photo from '../../src/services/media/photo';
import { MemberFormScreen } from '../../src/app/screens/MemberFormScreen';
import { MembersScreen } from '../../src/app/screens/MembersScreen';
import { useDatabase } from '../../src/storage/db';
import { createGroup } from '../../src/storage/repositories/groups';
import { getMediaBlob } from '../../src/storage/repositories/media';
import { addPerson, getPerson } from '../../src/storage/repositories/people';
import { fakeObjectUrls, landscapeJpeg } from './photoFakes';

// The browser's decoding and downscaling is tested in Chromium (e2e); here the picked JPEG is kept as it is.
vi.mock('../../src/services/media/photo', async (original) => ({
  ...(await original<typeof photo>()),
  preparePhoto: async (file: Blob) => ({ blob: file, mime: 'image/jpeg', width: 320, height: 240 }),
}));

fakeObjectUrls();

const jpeg = () => landscapeJpeg('anna.jpg');

async function seed() {
  useDatabase(`member-photo-${Math.random()}`);
  const group = await createGroup({ name: 'Tiistaiporukka', place: 'Asukastila' });
  const anna = await addPerson(group.id, { name: 'Anna', role: 'participant', colour: 'green', avatar: 'avatar-cat', photoConsent: false });
  return { groupId: group.id, personId: anna.id };
}

function openForm(groupId: string, personId: string) {
  return render(<MemberFormScreen route={{ name: 'editMember', groupId, personId }} groupId={groupId} personId={personId} />);
}

const previewPhoto = () => document.querySelector<HTMLImageElement>('.member-preview img.avatar__photo');

async function pickPhoto() {
  const input = (await screen.findByLabelText('Valitse kuva')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [jpeg()], configurable: true });
  fireEvent.change(input);
  await waitFor(() => expect(previewPhoto()?.src).toMatch(/^blob:/));
}

describe('a member’s own photo', () => {
  it('is chosen from a file, shown in the picture, removed with undo, and saved to the member', async () => {
    const { groupId, personId } = await seed();
    openForm(groupId, personId);
    await pickPhoto();
    // The photo is kept in the group, downscaled like other photos.
    const shown = await waitFor(() => {
      const img = screen.getByRole('img', { name: 'Anna' });
      expect(img.getAttribute('data-media')).toBeTruthy();
      return img;
    });
    const mediaId = shown.getAttribute('data-media')!;
    expect(await getMediaBlob(mediaId)).not.toBeNull();
    // The emoji is still there to choose.
    expect((screen.getByRole('radio', { name: 'Käytä kuvaa' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Poista kuva' }));
    await waitFor(() => expect(previewPhoto()).toBeNull());
    expect(document.querySelector('.member-preview [data-pictogram="avatar-cat"]')).not.toBeNull();
    expect(screen.getByText('Kuva poistettiin.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Peru poisto' }));
    await waitFor(() => expect(previewPhoto()).not.toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(async () => expect((await getPerson(personId))?.photoId).toBe(mediaId));
  });

  it('shows the saved photo in the member list, and the emoji once the emoji is chosen', async () => {
    const { groupId, personId } = await seed();
    const form = openForm(groupId, personId);
    await pickPhoto();
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(async () => expect((await getPerson(personId))?.photoId).toBeTruthy());
    form.unmount();

    const list = render(<MembersScreen route={{ name: 'members', groupId }} groupId={groupId} />);
    await waitFor(() => expect(document.querySelector('.member-row img.avatar__photo')?.getAttribute('src')).toMatch(/^blob:/));
    list.unmount();

    openForm(groupId, personId);
    await waitFor(() => expect(previewPhoto()).not.toBeNull());
    fireEvent.click(screen.getByRole('radio', { name: 'Käytä emojia' }));
    await waitFor(() => expect(previewPhoto()).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(async () => expect((await getPerson(personId))?.photoId).toBeUndefined());
  });
});
