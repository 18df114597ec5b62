// The group's own voice: a support person records a card's words; from then on the group hears the
// recording instead of a synthetic voice, with a microphone mark on the card — after an offline
// reload, and on another tablet after export → import. Chromium's fake microphone makes the sound.
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech, spokenTexts } from './fakeSpeech';
import { lockSupport, reloadWhenSaved, unlockSupport, waitForOfflineReady } from './pages/app';
import { recordVoice } from './pages/media';
import { exportFile, importFile, pickFile } from './pages/transfer';

const sweepGroup = fileURLToPath(new URL('../fixtures/sweep-group.porukka.json', import.meta.url));
const whatIs = '/#/g/5eeb5eeb5eeb5eeb5eeb5eeb5eeb5eeb/m/m01/e/m01-what-is';

/** Keeps a log of the sound files the page starts playing (audio elements), as a user would hear them. */
async function logPlayedSounds(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const played: string[] = [];
    (window as unknown as { playedSounds: string[] }).playedSounds = played;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      played.push(this.currentSrc || this.src);
      return play.call(this);
    };
  });
}

const playedSounds = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { playedSounds: string[] }).playedSounds);

/** The first card of "Mikä hautomo on?" as a participant taps it: its recording plays, no voice reads it. */
async function tapFirstCardAndHearRecording(page: Page): Promise<void> {
  const card = page.locator('main .picture-card').first();
  await expect(card).toHaveClass(/has-own-voice/);
  const before = (await spokenTexts(page)).length;
  await card.click();
  await expect.poll(async () => (await playedSounds(page)).filter((src) => src.startsWith('blob:')).length).toBeGreaterThan(0);
  expect((await spokenTexts(page)).length).toBe(before);
}

test.use({ serviceWorkers: 'allow' });

test('a card recorded in our own voice plays instead of synthesis, offline and on another tablet', async ({ page, browser, context }) => {
  await installFakeSpeech(page, ['fi']);
  await logPlayedSounds(page);
  await importFile(page, sweepGroup);
  await page.goto(whatIs);
  await unlockSupport(page);

  // Choose what to record: the first card. A tap now opens the recorder instead of reading the card.
  await page.getByRole('main').getByRole('button', { name: 'Nauhoita omia ääniä' }).click();
  await expect(page.getByText('Napauta korttia tai kuvaa.')).toBeVisible();
  const card = page.locator('main .picture-card').first();
  const words = (await card.locator('[data-sentence]').allTextContents()).join(' ').trim();
  await card.click();
  await expect(page.getByRole('dialog', { name: 'Nauhoita oma ääni' })).toBeVisible();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.own-voice-dialog__words')).toHaveText(words);
  await recordVoice(page, dialog);
  await expect(page.getByRole('dialog', { name: 'Tässä on oma ääni' }).getByRole('button', { name: 'Kuuntele oma ääni' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Valmis' }).click();
  await page.getByRole('button', { name: 'Lopeta nauhoittaminen' }).click();
  await expect(page.getByText('Napauta korttia tai kuvaa.')).toHaveCount(0);
  await lockSupport(page);
  await tapFirstCardAndHearRecording(page);

  // In the park: offline, the app and the recording are still there.
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await reloadWhenSaved(page);
  await tapFirstCardAndHearRecording(page);
  await context.setOffline(false);

  // Another tablet: the recording travels in the group's file.
  await page.goto('/#/g/5eeb5eeb5eeb5eeb5eeb5eeb5eeb5eeb/export');
  await unlockSupport(page);
  const file = await exportFile(page);
  const other = await browser.newContext({ serviceWorkers: 'block' });
  const tablet = await other.newPage();
  await installFakeSpeech(tablet, ['fi']);
  await logPlayedSounds(tablet);
  await pickFile(tablet, file);
  await expect(tablet.getByText(/Omat äänet: 1 uusi/)).toBeVisible();
  await tablet.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(tablet.getByText('Valmis! Tiedot tuotiin tähän tablettiin.')).toBeVisible();
  await tablet.goto(whatIs);
  await lockSupport(tablet);
  await tapFirstCardAndHearRecording(tablet);
  await other.close();
});
