// Checks every screen of the app must pass: axe finds nothing, every target is at least 64 px, one h1.
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * What axe finds on the screen now shown ("rule: targets"). The engine is put into the page once and
 * stays while the app moves by address (a hash change), so checking many screens stays quick (a fresh
 * AxeBuilder puts the engine in anew for every check: about a second each here). `extraRules` turns on
 * rules outside the tags (e.g. the 7:1 contrast); each must have run, or it is reported as not checked.
 */
export const axeViolations = (page: Page, extraRules: readonly string[] = []): Promise<string[]> =>
  runAxe(page, { type: 'tag', values: axeTags }, extraRules);

/**
 * The axe rules whose outcome depends on the styles (colours, sizes, overflow), for a second theme of a
 * screen already checked with every rule: the theme changes the styles only, not the page's elements.
 */
const styleRules = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'];

/** What axe's style-dependent rules find on the screen now shown (see styleRules). */
export const axeStyleViolations = (page: Page): Promise<string[]> => runAxe(page, { type: 'rule', values: styleRules }, []);

async function runAxe(page: Page, runOnly: { type: 'tag' | 'rule'; values: readonly string[] }, extraRules: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  return page.evaluate(
    async ({ only, extra }) => {
      type Rule = { id: string; nodes: { target: string[] }[] };
      type Result = { violations: Rule[]; passes: Rule[]; incomplete: Rule[]; inapplicable: Rule[] };
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
      const rules = Object.fromEntries(extra.map((id) => [id, { enabled: true }]));
      // Only violations are built in full: a passing rule keeps one node (enough to show it ran), so
      // axe skips making a selector and an HTML snippet for every passing element (most of a run's time).
      const result = await axe.run(document, { runOnly: only, rules, resultTypes: ['violations'] });
      const ran = new Set([...result.violations, ...result.passes, ...result.incomplete].map((r) => r.id));
      return [
        ...result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ...extra.filter((id) => !ran.has(id)).map((id) => `${id}: not checked (no element it applies to)`),
      ];
    },
    { only: { type: runOnly.type, values: [...runOnly.values] }, extra: [...extraRules] },
  );
}

/**
 * Whether the page became still within 10 s: its fonts and pictures have loaded and for `frames` painted
 * frames in a row nothing in it changed (nor, with `shifts`, did the browser report a new layout shift).
 */
function pageBecomesStill(page: Page, quietFramesNeeded: number, countShifts: boolean): Promise<boolean> {
  return page.evaluate(
    async ({ frames, shifts }) => {
      await document.fonts.ready;
      return new Promise<boolean>((resolve) => {
        let changes = 0;
        const changed = new MutationObserver(() => (changes += 1));
        changed.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
        const started = performance.now();
        const now = () => `${changes} ${shifts ? (window.movedOnScreen?.length ?? 0) : 0}`;
        let seen = '';
        let quietFrames = 0;
        const frame = () => {
          quietFrames = now() === seen ? quietFrames + 1 : 0;
          seen = now();
          const still = quietFrames >= frames && Array.from(document.images).every((img) => img.complete);
          if (still || performance.now() - started > 10_000) {
            changed.disconnect();
            resolve(still);
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
    { frames: quietFramesNeeded, shifts: countShifts },
  );
}

/**
 * Waits until the screen is drawn and still: its code and pictograms have loaded, it has its one h1,
 * and nothing in it changed for 5 frames in a row (a tap's new screen can replace the old one a frame
 * after the tap; axe run meanwhile read half of each and once found "no main, no h1").
 */
export async function screenSettled(page: Page): Promise<void> {
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(1);
  expect(await pageBecomesStill(page, 5, false), 'the screen became still').toBe(true);
}

export async function checkScreen(page: Page, label: string): Promise<void> {
  // The screen's code and pictograms have loaded and it is still, so nothing shifts while we measure.
  await screenSettled(page);
  // A screen still filling in after its still frames (a lazy part or a query answering late on a busy
  // machine) can show axe a moment between two states: axe is asked again until the screen is clean
  // or the time is up. A violation that stays is the screen's own and fails with axe's findings.
  let isFirstLook = true;
  const axeOnStillScreen = async (): Promise<string[]> => {
    const isStill = isFirstLook || (await pageBecomesStill(page, 5, false));
    isFirstLook = false;
    return isStill ? axeViolations(page) : ['the screen did not become still'];
  };
  await expect.poll(axeOnStillScreen, { message: label, intervals: [250, 500, 1000] }).toEqual([]);

  const small = await page.evaluate(() => {
    const targets = document.querySelectorAll<HTMLElement>('button, a[href], input:not(.visually-hidden), textarea, select, label.choice-tile, label.checklist__item, label.photo-button');
    return Array.from(targets)
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
      .map((el) => ({ el: `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}"`, ...el.getBoundingClientRect().toJSON() }))
      .filter((box) => box.width < 64 || box.height < 64)
      .map((box) => `${box.el} ${Math.round(box.width)}×${Math.round(box.height)}`);
  });
  expect(small, `${label}: targets under 64 px`).toEqual([]);
  await expect(page.locator('h1'), label).toHaveCount(1);
}

declare global {
  interface Window {
    movedOnScreen?: string[];
  }
}

/**
 * Starts noting what moves on the screen after it was shown (a layout shift), as the browser reports it.
 * A shift within half a second of a tap is the tap's own doing (the next screen replacing this one) and
 * does not count, as in the browser's layout shift score.
 */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.evaluate(noteLayoutShifts);
}

/** The same from the page's very first paint on (before any of its scripts run), for the next page load. */
export async function watchLayoutShiftsFromStart(page: Page): Promise<void> {
  await page.addInitScript(noteLayoutShifts);
}

function noteLayoutShifts(): void {
  const moved: string[] = [];
  window.movedOnScreen = moved;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // A LayoutShift entry names the elements that moved; the type is not in TypeScript's DOM library yet.
      const shift = entry as PerformanceEntry & { hadRecentInput?: boolean; sources?: readonly { node?: Node | null }[] };
      if (shift.hadRecentInput) continue;
      const sources = shift.sources ?? [];
      moved.push(...sources.map((s) => (s.node instanceof Element ? s.node.className : String(s.node?.nodeName))));
    }
  }).observe({ type: 'layout-shift' });
}

/**
 * What has moved since watchLayoutShifts, once the page is still: its fonts have loaded, and for 10
 * painted frames in a row nothing in it changed and the browser reported no new shift. A page that never
 * settles fails (after 10 s) instead of being measured halfway.
 */
export async function layoutShifts(page: Page): Promise<string[]> {
  expect(await pageBecomesStill(page, 10, true), 'the page became still').toBe(true);
  return page.evaluate(() => window.movedOnScreen ?? []);
}
