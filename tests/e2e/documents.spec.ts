// Documents as real PDFs, made on the tablet with no network: a memo with two photos becomes a PDF
// with its text (ä ö å) and both photos, shown as a preview and saved as a download.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { openMeeting, setUpGroup, waitForOfflineReady } from './pages/app';
import { openExercise, tap } from './pages/journey';
import { cameraPhoto } from './pages/media';
import { installQuickDeviceVoice } from './fakeSpeech';

// A quick device voice: these tests are not about reading aloud, so the app's own speech engine need not run.
test.beforeEach(({ page }) => installQuickDeviceVoice(page));

// Works offline: the service worker is needed here.
test.use({ serviceWorkers: 'allow' });

test('offline, a memo with two photos is made into a PDF, previewed and downloaded', async ({ page, context }) => {
  test.setTimeout(180_000);
  await setUpGroup(page, 'Mäntylän porukka', [{ name: 'Anna Kärkkäinen' }, { name: 'Jöns Åberg', role: 'Tukihenkilö' }]);
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await openMeeting(page, 7, 'Sovimme kumppanin kanssa');
  await openExercise(page, /^Muistio/);

  // Two memos of the meeting, each with a photo: the second memo's PDF has its own photo and the meeting's.
  const writeMemo = async (topic: string, photo: { width: number; height: number }) => {
    await tap(page, 'Uusi muistio');
    await page.getByLabel('Tapaamisen aihe').fill(topic);
    await page.getByLabel('Ota kuva tai valitse kuva').setInputFiles(await cameraPhoto(page, photo.width, photo.height));
    await expect(page.getByLabel('Vaihda kuva')).toBeAttached();
    await tap(page, 'Anna Kärkkäinen');
    await page.getByLabel('Mistä puhuimme?').fill('Puhuimme “pihajuhlasta” – ja äänentoistosta.');
    await tap(page, 'Valmis');
    await expect(page.getByRole('article', { name: topic })).toBeVisible();
  };
  await writeMemo('Ensimmäinen muistio', { width: 800, height: 600 });
  await tap(page, 'Kaikki muistiot');
  await writeMemo('Tapaaminen kirjastossa – Åsan kanssa', { width: 600, height: 800 });

  await tap(page, 'Tee PDF-tiedosto');
  const preview = page.getByRole('img', { name: 'PDF-tiedoston esikatselu' });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
  await expect(page.getByText(/PDF-tiedosto on valmis/)).toBeVisible();

  const download = page.waitForEvent('download');
  await tap(page, 'Tallenna PDF-tiedosto');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Muistio \d{4}-\d{2}-\d{2}\.pdf$/);
  const path = await file.path();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of ['Tapaaminen kirjastossa – Åsan kanssa', 'Mäntylän porukka, tapaaminen 7', 'Keitä oli mukana?', 'Anna Kärkkäinen', 'Puhuimme “pihajuhlasta” – ja äänentoistosta.', 'Kuvia tapaamisesta']) {
    expect(text).toContain(expected);
  }
  const jpegs = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image' && cols[8] === 'jpeg')
    .map((cols) => `${cols[3]}x${cols[4]}`);
  expect(jpegs.sort()).toEqual(['600x800', '800x600']);
  await expect(page.getByRole('status').filter({ hasText: 'Tallensit tiedoston' })).toHaveText(/Tallensit tiedoston Muistio \d{4}-\d{2}-\d{2}\.pdf\. Löydät sen yleensä Lataukset-kansiosta\./);
});
