// The app's own offline voice (eSpeak NG in a worker, played through Web Audio). Headless Chromium
// has no speech voices, so everything heard here comes from it. Web Audio is watched from outside
// the app (an init script records every buffer played and every highlighted sentence).
import { expect, test, type Page } from '@playwright/test';
import { lockSupport, openMeeting, openStart, reloadWhenSaved, setUpGroup } from './pages/app';

test.use({ serviceWorkers: 'allow' });

interface Played {
  readonly seconds: number;
  readonly sampleRate: number;
  readonly peak: number;
}

async function watchSound(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const played: { seconds: number; sampleRate: number; peak: number }[] = [];
    const highlights: string[] = [];
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<typeof start>) {
      const samples = this.buffer?.getChannelData(0) ?? new Float32Array(0);
      let peak = 0;
      for (let i = 0; i < samples.length; i += 7) peak = Math.max(peak, Math.abs(samples[i]!));
      played.push({ seconds: this.buffer?.duration ?? 0, sampleRate: this.buffer?.sampleRate ?? 0, peak });
      return start.apply(this, args);
    };
    new MutationObserver(() => {
      const text = document.querySelector('.sentence.is-reading')?.textContent ?? null;
      if (text !== null && highlights[highlights.length - 1] !== text) highlights.push(text);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
    Object.assign(window, { porukkaSound: { played, highlights } });
  });
}

const sound = (page: Page) =>
  page.evaluate(() => {
    const { played, highlights } = (window as unknown as { porukkaSound: { played: Played[]; highlights: string[] } }).porukkaSound;
    return { played: played.slice(), highlights: highlights.slice() };
  });
const forget = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { porukkaSound: { played: unknown[]; highlights: unknown[] } }).porukkaSound;
    s.played.length = 0;
    s.highlights.length = 0;
  });

/** Taps the top bar's read-aloud button; the app's own voice reads the first two sentences aloud, one after the other. */
async function listen(page: Page, label: string, stop: string, first: string, second: string): Promise<void> {
  await forget(page);
  await page.getByRole('banner').getByRole('button', { name: label }).click();
  const reading = page.locator('.sentence.is-reading');
  await expect(reading).toHaveText(first);
  // (The word tapped just before may still have been highlighted when the button was tapped.)
  const fromFirst = async () => {
    const { highlights } = await sound(page);
    return highlights.slice(highlights.indexOf(first), highlights.indexOf(first) + 2);
  };
  await expect.poll(fromFirst, { timeout: 20_000 }).toEqual([first, second]);
  const { played } = await sound(page);
  expect(played.length).toBeGreaterThanOrEqual(2);
  for (const buffer of played.slice(-2)) {
    expect(buffer.sampleRate).toBe(22050);
    expect(buffer.seconds).toBeGreaterThan(0.3);
    expect(buffer.peak).toBeGreaterThan(0.05);
  }
  await page.getByRole('banner').getByRole('button', { name: stop }).click();
  await expect(reading).toHaveCount(0);
}

test('offline after install, "Kuuntele" and a tapped choice are read by the app\'s own voice', async ({ page, context }) => {
  test.setTimeout(90_000);
  await watchSound(page);
  await setUpGroup(page, 'Ääniporukka', [{ name: 'Anna' }, { name: 'Ben' }]);
  // "Ready for the park": the service worker has stored the app, the voice included.
  const ready = page.getByRole('status').filter({ hasText: 'Porukka toimii nyt myös ilman internetiä.' });
  await expect(ready).toBeVisible({ timeout: 60_000 });
  await ready.getByRole('button', { name: 'Sulje' }).click();
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat();
    return urls.filter((u) => u.includes('/voice/')).map((u) => new URL(u).pathname);
  });
  expect(cached.sort()).toEqual(['/voice/espeak-ng.data', '/voice/espeak-ng.mjs']);

  await context.setOffline(true);
  await reloadWhenSaved(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Ääniporukka' })).toBeVisible();
  await openMeeting(page, 2, 'Minä ja me');
  await listen(page, 'Kuuntele', 'Lopeta', '2. Minä ja me', 'Tutustumme toisiimme paremmin.');

  // Participant mode: a tapped choice says its word.
  await page.goBack();
  await lockSupport(page);
  await openMeeting(page, 1, 'Miten saada muita mukaan?');
  await page.getByRole('main').getByRole('link', { name: /Mitä sinulle kuuluu/ }).click();
  await page.getByRole('main').locator('.avatar-grid').getByRole('button', { name: /^Anna/ }).click();
  await expect(page.locator('.turn__question')).toContainText('Anna');
  // The turn's question is read first (with the app's own voice too).
  await expect.poll(async () => (await sound(page)).highlights).toContain('Anna, mitä sinulle kuuluu tänään?');
  await forget(page);
  await page.locator('.turn__choices').getByRole('button', { name: 'Hyvää', exact: true }).click();
  await expect.poll(async () => (await sound(page)).highlights.at(-1)).toBe('Hyvää');
  await expect.poll(async () => (await sound(page)).played.length).toBeGreaterThan(0);
  expect((await sound(page)).played.at(-1)!.peak).toBeGreaterThan(0.05);
});

test.describe('in Swedish and English', () => {
  // Online and without installing: the voice loads from the server the same way.
  test.use({ serviceWorkers: 'block' });

  test('the app\'s own voice reads the start screen sentence by sentence', async ({ page }) => {
    await watchSound(page);
    await openStart(page);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Porukka!' })).toBeVisible();
    const svFirst = await page.locator('main .sentence').nth(1).textContent();
    await listen(page, 'Lyssna', 'Stoppa', 'Välkommen till Porukka!', svFirst ?? '');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Porukka!' })).toBeVisible();
    const enFirst = await page.locator('main .sentence').nth(1).textContent();
    await listen(page, 'Listen', 'Stop', 'Welcome to Porukka!', enFirst ?? '');
  });
});

test.describe('before the first tap', () => {
  test.use({ serviceWorkers: 'block' });

  test('on a tablet with no voice the app\'s own voice loads a moment after start, before anything is tapped, and then reads', async ({ page, context }) => {
    await watchSound(page);
    // The engine's data file is what the voice's worker fetches when it loads.
    const loaded = context.waitForEvent('request', (request) => request.url().endsWith('/voice/espeak-ng.data'));
    await openStart(page);
    await loaded;
    const first = await page.locator('main .sentence').nth(1).textContent();
    await listen(page, 'Kuuntele', 'Lopeta', 'Tervetuloa Porukkaan!', first ?? '');
  });
});
