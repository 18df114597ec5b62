import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech } from './fakeSpeech';
import { lockSupport, unlockSupport } from './pages/app';
import { seedGroup } from './pages/seedGroup';
import { layoutShifts, watchLayoutShiftsFromStart } from './pages/checks';
import { lookShot } from './pages/shots';

// The start screen's frame is in index.html (scripts/vite-prerender-shell.ts): it paints before the
// app's JavaScript runs, and the app then takes it over without moving anything.

const appScript = /\/assets\/app-[\w-]+\.js$/;

/** Holds the app's JavaScript back (what index.html paints can be looked at alone); call the result to let it load. */
async function holdAppScript(page: Page): Promise<() => void> {
  const gate: { open?: () => void } = {};
  const held = new Promise<void>((resolve) => {
    gate.open = resolve;
  });
  await page.route(appScript, async (route) => {
    await held;
    await route.continue();
  });
  return () => gate.open?.();
}

/** Where the frame's parts are on the screen (the brand, the top bar's buttons, the title, an empty tablet's welcome). */
const framePlaces = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.top-bar__brand, .top-bar__button, h1, .welcome-card, .begin-button')].map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return `${element.textContent?.trim() ?? ''}: ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
    }),
  );

for (const viewport of [
  { width: 820, height: 1180 },
  { width: 390, height: 844 },
]) {
  test(`a fresh start paints the frame before the app runs, and the app takes it over without a shift (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await installFakeSpeech(page, ['fi-FI']);
    await watchLayoutShiftsFromStart(page);
    // An empty tablet goes from the frame straight to its welcome: the groups' intro never shows on the way.
    await page.addInitScript(() => {
      const shown: string[] = [];
      Object.assign(window, { shownOnTheWay: shown });
      new MutationObserver(() => {
        if (document.querySelector('p.lead')) shown.push('the groups intro');
      }).observe(document, { subtree: true, childList: true });
    });
    // Hold the app's JavaScript back until the frame has been looked at.
    const release = await holdAppScript(page);
    await page.goto('/', { waitUntil: 'commit' });

    const title = page.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' });
    await expect(title).toBeVisible();
    const bar = page.getByRole('banner');
    await expect(bar).toContainText('Porukka');
    // Until the app takes them over, the buttons say what they are but cannot be pressed.
    for (const name of ['Tukihenkilölle', 'Kuuntele', 'Apua']) await expect(bar.getByRole('button', { name })).toBeDisabled();
    // An empty tablet's whole first view is there before the app runs: the welcome and its one way in.
    await expect(page.locator('.welcome-card')).toContainText('Tervetuloa! Porukassa me tapaamme ja teemme yhdessä.');
    await expect(page.getByRole('button', { name: 'Aloitetaan: tee ensimmäinen porukka' })).toBeDisabled();
    await expect(page.getByText('Tukihenkilö avaa tämän PIN-koodilla.')).toBeVisible();
    // The frame's words are in the app's own fonts from the start: no font swap moves them later.
    await expect
      .poll(() => page.evaluate(() => ['400', '700'].every((weight) => [...document.fonts].some((font) => font.weight === weight && font.status === 'loaded'))))
      .toBe(true);
    const before = await framePlaces(page);
    expect(before).toHaveLength(7);
    await lookShot(page, `/tmp/shots-shell/shell-${viewport.width}.png`);

    release();
    await expect(page.getByRole('button', { name: 'Aloitetaan: tee ensimmäinen porukka' })).toBeEnabled();
    for (const name of ['Tukihenkilölle', 'Kuuntele', 'Apua']) await expect(bar.getByRole('button', { name })).toBeEnabled();
    expect(await layoutShifts(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { shownOnTheWay: string[] }).shownOnTheWay)).toEqual([]);
    expect(await framePlaces(page)).toEqual(before);
    await lookShot(page, `/tmp/shots-shell/app-${viewport.width}.png`);
    // The app keeps the look for the next start's frame.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('porukka.display'))).toContain('"language":"fi"');
  });
}

test('a tablet with groups paints only the frame before the app runs, and the app adds the groups under the title', async ({ page }) => {
  await installFakeSpeech(page, ['fi-FI']);
  await page.goto('/#/import');
  await unlockSupport(page);
  await seedGroup(page, 'Kerhon porukka', 'Kerhohuone', [{ name: 'Anna' }]);
  await lockSupport(page);
  // The app keeps the number of groups for the next start's frame.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('porukka.groups'))).toBe('1');
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' })).toBeVisible();
  await expect(page.locator('.welcome-card, .begin-button')).toHaveCount(0);
  release();
  await expect(page.locator('.group-tile')).toHaveText([/Kerhon porukka/]);
  await expect(page.locator('.welcome-card, .begin-button')).toHaveCount(0);
});

test('the frame paints without JavaScript, and in the tablet’s saved language and look before the app runs', async ({ browser, page }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto('/');
  await expect(bare.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' })).toBeVisible();
  await expect(bare.getByRole('banner')).toContainText('Porukka');
  await expect(bare.getByRole('banner').getByRole('button', { name: 'Kuuntele' })).toBeVisible();
  await lookShot(bare, '/tmp/shots-shell/no-javascript.png');
  await noScript.close();

  // The copy main.tsx keeps of the display settings: Swedish, high contrast, larger text.
  await page.addInitScript(() =>
    localStorage.setItem('porukka.display', JSON.stringify({ language: 'sv', highContrast: true, textSize: 'large', reducedMotion: false, idleMinutes: 10 })),
  );
  await page.route(appScript, (route) => route.abort());
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Porukka!' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Lyssna' })).toBeVisible();
  const root = page.locator('html');
  await expect(root).toHaveAttribute('lang', 'sv');
  await expect(root).toHaveAttribute('data-high-contrast', '');
  await expect(root).toHaveAttribute('data-text-size', 'large');
  await expect(page.getByRole('banner')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expect(page.locator('.top-bar__brand img')).toHaveAttribute('src', /\/pictograms\/high-contrast\/app\.svg$/);
  await lookShot(page, '/tmp/shots-shell/saved-look.png');
});
