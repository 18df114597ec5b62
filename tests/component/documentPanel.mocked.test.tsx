// "Tee PDF-tiedosto" under a memo: makes the document from the group's saved data, shows its first
// page, shares it (share sheet) or saves it (download), and says so in plain words when it fails.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentPanel } from '../../src/app/documents/DocumentPanel';
import { loadDocumentData } from '../../src/app/documents/loadData';
import { documentFor } from '../../src/app/documents/registry';
import { documentTexts } from '../../src/app/documents/texts';
import type { DocumentSpec } from '../../src/services/pdf/builder';
import { makeDocument } from '../../src/services/pdf/engine';
import { useDatabase } from '../../src/storage/db';
import { putEntry } from '../../src/storage/repositories/entries';
import { createGroup } from '../../src/storage/repositories/groups';
import { addPerson } from '../../src/storage/repositories/people';

vi.mock('../../src/services/pdf/engine', () => ({ makeDocument: vi.fn<typeof makeDocument>() }));
vi.mock('../../src/services/pdf/browserAssets', () => ({ browserAssets: {} }));
vi.mock('../../src/services/pdf/preview', () => ({ previewImage: async () => new Blob(['png'], { type: 'image/png' }) }));
const made = vi.mocked(makeDocument);
const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

let groupId = '';
let run = 0;
beforeEach(async () => {
  useDatabase(`document-panel-${(run += 1)}`);
  groupId = (await createGroup({ name: 'Mäntylän porukka', place: 'Asukastila' })).id;
  const anna = await addPerson(groupId, { name: 'Anna', colour: 'red', avatar: 'avatar-fox', role: 'participant' });
  const memo = { topic: 'Kirjaston väki', day: '2026-10-14', personIds: [anna.id], partnerKeys: [], talked: 'Juhlasta', agreed: '', tasks: [], next: '', createdAt: 1 };
  await putEntry({ groupId, meetingId: 'm07', exerciseId: 'm07-memo', type: 'memo', key: 'memo-1' }, memo);
  made.mockReset();
});
afterEach(() => vi.unstubAllGlobals());

const panel = (step: string | null) => render(<DocumentPanel groupId={groupId} meetingId="m07" exerciseId="m07-memo" step={step} />);

describe('document panel', () => {
  it('is on a memo’s page, not on the memo list or in the editor', async () => {
    const { rerender } = panel('memo-1');
    expect(await screen.findByRole('button', { name: 'Tee PDF-tiedosto' })).toBeTruthy();
    rerender(<DocumentPanel groupId={groupId} meetingId="m07" exerciseId="m07-memo" step={null} />);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Tee PDF-tiedosto' })).toBeNull());
    rerender(<DocumentPanel groupId={groupId} meetingId="m07" exerciseId="m07-memo" step="memo-1" />);
    expect(await screen.findByRole('button', { name: 'Tee PDF-tiedosto' })).toBeTruthy();
    rerender(<DocumentPanel groupId={groupId} meetingId="m07" exerciseId="m07-memo" step="edit-memo-1" />);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Tee PDF-tiedosto' })).toBeNull());
    // What the panel decides from, with the memo's data loaded: the editor has nothing to print, the
    // memo's page has (the panel draws nothing while its data loads, so the screen alone cannot tell).
    const makeMemo = documentFor('m07-memo')!;
    const onEditor = await loadDocumentData({ groupId, meetingId: 'm07', exerciseId: 'm07-memo', step: 'edit-memo-1' });
    expect(onEditor?.entries.some((e) => e.key === 'memo-1')).toBe(true);
    expect(makeMemo(onEditor!, documentTexts())).toBeNull();
    expect(makeMemo({ ...onEditor!, step: 'memo-1' }, documentTexts())).not.toBeNull();
    expect(makeMemo({ ...onEditor!, step: null }, documentTexts())).toBeNull();
  });

  it('makes the memo’s PDF, shows its first page and saves it as a download where sharing files is not possible', async () => {
    made.mockResolvedValue({ pdf: pdfBytes, pageCount: 2, firstPage: { width: 1, height: 1, draws: [], pictures: new Map() } });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    panel('memo-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Tee PDF-tiedosto' }));
    expect(await screen.findByRole('img', { name: 'PDF-tiedoston esikatselu' })).toBeTruthy();
    const spec = made.mock.calls[0]?.[0] as DocumentSpec;
    expect(spec).toMatchObject({ fileName: 'Muistio 2026-10-14', style: 'page', language: 'fi' });
    expect(screen.queryByRole('button', { name: 'Jaa PDF-tiedosto' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna PDF-tiedosto' }));
    expect(clicked.map((a) => a.download)).toEqual(['Muistio 2026-10-14.pdf']);
    // Where the file went, in plain words (the browser decides the folder: "Lataukset" is the usual one).
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Tallensit tiedoston Muistio 2026-10-14.pdf. Löydät sen yleensä Lataukset-kansiosta.'));
  });

  it('opens the share sheet with the PDF file where the browser can share files', async () => {
    made.mockResolvedValue({ pdf: pdfBytes, pageCount: 1, firstPage: { width: 1, height: 1, draws: [], pictures: new Map() } });
    const share = vi.fn<(data: ShareData) => Promise<void>>(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, canShare: (data: ShareData) => (data.files?.length ?? 0) > 0, share });
    panel('memo-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Tee PDF-tiedosto' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Jaa PDF-tiedosto' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Lähetit tiedoston Muistio 2026-10-14.pdf.'));
    const file = share.mock.calls[0]?.[0].files?.[0];
    expect([file?.name, file?.type, file?.size]).toEqual(['Muistio 2026-10-14.pdf', 'application/pdf', 4]);
  });

  it('says in plain words when making the file fails, and lets the person try again', async () => {
    made.mockRejectedValueOnce(new Error('font missing'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    panel('memo-1');
    fireEvent.click(await screen.findByRole('button', { name: 'Tee PDF-tiedosto' }));
    // Read aloud sentence by sentence, so each sentence is its own piece of the notice.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('PDF-tiedoston tekeminen ei onnistunut. Kokeile uudelleen.'));
    made.mockResolvedValueOnce({ pdf: pdfBytes, pageCount: 1, firstPage: { width: 1, height: 1, draws: [], pictures: new Map() } });
    fireEvent.click(screen.getByRole('button', { name: 'Tee PDF-tiedosto' }));
    expect(await screen.findByRole('img', { name: 'PDF-tiedoston esikatselu' })).toBeTruthy();
  });
});
