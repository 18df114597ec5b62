// Every exercise screen of meetings 1–5 (and the choice board): axe finds nothing, targets ≥ 64 px.
import { expect, test, type Page } from '@playwright/test';
import { setUpGroup } from './pages/app';
import { checkScreen } from './pages/checks';
import { cameraPhoto, recordVoice } from './pages/media';
import { installQuickDeviceVoice } from './fakeSpeech';

// A quick device voice: these tests are not about reading aloud, so the app's own speech engine need not run.
test.beforeEach(({ page }) => installQuickDeviceVoice(page));

const at = async (page: Page, groupUrl: string, path: string) => {
  await page.goto(`${groupUrl}/${path}`);
  await expect(page.locator('.loading')).toHaveCount(0);
};

test('meetings 1–3: invitation, check-in, stories, small talk, field notes, idea bank, cards', async ({ page }) => {
  test.setTimeout(150_000);
  await setUpGroup(page, 'Saavutettavat', [{ name: 'Anna' }, { name: 'Tiina', role: 'Tukihenkilö' }]);
  const group = page.url();

  await at(page, group, 'm/m01/e/m01-invitation');
  await checkScreen(page, 'invitation form');
  await page.getByLabel('Paikka').fill('Kirjasto');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await checkScreen(page, 'invitation card');
  await page.getByRole('button', { name: 'Näytä koko näytöllä' }).click();
  await checkScreen(page, 'invitation full screen');

  await at(page, group, 'm/m01/e/m01-check-in');
  await checkScreen(page, 'check-in');
  await page.getByRole('button', { name: /^Anna/ }).click();
  await checkScreen(page, 'check-in: a member’s turn');
  await page.getByRole('button', { name: 'Hyvää', exact: true }).click();
  await page.getByRole('button', { name: 'Valmis', exact: true }).click();
  await checkScreen(page, 'check-in: the round');

  await at(page, group, 'm/m02/e/m02-keys');
  await checkScreen(page, 'keys: overview');
  await page.getByRole('button', { name: /^Anna/ }).click();
  await page.getByLabel('Ota kuva tai valitse kuva').setInputFiles(await cameraPhoto(page, 800, 600));
  await expect(page.locator('img.media-image')).toBeVisible();
  await recordVoice(page);
  await checkScreen(page, 'keys: a member’s story');
  await page.getByRole('button', { name: 'Valmis' }).click();
  await checkScreen(page, 'keys: the stories');

  await at(page, group, 'm/m02/e/m02-small-talk');
  await checkScreen(page, 'small talk');
  await page.getByRole('button', { name: 'Nosta kortti' }).click();
  await page.getByRole('button', { name: 'Nosta uusi kortti' }).click();
  await checkScreen(page, 'small talk: cards drawn');

  await at(page, group, 'm/m03/e/m03-city-lift');
  await page.getByRole('button', { name: 'Uusi vastaus' }).click();
  await checkScreen(page, 'city lift: new answer');
  await page.locator('input[name="reply-where"]').fill('Torilla');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Tallenna vastaus' }).click();
  await checkScreen(page, 'city lift: answers');

  await at(page, group, 'm/m03/e/m03-lift-feelings');
  await page.getByRole('button', { name: /^Anna/ }).click();
  await page.getByRole('button', { name: 'Hauskalta' }).click();
  await page.getByRole('button', { name: 'Valmis', exact: true }).click();
  await checkScreen(page, 'how the lift felt, with praise');

  await at(page, group, 'm/m03/e/m03-idea-bank');
  await checkScreen(page, 'idea bank');
  await page.getByRole('button', { name: /Mitä paikkoja\?/ }).click();
  await page.getByRole('button', { name: 'Kirjasto', exact: true }).click();
  await checkScreen(page, 'idea bank: a section');
  await at(page, group, 'm/m03/e/m03-idea-bank/summary');
  await checkScreen(page, 'idea bank: tips list');

  await at(page, group, 'm/m03/e/m03-bad-places');
  await page.locator('input[name="card-text-wishes"]').fill('Juhlat');
  await page.locator('.board-area', { hasText: 'Mitä toivomme lisää?' }).getByRole('button', { name: 'Lisää kortti' }).click();
  await checkScreen(page, 'bad places and wishes');
  await at(page, group, 'm/m03/e/m03-story-bailaava');
  await checkScreen(page, 'success story');
});

