// Always know the way on (issue 11, points 6–7), in participant mode: an exercise ends with
// "Valmis! Seuraavaksi: …", the last one leads to the meeting's summary, the group page opens with
// one big "Jatka" card, and an empty tablet has one big "Aloitetaan" button.
import { expect, test, type Page } from '@playwright/test';
import { openStart, reloadWhenSaved, supportPin } from './pages/app';
import { openExercise, openSeededGroup } from './pages/journey';
import { installFakeSpeech, spokenTexts } from './fakeSpeech';
import { lookShot } from './pages/shots';

const viewports = [
  { name: 'landscape', width: 1280, height: 800 },
  { name: 'portrait', width: 800, height: 1280 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Screenshots for review (not committed) at the three sizes; the page must not scroll sideways. */
async function shoot(page: Page, name: string): Promise<void> {
  const start = page.viewportSize()!;
  for (const size of viewports) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { message: `${name} ${size.name}` }).toBe(true);
    await lookShot(page, `${process.env['SHOTS_DIR'] ?? 'test-results/way-on'}/${name}-${size.name}.png`, { fullPage: true });
  }
  await page.setViewportSize(start);
}

test('an empty tablet welcomes aloud and has one way in: the PIN, then the group form', async ({ page }) => {
  await installFakeSpeech(page, ['fi-FI']);
  await openStart(page);
  const main = page.getByRole('main');
  const welcome = main.locator('.welcome-card');
  await expect(welcome).toContainText('Tervetuloa! Porukassa me tapaamme ja teemme yhdessä.');
  // Browsers speak only after a tap: a tap on the card (or its "Kuuntele") reads the welcome.
  await welcome.click();
  await expect.poll(async () => (await spokenTexts(page)).map((s) => s.text)).toContain('Tervetuloa!');
  await shoot(page, 'start-empty');

  await main.getByRole('button', { name: 'Aloitetaan: tee ensimmäinen porukka' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Tee PIN-koodi' })).toBeVisible();
  await dialog.getByLabel('PIN-koodi', { exact: true }).fill(supportPin);
  await dialog.getByLabel('PIN-koodi uudelleen').fill(supportPin);
  await dialog.getByRole('button', { name: 'Tallenna ja avaa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi porukka' })).toBeVisible();
});

test('a participant goes on from exercise to exercise, sees the summary after the last one, and finds the next meeting at once', async ({ page }) => {
  test.setTimeout(120_000);
  await openSeededGroup(page);
  const groupUrl = page.url();
  const main = page.getByRole('main');

  // The group page opens with one big card to the next meeting not held yet (the file's group held meeting 1).
  const goOn = main.getByRole('link', { name: 'Jatka: tapaaminen 2 — Minä ja me' });
  await expect(goOn).toBeVisible();
  await expect(main.locator('.continue-card')).toHaveCount(1);
  await shoot(page, 'group-page');
  await goOn.click();
  await expect(page.getByRole('heading', { level: 1, name: '2. Minä ja me' })).toBeVisible();
  // Nothing a participant sees is a support person's to-do.
  await expect(main.getByText('Emme ole vielä pitäneet tätä tapaamista.')).toHaveCount(0);

  await page.goto(`${groupUrl}/m/m06`);
  await expect(page.getByRole('heading', { level: 1, name: '6. Kuka voisi auttaa?' })).toBeVisible();

  await openExercise(page, /Miksi kumppaneita/);
  await expect(page.getByRole('heading', { level: 1, name: 'Miksi kumppaneita?' })).toBeVisible();
  const next = main.getByRole('link', { name: 'Valmis! Seuraavaksi: Ketkä voisivat olla kumppaneita?' });
  await expect(next).toBeVisible();
  await next.scrollIntoViewIfNeeded();
  await shoot(page, 'exercise-next');
  await next.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ketkä voisivat olla kumppaneita?' })).toBeVisible();
  // A participant is not led to the partner form, which asks for the PIN.
  await expect(main.getByRole('link', { name: /^Lisää kumppanilistaan/ })).toHaveCount(0);

  // The meeting's last exercise leads to its summary.
  await page.goto(`${groupUrl}/m/m06/e/m06-learning-cafe`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kumppanit kiertävät pöydissä' })).toBeVisible();
  await main.getByRole('link', { name: 'Valmis! Katsomme, mitä teimme tänään.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tapaaminen 6: mitä teimme' })).toBeVisible();
  await expect(page).toHaveURL(/\/m\/m06\/summary$/);
  const did = main.getByRole('region', { name: 'Mitä teimme' });
  await expect(did.getByRole('link', { name: /Miksi kumppaneita\?/ })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Kuuntele kaikki' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Merkitse tapaaminen pidetyksi' })).toHaveCount(0);
  await shoot(page, 'summary');

  // A reload comes back to the summary.
  await reloadWhenSaved(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Tapaaminen 6: mitä teimme' })).toBeVisible();
  await main.getByRole('link', { name: 'Porukan sivulle' }).click();
  await expect(main.getByRole('link', { name: 'Jatka: tapaaminen 2 — Minä ja me' })).toBeVisible();
});
