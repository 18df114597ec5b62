// Screenshots are for a person to look at (docs: "look at your screens"), not checks: a run on a
// developer's machine takes them; in CI, where nobody looks, only with SWEEP_SHOTS=1 (each costs about
// a tenth of a second of the browser's time, a whole page twice that).
import type { Locator, Page } from '@playwright/test';

export const takesShots = !process.env['CI'] || process.env['SWEEP_SHOTS'] === '1';

/** A screenshot of the page or of one part of it, for a person to look at (see above). */
export async function lookShot(target: Page | Locator, path: string, options: { fullPage?: boolean; type?: 'png' | 'jpeg'; quality?: number } = {}): Promise<void> {
  if (takesShots) await target.screenshot({ path, ...options });
}
