// A photo changed for another leaves the tablet a day later: the memo keeps showing its new photo, and
// the old one no longer takes room on the tablet (it was never in the group file either).
import { expect, test, type Page } from '@playwright/test';
import { installQuickDeviceVoice } from './fakeSpeech';
import { openMeeting, setUpGroup } from './pages/app';
import { openExercise, tap } from './pages/journey';
import { cameraPhoto } from './pages/media';

test.beforeEach(({ page }) => installQuickDeviceVoice(page));

/** The ids of the photos and sounds stored on this tablet (read from IndexedDB, not from the screen). */
const storedMedia = (page: Page): Promise<string[]> =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('porukka');
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          const request = open.result.transaction('media').objectStore('media').getAllKeys();
          request.addEventListener('success', () => {
            open.result.close();
            resolve((request.result as string[]).sort());
          });
          request.addEventListener('error', () => reject(request.error));
        });
      }),
  );

test('a photo changed for another is removed from the tablet a day later; the new one stays and shows', async ({ page }) => {
  await setUpGroup(page, 'Kuvaporukka', [{ name: 'Anna Kärkkäinen' }]);
  await openMeeting(page, 7, 'Sovimme kumppanin kanssa');
  await openExercise(page, /^Muistio/);
  await tap(page, 'Uusi muistio');
  await page.getByLabel('Tapaamisen aihe').fill('Kirjastossa');
  await page.getByLabel('Ota kuva tai valitse kuva').setInputFiles(await cameraPhoto(page, 800, 600));
  await expect(page.getByLabel('Vaihda kuva')).toBeAttached();
  await expect.poll(async () => (await storedMedia(page)).length).toBe(1);
  const [first] = await storedMedia(page);
  // Changed for another photo before the memo is done: the memo uses only the second.
  await page.getByLabel('Vaihda kuva').setInputFiles(await cameraPhoto(page, 600, 800));
  await expect.poll(async () => (await storedMedia(page)).length).toBe(2);
  const second = (await storedMedia(page)).find((id) => id !== first);
  await tap(page, 'Valmis');
  const memo = page.getByRole('article', { name: 'Kirjastossa' });
  await expect(memo.locator('img.media-image')).toHaveAttribute('data-media', second ?? '');

  // The next day the tablet is started again: the photo no answer uses is gone, the memo's stays.
  await expect(page.locator('html')).not.toHaveAttribute('data-saving');
  await page.clock.setFixedTime(Date.now() + 2 * 24 * 60 * 60 * 1000);
  await page.reload();
  await expect.poll(() => storedMedia(page)).toEqual([second]);
  await expect(memo.locator('img.media-image')).toHaveAttribute('data-media', second ?? '');
  await expect.poll(() => memo.locator('img.media-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});
