// The participant sweep: the group's own screens (group page, our jobs, the slideshow, the rules, the
// diary) and every step and turn of every exercise of the ten meetings, at 1280×800, 800×1280 and
// 390×844, at the default text (normal theme) and the largest (high-contrast theme), as the group sees
// them (participant mode). Nothing scrolls sideways, the top bar is one row, the words of its buttons,
// of "Kuuntele" and of a turn's picture tiles stay whole, so do words of up to twelve letters beside a
// picture (they go under it when there is no room), no button's words reach out of it (in a turn
// too), "Kuuntele" stays inside its round border and its card, a turn's person, choices and "Valmis"
// are in view, choices say their words on tap, and axe finds nothing in either theme. Screenshots go
// to test-results/sweep/ for a person to look through (not committed): one per screen build and look,
// and in CI only when SWEEP_SHOTS=1 (they check nothing).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech, spokenTexts } from './fakeSpeech';
import { lockSupport } from './pages/app';
import { axeStyleViolations, axeViolations } from './pages/checks';
import { allSweepScreens as sweepScreens, screenAddress, type SweepScreen } from './pages/steps';
import { applyLook, brokenWords, buttonLabels, inViewAll, roundTileLabels, spillingLabels, turnTablet, isTopInView, lookName, sidewaysOverflow, tapAndHear, topBarRows, wordsBesidePictures, wordsOf, wordsOnRing, speakersOutOfCards, type SweepLook } from './pages/sweep';
import { importFile } from './pages/transfer';
import { lookShot, takesShots } from './pages/shots';

const sweepGroup = fileURLToPath(new URL('../fixtures/sweep-group.porukka.json', import.meta.url));
const groupId = '5eeb5eeb5eeb5eeb5eeb5eeb5eeb5eeb';
/** Anna, the fixture's first member. */
const memberId = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';

const phone = { width: 390, height: 844 };
const upright = { width: 800, height: 1280 };
const wide = { width: 1280, height: 800 };
type Size = { readonly width: number; readonly height: number };
/**
 * A pass is one text size and theme: each screen is opened once and looked at in each of the pass's
 * sizes (the window resized, as when a tablet is turned; the layout follows by CSS alone), the first
 * size first. Every size at both text sizes. The largest text is looked at in the high-contrast theme:
 * its borders are thicker and nothing in it is smaller (highContrast.css), so what fits there fits in
 * the normal theme too. At the default text the high-contrast theme's colours get axe (its layout is
 * the normal theme's with thicker borders, which the largest text already pushes hardest).
 */
const passes: readonly { textSize: SweepLook['textSize']; highContrast: boolean; sizes: readonly Size[]; parts: number; axeOnly?: true }[] = [
  // The tablet held upright at the default text is the look that taps choices and hears them.
  { textSize: 'normal', highContrast: false, sizes: [upright, wide, phone], parts: 3 },
  { textSize: 'larger', highContrast: true, sizes: [wide, upright, phone], parts: 2 },
  { textSize: 'normal', highContrast: true, sizes: [upright], parts: 1, axeOnly: true },
];
const lookOf = (pass: (typeof passes)[number], size: Size): SweepLook => ({ ...size, textSize: pass.textSize, highContrast: pass.highContrast });
/** The look that taps choices and hears them (the longest). */
const isHearingLook = (look: SweepLook) => look.width === 800 && look.textSize === 'normal' && !look.highContrast;
/** Every axe rule on the tablet held upright at the default text (the high-contrast pass: checkColours). */
const isAxeLook = (look: SweepLook) => look.width === 800 && look.textSize === 'normal';
/** Each pass in parts, so two workers share it: every n-th screen (screens of one exercise differ in weight). */
const parts = passes.flatMap((pass) =>
  Array.from({ length: pass.parts }, (_, i) => ({
    pass,
    name: `${pass.textSize}${pass.highContrast ? '-contrast' : ''} ${pass.sizes.map((size) => `${size.width}x${size.height}`).join(' ')}${pass.parts > 1 ? ` part ${i + 1}/${pass.parts}` : ''}`,
    screens: sweepScreens.filter((_screen, index) => index % pass.parts === i),
  })),
);

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

