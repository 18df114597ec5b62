// The whole slice as a group would live it: set up, vote the rules, edit one, then keep working offline.
import { expect, test } from '@playwright/test';
import { openMeeting, setUpGroup, vote, waitForOfflineReady } from './pages/app';

// Works offline: the service worker is needed here.
test.use({ serviceWorkers: 'allow' });

test('a group votes its rules in meeting 2, and everything is still there after a reload and offline', async ({ page, context }) => {
  await setUpGroup(page, 'Tiistaiporukka', [
    { name: 'Anna', picture: 'Kissa', colour: 'Punainen' },
    { name: 'Ben', picture: 'Koira', role: 'Vertaistukihenkilö' },
    { name: 'Cai', picture: 'Kettu', role: 'Tukihenkilö' },
  ]);
  await expect(page.locator('.journey__step.is-next')).toContainText('1. Miten saada muita mukaan?');
  await expect(page.getByText('Porukalla ei ole vielä sääntöjä.')).toBeVisible();

  await openMeeting(page, 2, 'Minä ja me');
  await expect(page.getByText('Teemme porukalle yhteiset säännöt.')).toBeVisible();
  await page.getByRole('link', { name: /Yhtä mieltä\?/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yhtä mieltä?' })).toBeVisible();

  // Statement 1 (a good friend listens): everyone agrees. Statement 2: everyone disagrees.
  await expect(page.getByText('Väite 1 / 11')).toBeVisible();
  await expect(page.getByText('Hyvä kaveri kuuntelee, kun minä puhun.')).toBeVisible();
  await vote(page, 'Anna', 'yes');
  await vote(page, 'Ben', 'yes');
  await vote(page, 'Cai', 'no');
  await page.getByRole('button', { name: 'Seuraava väite' }).click();
  await expect(page.getByText('Kaverin kanssa ei saa olla eri mieltä.')).toBeVisible();
  for (const name of ['Anna', 'Ben', 'Cai']) await vote(page, name, 'no');

  // The step is in the address: a reload comes back to the same statement with its votes.
  await page.reload();
  await expect(page.getByText('Väite 2 / 11')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Ben.*äänesti ei/ })).toBeVisible();

  for (let n = 3; n <= 11; n += 1) {
    await page.getByRole('button', { name: 'Seuraava väite' }).click();
    await expect(page.getByText(`Väite ${n} / 11`)).toBeVisible();
  }
  // The last statement (you can trust a good friend): two of three agree.
  await vote(page, 'Anna', 'yes');
  await vote(page, 'Ben', 'yes');
  await page.getByRole('button', { name: 'Katso tulokset' }).click();

  const results = page.locator('.result');
  await expect(results).toHaveCount(11);
  await expect(results.nth(0)).toContainText('2 sanoi kyllä.');
  await expect(results.nth(0)).toContainText('1 sanoi ei.');
  await expect(results.nth(0)).toContainText('Olemme samaa mieltä.');
  await expect(results.nth(1)).toContainText('Kukaan ei sanonut kyllä.');
  await expect(results.nth(1)).not.toContainText('Olemme samaa mieltä.');
  await expect(page.locator('.result.is-agreed')).toHaveCount(2);

  await page.getByRole('button', { name: 'Tehdään näistä säännöt' }).click();
  await page.getByRole('link', { name: 'Katso säännöt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meidän säännöt' })).toBeVisible();
  const rules = page.locator('.rule-list .rule');
  await expect(rules).toHaveText([/Hyvä kaveri kuuntelee, kun minä puhun\./, /Hyvään kaveriin voi luottaa\./]);

  // The support person puts the first rule in the group's own words, and adds one.
  await page.getByRole('button', { name: /^Muokkaa Hyvä kaveri kuuntelee/ }).click();
  await page.getByLabel('Säännön sanat').fill('Kuuntelemme toisiamme.');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByLabel('Uusi sääntö').fill('Puhelimet ovat äänettömällä.');
  await page.getByRole('button', { name: 'Lisää sääntö' }).click();
  await expect(rules).toHaveText([/Kuuntelemme toisiamme\./, /Hyvään kaveriin voi luottaa\./, /Puhelimet ovat äänettömällä\./]);

  await page.getByRole('link', { name: 'Valmis' }).click();
  const groupRules = page.locator('.rule-list .rule');
  await expect(groupRules).toHaveText(['Kuuntelemme toisiamme.', 'Hyvään kaveriin voi luottaa.', 'Puhelimet ovat äänettömällä.']);

  await page.reload();
  await expect(groupRules).toHaveText(['Kuuntelemme toisiamme.', 'Hyvään kaveriin voi luottaa.', 'Puhelimet ovat äänettömällä.']);

  // No network: the app still opens from its service worker, with all the data.
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiistaiporukka' })).toBeVisible();
  await expect(groupRules).toHaveText(['Kuuntelemme toisiamme.', 'Hyvään kaveriin voi luottaa.', 'Puhelimet ovat äänettömällä.']);
  await openMeeting(page, 2, 'Minä ja me');
  await expect(page.locator('.exercise-card', { hasText: 'Yhtä mieltä?' })).toContainText('Tehty');
  await page.getByRole('link', { name: /Yhtä mieltä\?/ }).click();
  await expect(page.getByText('Väite 1 / 11')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Cai.*äänesti ei/ })).toBeVisible();
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: /Tiistaiporukka/ })).toBeVisible();
});
