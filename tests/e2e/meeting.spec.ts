import { expect, test } from '@playwright/test';
import { openMeeting, reloadWhenSaved, setUpGroup, tick } from './pages/app';
import { layoutShifts, watchLayoutShifts } from './pages/checks';
import { installQuickDeviceVoice } from './fakeSpeech';

// A quick device voice: these tests are not about reading aloud, so the app's own speech engine need not run.
test.beforeEach(({ page }) => installQuickDeviceVoice(page));

test('a meeting is marked held with the day and who came, and the journey moves on', async ({ page }) => {
  await setUpGroup(page, 'Torstaiporukka', [{ name: 'Anna' }, { name: 'Ben' }, { name: 'Cai' }]);
  const steps = page.locator('.journey__step');
  await expect(steps).toHaveCount(10);
  await expect(page.locator('.journey__phase-title')).toHaveText(['Tutustuminen', 'Toiveista tavoitteeksi', 'Kohti kumppanuutta', 'Onnistumme yhdessä', 'Me teimme sen!']);
  await expect(page.getByRole('link', { name: 'Jatka: tapaaminen 1 — Miten saada muita mukaan?' })).toBeVisible();

  await openMeeting(page, 1, 'Miten saada muita mukaan?');
  await expect(page.getByText('Emme ole vielä pitäneet tätä tapaamista.')).toBeVisible();
  await page.getByRole('link', { name: 'Merkitse pidetyksi' }).click();
  await page.getByLabel('Päivä').fill('2026-11-24');
  // Everyone is ticked to begin with; Ben was not there.
  await expect(page.getByRole('button', { name: /^Ben/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /^Ben/ }).click();
  await expect(page.getByRole('button', { name: /^Ben/ })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Pidimme tapaamisen tiistaina 24.11.2026.')).toBeVisible();
  await expect(page.getByText('Paikalla olivat Anna, Cai.')).toBeVisible();

  await watchLayoutShifts(page);
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await expect(steps.nth(0)).toHaveClass(/is-held/);
  await expect(steps.nth(0)).toContainText('Valmis');
  await expect(steps.nth(1)).toHaveClass(/is-next/);
  await expect(page.getByRole('link', { name: 'Jatka: tapaaminen 2 — Minä ja me' })).toBeVisible();
  // The group page appears whole: nothing moves under a finger about to tap a meeting.
  expect(await layoutShifts(page)).toEqual([]);

  // Marking it not held again can be undone.
  await openMeeting(page, 1, 'Miten saada muita mukaan?');
  await page.getByRole('link', { name: 'Muuta päivää tai osallistujia' }).click();
  await page.getByRole('button', { name: 'Poista pidetty-merkintä' }).click();
  await expect(page.getByText('Emme ole vielä pitäneet tätä tapaamista.')).toBeVisible();
  await page.getByRole('button', { name: 'Peru poisto' }).click();
  await expect(page.getByText('Pidimme tapaamisen tiistaina 24.11.2026.')).toBeVisible();
});

test('the support persons’ checklist keeps its ticks; an address outside its meeting is not found; info and checklist exercises', async ({ page }) => {
  await setUpGroup(page, 'Perjantaiporukka', [{ name: 'Anna' }]);
  await openMeeting(page, 2, 'Minä ja me');
  await page.getByRole('link', { name: 'Suunnitelma ja muistilista' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Suunnitelma: 2. Minä ja me' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ennen tapaamista' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tapaamisen aikana' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tapaamisen jälkeen' })).toBeVisible();
  const keys = page.getByRole('checkbox', { name: 'Pyydä kaikkia ottamaan omat avaimet mukaan.' });
  await tick(page, 'Pyydä kaikkia ottamaan omat avaimet mukaan.');
  await expect(keys).toBeChecked();
  await reloadWhenSaved(page);
  await expect(page.getByRole('checkbox', { name: 'Pyydä kaikkia ottamaan omat avaimet mukaan.' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Lataa tabletti täyteen.' })).not.toBeChecked();

  // (That every exercise opens at its address is the participant sweep's; that none is "coming soon",
  // kinds.test's; the meeting cards' links, the meeting flows'.)
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await openMeeting(page, 6, 'Kuka voisi auttaa?');

  // An exercise address that does not belong to its meeting is "not found".
  await page.goto(page.url().replace(/\/m\/m06$/, '/m/m02/e/m01-what-is'));
  await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '6. Kuka voisi auttaa?' })).toBeVisible();

  // An info exercise: picture cards, and the exercise is marked done once seen.
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await openMeeting(page, 1, 'Miten saada muita mukaan?');
  await page.getByRole('link', { name: /Mikä Porukka-hautomo on\?/ }).click();
  await expect(page.locator('.picture-card')).toHaveCount(5);
  await expect(page.getByText('Tapaamme 10 kertaa.')).toBeVisible();
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await expect(page.locator('.exercise-card', { hasText: 'Mikä Porukka-hautomo on?' })).toContainText('Teimme tämän');

  // A checklist exercise in meeting 10.
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await openMeeting(page, 10, 'Me teimme sen!');
  await page.getByRole('link', { name: /Juhlimme!/ }).click();
  await tick(page, 'Nostamme onnittelumaljat.');
  await expect(page.getByRole('checkbox', { name: 'Nostamme onnittelumaljat.' })).toBeChecked();
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await expect(page.locator('.exercise-card', { hasText: 'Juhlimme!' })).toContainText('Kesken');

  // The meeting page appears whole, its marks included: no card moves under a finger about to tap it.
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await watchLayoutShifts(page);
  await openMeeting(page, 10, 'Me teimme sen!');
  await expect(page.locator('.exercise-card', { hasText: 'Juhlimme!' })).toContainText('Kesken');
  expect(await layoutShifts(page)).toEqual([]);
});