/** A member's turn: opens with their question read, fits the screen, its choices heard, ends with Valmis. */
async function checkTurn(page: Page, look: SweepLook, kind: string, label: string, shot: string | null, hears: boolean, withAxe: boolean): Promise<void> {
  const avatars = page.getByRole('main').locator('.avatar-grid .avatar-button');
  // Only what is said after the tap counts (the same question may have been read in an earlier screen).
  const saidBefore = (await spokenTexts(page)).length;
  await avatars.nth(1).click();
  const turn = page.locator('.turn');
  await expect.soft(turn, `${label}: a turn opens`).toBeVisible();
  if (!(await turn.isVisible())) return;
  const question = turn.locator('.turn__question');
  const questionWords = await wordsOf(question);
  await expect.poll(async () => (await spokenTexts(page)).slice(saidBefore).map((u) => u.text), { message: `${label}: the turn's question is read` }).toEqual(expect.arrayContaining(questionWords));
  const choices = turn.locator('.turn__choices').locator('button, label.choice-tile');
  if (shot) await lookShot(page, shot.replace('.jpg', '-turn.jpg'), { type: 'jpeg', quality: 50 });
  if (withAxe) await checkAxe(page, `${label} (turn)`);
  expect.soft(await spillingLabels(page), `${label} (turn): words inside their buttons`).toEqual([]);
  expect.soft(await wordsOnRing(page), `${label} (turn): "Kuuntele" inside its ring`).toEqual([]);
  expect.soft(await speakersOutOfCards(page), `${label} (turn): "Kuuntele" inside its card`).toEqual([]);
  expect.soft(await brokenWords(page, roundTileLabels), `${label} (turn): tile words whole`).toEqual([]);
  expect.soft(await brokenWords(page, wordsBesidePictures, 12), `${label} (turn): words beside pictures whole`).toEqual([]);
  // The member, "Valmis" and (where the whole turn fits) the statement or question: all in view.
  const mustSee = ['.turn .turn__who', '.turn .turn__done .big-button', ...(fitsWholeTurn(look) ? ['.turn .turn__subject'] : [])];
  for (const selector of mustSee) {
    const [part] = await inViewAll(page, selector);
    if (part) expect.soft(part.inView, `${label}: ${part.name} in view`).toBe(true);
  }
  // The choices as they are now, each marked: a tap may add more (the "Puhu tai kirjoita" panel, which
  // loads a moment later), and counting again by position would then tap a different choice.
  const count = await choices.evaluateAll((found) => {
    for (const old of Array.from(document.querySelectorAll('[data-sweep-choice]'))) old.removeAttribute('data-sweep-choice');
    found.forEach((choice, i) => choice.setAttribute('data-sweep-choice', String(i)));
    return found.length;
  });
  expect.soft(count, `${label}: the turn has choices`).toBeGreaterThan(0);
  if (kind === 'cardBoard') expect.soft(await isTopInView(turn.locator('.dot-card').first()), `${label}: the first card shows`).toBe(true);
  // On a tablet at the default text every choice must be in view (one turn = one screen); on a phone
  // and at the largest text the first ones. All looked at in one go.
  const inView = await inViewAll(page, '.turn [data-sweep-choice]');
  const mustBeInView = fitsWholeTurn(look) ? count : Math.min(count, firstChoicesInView(kind));
  inView.slice(0, mustBeInView).forEach((choice, i) => {
    if (choice.enabled) expect.soft(choice.inView, `${label}: choice ${i + 1} ${choice.name} in view`).toBe(true);
  });
  // In the hearing look the first two choices and the last are tapped and heard (a list's choices are
  // one component; the last is often the special one, such as "Jokin muu").
  if (hears) {
    for (const i of new Set([0, 1, count - 1].filter((n) => n >= 0 && n < count))) {
      const choice = turn.locator(`[data-sweep-choice="${i}"]`);
      if (await choice.isEnabled()) await tapAndHear(page, choice, `${label}: choice ${i + 1}`);
    }
  }
  await turn.locator('.turn__done .big-button').click();
  await expect(turn).toHaveCount(0);
}

/** Picture choices outside turns (tiles, toggles) say their words when tapped. */
async function checkChoicesSpeak(page: Page, label: string): Promise<void> {
  const url = page.url();
  const main = page.getByRole('main');
  const choices = main.locator('label.choice-tile, .big-button--tile, .big-button[aria-pressed]').filter({ visible: true });
  // The first three as they are now (a tap may show more), each marked, as in a turn.
  const count = await choices.evaluateAll((found) => {
    for (const old of Array.from(document.querySelectorAll('[data-sweep-tile]'))) old.removeAttribute('data-sweep-tile');
    found.slice(0, 3).forEach((choice, i) => choice.setAttribute('data-sweep-tile', String(i)));
    return Math.min(found.length, 3);
  });
  for (let i = 0; i < count && page.url() === url; i += 1) await tapAndHear(page, main.locator(`[data-sweep-tile="${i}"]`), `${label}: choice ${i + 1}`);
}

