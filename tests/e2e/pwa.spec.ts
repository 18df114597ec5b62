// The installable, offline app: manifest, service worker precache, and data that survives closing the browser.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { addMember, createGroup, openStart, waitForOfflineReady } from './pages/app';
import { withBuildCopy } from './pages/buildCopy';

// Works offline: the service worker is needed here.
test.use({ serviceWorkers: 'allow' });

const pictogramIds = Object.keys(JSON.parse(readFileSync(new URL('../../pictograms/manifest.json', import.meta.url), 'utf8')) as object).filter(
  (id) => !id.startsWith('$'),
);

test.describe('as an installed app', () => {
  let profile: string;
  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'porukka-profile-'));
  });
  test.afterEach(() => rmSync(profile, { recursive: true, force: true }));

  test('is installable, and after closing the browser it opens offline with everything entered', async ({ playwright, baseURL }, testInfo) => {
    const launch = (): Promise<BrowserContext> =>
      playwright.chromium.launchPersistentContext(profile, {
        ...testInfo.project.use.launchOptions,
        baseURL: baseURL!,
        viewport: { width: 1180, height: 820 },
        locale: 'fi-FI',
      });

    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await openStart(page);
    // Precaching the whole app can take a while on a busy machine: wait for it, then for the notice.
    await waitForOfflineReady(page);
    await expect(page.getByRole('status').filter({ hasText: 'Porukka toimii nyt myös ilman internetiä.' })).toBeVisible();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);

    await createGroup(page, 'Tabletin porukka', 'Nuorisotalo');
    await addMember(page, { name: 'Sanna' });
    await context.close();

    context = await launch();
    await context.setOffline(true);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await page.getByRole('link', { name: /Tabletin porukka/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tabletin porukka' })).toBeVisible();
    await expect(page.locator('.avatar__name', { hasText: 'Sanna' })).toBeVisible();
    await context.close();
  });
});

test('the service worker precaches the whole app: every chunk, both pictogram sets, the font and the icons', async ({ page, context }) => {
  await openStart(page);
  await waitForOfflineReady(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
    }
    return urls;
  });
  // Each pictogram set is one file in the precache (public/pictogram-pack.js answers every picture from it)…
  expect(cached).toEqual(expect.arrayContaining(['/pictograms/flat.pack', '/pictograms/high-contrast.pack']));
  expect(cached.filter((url) => url.endsWith('.svg') && url.startsWith('/pictograms/'))).toEqual([]);
  // …so with no network every pictogram of both sets still comes, as the SVG it is.
  await context.setOffline(true);
  const served = await page.evaluate(async (ids) => {
    const missing: string[] = [];
    for (const set of ['flat', 'high-contrast']) {
      for (const id of ids) {
        const response = await fetch(`/pictograms/${set}/${id}.svg`).catch(() => null);
        const text = response?.ok ? await response.text() : '';
        if (!text.startsWith('<svg') || response?.headers.get('content-type') !== 'image/svg+xml') missing.push(`${set}/${id}`);
      }
    }
    return missing;
  }, pictogramIds);
  expect(served, 'pictograms not served offline').toEqual([]);
  await context.setOffline(false);
  expect(cached.filter((url) => url.endsWith('.woff2'))).toHaveLength(2);
  // The same font as WOFF for PDFs made offline (fontkit cannot subset WOFF2).
  expect(cached.filter((url) => url.endsWith('.woff'))).toHaveLength(2);
  for (const icon of ['icon-192.png', 'icon-512.png', 'maskable-512.png']) expect(cached).toContain(`/icons/${icon}`);
  expect(cached).toContain('/index.html');
  expect(cached).toContain('/manifest.webmanifest');
  const scripts = await page.evaluate(() => Array.from(document.querySelectorAll('script[src], link[rel="modulepreload"]')).map((el) => new URL((el as HTMLScriptElement).src || (el as HTMLLinkElement).href).pathname));
  for (const script of scripts) expect(cached).toContain(script);
  expect(cached.filter((url) => /\/assets\/.*\.js$/.test(url)).length).toBeGreaterThan(10);
});

test('the manifest names the app and gives 192 px, 512 px and maskable icons', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    short_name: string;
    theme_color: string;
    display: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Porukka', short_name: 'Porukka', display: 'standalone', theme_color: '#1f4e8c' });
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src}`);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('a file the server cannot give: the app never says it works without the internet (all of it is stored, or nothing)', async ({ page }) => {
  // A copy of the build with the offline voice's data missing (the start screen does not need it).
  await withBuildCopy(async ({ folder, url }) => {
    rmSync(join(folder, 'voice', 'espeak-ng.data'));
    // What becomes of the service worker the app installs (its states, in order).
    await page.addInitScript(() => {
      const states: string[] = [];
      Object.assign(window, { serviceWorkerStates: states });
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = async function (...args: Parameters<typeof register>) {
        const registration = await register.apply(this, args);
        const seen = new WeakSet<ServiceWorker>();
        const follow = (worker: ServiceWorker | null) => {
          if (!worker || seen.has(worker)) return;
          seen.add(worker);
          worker.addEventListener('statechange', () => states.push(worker.state));
        };
        follow(registration.installing);
        registration.addEventListener('updatefound', () => follow(registration.installing));
        return registration;
      };
    });
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as { serviceWorkerStates: string[] }).serviceWorkerStates), { timeout: 60_000 }).toEqual(['redundant']);
    await expect(page.getByText('Porukka toimii nyt myös ilman internetiä.')).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active ?? null)).toBeNull();
  });
});
