// Participant mode and support-person mode on one shared tablet: the PIN, what a participant cannot
// reach, the idle lock, the long press, and emptying the tablet when the PIN is forgotten.
import { expect, test, type Page } from '@playwright/test';
import { lockSupport, openStart, setUpGroup, supportPin, unlockSupport } from './pages/app';
import { checkScreen } from './pages/checks';
import { installFakeSpeech } from './fakeSpeech';

// The device voice is a stand-in: the app's own offline voice (a speech engine in a worker) is not what this is about.
test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']));

const lockedHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Vain tukihenkilöille' });

test('a participant cannot reach removing, settings or export; a wrong PIN is refused', async ({ page }) => {
  await openStart(page);
  const main = page.getByRole('main');
  await expect(main.getByText('Tukihenkilö avaa tämän PIN-koodilla.')).toBeVisible();
  for (const name of ['Tee uusi porukka', 'Asetukset', 'Tuo tiedosto', 'Vie kaikki porukat tiedostoon']) await expect(main.getByRole('link', { name })).toHaveCount(0);
  await page.goto('/#/settings');
  await expect(lockedHeading(page)).toBeVisible();
  await expect(page.getByText('Puheen nopeus')).toHaveCount(0);
  await checkScreen(page, 'locked');

  // First use: the support person makes the PIN; the settings open where the lock was.
  await page.getByRole('button', { name: 'Avaa tukihenkilön tila' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Tee PIN-koodi' })).toBeVisible();
  await checkScreen(page, 'make the PIN');
  await dialog.getByLabel('PIN-koodi', { exact: true }).fill('12');
  await dialog.getByRole('button', { name: 'Tallenna ja avaa' }).click();
  await expect(dialog.getByText('PIN-koodissa pitää olla 4–8 numeroa.')).toBeVisible();
  await dialog.getByLabel('PIN-koodi', { exact: true }).fill(supportPin);
  await dialog.getByLabel('PIN-koodi uudelleen').fill('2469');
  await dialog.getByRole('button', { name: 'Tallenna ja avaa' }).click();
  await expect(dialog.getByText('PIN-koodit eivät ole samat. Kirjoita ne uudelleen.')).toBeVisible();
  await dialog.getByLabel('PIN-koodi uudelleen').fill(supportPin);
  await dialog.getByRole('button', { name: 'Tallenna ja avaa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Asetukset' })).toBeVisible();
  // The digits are nowhere on the device, only a salted hash.
  const stored = await page.evaluate(() => new Promise<string>((resolve) => {
    const open = indexedDB.open('porukka');
    open.onsuccess = () => {
      const request = open.result.transaction('settings').objectStore('settings').getAll();
      request.onsuccess = () => resolve(JSON.stringify(request.result));
    };
  }));
  expect(stored).toContain('PBKDF2-SHA-256');
  expect(stored).not.toContain(`"${supportPin}"`);

  await setUpGroup(page, 'Lukkoporukka', [{ name: 'Anna' }]);
  const groupUrl = page.url();
  await lockSupport(page);
  for (const name of ['Muokkaa jäseniä', 'Muokkaa porukkaa', 'Muokkaa sääntöjä', 'Vie porukka tiedostoon']) await expect(main.getByRole('link', { name })).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'Päiväkirja' })).toBeVisible();
  for (const path of ['/members', '/export', '/edit', '/m/m02/plan', '/m/m02/held']) {
    await page.goto(`${groupUrl}${path}`);
    await expect(lockedHeading(page), path).toBeVisible();
  }
  // The rules are a page participants may read; only their editing is the support person's.
  await page.goto(`${groupUrl}/rules`);
  await expect(page.getByRole('heading', { level: 1, name: 'Meidän säännöt' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Lisää sääntö' })).toHaveCount(0);
  await page.goto(`${groupUrl}/m/m02`);
  await expect(main.getByRole('link', { name: 'Suunnitelma ja muistilista' })).toHaveCount(0);
  await expect(main.getByRole('link', { name: 'Merkitse pidetyksi' })).toHaveCount(0);

  // A wrong PIN: said plainly, and the tablet stays locked.
  await page.getByRole('button', { name: 'Tukihenkilölle' }).click();
  await dialog.getByLabel('PIN-koodi', { exact: true }).fill('1111');
  await dialog.getByRole('button', { name: 'Avaa', exact: true }).click();
  await expect(dialog.getByText('Väärä PIN-koodi. Kokeile uudelleen.')).toBeVisible();
  await checkScreen(page, 'wrong PIN');
  await dialog.getByRole('button', { name: 'Peru' }).click();
  await expect(page.getByRole('button', { name: 'Tukihenkilölle' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Suunnitelma ja muistilista' })).toHaveCount(0);
  await unlockSupport(page);
  await expect(main.getByRole('link', { name: 'Suunnitelma ja muistilista' })).toBeVisible();
});

test('support-person mode locks itself after the idle time, and opens with a long press when that is on', async ({ page }) => {
  await page.clock.install();
  await setUpGroup(page, 'Aikaporukka', [{ name: 'Anna' }]);
  await page.goto('/#/settings');
  await page.locator('label.choice-tile', { hasText: '5 minuuttia' }).click();
  await page.locator('fieldset', { hasText: 'pitämällä' }).locator('label.choice-tile', { hasText: 'Päällä' }).click();
  await page.goto('/#/');
  // The start screen is up and scrolled to its top (the app's own scroll does not count as someone being there).
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.keyboard.press('Shift');
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('button', { name: 'Lukitse' })).toBeVisible();
  await page.clock.fastForward('01:10');
  // The support person comes back: the first key press finds the time gone and locks (the check every
  // few seconds would too, but a jumped clock fires it at most once, maybe before the jump's end).
  await page.keyboard.press('Shift');
  await expect(page.getByRole('button', { name: 'Tukihenkilölle' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tee uusi porukka' })).toHaveCount(0);

  // A short tap still asks for the PIN; holding the button down for 2 seconds opens the tablet.
  const button = page.getByRole('button', { name: 'Tukihenkilölle' });
  await button.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Peru' }).click();
  const box = (await button.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.clock.runFor(2100);
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Lukitse' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Tee uusi porukka' })).toBeVisible();
});

test('a forgotten PIN: the tablet is emptied after typing the word, and starts over', async ({ page }) => {
  await setUpGroup(page, 'Unohtajat', [{ name: 'Anna' }]);
  await lockSupport(page);
  await page.getByRole('button', { name: 'Tukihenkilölle' }).click();
  await page.getByRole('dialog').getByRole('link', { name: 'Unohtuiko PIN-koodi?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tyhjennä tabletti' })).toBeVisible();
  await expect(page.getByText('Et voi perua tätä.', { exact: false })).toBeVisible();
  await checkScreen(page, 'empty the tablet');
  const empty = page.getByRole('button', { name: 'Tyhjennä tabletti' });
  await expect(empty).toBeDisabled();
  await page.getByLabel('Kirjoita sana tyhjennä, jos haluat tyhjentää tabletin').fill('TYHJENNÄ');
  await empty.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' })).toBeVisible();
  await expect(page.getByText('Unohtajat')).toHaveCount(0);
  await page.getByRole('button', { name: 'Tukihenkilölle' }).click();
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Tee PIN-koodi' })).toBeVisible();
});
