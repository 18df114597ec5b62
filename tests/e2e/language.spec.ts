import { expect, test } from '@playwright/test';
import { openStart, reloadWhenSaved, setUpGroup, unlockSupport } from './pages/app';
import { installFakeSpeech } from './fakeSpeech';

// The device voice is a stand-in: the app's own offline voice (a speech engine in a worker) is not what this is about.
test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']));

test('the language is chosen by its own name, changes every text, and is kept after a reload', async ({ page }) => {
  await setUpGroup(page, 'Kieliporukka', [{ name: 'Anna' }]);
  await page.getByRole('link', { name: 'Alkuun' }).click();
  await expect(page.getByRole('button', { name: 'Suomi' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Porukka!' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');
  await reloadWhenSaved(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Porukka!' })).toBeVisible();

  await page.getByRole('link', { name: /Kieliporukka/ }).click();
  await expect(page.getByRole('link', { name: /^2\. Jag och vi/ })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Lyssna' })).toBeVisible();
  await page.getByRole('link', { name: /^2\. Jag och vi/ }).click();
  await page.getByRole('link', { name: /Överens\?/ }).click();
  await expect(page.getByText('En bra kompis lyssnar när jag pratar.')).toBeVisible();

  await page.goto('/#/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Porukka!' })).toBeVisible();
  await page.getByRole('button', { name: 'Suomi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' })).toBeVisible();
});

test('help is there on every screen, in easy words, and closes again', async ({ page }) => {
  await openStart(page);
  await page.getByRole('button', { name: 'Apua' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apua' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Paina porukan nimeä');
  await dialog.getByRole('button', { name: 'Sulje' }).click();
  await expect(dialog).toHaveCount(0);
  await unlockSupport(page);
  await page.getByRole('link', { name: 'Aloitetaan: tee ensimmäinen porukka' }).click();
  await page.getByRole('button', { name: 'Apua' }).click();
  await expect(page.getByRole('dialog', { name: 'Apua' })).toContainText('Kirjoita porukan nimi');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
