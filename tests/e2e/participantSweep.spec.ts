// The participant sweep: the group's own screens (group page, our jobs, the slideshow, the rules, the
// diary) and every step and turn of every exercise of the ten meetings, at 1280×800,
// 800×1280 and 390×844, at the default and the largest text, in the normal theme (and the high-contrast
// theme where it can differ), as the group sees them (participant mode). Nothing scrolls sideways, the top bar is one row,
// a turn's person, choices and "Valmis" are in view, every choice says its words on tap, and axe finds
// nothing. Screenshots go to test-results/sweep/ for a person to look through (not committed): one per
// screen build and look, and in CI only when SWEEP_SHOTS=1 (they check nothing; a third of the time).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech, spokenTexts } from './fakeSpeech';
import { lockSupport } from './pages/app';
import { axeViolations } from './pages/checks';
import { allSweepScreens as sweepScreens, screenAddress, type SweepScreen } from './pages/steps';
import { applyLook, isInView, isTopInView, lookName, sidewaysOverflow, tapAndHear, topBarRows, wordsOf, type SweepLook } from './pages/sweep';
import { importFile } from './pages/transfer';

const sweepGroup = fileURLToPath(new URL('../fixtures/sweep-group.porukka.json', import.meta.url));
const groupId = '5eeb5eeb5eeb5eeb5eeb5eeb5eeb5eeb';
/** Anna, the fixture's first member. */
const memberId = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';

const sizes = [
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
  { width: 390, height: 844 },
] as const;
/**
 * Every size at both text sizes; the high-contrast theme (thicker borders, other colours) where it can
 * differ: with axe on the tablet held upright, and the layout where it is tightest (the phone, larger text).
 * Its other looks only repeated these checks (accessibility.spec also walks the support screens in it).
 */
const isContrastLook = (look: Omit<SweepLook, 'highContrast'>) =>
  (look.width === 800 && look.textSize === 'normal') || (look.width === 390 && look.textSize === 'larger');
const looks: SweepLook[] = sizes.flatMap((size) =>
  (['normal', 'larger'] as const).flatMap((textSize) => {
    const look = { ...size, textSize };
    return [{ ...look, highContrast: false }, ...(isContrastLook(look) ? [{ ...look, highContrast: true }] : [])];
  }),
);
/** The look that taps every choice and hears it (the longest): run in parts so two workers share it. */
const isHearingLook = (look: SweepLook) => look.width === 800 && look.textSize === 'normal' && !look.highContrast;
const hearingParts = 3;
/** Each look's screens in one test, or the hearing look's in parts (in the order they come). */
const parts = looks.flatMap((look) => {
  const count = isHearingLook(look) ? hearingParts : 1;
  const size = Math.ceil(sweepScreens.length / count);
  return Array.from({ length: count }, (_, i) => ({
    look,
    name: count === 1 ? lookName(look) : `${lookName(look)} part ${i + 1}/${count}`,
    screens: sweepScreens.slice(i * size, (i + 1) * size),
  }));
});
// The longest parts first, so no long test starts last.
parts.sort((a, b) => Number(isHearingLook(b.look)) - Number(isHearingLook(a.look)));
const takesShots = !process.env['CI'] || process.env['SWEEP_SHOTS'] === '1';

/** On a tablet at the default text size the whole turn fits, the statement or question too. */
const fitsWholeTurn = (look: SweepLook) => look.width >= 800 && look.textSize === 'normal';

async function openScreen(page: Page, screen: SweepScreen): Promise<void> {
  await page.goto(screenAddress(groupId, memberId, screen));
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(1);
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
}

async function checkAxe(page: Page, label: string): Promise<void> {
  expect.soft(await axeViolations(page), `${label}: axe`).toEqual([]);
}

/**
 * On a phone or at the largest text, how many choices must be in view at once: the first two. The dot
 * vote's cards are looked through in their grid while the dots left and "Valmis" stay in view: there
 * the first card must show (it is read when tapped), its buttons may need a scroll.
 */
const firstChoicesInView = (kind: string): number => (kind === 'cardBoard' ? 0 : 2);

