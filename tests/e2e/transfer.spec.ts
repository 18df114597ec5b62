// Two tablets share one group by file: both edit offline, each imports the other's file, and both
// end with the same group on screen; a photo survives; a password protects the file.
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { addMember, openStart, setUpGroup, waitForOfflineReady } from './pages/app';
import { cameraPhoto } from './pages/media';
import { exportFile, importFile, pickFile } from './pages/transfer';

/**
 * A tablet of its own (a fresh profile). One that works offline installs the app (its service worker)
 * first; the others leave it out, as the other specs do, because installing costs seconds.
 */
async function tablet(browser: Browser, baseURL: string, { offline }: { readonly offline: boolean }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 820, height: 1180 },
    locale: 'fi-FI',
    acceptDownloads: true,
    serviceWorkers: offline ? 'allow' : 'block',
  });
  const page = await context.newPage();
  await openStart(page);
  if (offline) await waitForOfflineReady(page);
  return { context, page };
}

const groupPage = async (page: Page, name: string) => {
  await page.goto('/#/');
  await page.getByRole('link', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

const shownMembers = (page: Page) => page.locator('main .avatar-grid .avatar__name');

test('two tablets edit one group offline and end with the same group, photo included', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const a = await tablet(browser, baseURL!, { offline: true });
  const b = await tablet(browser, baseURL!, { offline: true });

  // Tablet A sets the group up, with a photo in "Avaimet kertovat".
  await setUpGroup(a.page, 'Yhteisporukka', [{ name: 'Anna' }, { name: 'Ben' }]);
  const groupUrl = a.page.url();
  await a.page.goto(`${groupUrl}/m/m02/e/m02-keys`);
  await a.page.getByRole('button', { name: /^Anna/ }).click();
  await a.page.getByLabel('Ota kuva tai valitse kuva').setInputFiles(await cameraPhoto(a.page, 1200, 900));
  await expect(a.page.locator('img.media-image')).toBeVisible();

  // Both go offline and stay so; A hands the group over to B by file.
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await a.page.goto(`${groupUrl}/export`);
  const first = await exportFile(a.page);
  await pickFile(b.page, first);
  await expect(b.page.getByText('Yhteisporukka: uusi tässä tabletissa')).toBeVisible();
  await expect(b.page.getByText('Jäsenet: 2 uutta.')).toBeVisible();
  await expect(b.page.getByText('Kuvat: 1 uusi.')).toBeVisible();
  await b.page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await b.page.getByRole('link', { name: 'Yhteisporukka' }).click();
  await expect(shownMembers(b.page)).toHaveText(['Anna', 'Ben']);

  // Each tablet changes the group on its own.
  await groupPage(a.page, 'Yhteisporukka');
  await a.page.getByRole('link', { name: 'Muokkaa jäseniä' }).click();
  await addMember(a.page, { name: 'Cai' });
  await groupPage(b.page, 'Yhteisporukka');
  await b.page.getByRole('link', { name: 'Muokkaa jäseniä' }).click();
  await b.page.getByRole('button', { name: 'Poista Ben' }).click();
  await b.page.goto(b.page.url().replace(/\/members$/, '/m/m01/e/m01-check-in'));
  await b.page.getByRole('button', { name: /^Anna/ }).click();
  await b.page.getByRole('button', { name: 'Hyvää', exact: true }).click();

  // They swap files.
  await a.page.goto(`${groupUrl}/export`);
  const fromA = await exportFile(a.page);
  await b.page.goto(`${groupUrl}/export`);
  const fromB = await exportFile(b.page);
  await importFile(a.page, fromB);
  await importFile(b.page, fromA);

  // Both show the same group: Cai added on A, Ben removed on B, B's check-in, A's photo.
  for (const { page } of [a, b]) {
    await groupPage(page, 'Yhteisporukka');
    await expect(shownMembers(page)).toHaveText(['Anna', 'Cai']);
    await page.goto(`${groupUrl}/m/m01/e/m01-check-in`);
    await expect(page.getByText('Hyvää: Anna')).toBeVisible();
    await page.goto(`${groupUrl}/m/m02/e/m02-keys`);
    await expect(page.locator('img[alt="Kuva, jonka Anna otti"]')).toBeVisible();
  }
  // Importing the same file again changes nothing.
  await pickFile(b.page, fromA);
  await expect(b.page.getByText('Tabletissa on jo kaikki tiedoston tiedot. Mikään ei muutu.')).toBeVisible();

  // The group page says when the group was last put in a file.
  await groupPage(a.page, 'Yhteisporukka');
  await expect(a.page.getByText(/Porukka vietiin tiedostoon viimeksi/)).toBeVisible();
  await a.context.close();
  await b.context.close();
});

test('a password-protected file opens with the right password only, and a wrong one changes nothing', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const a = await tablet(browser, baseURL!, { offline: false });
  await setUpGroup(a.page, 'Salainen porukka', [{ name: 'Sanna' }]);
  await a.page.goto(`${a.page.url()}/export`);
  const path = await exportFile(a.page, 'mustikka-piirakka');

  const c = await tablet(browser, baseURL!, { offline: false });
  await pickFile(c.page, path);
  await expect(c.page.getByText('Tiedosto on suojattu salasanalla.')).toBeVisible();
  await c.page.getByLabel('Salasana').fill('väärä salasana');
  await c.page.getByRole('button', { name: 'Avaa tiedosto' }).click();
  await expect(c.page.getByText('Salasana on väärä.')).toBeVisible();
  await c.page.goto('/#/');
  // Still an empty tablet (support-person mode: the first group's form is a link away).
  await expect(c.page.getByRole('link', { name: 'Aloitetaan: tee ensimmäinen porukka' })).toBeVisible();

  await pickFile(c.page, path);
  await c.page.getByLabel('Salasana').fill('mustikka-piirakka');
  await c.page.getByRole('button', { name: 'Avaa tiedosto' }).click();
  await c.page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await c.page.getByRole('link', { name: 'Salainen porukka' }).click();
  await expect(shownMembers(c.page)).toHaveText(['Sanna']);
  await a.context.close();
  await c.context.close();
});

