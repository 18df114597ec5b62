// What the participant sweep checks on one screen: nothing sideways, the turn in view, taps heard.
import { expect, type Locator, type Page } from '@playwright/test';
import { spokenTexts } from '../fakeSpeech';

export interface SweepLook {
  readonly width: number;
  readonly height: number;
  readonly textSize: 'normal' | 'larger';
  readonly highContrast: boolean;
}

export const lookName = (look: SweepLook): string =>
  `${look.width}x${look.height}-${look.textSize}${look.highContrast ? '-contrast' : ''}`;

/** The device settings of the look, set as a support person would, then the tablet is handed to the group. */
export async function applyLook(page: Page, look: SweepLook): Promise<void> {
  await page.goto('/#/settings');
  const sizeLabel = { normal: 'Tavallinen', larger: 'Tosi iso' }[look.textSize];
  await page.locator('label.choice-tile', { has: page.locator('input[name="text-size"]') }).filter({ hasText: sizeLabel }).click();
  // (Not by [value="on"]: a radio's value "on" is its default, so Preact never writes the attribute.)
  const contrast = page.locator('fieldset', { has: page.locator('input[name="high-contrast"]') });
  await contrast.locator('label.choice-tile').filter({ hasText: look.highContrast ? 'Päällä' : 'Pois' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', look.textSize);
  if (look.highContrast) await expect(page.locator('html')).toHaveAttribute('data-high-contrast', '');
  else await expect(page.locator('html')).not.toHaveAttribute('data-high-contrast');
}

/**
 * The window resized, as when a tablet is turned. A tap may have put a slide or an invitation on the
 * whole screen, and a window on the whole screen cannot be resized (the headless shell refuses until
 * the window is back to normal, a moment after the page has left the whole screen): that is left first,
 * as a person would before turning the tablet, and the resize tried until the window takes it. Each try
 * leaves the whole screen again (a tap's request may be granted only after the first look), and a
 * window left on the whole screen without a page there is put back to normal, as a person would.
 */
export async function turnTablet(page: Page, size: { readonly width: number; readonly height: number }): Promise<void> {
  await expect(async () => {
    await page.evaluate(async () => {
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    });
    try {
      await page.setViewportSize(size);
    } catch (error) {
      await restoreWindow(page);
      throw error;
    }
  }, `the window turns to ${size.width}×${size.height}`).toPass({ intervals: [50, 100, 250, 500], timeout: 30_000 });
}

async function restoreWindow(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { windowId } = await cdp.send('Browser.getWindowForTarget');
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } });
  } finally {
    await cdp.detach();
  }
}

/** Elements that reach past the right edge of the window, and whether the page scrolls sideways. */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (el.closest('.visually-hidden, [hidden]') || el.getClientRects().length === 0) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
        found.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
    return found.slice(0, 5);
  });
}

/** The top bar is one row: its controls share one line. */
export async function topBarRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tops = Array.from(document.querySelectorAll<HTMLElement>('header a, header button'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => el.getBoundingClientRect())
      .map((box) => Math.round(box.top + box.height / 2));
    return new Set(tops.map((mid) => Math.round(mid / 24))).size;
  });
}

/**
 * Words broken over two lines inside the elements ("Alkuu-n", "Kuu-ntel-e"). With `longestWord`, only
 * words of up to that many letters count (a longer compound or a name may break where no line is wide
 * enough), and a break at a hyphen or a dash ("100–150") is a line break, not a broken word.
 */
export async function brokenWords(page: Page, selector: string, longestWord: number | null = null): Promise<string[]> {
  return page.evaluate(
    ({ within, longest }) => {
      const broken = new Set<string>();
      for (const element of Array.from(document.querySelectorAll(within))) {
        // (A label hidden for screen readers only is 1 px wide: not on screen.)
        if (element.getClientRects().length === 0 || element.closest('.visually-hidden') || element.getBoundingClientRect().width <= 1) continue;
        const where = element.closest('header') ? 'the top bar' : element.closest('.speak-button') ? 'a "Kuuntele" button' : `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]}`;
        // Every text of the element (a tile's words are in a span per sentence).
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const text = walker.currentNode as Text;
          for (const match of (text.textContent ?? '').matchAll(longest === null ? /\S+/g : /[^\s\-–—]+/g)) {
            if (longest !== null && match[0].replace(/[^\p{L}]/gu, '').length > longest) continue;
            const word = document.createRange();
            word.setStart(text, match.index);
            word.setEnd(text, match.index + match[0].length);
            const lines = new Set(Array.from(word.getClientRects()).filter((box) => box.width > 0).map((box) => Math.round(box.top)));
            if (lines.size > 1) broken.add(`word broken in ${where}: "${match[0]}"`);
          }
        }
      }
      return [...broken].slice(0, 5);
    },
    { within: selector, longest: longestWord },
  );
}

/** The words of the top bar's buttons and of the "Kuuntele" buttons: each must stay whole. */
export const buttonLabels = 'header .top-bar__button > span, .speak-button__label';

/**
 * Where words of up to twelve letters must stay whole when a picture sits beside them (the words go
 * under the picture when there is no room beside it): the meetings' path, headings and lines with a
 * picture, rules, the vote's result, the diary's chips, a picture button's words, the way on and a
 * picture card's words (beside its picture and its speaker).
 */
export const wordsBesidePictures =
  '.journey__text, .section-title, .with-pictogram, .rule, .vote-reveal__text, .diary-chip, .big-button--row > .big-button__label, .picture-card__body';

/** The words of a round's picture tiles (skills, check-in, a question's topics). */
export const roundTileLabels = '.round-choices .big-button__label, .answer-tiles .big-button__label';

