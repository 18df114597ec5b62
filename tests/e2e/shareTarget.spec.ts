// A group file shared to the installed app from the system's share sheet (Android): the system POSTs
// it to the app's share target, the service worker keeps it, and the app opens on the import screen
// with the file's preview — offline too. Here a form does what the system does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openStart, unlockSupport, waitForOfflineReady } from './pages/app';
import { installFakeSpeech } from './fakeSpeech';

// The device voice is a stand-in: the app's own offline voice (a speech engine in a worker) is not what this is about.
test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']));

// The share target lives in the service worker.
test.use({ serviceWorkers: 'allow' });

const fixture = fileURLToPath(new URL('../fixtures/group-v2.porukka.json', import.meta.url));

test('a group file shared to the app opens on the import screen, offline, and imports', async ({ page, context }) => {
  await openStart(page);
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.evaluate(() => {
    const form = Object.assign(document.createElement('form'), { id: 'system-share', method: 'post', action: './share-target', enctype: 'multipart/form-data' });
    form.append(Object.assign(document.createElement('input'), { type: 'file', name: 'file' }));
    document.body.append(form);
  });
  await page.locator('#system-share input').setInputFiles(fixture);
  await page.evaluate(() => (document.getElementById('system-share') as HTMLFormElement).submit());

  await expect(page).toHaveURL(/\/#\/import$/);
  await unlockSupport(page);
  await expect(page.getByRole('main')).toContainText('Fixtuuriporukka');
  await page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(page.getByText('Valmis! Tiedot tuotiin tähän tablettiin.')).toBeVisible();
  // The shared file is not kept once it has been taken.
  expect(await page.evaluate(() => caches.has('porukka-shared-file'))).toBe(false);
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: /Fixtuuriporukka/ })).toBeVisible();
});

test.describe('opened with a file', () => {
  test.use({ serviceWorkers: 'block' });

  test('an installed app opened with a group file (file handler) shows its preview on the import screen and imports it', async ({ page }) => {
    // The system hands the file through window.launchQueue (Chromium's file handling); here the page
    // gets the same queue, holding the fixture, before the app starts.
    const text = readFileSync(fixture, 'utf8');
    await page.addInitScript((content) => {
      const file = new File([content], 'Fixtuuriporukka.porukka.json', { type: 'application/json' });
      Object.defineProperty(window, 'launchQueue', {
        value: { setConsumer: (consumer: (params: unknown) => void) => consumer({ files: [{ getFile: async () => file }] }) },
      });
    }, text);
    await page.goto('/');
    await expect(page).toHaveURL(/\/#\/import$/);
    await unlockSupport(page);
    await expect(page.getByRole('main')).toContainText('Fixtuuriporukka');
    await page.getByRole('button', { name: 'Tuo tiedot' }).click();
    await expect(page.getByText('Valmis! Tiedot tuotiin tähän tablettiin.')).toBeVisible();
    await page.goto('/#/');
    await expect(page.getByRole('link', { name: /Fixtuuriporukka/ })).toBeVisible();
  });
});
