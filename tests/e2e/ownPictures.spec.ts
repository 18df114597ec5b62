// The group's own pictures: a support person swaps a choice's picture for a photo of the group's own;
// participants see the photo on that choice — after an offline reload, and on another tablet after
// export → import.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { lockSupport, reloadWhenSaved, setUpGroup, unlockSupport, waitForOfflineReady } from './pages/app';
import { checkScreen } from './pages/checks';
import { cameraPhoto } from './pages/media';
import { exportFile, pickFile } from './pages/transfer';
import { installFakeSpeech } from './fakeSpeech';

// The device voice is a stand-in: the app's own offline voice (a speech engine in a worker) is not what this is about.
test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']));

test.use({ serviceWorkers: 'allow' });
// Install, a photo, an offline reload, an export and an import on a second profile: on a busy machine over a minute.
test.setTimeout(120_000);

/** The choice's picture is a photo that has loaded (not the pictogram). */
async function expectPhotoOn(choice: Locator): Promise<void> {
  const picture = choice.locator('img.pictogram--own');
  await expect(picture).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

/** A participant on the getting-started board "Kahvien maksaminen": the association's choice shows the photo. */
async function seeOnCoffeeBoard(page: Page, groupUrl: string): Promise<void> {
  await page.goto(`${groupUrl}/agree/start-coffee`);
  await expect(page.getByText('Kuka maksaa kahvit ja pullat? Valitse kuvia.')).toBeVisible();
  await expectPhotoOn(page.getByRole('button', { name: 'Yhdistys maksaa' }));
  // The other choices keep their pictograms.
  await expect(page.getByRole('button', { name: 'Jokainen maksaa itse' }).locator('img.pictogram--own')).toHaveCount(0);
}

test('a choice shows the group’s own photo: offline, and on another tablet after export and import', async ({ page, browser, context }) => {
  await setUpGroup(page, 'Kuvaporukka', [{ name: 'Anna' }]);
  const groupUrl = page.url();
  await waitForOfflineReady(page);

  // The support person's way in: the group's page.
  await page.getByRole('link', { name: 'Porukan omat kuvat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Porukan omat kuvat' })).toBeVisible();
  await page.locator('details[data-group="start"] > summary').click();
  const tile = page.locator('details[data-group="start"] .own-picture[data-own-picture="associations"]');
  await expect(tile).toContainText('Yhdistys maksaa');
  await tile.locator('input[type="file"]').setInputFiles(await cameraPhoto(page, 1200, 900));
  await expectPhotoOn(tile);
  await expect(page.locator('.own-picture', { hasText: 'Yhdistys maksaa' })).toHaveCount(2);
  await checkScreen(page, 'own pictures, one in use');
  await lockSupport(page);

  await seeOnCoffeeBoard(page, groupUrl);

  // In the park: offline, the photo is still there.
  await context.setOffline(true);
  await reloadWhenSaved(page);
  await expectPhotoOn(page.getByRole('button', { name: 'Yhdistys maksaa' }));
  await context.setOffline(false);

  // Another tablet: the photo travels in the group's file.
  await page.goto(`${groupUrl}/export`);
  await unlockSupport(page);
  const file = await exportFile(page);
  const other = await browser.newContext({ serviceWorkers: 'block' });
  const tablet = await other.newPage();
  await pickFile(tablet, file);
  await tablet.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(tablet.getByText('Valmis! Tiedot tuotiin tähän tablettiin.')).toBeVisible();
  await lockSupport(tablet);
  await seeOnCoffeeBoard(tablet, groupUrl.replace(/^https?:\/\/[^/]+/, ''));
  await other.close();
});
