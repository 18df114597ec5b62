// A new version waits quietly: never on an exercise screen, and nothing entered is lost when it is applied.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createGroup, openMeeting, reloadWhenSaved, waitForOfflineReady } from './pages/app';
import { withBuildCopy } from './pages/buildCopy';

// Works offline: the service worker is needed here.
test.use({ serviceWorkers: 'allow' });

test('"update available" waits until the exercise is left, and updating keeps the data', async ({ page }) => {
  // The app is served from a copy of the build, so the test can publish a new version of it.
  await withBuildCopy(async ({ folder, url }) => {
    await page.goto(url);
    await waitForOfflineReady(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' })).toBeVisible();
    await createGroup(page, 'Päivitysporukka', 'Kerhohuone');
    await page.getByRole('link', { name: 'Valmis' }).click();
    await openMeeting(page, 2, 'Minä ja me');
    await page.getByRole('link', { name: /Yhtä mieltä\?/ }).click();

    // A new version is published; the browser finds it when the page loads again.
    appendFileSync(join(folder, 'sw.js'), '\n// a new version\n');
    await reloadWhenSaved(page);
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting), undefined, { timeout: 60_000 });

    const update = page.getByRole('status').filter({ hasText: 'Porukasta on uusi versio.' });
    await expect(page.getByRole('heading', { level: 1, name: 'Yhtä mieltä?' })).toBeVisible();
    await expect(update).toHaveCount(0);

    await page.getByRole('link', { name: 'Takaisin' }).click();
    await expect(update).toBeVisible();
    await update.getByRole('button', { name: 'Päivitä nyt' }).click();
    await page.waitForFunction(async () => !(await navigator.serviceWorker.getRegistration())?.waiting, undefined, { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1, name: '2. Minä ja me' })).toBeVisible();
    await expect(update).toHaveCount(0);
    await page.getByRole('link', { name: 'Takaisin' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Päivitysporukka' })).toBeVisible();
  });
});
