// Posters from the group's own data (issue 15.2), offline: meeting 8's poster starts with the goal and
// the place and time agreed with a partner, the group changes one field, and the PDF it saves holds the
// goal, the place and the time (read back with pdftotext).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { installFakeSpeech } from './fakeSpeech';
import { waitForOfflineReady } from './pages/app';
import { checkScreen } from './pages/checks';
import { importFile } from './pages/transfer';
import { lookShot } from './pages/shots';

const sweepGroup = fileURLToPath(new URL('../fixtures/sweep-group.porukka.json', import.meta.url));
const landscapePhoto = fileURLToPath(new URL('../fixtures/photo-landscape.jpg', import.meta.url));
const groupId = '5eeb5eeb5eeb5eeb5eeb5eeb5eeb5eeb';
const shots = '/tmp/shots-poster';

interface GroupFile {
  payload: { entries: Record<string, unknown>[]; media: { id: string; mediaType: string; data: string; width: number; height: number }[] };
}

/** The sweep group (goal "Tanssi-ilta", partner Kirjaston Liisa) with a partner agreement and the goal card's photo. */
function groupWithAgreement(path: string): void {
  const file = JSON.parse(readFileSync(sweepGroup, 'utf8')) as GroupFile;
  const partner = file.payload.entries.find((e) => e['exerciseId'] === 'partners');
  const photo = file.payload.media.find((m) => m.mediaType === 'photo');
  if (!partner || !photo) throw new Error('The sweep group has no partner or photo');
  // A real photo instead of the fixture's few bytes, so it shows on the screen and on paper.
  Object.assign(photo, { data: readFileSync(landscapePhoto).toString('base64'), width: 400, height: 300 });
  const photoId = photo.id;
  const agreement = { where: 'Kirjaston sali', when: 'Lauantaina 12.6. kello 14', tasks: [], money: { isNeeded: null, amount: '', source: '' } };
  file.payload.entries.push({ ...partner, id: `${groupId}/m07-agreement/agreement/pa1`, meetingId: 'm07', exerciseId: 'm07-agreement', type: 'agreement', key: 'pa1', data: agreement });
  const card = file.payload.entries.find((e) => e['exerciseId'] === 'm04-idea-storm' && e['key'] === 'c1');
  if (card) card['data'] = { ...(card['data'] as object), photoId };
  writeFileSync(path, JSON.stringify(file));
}

test.use({ serviceWorkers: 'allow' });

test('offline, meeting 8’s poster starts with the goal, place and time; a changed place is in the saved PDF', async ({ page }) => {
  // Importing and installing the offline app takes most of it; a busy machine needs the margin.
  test.setTimeout(90_000);
  mkdirSync(shots, { recursive: true });
  const file = test.info().outputPath('group.porukka.json');
  groupWithAgreement(file);
  await installFakeSpeech(page, ['fi']);
  await importFile(page, file);
  await waitForOfflineReady(page);
  await page.context().setOffline(true);

  await page.goto(`/#/g/${groupId}/m/m08/e/m08-poster`);
  const card = page.locator('[data-card]');
  await expect(card).toContainText('Tervetuloa mukaan!');
  await expect(card).toContainText('Mitä: Tanssi-ilta');
  await expect(card).toContainText('Aika: Lauantaina 12.6. kello 14');
  await expect(card).toContainText('Paikka: Kirjaston sali');
  await expect(card).toContainText('Mukana: Kirjaston Liisa');
  await expect(card.getByRole('img', { name: 'Porukan kuva' })).toBeVisible();

  // The group writes over one field; the rest still comes from its data.
  await page.getByRole('button', { name: 'Muokkaa tekstejä' }).click();
  await expect(page.getByLabel('Missä?')).toHaveValue('Kirjaston sali');
  await page.getByLabel('Missä?').fill('Kirjaston juhlasali');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(card).toContainText('Paikka: Kirjaston juhlasali');
  await expect(card).toContainText('Aika: Lauantaina 12.6. kello 14');
  await expect(page.getByRole('button', { name: 'Iso juliste A4' })).toHaveAttribute('aria-pressed', 'true');
  await checkScreen(page, 'meeting 8 poster');
  for (const [width, height] of [[1280, 800], [800, 1280], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await lookShot(page, `${shots}/poster-${width}x${height}.png`, { fullPage: true });
  }

  await page.getByRole('button', { name: 'Tee PDF-tiedosto' }).click();
  const save = page.getByRole('button', { name: 'Tallenna PDF-tiedosto' });
  await expect(save).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent('download');
  await save.click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe('Juliste tapahtumasta Sweep-porukka.pdf');
  const path = await pdf.path();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of ['Mitä: Tanssi-ilta', 'Paikka: Kirjaston juhlasali', 'Aika: Lauantaina 12.6. kello 14']) expect(text).toContain(expected);
  // The group's photo is on the poster too.
  expect(execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })).toMatch(/\bjpeg\b/);
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', path, `${shots}/poster-pdf`]);
  await lookShot(page, `${shots}/poster-made-390.png`, { fullPage: true });
});
