import { expect, test } from '@playwright/test';
import { addMember, createGroup, openStart, reloadWhenSaved } from './pages/app';
import { installQuickDeviceVoice } from './fakeSpeech';

// A quick device voice: these tests are not about reading aloud, so the app's own speech engine need not run.
test.beforeEach(({ page }) => installQuickDeviceVoice(page));

test('a support person adds, edits and removes members, and undoes a removal', async ({ page }) => {
  await openStart(page);
  await expect(page.getByRole('button', { name: 'Aloitetaan: tee ensimmäinen porukka' })).toBeVisible();
  await createGroup(page, 'Puistoporukka', 'Lähipuisto');
  await expect(page.getByText('Porukassa ei ole vielä jäseniä.')).toBeVisible();

  // An empty name is not saved; the form says what is missing.
  await page.getByRole('link', { name: 'Lisää jäsen' }).click();
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Kirjoita nimi tai lempinimi.')).toBeVisible();
  await page.getByRole('link', { name: 'Takaisin' }).click();

  await addMember(page, { name: 'Mari', picture: 'Pöllö', colour: 'Vihreä' });
  await addMember(page, { name: 'Olli', role: 'Vertaistukihenkilö' });
  const rows = page.locator('.member-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Vertaistukihenkilö');
  // A new member gets a picture nobody else has.
  await expect(rows.nth(0).locator('img[data-pictogram="avatar-owl"]')).toHaveCount(1);
  await expect(rows.nth(1).locator('img[data-pictogram="avatar-owl"]')).toHaveCount(0);

  await page.getByRole('link', { name: 'Muokkaa Olli' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa jäsentä' })).toBeVisible();
  await expect(page.getByLabel('Nimi tai lempinimi')).toHaveValue('Olli');
  await expect(page.getByRole('radio', { name: 'Vertaistukihenkilö' })).toBeChecked();
  await page.getByLabel('Nimi tai lempinimi').fill('Olli-Pekka');
  await page.locator('label.choice-tile', { hasText: 'Tukihenkilö' }).filter({ hasNotText: 'Vertais' }).click();
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(rows.nth(1)).toContainText('Olli-Pekka');
  await expect(rows.nth(1)).toContainText('Tukihenkilö');

  // Remove: no "are you sure?", an undo instead.
  await page.getByRole('button', { name: 'Poista Mari' }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Mari poistettiin porukasta.' })).toBeVisible();
  await page.getByRole('button', { name: 'Peru poisto' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Mari');

  await page.getByRole('button', { name: 'Poista Olli-Pekka' }).click();
  await expect(rows).toHaveCount(1);
  await reloadWhenSaved(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Mari');

  // The group is on the start screen, with its members' pictures.
  await page.getByRole('link', { name: 'Valmis' }).click();
  await page.getByRole('link', { name: 'Alkuun' }).click();
  const tile = page.getByRole('link', { name: /Puistoporukka/ });
  await expect(tile).toContainText('Lähipuisto');
  await expect(tile.locator('img[data-pictogram="avatar-owl"]')).toHaveCount(1);

  // Editing the group itself.
  await tile.click();
  await page.getByRole('link', { name: 'Muokkaa porukkaa' }).click();
  await expect(page.getByLabel('Porukan nimi')).toHaveValue('Puistoporukka');
  await page.getByLabel('Missä tapaatte?').fill('Kirjaston kerhohuone');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByText('Kirjaston kerhohuone')).toBeVisible();
});

test('a device holds several groups, each picked from the start screen', async ({ page }) => {
  await openStart(page);
  await createGroup(page, 'Maanantai', 'Kahvila');
  await page.getByRole('link', { name: 'Valmis' }).click();
  await page.getByRole('link', { name: 'Alkuun' }).click();
  await createGroup(page, 'Aamuporukka', 'Kirjasto');
  await page.getByRole('link', { name: 'Valmis' }).click();
  await page.getByRole('link', { name: 'Alkuun' }).click();
  await expect(page.locator('.group-tile')).toHaveText([/Aamuporukka/, /Maanantai/]);
  await page.getByRole('link', { name: /Maanantai/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maanantai' })).toBeVisible();
  await expect(page.getByText('Kahvila')).toBeVisible();

  // An address of a group this tablet does not have says so plainly, on every screen of a group.
  await page.goto('/#/g/not-on-this-tablet/m/m02/e/m02-agree');
  await expect(page.getByRole('heading', { level: 1, name: 'Porukkaa ei löytynyt' })).toBeVisible();
  await expect(page.getByText('Tätä porukkaa ei ole tässä tabletissa.')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Alkuun' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' })).toBeVisible();
});