/** A member's turn: opens with their question read, fits the screen, every choice heard, ends with Valmis. */
async function checkTurn(page: Page, look: SweepLook, kind: string, label: string, shot: string | null, hearsAll: boolean, withAxe: boolean): Promise<void> {
  const avatars = page.getByRole('main').locator('.avatar-grid .avatar-button');
  await avatars.nth(1).click();
  const turn = page.locator('.turn');
  await expect.soft(turn, `${label}: a turn opens`).toBeVisible();
  if (!(await turn.isVisible())) return;
  const question = turn.locator('.turn__question');
  const questionWords = await wordsOf(question);
  await expect.poll(async () => (await spokenTexts(page)).map((u) => u.text), { message: `${label}: the turn's question is read` }).toEqual(expect.arrayContaining(questionWords));
  const mustSee = [turn.locator('.turn__who'), turn.locator('.turn__done .big-button'), ...(fitsWholeTurn(look) ? [turn.locator('.turn__subject')] : [])];
  const choices = turn.locator('.turn__choices').locator('button, label.choice-tile');
  if (shot) await page.screenshot({ path: shot.replace('.jpg', '-turn.jpg'), type: 'jpeg', quality: 50 });
  if (withAxe) await checkAxe(page, `${label} (turn)`);
  for (const part of mustSee) {
    if ((await part.count()) === 0) continue;
    expect.soft(await isInView(part.first()), `${label}: ${await part.first().getAttribute('class')} in view`).toBe(true);
  }
  const count = await choices.count();
  expect.soft(count, `${label}: the turn has choices`).toBeGreaterThan(0);
  if (kind === 'cardBoard') expect.soft(await isTopInView(turn.locator('.dot-card').first()), `${label}: the first card shows`).toBe(true);
  // Every choice is tapped and heard in one look; the others check the first choices are in view.
  for (let i = 0; i < (hearsAll ? count : Math.min(count, 2)); i += 1) {
    const choice = choices.nth(i);
    if (!(await choice.isEnabled())) continue;
    if (fitsWholeTurn(look) || i < firstChoicesInView(kind)) expect.soft(await isInView(choice), `${label}: choice ${i + 1} in view`).toBe(true);
    if (hearsAll) await tapAndHear(page, choice, `${label}: choice ${i + 1}`);
  }
  await turn.locator('.turn__done .big-button').click();
  await expect(turn).toHaveCount(0);
}

/** Picture choices outside turns (tiles, toggles) say their words when tapped. */
async function checkChoicesSpeak(page: Page, label: string): Promise<void> {
  const url = page.url();
  const choices = page.getByRole('main').locator('label.choice-tile, .big-button--tile, .big-button[aria-pressed]').filter({ visible: true });
  const count = Math.min(await choices.count(), 3);
  for (let i = 0; i < count && page.url() === url; i += 1) await tapAndHear(page, choices.nth(i), `${label}: choice ${i + 1}`);
}

for (const { look, name, screens } of parts) {
  test(`participant sweep ${name}`, async ({ browser }) => {
    test.setTimeout(600_000);
    const context = await browser.newContext({ viewport: { width: look.width, height: look.height } });
    const page = await context.newPage();
    await installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']);
    await importFile(page, sweepGroup);
    await applyLook(page, look);
    await lockSupport(page);
    // One look taps every choice and hears it; axe runs there and in its high-contrast twin.
    const isHearing = isHearingLook(look);
    const turnsSeen = new Set<string>();
    const axeSeen = new Set<string>();
    const shotsTaken = new Set<string>();
    for (const screen of screens) {
      const label = `${lookName(look)} ${screen.exerciseId}/${screen.step ?? ''}`;
      // One screenshot per screen build (the eleven statements look alike).
      const shot =
        takesShots && !shotsTaken.has(screen.build) ? path.join(test.info().project.outputDir, `sweep/${lookName(look)}/${screen.exerciseId}-${screen.step ?? 'start'}.jpg`) : null;
      if (shot) shotsTaken.add(screen.build);
      await openScreen(page, screen);
      if (shot) await page.screenshot({ path: shot, type: 'jpeg', quality: 50 });
      expect.soft(await sidewaysOverflow(page), `${label}: nothing sideways`).toEqual([]);
      expect.soft(await topBarRows(page), `${label}: top bar in one row`).toBe(1);
      const isAxeLook = look.width === 800 && look.textSize === 'normal';
      if (isAxeLook && !axeSeen.has(screen.build)) {
        axeSeen.add(screen.build);
        await checkAxe(page, label);
      }
      if (screen.hasTurns && !turnsSeen.has(screen.signature)) {
        turnsSeen.add(screen.signature);
        await checkTurn(page, look, screen.kind, label, shot, isHearing, isAxeLook && !axeSeen.has(`turn ${screen.build}`));
        axeSeen.add(`turn ${screen.build}`);
        expect.soft(await sidewaysOverflow(page), `${label}: nothing sideways after the turn`).toEqual([]);
      } else if (isHearing && screen.kind !== 'feedbackKiosk') {
        // (Not the feedback kiosk: starting it locks the tablet to the survey.)
        await checkChoicesSpeak(page, label);
      }
    }
    await context.close();
  });
}