/** Button words that reach out of their button (over the next tile, where no window edge catches them). */
export async function spillingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.big-button__label, .speak-button__label'))
      .filter((label) => label.getClientRects().length > 0 && !label.closest('.visually-hidden') && label.getBoundingClientRect().width > 1)
      .flatMap((label) => {
        const button = label.closest('button, a, label');
        if (!button) return [];
        const [inner, outer] = [label.getBoundingClientRect(), button.getBoundingClientRect()];
        const spills = inner.left < outer.left - 1 || inner.right > outer.right + 1 || inner.bottom > outer.bottom + 1;
        return spills ? [`"${(label.textContent ?? '').trim().slice(0, 30)}" reaches out of its button`] : [];
      })
      .slice(0, 5),
  );
}

type InView = { name: string; inView: boolean; enabled: boolean };

/**
 * For each element, in the page's order: whether it lies wholly inside the window and nothing (a sticky
 * bar, a notice) covers its middle, and whether it is enabled. Runs in the page (self-contained).
 */
const viewOf = (elements: Element[]): InView[] =>
  elements.map((el) => {
    const box = el.getBoundingClientRect();
    const inside = box.top >= -1 && box.left >= -1 && box.bottom <= window.innerHeight + 1 && box.right <= window.innerWidth + 1;
    const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const control = el.matches('button, input') ? el : el.querySelector('input');
    return {
      name: `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      inView: inside && onTop !== null && (el === onTop || el.contains(onTop)),
      enabled: !control?.matches(':disabled') && !el.closest('[aria-disabled="true"]'),
    };
  });

/** Whether the element lies wholly inside the window and nothing covers its middle (see viewOf). */
export async function isInView(locator: Locator): Promise<boolean> {
  const [view] = await locator.evaluateAll(viewOf);
  return view?.inView ?? false;
}

/** Every element the selector finds, looked at in one go (a turn's parts and choices; see viewOf). */
export const inViewAll = (page: Page, selector: string): Promise<InView[]> => page.locator(selector).evaluateAll(viewOf);

/** Whether the element's top edge (its first line) is in the window and not covered. */
export async function isTopInView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const y = box.top + Math.min(24, box.height / 2);
    const onTop = document.elementFromPoint(box.left + box.width / 2, y);
    return box.top >= -1 && y <= window.innerHeight && onTop !== null && (el === onTop || el.contains(onTop));
  });
}

/** The words a tap on the element should say: its read-aloud sentences. */
export const wordsOf = (locator: Locator): Promise<string[]> =>
  locator.evaluate((el) => Array.from(el.querySelectorAll('[data-sentence]')).map((s) => (s.textContent ?? '').trim()).filter(Boolean));

/** Taps the element and waits until the fake speech engine was asked to say its words. */
export async function tapAndHear(page: Page, target: Locator, label: string): Promise<void> {
  const words = await wordsOf(target);
  expect(words.length, `${label}: has words to say`).toBeGreaterThan(0);
  const before = (await spokenTexts(page)).length;
  await target.click();
  await expect
    .poll(async () => (await spokenTexts(page)).slice(before).map((u) => u.text), { message: `${label}: says "${words.join(' ')}"` })
    .toEqual(expect.arrayContaining(words));
}

/**
 * "Kuuntele" words that reach onto their round button's border: the word's box must lie inside the
 * pill-shaped button's rounded inside (its corners within the round ends), give or take `slack`
 * pixels (the box is a little larger than the letters).
 */
export async function wordsOnRing(page: Page, slack = 3): Promise<string[]> {
  return page.evaluate((give) => {
    const found: string[] = [];
    for (const label of Array.from(document.querySelectorAll<HTMLElement>('.speak-button__label'))) {
      const button = label.closest<HTMLElement>('.speak-button');
      if (!button || label.getClientRects().length === 0 || label.closest('.visually-hidden')) continue;
      const outer = button.getBoundingClientRect();
      const words = label.getBoundingClientRect();
      // Its border from its layout (outer width less inner width), its round ends half its height: a pill
      // (border-radius: 999px). A less round button would be reported here, never missed.
      const border = (button.offsetWidth - button.clientWidth) / 2;
      const radius = Math.min(outer.width, outer.height) / 2;
      const inner = radius - border + give;
      const inside = ([x, y]: readonly [number, number]) => {
        const cx = Math.min(Math.max(x, outer.left + radius), outer.right - radius);
        const cy = Math.min(Math.max(y, outer.top + radius), outer.bottom - radius);
        return Math.hypot(x - cx, y - cy) <= inner;
      };
      const corners = [[words.left, words.top], [words.right, words.top], [words.left, words.bottom], [words.right, words.bottom]] as const;
      if (!corners.every(inside)) found.push(`"${(label.textContent ?? '').trim()}" on its button's ring (${Math.round(outer.width)}×${Math.round(outer.height)})`);
    }
    return [...new Set(found)].slice(0, 5);
  }, slack);
}

/** "Kuuntele" buttons that reach out of the card they read (over its border, where no window edge catches them). */
export async function speakersOutOfCards(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-card] .speak-button'))
      .filter((button) => button.getClientRects().length > 0)
      .flatMap((button) => {
        const card = button.closest('[data-card]');
        if (!card) return [];
        const [inner, outer] = [button.getBoundingClientRect(), card.getBoundingClientRect()];
        const reaches = inner.left < outer.left - 1 || inner.right > outer.right + 1 || inner.top < outer.top - 1 || inner.bottom > outer.bottom + 1;
        return reaches ? [`"${(button.textContent ?? '').trim()}" reaches out of its card (${Math.round(inner.right - outer.right)} px)`] : [];
      })
      .slice(0, 5),
  );
}
