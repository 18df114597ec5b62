// Layout and contrast: at 360–1280 px wide and every text size, nothing scrolls sideways, nothing
// spills out of its tile (long member names included), the top bar stays one row, and in high contrast
// axe finds nothing. Looked at in the high-contrast theme: it is the normal theme with thicker borders
// and nothing smaller (highContrast.css), so what fits there fits in the normal theme too (whose colours
// axe checks in the accessibility specs and the participant sweep). Screenshots go to test-results/layout.
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech } from './fakeSpeech';
import { lockSupport, setUpGroup, unlockSupport } from './pages/app';
import { axeViolations } from './pages/checks';
import { brokenWords, buttonLabels } from './pages/sweep';
import { takesShots } from './pages/shots';

const longNames = [
  'Supermegahyperjättiläinen',
  // 40 characters with no space: the longest name the member form takes.
  'Supermegahyperjättiläisenkuningatarrouva',
  'Maija-Liisa Kukkaharjuntie-Virtanen',
  'Anna',
];

const widths = [360, 390, 800, 1280] as const;
const shotSizes: Record<number, { width: number; height: number }> = {
  390: { width: 390, height: 844 },
  800: { width: 800, height: 1280 },
  1280: { width: 1280, height: 800 },
};

/** Sets a display setting through the settings screen, as a support person does. */
async function chooseSetting(page: Page, legend: string, choice: string): Promise<void> {
  const tile = page.locator('fieldset', { has: page.locator('legend', { hasText: legend }) }).locator('label.choice-tile', { hasText: choice });
  await tile.click();
  await expect(tile.getByRole('radio')).toBeChecked();
}

/** What is wrong with the layout of the screen now on show (an empty list when nothing is). */
async function layoutProblems(page: Page): Promise<string[]> {
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) problems.push(`scrolls sideways: ${root.scrollWidth} > ${window.innerWidth}`);
    // These run inside the page, so they cannot live outside this function.
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const shown = (el: Element) => el.getClientRects().length > 0 && !el.closest('.visually-hidden, dialog:not([open])');
    // Something sticks out past the screen's edge (even where an ancestor would clip it).
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!shown(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1)) problems.push(`past the edge: ${describe(el)} ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    // Words spill out of their tile or button.
    const tiles = 'button, a[href], label, .avatar, .avatar__name, .member-row, .group-tile, .result, .certificate, .picture-card, .board-card, .choice-tile, .turn, .top-bar__button';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(tiles))) {
      if (!shown(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`spills out: ${describe(el)} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    // The top bar is one row: its buttons share one top.
    const bar = Array.from(document.querySelectorAll('.top-bar .top-bar__button, .top-bar .top-bar__brand')).filter(shown);
    const tops = new Set(bar.map((el) => Math.round(el.getBoundingClientRect().top)));
    if (tops.size > 1) problems.push(`top bar in ${tops.size} rows: ${[...tops].join(', ')}`);
    return [...new Set(problems)].slice(0, 8);
  });
}

/** Screenshots are for a person to look at; in CI (nobody looks) only with SWEEP_SHOTS=1. */

const theme = 'high-contrast';

test(`no sideways scrolling, nothing spilling, one-row top bar: ${theme} theme`, async ({ page }) => {
  test.setTimeout(300_000);
  await installFakeSpeech(page, ['fi-FI']);
  await setUpGroup(
    page,
    'Porukka, jolla on tosi pitkä nimi',
    longNames.map((name) => ({ name })),
  );
  const groupUrl = page.url().replace(/^.*#/, '/#');
  const problems: string[] = [];

  await page.goto('/#/settings');
  await chooseSetting(page, 'Selkeämmät', 'Päällä');
  for (const textSize of ['Tavallinen', 'Tosi iso'] as const) {
    await unlockSupport(page);
    await page.goto('/#/settings');
    await chooseSetting(page, 'Tekstin koko', textSize);
    const screens: { name: string; url: string; support?: boolean }[] = [
      { name: 'settings', url: '/#/settings', support: true },
      { name: 'members', url: `${groupUrl}/members`, support: true },
      { name: 'start', url: '/#/' },
      { name: 'group', url: groupUrl },
      { name: 'meeting', url: `${groupUrl}/m/m02` },
      // Exercises with members' names side by side; every exercise screen is in the participant sweep.
      { name: 'check-in', url: `${groupUrl}/m/m01/e/m01-check-in` },
      { name: 'skills', url: `${groupUrl}/m/m08/e/m08-skills` },
      { name: 'certificates', url: `${groupUrl}/m/m10/e/m10-certificate` },
    ];
    for (const screen of screens) {
      if (screen.support) await unlockSupport(page);
      else if (await page.getByRole('button', { name: 'Lukitse', exact: true }).isVisible()) await lockSupport(page);
      await page.goto(screen.url);
      await expect(page.locator('h1')).toHaveCount(1);
      for (const width of widths) {
        await page.setViewportSize(shotSizes[width] ?? { width, height: 800 });
        const label = `${theme}, ${textSize}, ${width} px, ${screen.name}`;
        problems.push(...[...(await layoutProblems(page)), ...(await brokenWords(page, buttonLabels))].map((p) => `${label}: ${p}`));
        if (shotSizes[width] && takesShots) {
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: test.info().outputPath(`${screen.name}-${width}-${textSize}-${theme}.png`.replace(/ /g, '_')) });
        }
      }
      if (textSize === 'Tavallinen') {
        // Text at least 7:1 against its background (WCAG AAA "enhanced" contrast), too.
        const found = await axeViolations(page, ['color-contrast-enhanced']);
        problems.push(...found.map((v) => `${theme}, ${screen.name}: axe ${v}`));
      }
    }
  }
  await test.info().attach('problems', { body: problems.join('\n'), contentType: 'text/plain' });
  expect(problems).toEqual([]);
});