test('a file protected with the most rounds shows "Avataan…" with a moving bar, in view, until it opens', async ({ page }) => {
  // A phone on its side: "Avataan…" comes below the buttons, under the screen's edge, and is brought up.
  await page.setViewportSize({ width: 844, height: 390 });
  // 5,000,000 rounds, the most a file may ask for (a newer app's): about a second here, many on a tablet.
  await pickFile(page, fileURLToPath(new URL('../fixtures/group-v3-password-5m-rounds.porukka.json', import.meta.url)));
  await page.getByLabel('Salasana').fill('porukka-testi');
  await page.getByRole('button', { name: 'Avaa tiedosto' }).click();
  const opening = page.getByRole('status').filter({ hasText: 'Avataan… Odota hetki.' });
  await expect(opening).toBeInViewport({ ratio: 1 });
  await expect(opening.locator('.notice__working > span')).toHaveCSS('animation-name', 'notice-working');
  await expect(page.getByRole('button', { name: 'Avaa tiedosto' })).toBeDisabled();
  await page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(opening).toHaveCount(0);
  await expect(page.getByText('Valmis! Tiedot tuotiin tähän tablettiin.')).toBeVisible();
  await page.goto('/#/');
  await expect(page.locator('.group-tile')).toHaveText([/Kolmosporukka/]);
});

test('a file that is not a Porukka file is refused in plain words, and nothing changes', async ({ page }, testInfo) => {
  await setUpGroup(page, 'Oma porukka', [{ name: 'Anna' }]);
  const path = testInfo.outputPath('kauppalista.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path, JSON.stringify({ maito: 1, leipä: 2 }));
  await pickFile(page, path);
  const problem = page.getByRole('status').filter({ hasText: 'Tämä tiedosto ei ole Porukka-tiedosto.' });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('Tabletin tiedot eivät muuttuneet.');
  await page.goto('/#/');
  await expect(page.locator('.group-tile')).toHaveText([/Oma porukka/]);
});

test('the export and import screens pass axe and have 64 px targets at every step', async ({ page }) => {
  test.setTimeout(90_000);
  const { checkScreen } = await import('./pages/checks');
  await setUpGroup(page, 'Saavutettava tiedosto', [{ name: 'Anna' }]);
  const groupUrl = page.url();
  await page.goto(`${groupUrl}/export`);
  await checkScreen(page, 'export');
  await page.getByRole('button', { name: 'Suojaa salasanalla' }).click();
  await page.getByLabel('Salasana', { exact: true }).fill('abc');
  await page.getByLabel('Salasana uudelleen').fill('abd');
  await checkScreen(page, 'export with a password');
  await page.getByLabel('Salasana', { exact: true }).fill('abcd');
  await page.getByLabel('Salasana uudelleen').fill('abcd');
  await page.getByRole('button', { name: 'Tee tiedosto' }).click();
  await expect(page.getByText(/Tiedosto on valmis/)).toBeVisible();
  await checkScreen(page, 'export: file ready');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tallenna tiedosto' }).click();
  const path = await (await download).path();
  // Where the file went, in plain words (the browser decides the folder; "Lataukset" is the usual one).
  await expect(page.getByRole('status').filter({ hasText: 'Tallensit tiedoston' })).toHaveText(/^Tallensit tiedoston .+\.porukka\.json\. Löydät sen yleensä Lataukset-kansiosta\.$/);

  await page.goto('/#/import');
  await checkScreen(page, 'import');
  await page.getByLabel('Valitse tiedosto').setInputFiles(path);
  await page.getByLabel('Salasana').fill('wrong');
  await page.getByRole('button', { name: 'Avaa tiedosto' }).click();
  await expect(page.getByText('Salasana on väärä.')).toBeVisible();
  await checkScreen(page, 'import: password');
  await page.getByLabel('Salasana').fill('abcd');
  await page.getByRole('button', { name: 'Avaa tiedosto' }).click();
  await expect(page.getByRole('button', { name: 'Tuo tiedot' })).toBeVisible();
  await checkScreen(page, 'import: preview');
  await page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await checkScreen(page, 'import: done');
  await page.getByRole('button', { name: 'Valitse toinen tiedosto' }).click();
  await page.getByLabel('Valitse tiedosto').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"formatName":"porukka-group-export","formatVersion":1,') });
  await expect(page.getByText(/Tiedosto on vajaa/)).toBeVisible();
  await checkScreen(page, 'import: a cut file');
  await page.goto(groupUrl);
  await checkScreen(page, 'group page with the file status');
});
