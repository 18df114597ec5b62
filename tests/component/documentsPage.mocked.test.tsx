// "Tulosteet" through the app's own screen, the repositories and the database (in memory): every
// document of the group is listed with what it is for and "Et ole vielä tehty"; a PDF made from its row
// keeps the day as the group's answer (documents/made/<id>, accepted by the import's check) and the row
// shows it.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentsScreen } from '../../src/app/documents/DocumentsScreen';
import { GroupGate } from '../../src/app/parts/GroupGate';
import { formatDay, today } from '../../src/domain/dates';
import { entryDataSchema } from '../../src/kinds/entryData';
import { makeDocument } from '../../src/services/pdf/engine';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries, putEntry } from '../../src/storage/repositories/entries';
import { createGroup } from '../../src/storage/repositories/groups';
import { addPerson } from '../../src/storage/repositories/people';

vi.mock('../../src/services/pdf/engine', () => ({ makeDocument: vi.fn<typeof makeDocument>(), prepare: async () => undefined }));
vi.mock('../../src/services/pdf/browserAssets', () => ({ browserAssets: {} }));
vi.mock('../../src/services/pdf/preview', () => ({ previewImage: async () => new Blob(['png'], { type: 'image/png' }) }));
const made = vi.mocked(makeDocument);

let groupId = '';
beforeEach(async () => {
  useDatabase(`documents-page-${Math.random()}`);
  groupId = (await createGroup({ name: 'Mäntylän porukka', place: 'Asukastila' })).id;
  const anna = await addPerson(groupId, { name: 'Anna', colour: 'red', avatar: 'avatar-fox', role: 'participant' });
  const memo = { topic: 'Kirjaston väki', day: '2026-10-14', personIds: [anna.id], partnerKeys: [], talked: 'Juhlasta', agreed: '', tasks: [], next: '', createdAt: 1 };
  await putEntry({ groupId, meetingId: 'm07', exerciseId: 'm07-memo', type: 'memo', key: 'memo-1' }, memo);
  made.mockReset();
  made.mockResolvedValue({ pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]), pageCount: 1, firstPage: { width: 1, height: 1, draws: [], pictures: new Map() } });
});

const rowOf = (name: string) => screen.getByRole('heading', { level: 2, name }).closest<HTMLElement>('li')!;

describe('Tulosteet', () => {
  it('lists every document; one made from its row shows the day it was made, kept as the group’s answer', async () => {
    render(
      <GroupGate route={{ name: 'documents', groupId }} groupId={groupId}>
        <DocumentsScreen route={{ name: 'documents', groupId }} groupId={groupId} />
      </GroupGate>,
    );
    await screen.findByRole('heading', { level: 2, name: 'Muistio: Kirjaston väki' });
    for (const name of ['Kutsu', 'Toimintasuunnitelma', 'Työnjako', 'Palautekysely', 'Todistus']) expect(rowOf(name).textContent).toContain('Et ole vielä tehnyt tätä.');
    const memoRow = rowOf('Muistio: Kirjaston väki');
    expect(memoRow.textContent).toContain('Tapaaminen 7');
    expect(memoRow.textContent).toContain('Muistiossa lukee, mistä puhuimme ja mitä sovimme.');
    // Nothing to print yet: the row says so and opens the exercise instead.
    expect(rowOf('Työnjako').textContent).toContain('Tee ensin tehtävä.');
    expect(within(rowOf('Työnjako')).queryByRole('button', { name: 'Tee PDF-tiedosto' })).toBeNull();
    expect(within(rowOf('Työnjako')).getByRole('link', { name: 'Avaa tehtävä' }).getAttribute('href')).toBe(`#/g/${groupId}/m/m08/e/m08-tasks`);

    fireEvent.click(within(memoRow).getByRole('button', { name: 'Tee PDF-tiedosto' }));
    expect(await within(memoRow).findByRole('img', { name: 'PDF-tiedoston esikatselu' })).toBeTruthy();
    await waitFor(() => expect(rowOf('Muistio: Kirjaston väki').textContent).toContain(`Teit viimeksi ${formatDay(today(), 'fi')}`));
    expect(rowOf('Muistio: Kirjaston väki').textContent).not.toContain('Et ole vielä tehnyt tätä.');
    expect(rowOf('Todistus').textContent).toContain('Et ole vielä tehnyt tätä.');

    const kept = await listExerciseEntries(groupId, 'documents');
    expect(kept).toEqual([expect.objectContaining({ id: `${groupId}/documents/made/m07-memo/memo-1`, meetingId: 'group', type: 'made', data: { at: today() } })]);
    // The group file carries it: the import's check accepts the answer and refuses a broken one.
    const schema = entryDataSchema('documents', 'group', 'made');
    expect(schema && v.is(schema, kept[0]?.data)).toBe(true);
    expect(schema && v.is(schema, { at: 'yesterday' })).toBe(false);
  });
});