for (const { pass, name, screens } of parts) {
  test(`participant sweep ${name}`, async ({ browser }) => {
    // A part takes about a minute; a hang fails in minutes, not at the end of CI.
    test.setTimeout(240_000);
    const firstSize = pass.sizes[0] ?? upright;
    const context = await browser.newContext({ viewport: firstSize });
    const page = await context.newPage();
    await installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']);
    await importFile(page, sweepGroup);
    await applyLook(page, lookOf(pass, firstSize));
    await lockSupport(page);
    const turnsSeen = new Set<string>();
    const axeSeen = new Set<string>();
    const shotsTaken = new Set<string>();
    if (pass.axeOnly) {
      // One screen of each build: axe on it and on a member's turn.
      for (const screen of screens.filter((s, i, all) => all.findIndex((other) => other.build === s.build) === i)) {
        await openScreen(page, screen);
        await checkColours(page, lookOf(pass, firstSize), screen);
      }
    }
    // Each screen is its own step: a part makes thousands of checks, and Playwright looks for a new
    // check's place by walking every earlier one of the test unless it is inside a step (a quarter of
    // the test process's time in a part went there).
    for (const screen of pass.axeOnly ? [] : screens) {
      await test.step(`${screen.exerciseId}/${screen.step ?? ''}`, async () => {
        for (const [sizeIndex, size] of pass.sizes.entries()) {
          const look = lookOf(pass, size);
          if (pass.sizes.length > 1) await turnTablet(page, size);
          if (sizeIndex === 0) await openScreen(page, screen);
          await checkScreenInLook(page, look, screen, { turnsSeen, axeSeen, shotsTaken });
        }
      });
    }
    await context.close();
  });
}

/**
 * Axe's style rules on the screen and on a member's turn in it (the high-contrast theme's colours; the
 * normal pass ran every rule on the same elements).
 */
async function checkColours(page: Page, look: SweepLook, screen: SweepScreen): Promise<void> {
  const label = `${lookName(look)} ${screen.exerciseId}/${screen.step ?? ''}`;
  const checkStyles = async (where: string) => expect.soft(await axeStyleViolations(page), `${where}: axe style rules`).toEqual([]);
  await checkStyles(label);
  if (!screen.hasTurns) return;
  await page.getByRole('main').locator('.avatar-grid .avatar-button').nth(1).click();
  const turn = page.locator('.turn');
  await expect(turn, `${label}: a turn opens`).toBeVisible();
  await checkStyles(`${label} (turn)`);
  await turn.locator('.turn__done .big-button').click();
  await expect(turn).toHaveCount(0);
}

/** One screen in one look: nothing sideways, the top bar, axe, a member's turn, taps heard. */
async function checkScreenInLook(page: Page, look: SweepLook, screen: SweepScreen, seen: Record<'turnsSeen' | 'axeSeen' | 'shotsTaken', Set<string>>): Promise<void> {
  const label = `${lookName(look)} ${screen.exerciseId}/${screen.step ?? ''}`;
  // One screenshot per screen build and look (the eleven statements look alike).
  const shotKey = `${lookName(look)} ${screen.build}`;
  const shot = takesShots && !seen.shotsTaken.has(shotKey) ? path.join(test.info().project.outputDir, `sweep/${lookName(look)}/${screen.exerciseId}-${screen.step ?? 'start'}.jpg`) : null;
  if (shot) seen.shotsTaken.add(shotKey);
  if (shot) await lookShot(page, shot, { type: 'jpeg', quality: 50 });
  expect.soft(await sidewaysOverflow(page), `${label}: nothing sideways`).toEqual([]);
  expect.soft(await topBarRows(page), `${label}: top bar in one row`).toBe(1);
  expect.soft(await brokenWords(page, buttonLabels), `${label}: button words whole`).toEqual([]);
  expect.soft(await brokenWords(page, wordsBesidePictures, 12), `${label}: words beside pictures whole`).toEqual([]);
  expect.soft(await spillingLabels(page), `${label}: words inside their buttons`).toEqual([]);
  expect.soft(await wordsOnRing(page), `${label}: "Kuuntele" inside its ring`).toEqual([]);
  expect.soft(await speakersOutOfCards(page), `${label}: "Kuuntele" inside its card`).toEqual([]);
  const withAxe = isAxeLook(look);
  if (withAxe && !seen.axeSeen.has(screen.build)) {
    seen.axeSeen.add(screen.build);
    await checkAxe(page, label);
  }
  const isHearing = isHearingLook(look);
  const turnKey = `${lookName(look)} ${screen.signature}`;
  if (screen.hasTurns && !seen.turnsSeen.has(turnKey)) {
    seen.turnsSeen.add(turnKey);
    await checkTurn(page, look, screen.kind, label, shot, isHearing, withAxe && !seen.axeSeen.has(`turn ${screen.build}`));
    seen.axeSeen.add(`turn ${screen.build}`);
    expect.soft(await sidewaysOverflow(page), `${label}: nothing sideways after the turn`).toEqual([]);
  } else if (isHearing && screen.kind !== 'feedbackKiosk') {
    // (Not the feedback kiosk: starting it locks the tablet to the survey.)
    await checkChoicesSpeak(page, label);
  }
}
