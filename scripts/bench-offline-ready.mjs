// Part of the bench: from the first visit to "works without the internet" (the service worker has
// stored every file of the app), on a network where each answer takes `roundTripMs` to come.
import { chromium } from 'playwright-core';
import { serveFolder } from './serve-dist.mjs';

/** In the page: whether the service worker has stored the app and is in charge of the page. */
export const serviceWorkerInCharge = async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null;

/** Milliseconds from the start screen shown to the service worker in charge, for each of `runs` fresh visits. */
export async function offlineReadyTimes({ dist, executablePath, roundTripMs, runs }) {
  const server = await serveFolder(dist, { host: 'localhost', delayMs: roundTripMs });
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const times = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ locale: 'fi-FI' });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Aloitetaan' }).waitFor();
      const shown = Date.now();
      await page.waitForFunction(serviceWorkerInCharge, undefined, { timeout: 180_000 });
      times.push(Date.now() - shown);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}