test('meetings 4–6: Ideariihi step by step, the plan, the choice board and the group page', async ({ page }) => {
  test.setTimeout(150_000);
  await setUpGroup(page, 'Saavutettavat 2', [{ name: 'Anna' }, { name: 'Ben' }]);
  const group = page.url();

  await at(page, group, 'm/m04/e/m04-idea-storm');
  await checkScreen(page, 'Ideariihi: the card form’s first question');
  for (const choice of ['Musiikkia', 'Kahvilassa']) {
    await page.getByRole('button', { name: choice, exact: true }).click();
    await page.getByRole('button', { name: 'Seuraava' }).click();
  }
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await checkScreen(page, 'Ideariihi: the card form’s last screen');
  await page.getByRole('button', { name: 'Lisää kortti' }).click();
  for (let n = 0; n < 4; n++) await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByLabel('Omin sanoin').fill('Karaoke');
  await page.getByRole('button', { name: 'Lisää kortti' }).click();
  await expect(page.locator('.board-card.is-new')).toContainText('Karaoke');
  await checkScreen(page, 'Ideariihi: cards, the new one marked');
  await page.getByRole('button', { name: /2\. Pinot/ }).click();
  await page.getByRole('button', { name: /^Valitse Karaoke/ }).click();
  await checkScreen(page, 'Ideariihi: piles, a card picked');
  await page.getByRole('button', { name: /^Samaan pinoon/ }).first().click();
  await page.getByRole('button', { name: /3\. Juttelemme/ }).click();
  await checkScreen(page, 'Ideariihi: talk');
  await page.getByRole('button', { name: /4\. Äänestys/ }).click();
  await checkScreen(page, 'Ideariihi: who votes');
  await page.getByRole('button', { name: /^Anna/ }).click();
  await page.getByRole('button', { name: /^Anna piste/ }).first().click();
  await checkScreen(page, 'Ideariihi: a member’s dots');
  await page.getByRole('button', { name: 'Valmis' }).click();
  await expect(page.getByText('Vielä äänestämättä: Ben.')).toBeVisible();
  await checkScreen(page, 'Ideariihi: the dots hidden until everyone has voted');
  await page.getByRole('button', { name: /^Ben/ }).click();
  await page.getByRole('button', { name: 'Valmis' }).click();
  await expect(page.getByText('Kaikki ovat äänestäneet.')).toBeVisible();
  await checkScreen(page, 'Ideariihi: the dots shown together');
  await page.getByRole('button', { name: /5\. Tulos/ }).click();
  await page.getByRole('button', { name: /^Tästä tulee meidän tavoite/ }).click();
  await checkScreen(page, 'Ideariihi: result and goal');

  await at(page, group, 'm/m05/e/m05-plan');
  await checkScreen(page, 'plan');
  await page.getByRole('button', { name: /Ihmiset/ }).click();
  await page.getByLabel('Kirjoita vastaus').first().fill('Naapurit');
  await page.getByRole('button', { name: 'Lisää', exact: true }).first().click();
  await page.getByRole('button', { name: /^Puuttuu vielä Naapurit/ }).click();
  await checkScreen(page, 'plan: a section');
  await at(page, group, 'm/m05/e/m05-plan/summary');
  await checkScreen(page, 'plan: the whole plan');
  await at(page, group, 'm/m05/e/m05-story-floorball');
  await checkScreen(page, 'floorball story');
  await at(page, group, 'm/m04/e/m04-pictures-tip');
  await checkScreen(page, 'tip');

  await at(page, group, 'm/m06/e/m06-partner-ideas');
  await page.getByRole('button', { name: 'Seurakunnat' }).click();
  await page.getByLabel('Jokin muu').fill('Kirjasto');
  await page.getByRole('button', { name: 'Lisää', exact: true }).click();
  await checkScreen(page, 'choice board');

  await page.goto(group);
  await expect(page.locator('.goal')).toBeVisible();
  await checkScreen(page, 'group page with the goal');
});
