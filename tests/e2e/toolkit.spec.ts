// The support persons' toolkit: getting-started boards, partners, method cards, settings and photo consent.
import { expect, test } from '@playwright/test';
import { lockSupport, reloadWhenSaved, setUpGroup, unlockSupport, waitForOfflineReady } from './pages/app';
import { checkScreen } from './pages/checks';
import { installFakeSpeech } from './fakeSpeech';

// The device voice is a stand-in: the app's own offline voice (a speech engine in a worker) is not what this is about.
test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']));

// Works offline: the service worker is needed here.
test.use({ serviceWorkers: 'allow' });

test('a getting-started board: participants choose pictures and add their own; choices survive an offline reload', async ({ page, context }) => {
  await setUpGroup(page, 'Sopijat', [{ name: 'Anna' }]);
  const groupUrl = page.url();
  await waitForOfflineReady(page);
  await lockSupport(page);
  await page.getByRole('link', { name: 'Sovimme yhdessä' }).click();
  await expect(page.locator('.agreement')).toHaveCount(11);
  await checkScreen(page, 'agreements, none yet');
  await page.getByRole('link', { name: 'Kahvien maksaminen' }).click();
  await expect(page.getByText('Kuka maksaa kahvit ja pullat? Valitse kuvia.')).toBeVisible();
  await page.getByRole('button', { name: 'Jokainen maksaa itse' }).click();
  await page.getByRole('button', { name: 'Yhdistys maksaa' }).click();
  await page.getByRole('button', { name: 'Yhdistys maksaa' }).click();
  await page.getByRole('button', { name: 'Kaupunki tai kunta maksaa' }).click();
  await page.getByLabel('Jokin muu').fill('Vuorotellen');
  await page.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(page.getByText('Vuorotellen')).toBeVisible();
  // Participants never delete, not even their own option.
  await expect(page.getByRole('button', { name: /^Poista/ })).toHaveCount(0);
  await checkScreen(page, 'a board');

  await context.setOffline(true);
  await reloadWhenSaved(page);
  await expect(page.getByRole('button', { name: 'Jokainen maksaa itse' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Yhdistys maksaa' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('Vuorotellen')).toBeVisible();
  await page.goto(`${groupUrl}/agree`);
  const coffee = page.locator('.agreement', { hasText: 'Kahvien maksaminen' });
  // The board's own order, then the group's own options.
  await expect(coffee.locator('.diary-chip')).toHaveText(['Jokainen maksaa itse', 'Kaupunki tai kunta maksaa', 'Vuorotellen']);
  await expect(page.locator('.agreement', { hasText: 'Siivous' })).toContainText('Emme ole vielä sopineet tästä.');

  // A support person may remove an own option, with undo.
  await unlockSupport(page);
  await page.getByRole('link', { name: 'Kahvien maksaminen' }).click();
  await page.getByRole('button', { name: 'Poista Vuorotellen' }).click();
  await expect(page.getByText('Vuorotellen')).toHaveCount(0);
  await page.getByRole('button', { name: 'Peru poisto' }).click();
  await expect(page.getByRole('button', { name: 'Poista Vuorotellen' })).toBeVisible();
});

// Nothing here goes offline: the install (seconds of work) is left out.
test.describe('with the app not installed', () => {
  test.use({ serviceWorkers: 'block' });

  test('partners: a support person adds one with how to reach them; participants see it but cannot change it', async ({ page }) => {
    await setUpGroup(page, 'Verkosto', [{ name: 'Anna' }]);
    await page.getByRole('link', { name: 'Kumppanit' }).click();
    await expect(page.getByText('Porukalla ei ole vielä kumppaneita.', { exact: false })).toBeVisible();
    await checkScreen(page, 'partners, none');
    await page.getByRole('link', { name: 'Lisää kumppani' }).click();
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.getByText('Kirjoita kumppanin nimi.')).toBeVisible();
    await page.getByLabel('Kumppanin nimi').fill('Liisa Laine');
    await page.getByLabel('Mistä kumppani on?', { exact: false }).fill('Kaupunginkirjasto');
    await page.getByLabel('Miten kumppani voi auttaa?').fill('Lainaa kerhohuoneen ilmaiseksi.');
    await page.getByLabel('Puhelinnumero').fill('040 123 4567');
    await page.getByLabel('Sähköposti').fill('liisa.example.fi');
    await page.getByRole('button', { name: 'Soittamalla' }).click();
    await page.getByRole('button', { name: '9. Tapahtumahetkellä' }).click();
    await checkScreen(page, 'new partner');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.getByText('Tarkista sähköposti. Siinä pitää olla @-merkki.')).toBeVisible();
    await page.getByLabel('Sähköposti').fill('liisa@example.fi');
    await page.getByRole('button', { name: 'Tallenna' }).click();

    const card = page.getByRole('article', { name: 'Liisa Laine' });
    await expect(card).toContainText('Kaupunginkirjasto');
    await expect(card).toContainText('Kumppani voi auttaa: Lainaa kerhohuoneen ilmaiseksi.');
    await expect(card).toContainText('Mukana tapaamisissa: 9. Tapahtumahetkellä');
    await expect(card.getByRole('link', { name: 'Soita 040 123 4567' })).toHaveAttribute('href', 'tel:0401234567');
    await expect(card.getByRole('link', { name: 'Kirjoita liisa@example.fi' })).toHaveAttribute('href', 'mailto:liisa@example.fi');
    await checkScreen(page, 'partners');

    await lockSupport(page);
    await expect(card.getByRole('link', { name: /^Muokkaa/ })).toHaveCount(0);
    await expect(card.getByRole('button', { name: /^Poista/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Lisää kumppani' })).toHaveCount(0);
    await reloadWhenSaved(page);
    await expect(card).toContainText('Kaupunginkirjasto');

    await unlockSupport(page);
    await card.getByRole('link', { name: 'Muokkaa Liisa Laine' }).click();
    await page.getByLabel('Kumppanin nimi').fill('Liisa Laine-Virta');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    const renamed = page.getByRole('article', { name: 'Liisa Laine-Virta' });
    await renamed.getByRole('button', { name: 'Poista Liisa Laine-Virta' }).click();
    await expect(renamed).toHaveCount(0);
    await page.getByRole('button', { name: 'Peru poisto' }).click();
    await expect(renamed).toBeVisible();
  });
});

test('method cards are searchable offline; settings change the pictures, the text size and the PIN; photo consent per member', async ({ page, context }) => {
  test.setTimeout(90_000);
  await setUpGroup(page, 'Asetusporukka', [{ name: 'Anna' }]);
  const groupUrl = page.url();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.goto('/#/');
  await page.getByRole('link', { name: 'Menetelmäkortit' }).click();
  await expect(page.locator('.library-item')).toHaveCount(27);
  await checkScreen(page, 'library');
  await page.getByLabel('Etsi sanalla').fill('vertais');
  await expect(page.getByRole('link', { name: /Vertaistuki/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Gruppis/ })).toHaveCount(0);
  await page.getByLabel('Etsi sanalla').fill('ei löydy tällaista');
  await expect(page.getByText('Tällä sanalla ei löytynyt mitään. Kokeile toista sanaa.')).toBeVisible();
  await page.getByLabel('Etsi sanalla').fill('vertais');
  await page.getByRole('link', { name: /Vertaistuki/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vertaistuki' })).toBeVisible();
  await expect(page.getByText('Mitä yhteistä porukan jäsenillä on?')).toBeVisible();
  await reloadWhenSaved(page);
  await expect(page.getByText('Mitä yhteistä porukan jäsenillä on?')).toBeVisible();
  await checkScreen(page, 'method card');
  await context.setOffline(false);

  await page.goto('/#/settings');
  const back = page.getByRole('banner').locator('img[data-pictogram="home"]');
  await expect(back).toHaveAttribute('src', /\/flat\/home\.svg$/);
  await page.locator('fieldset', { hasText: 'Selkeämmät kuvat' }).locator('label.choice-tile', { hasText: 'Päällä' }).click();
  await expect(back).toHaveAttribute('src', /\/high-contrast\/home\.svg$/);
  await page.locator('fieldset', { hasText: 'Tekstin koko' }).locator('label.choice-tile', { hasText: /^Iso$/ }).click();
  await expect(page.locator('html')).toHaveCSS('font-size', '24px');
  await checkScreen(page, 'settings, large text and high contrast');
  await reloadWhenSaved(page);
  await expect(back).toHaveAttribute('src', /\/high-contrast\/home\.svg$/);
  await expect(page.locator('html')).toHaveCSS('font-size', '24px');

  await page.getByLabel('Nykyinen PIN-koodi').fill('0000');
  await page.getByLabel('Uusi PIN-koodi', { exact: true }).fill('13579');
  await page.getByLabel('Uusi PIN-koodi uudelleen').fill('13579');
  await page.getByRole('button', { name: 'Vaihda PIN-koodi' }).click();
  await expect(page.getByText('Väärä PIN-koodi. Kokeile uudelleen.')).toBeVisible();
  await page.getByLabel('Nykyinen PIN-koodi').fill('2468');
  await page.getByRole('button', { name: 'Vaihda PIN-koodi' }).click();
  await expect(page.getByText('PIN-koodi vaihdettiin.')).toBeVisible();
  await lockSupport(page);
  await unlockSupport(page, '13579');

  // Photo consent is a member's: given on their page, listed in the settings.
  await expect(page.locator('.rule', { hasText: 'Anna' })).toContainText('Ei kuvalupaa.');
  await page.goto(`${groupUrl}/members`);
  await page.getByRole('link', { name: 'Muokkaa Anna' }).click();
  await page.locator('label.choice-tile', { hasText: 'Kyllä, lupa on annettu' }).click();
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.locator('.member-row', { hasText: 'Anna' })).toContainText('Kuvalupa annettu.');
  await page.goto('/#/settings');
  await expect(page.locator('.rule', { hasText: 'Anna' })).toContainText('Kuvalupa annettu.');
});
