// The group's own photo for a pictogram, through the support persons' screen, the real repositories
// and the database (in memory): chosen from a file, shown on a participant's choice tile in the same
// group (not in another group), put back with the undo notice and taken again.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type * as photo from '../../src/services/media/photo';
import { GroupGate } from '../../src/app/parts/GroupGate';
import { KindHost } from '../../src/app/parts/KindHost';
import { OwnPicturesScreen } from '../../src/app/ownPictures/OwnPicturesScreen';
import { startBoards } from '../../src/content/startBoards';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries } from '../../src/storage/repositories/entries';
import { createGroup } from '../../src/storage/repositories/groups';
import { getMediaBlob } from '../../src/storage/repositories/media';
import { listOwnPictures } from '../../src/storage/repositories/ownPictures';
import { SupportModeContext } from '../../src/ui/modePort';
import { HighContrastContext } from '../../src/ui/speechPort';
import { fakeObjectUrls, landscapeJpeg } from './photoFakes';

// The browser's decoding and downscaling is tested in Chromium (e2e); here the picked JPEG is kept as it is.
vi.mock('../../src/services/media/photo', async (original) => ({
  ...(await original<typeof photo>()),
  preparePhoto: async (file: Blob) => ({ blob: file, mime: 'image/jpeg', width: 320, height: 240 }),
}));

fakeObjectUrls();

const coffee = startBoards.find((b) => b.id === 'start-coffee')!;
const jpeg = () => landscapeJpeg('kerhohuone.jpg');
const tileOf = (id: string) => document.querySelector<HTMLElement>(`.own-pictures__meeting .own-picture[data-own-picture="${id}"]`);
const ownOn = (button: HTMLElement) => button.querySelector<HTMLImageElement>('img.pictogram--own');

function openScreen(groupId: string) {
  return render(
    <SupportModeContext.Provider value={true}>
      <GroupGate route={{ name: 'ownPictures', groupId }} groupId={groupId}>
        <OwnPicturesScreen route={{ name: 'ownPictures', groupId }} groupId={groupId} />
      </GroupGate>
    </SupportModeContext.Provider>,
  );
}

function openBoard(groupId: string, isHighContrast = false) {
  return render(
    <HighContrastContext.Provider value={isHighContrast}>
      <GroupGate route={{ name: 'board', groupId, boardId: coffee.id }} groupId={groupId}>
        <KindHost groupId={groupId} scope="group" exercise={coffee} step={null} onStep={() => undefined} />
      </GroupGate>
    </HighContrastContext.Provider>,
  );
}

describe('the group’s own pictures', () => {
  it('a photo chosen for a pictogram shows on the group’s choice tile; it is put back with undo', async () => {
    useDatabase(`own-pictures-${Math.random()}`);
    const group = await createGroup({ name: 'Tiistaiporukka', place: 'Asukastila' });
    const other = await createGroup({ name: 'Keskiviikkoporukka', place: 'Kirjasto' });

    const page = openScreen(group.id);
    await waitFor(() => expect(document.querySelector('main')?.textContent).toContain('Porukalla ei ole vielä omia kuvia.'));
    // The getting-started boards' pictures: opened like a meeting's.
    const boards = document.querySelector<HTMLDetailsElement>('details[data-group="start"]')!;
    act(() => {
      boards.open = true;
      boards.dispatchEvent(new Event('toggle'));
    });
    const tile = await waitFor(() => tileOf('associations') ?? Promise.reject(new Error('no tile')));
    expect(tile.textContent).toContain('Yhdistys maksaa');
    const input = tile.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [jpeg()], configurable: true });
    fireEvent.change(input);

    // Saved as the group's answer, with the photo in the group's media; shown beside the pictogram.
    await waitFor(async () => expect((await listOwnPictures(group.id)).get('associations')).toBeTruthy());
    const photoId = (await listOwnPictures(group.id)).get('associations')!;
    expect(await getMediaBlob(photoId)).not.toBeNull();
    const [entry] = await listExerciseEntries(group.id, 'own-pictures');
    expect(entry).toMatchObject({ id: `${group.id}/own-pictures/picture/associations`, meetingId: 'group', data: { photoId } });
    await waitFor(() => expect(screen.getAllByRole('img', { name: /^Oma kuva: / }).map((img) => img.getAttribute('src'))).toEqual([expect.stringMatching(/^blob:test\//), expect.stringMatching(/^blob:test\//)]));
    // The screen shows the pictogram itself too, and the picture in use at the top.
    expect(tileOf('associations')!.querySelector('img[src$="/associations.svg"]')).not.toBeNull();
    expect(document.querySelectorAll('.own-picture[data-own-picture="associations"]')).toHaveLength(2);
    page.unmount();

    // A participant's tile in this group shows the photo (also in high contrast: a photo stays a photo) …
    const board = openBoard(group.id, true);
    const tileButton = await screen.findByRole('button', { name: 'Yhdistys maksaa' });
    await waitFor(() => expect(ownOn(tileButton)?.getAttribute('src')).toMatch(/^blob:test\//));
    expect(ownOn(screen.getByRole('button', { name: 'Jokainen maksaa itse' }))).toBeNull();
    expect(screen.getByRole('button', { name: 'Jokainen maksaa itse' }).querySelector('img[src$="/high-contrast/money.svg"]')).not.toBeNull();
    board.unmount();
    // … another group's does not.
    const otherBoard = openBoard(other.id);
    const otherTile = await screen.findByRole('button', { name: 'Yhdistys maksaa' });
    expect(ownOn(otherTile)).toBeNull();
    expect(otherTile.querySelector('img[src$="/flat/associations.svg"]')).not.toBeNull();
    otherBoard.unmount();

    // Put back: the pictogram again; undo brings the photo back.
    openScreen(group.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Palauta kuva' }));
    await waitFor(async () => expect((await listOwnPictures(group.id)).has('associations')).toBe(false));
    expect(await screen.findByText('Kuva on taas entinen.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('img', { name: /^Oma kuva: / })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Peru poisto' }));
    await waitFor(async () => expect((await listOwnPictures(group.id)).get('associations')).toBe(photoId));
    await waitFor(() => expect(screen.getAllByRole('img', { name: /^Oma kuva: / })).not.toHaveLength(0));
  });
});
