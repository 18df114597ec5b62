import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { installFakeSpeech } from './fakeSpeech';
import { lockSupport } from './pages/app';
import { screenAddress, sweepScreens } from './pages/steps';
import { applyLook, isInView } from './pages/sweep';
import { importFile } from './pages/transfer';

const sweepGroup = fileURLToPath(new URL('../fixtures/sweep-group.porukka.json', import.meta.url));
for (const look of [
  { width: 1280, height: 800, textSize: 'normal' as const, highContrast: false },
  { width: 800, height: 1280, textSize: 'normal' as const, highContrast: false },
  { width: 390, height: 844, textSize: 'normal' as const, highContrast: false },
  { width: 390, height: 844, textSize: 'larger' as const, highContrast: false },
  { width: 1280, height: 800, textSize: 'larger' as const, highContrast: false },
  { width: 800, height: 1280, textSize: 'larger' as const, highContrast: false },
]) {
  test(`fit ${look.width}x${look.height}-${look.textSize}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: look.width, height: look.height } });
    const page = await context.newPage();
    await installFakeSpeech(page, ['fi-FI']);
    await importFile(page, sweepGroup);
    await applyLook(page, look);
    await lockSupport(page);
    for (const screen of sweepScreens.filter((s) => s.hasTurns && (s.exerciseId === 'm10-praise' || s.step === 'what-i-did'))) {
      await page.goto(screenAddress('5eeb5eeb5eeb5eeb5eeb5eeb5eeb5eeb', 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1', screen));
      await expect(page.locator('h1')).toHaveCount(1);
      await page.getByRole('main').locator('.avatar-grid .avatar-button').nth(1).click();
      const turn = page.locator('.turn');
      await expect(turn).toBeVisible();
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/shots-fit/${screen.exerciseId}-${look.width}x${look.height}-${look.textSize}.png` });
      const out: string[] = [];
      for (const sel of ['.turn__who', '.turn__subject', '.turn__done .big-button']) out.push(`${sel}:${await isInView(turn.locator(sel).first())}`);
      const choices = turn.locator('.turn__choices').locator('button, label.choice-tile');
      const n = await choices.count();
      const seen: boolean[] = [];
      for (let i = 0; i < n; i += 1) seen.push(await isInView(choices.nth(i)));
      console.log(`${look.width}x${look.height}-${look.textSize} ${screen.exerciseId}: ${out.join(' ')} choices ${seen.map((b) => (b ? 1 : 0)).join('')}`);
    }
    await context.close();
  });
}
