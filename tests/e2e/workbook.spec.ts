// The workbook told right (issue 13): steps the app once left out or told wrong, done through the UI
// with no network. The sweep group (tests/fixtures) brings members, wishes and a voted goal.
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { installFakeSpeech } from './fakeSpeech';
import { lockSupport, reloadWhenSaved, unlockSupport, waitForOfflineReady } from './pages/app';
import { checkScreen } from './pages/checks';
import { recordVoice } from './pages/media';
import { importFile } from './pages/transfer';

const sweepGroup = fileURLToPath(new URL('../fixtures/sweep-group.porukka.json', import.meta.url));
const group = '/#/g/5eeb5eeb5eeb5eeb5eeb5eeb5eeb5eeb';

test.use({ serviceWorkers: 'allow' });

/** The sweep group on this tablet, then the network goes away. */
async function offlineWithSweepGroup(page: Page): Promise<void> {
  await installFakeSpeech(page, ['fi']);
  await importFile(page, sweepGroup);
  await waitForOfflineReady(page);
  await page.context().setOffline(true);
}

test('meeting 4: after talking, a support person makes any wish the goal; the wishes stay open', async ({ page }) => {
  await offlineWithSweepGroup(page);
  await page.goto(`${group}/m/m04/e/m04-idea-storm/talk`);
  await expect(page.getByText('Voimme valita tavoitteen puhumalla tai äänestämällä.')).toBeVisible();
  // The goal the group voted for earlier is on top; a support person can choose another by talking.
  await expect(page.locator('.goal')).toContainText('Tanssi-ilta');
  await expect(page.locator('.goal')).toContainText('Valitsimme äänestämällä.');
  await unlockSupport(page);
  await page.locator('.card-grid .board-card', { hasText: 'Bingo' }).getByRole('button', { name: /^Tästä tulee meidän tavoite/ }).click();
  await expect(page.locator('.goal')).toContainText('Bingo');
  await expect(page.locator('.goal')).toContainText('Valitsimme puhumalla.');
  await expect(page.locator('.goal')).toContainText('Voimme palata toiveisiin myöhemmin.');
  await lockSupport(page);
  // Participants see the goal but cannot change it here.
  await expect(page.getByRole('button', { name: /^Tästä tulee meidän tavoite/ })).toHaveCount(0);
  // The wish list is still open: a new wish goes on the board after the goal.
  await page.getByRole('button', { name: /1\. Toiveet/ }).click();
  for (let n = 0; n < 4; n++) await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByLabel('Omin sanoin').fill('Kesäretki');
  await page.getByRole('button', { name: 'Lisää kortti' }).click();
  await expect(page.locator('.board-card', { hasText: 'Kesäretki' })).toBeVisible();
  // The group's page shows the goal chosen by talking.
  await page.getByRole('button', { name: /3\. Juttelemme/ }).click();
  await page.getByRole('link', { name: 'Katso porukan sivu' }).click();
  await expect(page.locator('.goal')).toContainText('Bingo');
});

test('meeting 7: the group gets to know a partner, one picture prompt at a time, and keeps the answers', async ({ page }) => {
  await offlineWithSweepGroup(page);
  await page.goto(`${group}/m/m07`);
  await expect(page.getByRole('heading', { level: 1, name: /^7\. / })).toBeVisible();
  // It comes right after the check-in, as in the workbook.
  await expect(page.locator('.exercise-card').nth(1)).toContainText('Tutustumme kumppaniin');
  await page.getByRole('main').getByRole('link', { name: /Tutustumme kumppaniin/ }).click();
  await expect(page.getByText('Aina emme aloita tekemistä yhdessä.')).toBeVisible();
  await page.getByRole('button', { name: 'Uusi kumppani' }).click();
  const answer = page.getByLabel('Tai kirjoita vastaus');
  await answer.fill('Liisa kirjastosta');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await answer.fill('Lukupiiri torstaisin');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  // "Haluatko tehdä tämän kanssamme?" — the partner's answer as a voice note.
  const wantToJoin = page.getByRole('group', { name: 'Kysymme: Haluatko tehdä tämän kanssamme?' });
  await expect(wantToJoin).toBeVisible();
  await recordVoice(page, wantToJoin);
  for (let n = 0; n < 3; n++) await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(page.getByRole('group', { name: /^Sovimme, miten pidämme yhteyttä\./ })).toBeVisible();
  await page.getByRole('button', { name: 'WhatsApp', exact: true }).click();
  await page.getByRole('button', { name: 'Käymme paikan päällä', exact: true }).click();
  await expect(page.getByRole('button', { name: 'WhatsApp', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Tallenna vastaus' }).click();
  const card = page.getByRole('article', { name: 'Vastaus 1' });
  await expect(card).toContainText('Liisa kirjastosta');
  await expect(card).toContainText('Lukupiiri torstaisin');
  await expect(card).toContainText('WhatsApp');
  await expect(card).toContainText('Käymme paikan päällä');
  await expect(card.getByRole('button', { name: 'Kuuntele nauhoitus' })).toBeVisible();
  // Saved: still there after a reload with no network.
  await reloadWhenSaved(page);
  await expect(page.getByRole('article', { name: 'Vastaus 1' })).toContainText('WhatsApp');
});

test('About Porukka is a tap away from the start screen for everyone, with no network: the 3 keys, the sources and the credits', async ({ page }) => {
  await offlineWithSweepGroup(page);
  await page.goto('/#/');
  await reloadWhenSaved(page);
  // A participant (the tablet locked) finds it on the start screen.
  await lockSupport(page);
  await page.getByRole('link', { name: 'Tietoa Porukasta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tietoa Porukasta' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Porukassa me tapaamme 10 kertaa.');
  const keys = main.getByRole('region', { name: '3 avainta' });
  await expect(keys.locator('.picture-card')).toHaveCount(3);
  await expect(keys).toContainText('Omat valinnat.');
  await expect(keys).toContainText('Osallistuminen.');
  await expect(keys).toContainText('Onnistuminen.');
  await expect(main.getByRole('region', { name: 'Mistä Porukka tulee?' }).getByRole('listitem')).toHaveCount(5);
  await expect(main.getByRole('region', { name: 'Tekijät ja luvat' })).toContainText('CC BY 4.0');
  await checkScreen(page, 'about Porukka');
  // Back leads to the start screen.
  await page.getByRole('banner').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' })).toBeVisible();
});
