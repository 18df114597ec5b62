// The whole slice as a group would live it: set up, vote the rules, edit one, then keep working offline.
import { expect, test } from '@playwright/test';
import { openMeeting, reloadWhenSaved, setUpGroup, vote, waitForOfflineReady } from './pages/app';
import { backTo } from './pages/journey';
import { isInView } from './pages/sweep';
import { installFakeSpeech } from './fakeSpeech';

// The device voice is a stand-in: the app's own offline voice (a speech engine in a worker) is not what this is about.
test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']));

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
  // The app is installed: the news "works without the internet now" shows on the group's pages…
  const offlineNews = page.locator('.notice', { hasText: 'Porukka toimii nyt myös ilman internetiä.' });
  await waitForOfflineReady(page);
  await expect(offlineNews).toBeVisible();

  await openMeeting(page, 2, 'Minä ja me');
  await expect(page.getByText('Teemme porukalle yhteiset säännöt.')).toBeVisible();
  await expect(offlineNews).toBeVisible();
  await page.getByRole('link', { name: /Yhtä mieltä\?/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yhtä mieltä?' })).toBeVisible();
  // …but waits while the group votes, so it never covers a member's turn; back on the meeting's page
  // it is there again until someone closes it.
  await expect(offlineNews).toHaveCount(0);
  await backTo(page, '2. Minä ja me');
  await expect(offlineNews).toBeVisible();
  await page.getByRole('link', { name: /Yhtä mieltä\?/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yhtä mieltä?' })).toBeVisible();
  await expect(offlineNews).toHaveCount(0);

  // Statement 1 (a good friend listens): everyone agrees. Statement 2: everyone disagrees.
  await expect(page.getByText('Väite 1 / 11')).toBeVisible();
  await expect(page.getByText('Hyvä kaveri kuuntelee, kun minä puhun.')).toBeVisible();
  await vote(page, 'Anna', 'yes');
  await vote(page, 'Ben', 'yes');
  // Nobody sees the others' votes until everyone has voted: only "has voted".
  await expect(page.getByRole('button', { name: /^Anna.*on äänestänyt/ })).toBeVisible();
  await expect(page.getByText('2 / 3 on äänestänyt.')).toBeVisible();
  await vote(page, 'Cai', 'no');
  // Then the votes are shown together.
  await expect(page.locator('.vote-reveal')).toHaveText('Kaikki ovat äänestäneet. 2 sanoi kyllä. 1 sanoi ei.');
  await expect(page.getByRole('button', { name: /^Anna.*äänesti kyllä/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Cai.*äänesti ei/ })).toBeVisible();
  // By keyboard (or a switch): the next statement comes with the focus still on "Seuraava väite".
  const next = page.getByRole('button', { name: 'Seuraava väite' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Kaverin kanssa voi olla vain samaa mieltä.')).toBeVisible();
  await expect(next).toBeFocused();
  // On a phone, the last vote brings the result and the way on into view, and the focus goes on to it
  // (the result and "Seuraava väite" are below the pictures there).
  await page.setViewportSize({ width: 390, height: 844 });
  for (const name of ['Anna', 'Ben', 'Cai']) await vote(page, name, 'no');
  await expect(page.locator('.vote-reveal')).toBeInViewport({ ratio: 1 });
  await expect(next).toBeInViewport({ ratio: 1 });
  await expect(next).toBeFocused();
  await page.setViewportSize({ width: 820, height: 1180 });

  // The step is in the address: a reload comes back to the same statement with its votes.
  await reloadWhenSaved(page);
  await expect(page.getByText('Väite 2 / 11')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Ben.*äänesti ei/ })).toBeVisible();

  for (let n = 3; n <= 11; n += 1) {
    await page.getByRole('button', { name: 'Seuraava väite' }).click();
    await expect(page.getByText(`Väite ${n} / 11`)).toBeVisible();
  }
  // The last statement (you can trust a good friend): two of three agree (the third does not vote).
  await vote(page, 'Anna', 'yes');
  await vote(page, 'Ben', 'yes');
  await page.getByRole('button', { name: 'Katso tulokset' }).click();

  const results = page.locator('.result');
  await expect(results).toHaveCount(11);
  await expect(results.nth(0)).toContainText('2 sanoi kyllä.');
  await expect(results.nth(0)).toContainText('1 sanoi ei.');
  await expect(results.nth(0)).toContainText('Useimmat sanoivat kyllä.');
  await expect(results.nth(0)).toContainText('Tästä voi tulla sääntö: Hyvä kaveri kuuntelee, kun minä puhun.');
  // Everyone said no: agreement too, and the statement's opposite can be the rule.
  await expect(results.nth(1)).toContainText('Kukaan ei sanonut kyllä.');
  await expect(results.nth(1)).toContainText('Kaikki sanoivat ei.');
  await expect(results.nth(1)).toContainText('Tästä voi tulla sääntö: Kaverin kanssa voi olla eri mieltä.');
  await expect(results.nth(2)).toContainText('Kukaan ei äänestänyt.');
  await expect(page.locator('.result.is-agreed')).toHaveCount(3);

  // The group makes each rule with its own tap; one is taken back and made again.
  const makeRule = (n: number) => results.nth(n).getByRole('button', { name: 'Tee tästä sääntö' });
  await makeRule(0).click();
  await expect(results.nth(0)).toContainText('Tästä tulee sääntö: Hyvä kaveri kuuntelee, kun minä puhun.');
  await expect(makeRule(1)).toBeVisible();
  await makeRule(1).click();
  await makeRule(10).click();
  // Taking a rule back at the very bottom of the window: the undo notice comes up there, and the
  // button the person just tapped moves clear of it instead of hiding under it.
  const takeBack = results.nth(10).getByRole('button', { name: 'Peru sääntö' });
  await takeBack.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 4));
  await takeBack.click();
  await expect(page.locator('.notices').getByRole('button', { name: 'Peru poisto' })).toBeVisible();
  await expect(makeRule(10)).toBeVisible();
  await expect.poll(() => isInView(makeRule(10))).toBe(true);
  await makeRule(10).click();
  await expect(results.nth(10)).toContainText('Tästä tulee sääntö: Hyvään kaveriin voi luottaa.');
  await page.getByRole('link', { name: 'Katso säännöt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meidän säännöt' })).toBeVisible();
  const rules = page.locator('.rule-list .rule');
  await expect(rules).toHaveText([/Hyvä kaveri kuuntelee, kun minä puhun\./, /Kaverin kanssa voi olla eri mieltä\./, /Hyvään kaveriin voi luottaa\./]);

  // The support person puts the first rule in the group's own words, and adds one.
  await page.getByRole('button', { name: /^Muokkaa Hyvä kaveri kuuntelee/ }).click();
  await page.getByLabel('Säännön sanat').fill('Kuuntelemme toisiamme.');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByLabel('Uusi sääntö').fill('Puhelimet ovat äänettömällä.');
  await page.getByRole('button', { name: 'Lisää sääntö' }).click();
  await expect(rules).toHaveText([/Kuuntelemme toisiamme\./, /Kaverin kanssa voi olla eri mieltä\./, /Hyvään kaveriin voi luottaa\./, /Puhelimet ovat äänettömällä\./]);

  await page.getByRole('link', { name: 'Valmis' }).click();
  const groupRules = page.locator('.rule-list .rule');
  await expect(groupRules).toHaveText(['Kuuntelemme toisiamme.', 'Kaverin kanssa voi olla eri mieltä.', 'Hyvään kaveriin voi luottaa.', 'Puhelimet ovat äänettömällä.']);

  await reloadWhenSaved(page);
  await expect(groupRules).toHaveText(['Kuuntelemme toisiamme.', 'Kaverin kanssa voi olla eri mieltä.', 'Hyvään kaveriin voi luottaa.', 'Puhelimet ovat äänettömällä.']);

  // No network: the app still opens from its service worker, with all the data.
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await reloadWhenSaved(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Tiistaiporukka' })).toBeVisible();
  await expect(groupRules).toHaveText(['Kuuntelemme toisiamme.', 'Kaverin kanssa voi olla eri mieltä.', 'Hyvään kaveriin voi luottaa.', 'Puhelimet ovat äänettömällä.']);
  await openMeeting(page, 2, 'Minä ja me');
  await expect(page.locator('.exercise-card', { hasText: 'Yhtä mieltä?' })).toContainText('Teimme tämän');
  await page.getByRole('link', { name: /Yhtä mieltä\?/ }).click();
  await expect(page.getByText('Väite 1 / 11')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Cai.*äänesti ei/ })).toBeVisible();
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: /Tiistaiporukka/ })).toBeVisible();
});
