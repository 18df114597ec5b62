// One group through meetings 1–5 as people would do it on one tablet: taps, a photo, voice notes,
// votes with three members, an offline stretch outdoors, and results that flow forward.
import { expect, test, type Page } from '@playwright/test';
import { cameraPhoto, recordVoice } from './pages/media';
import { openMeeting, reloadWhenSaved, setUpGroup, waitForOfflineReady } from './pages/app';
import { installFakeSpeech } from './fakeSpeech';
import { backTo, openExercise } from './pages/journey';

// The device voice is a stand-in: the app's own offline voice (a speech engine in a worker) is not what this is about.
test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']));

// Works offline: the service worker is needed here.
test.use({ serviceWorkers: 'allow' });

const members = ['Anna', 'Ben', 'Cai'];

/** Each member takes their turn: tap your picture, a picture button (it stays picked), then Valmis. */
async function round(page: Page, picks: Record<string, string>) {
  for (const [name, pick] of Object.entries(picks)) {
    await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await page.getByRole('button', { name: pick, exact: true }).click();
    await expect(page.getByRole('button', { name: pick, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Valmis', exact: true }).click();
    await expect(page.getByRole('heading', { name: /Kenen vuoro/ })).toBeVisible();
  }
}

test('a group does every exercise of meetings 1–5, partly offline, and its results flow forward', async ({ page, context }) => {
  test.setTimeout(180_000);
  await setUpGroup(page, 'Kevätporukka', [...members.map((name) => ({ name })), { name: 'Tiina', role: 'Tukihenkilö' as const }]);
  await waitForOfflineReady(page);

  // Meeting 1: the invitation, what the hautomo is, and the check-in.
  await openMeeting(page, 1, 'Miten saada muita mukaan?');
  await openExercise(page, /Kutsu/);
  await page.getByLabel('Päivä').fill('2026-12-01');
  await page.getByLabel('Kellonaika').fill('13:00');
  await page.getByLabel('Paikka').fill('Kirjaston kerhohuone');
  await page.getByRole('button', { name: 'Käytä porukan tukihenkilöiden nimiä' }).click();
  await page.getByRole('button', { name: 'Tallenna' }).click();
  const invitation = page.locator('.invitation');
  await expect(invitation).toContainText('Tule kahville ja tutustumaan Porukka-hautomoon.');
  await expect(invitation).toContainText('Aika: tiistaina 1.12.2026 kello 13.');
  await expect(invitation).toContainText('Terveisin tukihenkilöt Tiina');
  await page.getByRole('button', { name: 'Näytä koko näytöllä' }).click();
  await expect(invitation).toHaveClass(/is-full/);
  await page.getByRole('button', { name: 'Sulje koko näyttö' }).click();
  await expect(invitation).not.toHaveClass(/is-full/);
  await backTo(page, '1. Miten saada muita mukaan?');
  await openExercise(page, /Mitä sinulle kuuluu\?/);
  await round(page, { Anna: 'Hyvää', Ben: 'Jännittää', Cai: 'Hyvää' });
  await expect(page.getByText('Hyvää: Anna, Cai')).toBeVisible();
  await backTo(page, '1. Miten saada muita mukaan?');
  await expect(page.locator('.exercise-card', { hasText: 'Kutsu' })).toContainText('Teimme tämän');
  await expect(page.locator('.exercise-card', { hasText: 'Mitä sinulle kuuluu?' })).toContainText('Teimme tämän');

  // Meeting 2: keys tell a story (a camera photo and a voice note), then small talk.
  await backTo(page, 'Kevätporukka');
  await openMeeting(page, 2, 'Minä ja me');
  await openExercise(page, /Avaimet kertovat/);
  await page.getByRole('button', { name: /^Anna/ }).click();
  await page.getByLabel('Ota kuva tai valitse kuva').setInputFiles(await cameraPhoto(page));
  const photo = page.locator('img[alt="Kuva, jonka Anna otti"]');
  await expect(photo).toBeVisible();
  // Downscaled on the tablet: the longest side is at most 1600 px.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1600, 1067]);
  await recordVoice(page);
  await page.getByLabel('Kirjoita tarina').fill('Minulla on avain kotiin ja kerhohuoneelle.');
  await page.getByRole('button', { name: 'Tallenna teksti' }).click();
  // A support person takes the recording out, and undoes it.
  await page.getByRole('button', { name: 'Poista ääniviesti' }).click();
  await expect(page.getByRole('button', { name: 'Poista ääniviesti' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Peru poisto' }).click();
  await expect(page.getByRole('button', { name: 'Poista ääniviesti' })).toBeVisible();
  await page.getByRole('button', { name: 'Valmis' }).click();
  const story = page.getByRole('article', { name: 'Anna' });
  await expect(story).toContainText('Minulla on avain kotiin ja kerhohuoneelle.');
  await expect(story.getByRole('button', { name: 'Kuuntele nauhoitus' })).toBeVisible();
  await backTo(page, '2. Minä ja me');
  await openExercise(page, /Rupattelua voi harjoitella/);
  await page.getByRole('button', { name: 'Nosta kortti' }).click();
  await expect(page.locator('.drawn-card')).toBeVisible();
  await page.getByRole('button', { name: 'Nosta uusi kortti' }).click();
  await expect(page.getByText('Olemme jutelleet 2 aiheesta')).toBeVisible();

  // Meeting 3 is outdoors: no network from here on; the app and the photo still open.
  await context.setOffline(true);
  await reloadWhenSaved(page);
  // Everything is where it was: the talked topics, the story's photo, words and recording, and the check-in.
  await expect(page.getByText('Olemme jutelleet 2 aiheesta')).toBeVisible();
  await backTo(page, '2. Minä ja me');
  await openExercise(page, /Avaimet kertovat/);
  await expect(page.locator('img[alt="Kuva, jonka Anna otti"]')).toBeVisible();
  const storyOffline = page.getByRole('article', { name: 'Anna' });
  await expect(storyOffline).toContainText('Minulla on avain kotiin ja kerhohuoneelle.');
  await expect(storyOffline.getByRole('button', { name: 'Kuuntele nauhoitus' })).toBeVisible();
  await page.goto(page.url().replace(/\/m\/m02\/e\/m02-keys$/, '/m/m01'));
  await openExercise(page, /Mitä sinulle kuuluu\?/);
  await expect(page.getByText('Hyvää: Anna, Cai')).toBeVisible();
  await page.goto(page.url().replace(/\/m\/m01\/e\/[^/]+$/, '/m/m02/e/m02-keys'));
  await page.goto(page.url().replace(/\/m\/m02\/e\/m02-keys$/, '/m/m03'));
  await expect(page.getByRole('heading', { level: 1, name: '3. Kotikulmilla' })).toBeVisible();

  await openExercise(page, /Kävelemme ja kysymme/);
  await expect(page.getByText('Missä tapaat tuttujasi?')).toBeVisible();
  // One question per screen: "Seuraava" on to the second, which saves the answer.
  await page.getByRole('button', { name: 'Uusi vastaus' }).click();
  await expect(page.getByText('Kysymys 1 / 2')).toBeVisible();
  await page.locator('input[name="reply-where"]').fill('Kirjastossa');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(page.getByText('Kysymys 2 / 2')).toBeVisible();
  await page.locator('input[name="reply-what"]').fill('Luemme lehtiä');
  await page.getByRole('button', { name: 'Tallenna vastaus' }).click();
  await page.getByRole('button', { name: 'Uusi vastaus' }).click();
  await page.locator('input[name="reply-where"]').fill('Uimahallissa');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await recordVoice(page, page.getByRole('group', { name: 'Mitä teet heidän kanssaan?' }));
  // The tablet drops the page outdoors (a reload, offline): the half-written answer is still there,
  // on the question it was at.
  await reloadWhenSaved(page);
  await expect(page.getByRole('group', { name: 'Mitä teet heidän kanssaan?' }).getByRole('button', { name: 'Kuuntele nauhoitus' })).toBeVisible();
  await page.getByRole('button', { name: 'Edellinen' }).click();
  await expect(page.locator('input[name="reply-where"]')).toHaveValue('Uimahallissa');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Tallenna vastaus' }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('article', { name: 'Vastaus 2' })).toContainText('Uimahallissa');
  await backTo(page, '3. Kotikulmilla');
  await openExercise(page, /Miltä kysyminen tuntui\?/);
  await round(page, { Anna: 'Hauskalta', Ben: 'Jännittävältä', Cai: 'Olen ylpeä' });
  await expect(page.getByText('Kehumme toisiamme rohkeudesta!')).toBeVisible();
  await backTo(page, '3. Kotikulmilla');

  await openExercise(page, /Keräämme vinkkejä vapaa-aikaan/);
  await page.getByRole('button', { name: /Mitä paikkoja\?/ }).click();
  await page.getByRole('button', { name: 'Kirjasto', exact: true }).click();
  await page.getByRole('button', { name: 'Puisto', exact: true }).click();
  await page.getByLabel('Kirjoita vastaus').first().fill('Uimahalli');
  await page.getByRole('button', { name: 'Lisää', exact: true }).first().click();
  await page.getByRole('button', { name: 'Takaisin aiheisiin' }).click();
  await page.getByRole('button', { name: /Mitä tekemistä\?/ }).click();
  await page.getByRole('button', { name: 'Tanssi', exact: true }).click();
  await page.getByRole('button', { name: 'Takaisin aiheisiin' }).click();
  await page.getByRole('button', { name: 'Katso kaikki yhdellä sivulla' }).click();
  const tips = page.locator('.summary');
  await expect(tips.getByRole('heading', { name: 'Vapaa-ajan vinkkilista' })).toBeVisible();
  await expect(tips.locator('.summary-row')).toHaveText([/Kirjasto/, /Puisto/, /Uimahalli/, /Tanssi/]);
  await backTo(page, '3. Kotikulmilla');

  await openExercise(page, /Kurjat paikat ja toiveet/);
  await page.locator('input[name="card-text-bad-places"]').fill('Pimeä alikulku');
  await page.locator('.board-area', { hasText: 'Kurjat tai pelottavat paikat' }).getByRole('button', { name: 'Lisää kortti' }).click();
  await page.locator('input[name="card-text-change-wishes"]').fill('Valot alikulkuun');
  await page.locator('.board-area', { hasText: 'Mitä haluaisimme muuttaa?' }).getByRole('button', { name: 'Lisää kortti' }).click();
  await page.locator('input[name="card-text-wishes"]').fill('Yhteiset juhlat');
  await page.locator('.board-area', { hasText: 'Mitä toivomme lisää?' }).getByRole('button', { name: 'Lisää kortti' }).click();
  await expect(page.locator('.board-card')).toHaveCount(3);
  // Removing a card by mistake is undone with one tap.
  await page.locator('.board-card', { hasText: 'Pimeä alikulku' }).getByRole('button', { name: /^Poista/ }).click();
  await expect(page.locator('.board-card')).toHaveCount(2);
  await page.getByRole('status').filter({ hasText: 'Poistit kortin.' }).getByRole('button', { name: 'Peru poisto' }).click();
  await expect(page.locator('.board-card')).toHaveCount(3);

  // Meeting 4: the wishes of meeting 3 are there; a new wish by pictures; piles; three members vote.
  await backTo(page, '3. Kotikulmilla');
  await backTo(page, 'Kevätporukka');
  await openMeeting(page, 4, 'Keksimme uutta!');
  await openExercise(page, /Keksimme ideoita/);
  const cards = page.locator('.board-card');
  await expect(cards).toHaveText([/Valot alikulkuun/, /Yhteiset juhlat/]);
  // The wish card asks one question per screen; "Lisää kortti" is on the last one.
  for (const choice of ['Tanssia', 'Puistossa', 'Kaikkien kanssa', 'Kukaan ei jää yksin']) {
    await page.getByRole('button', { name: choice, exact: true }).click();
    await page.getByRole('button', { name: 'Seuraava' }).click();
  }
  await page.getByRole('button', { name: 'Lisää kortti' }).click();
  await expect(page.locator('.board-card.is-new')).toContainText('Kukaan ei jää yksin');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.locator('input[name="card-wishes-where"]').fill('Nuorisotalolla');
  await expect(page.getByRole('complementary', { name: 'Sinun korttisi' })).toContainText('Nuorisotalolla');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await recordVoice(page, page.getByRole('group', { name: 'Miksi?' }));
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByLabel('Omin sanoin').fill('Disko');
  await page.getByRole('button', { name: 'Lisää kortti' }).click();
  await expect(cards).toHaveCount(4);
  await expect(page.locator('.board-card', { hasText: 'Disko' })).toContainText('Nuorisotalolla');
  await expect(page.locator('.board-card', { hasText: 'Disko' }).getByRole('button', { name: 'Kuuntele nauhoitus' })).toBeVisible();
  await page.getByRole('button', { name: /2\. Pinot/ }).click();
  await page.getByRole('button', { name: /^Valitse Nuorisotalolla, Disko/ }).click();
  await page.locator('.board-card', { hasText: 'Tanssia' }).getByRole('button', { name: /^Samaan pinoon/ }).click();
  await expect(page.getByText('2 korttia pinossa')).toBeVisible();
  await page.getByRole('button', { name: /3\. Juttelemme/ }).click();
  await expect(page.getByText('Mikä innostaa eniten?')).toBeVisible();
  await page.getByRole('button', { name: /4\. Äänestys/ }).click();
  const votes: Record<string, string[]> = { Anna: ['Tanssia', 'Tanssia', 'Yhteiset juhlat'], Ben: ['Tanssia', 'Valot alikulkuun', 'Tanssia'], Cai: ['Yhteiset juhlat', 'Tanssia', 'Tanssia'] };
  for (const [name, picks] of Object.entries(votes)) {
    await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    for (const pick of picks) await page.locator('.dot-card', { hasText: pick }).getByRole('button', { name: /^Anna piste/ }).click();
    await expect(page.getByText(`${name}, olet antanut kaikki pisteesi.`)).toBeVisible();
    await page.getByRole('button', { name: 'Valmis' }).click();
  }
  // Everyone has voted (the support person is not waited for): the dots come out together.
  await expect(page.getByText('Kaikki ovat äänestäneet.')).toBeVisible();
  await page.getByRole('button', { name: /5\. Tulos/ }).click();
  await expect(page.locator('.board-card.is-winner')).toHaveCount(1);
  await expect(page.locator('.board-card.is-winner')).toContainText('6 pistettä');
  await page.getByRole('button', { name: /^Tästä tulee meidän tavoite/ }).click();
  await expect(page.locator('.goal')).toContainText('Tanssia');

  // Back online, meeting 5: the goal is on top of the plan; every part gone through; what is missing.
  await context.setOffline(false);
  await page.getByRole('link', { name: 'Katso porukan sivu' }).click();
  await expect(page.locator('.goal')).toContainText('Kukaan ei jää yksin');
  await openMeeting(page, 5, 'Teemme suunnitelman');
  await openExercise(page, /Toimintasuunnitelma/);
  await expect(page.locator('.goal')).toContainText('Puistossa');
  for (const section of ['Ihmiset', 'Tieto ja taidot', 'Välineet ja tarvikkeet', 'Paikat ja tilat']) {
    await page.getByRole('button', { name: new RegExp(section) }).click();
    if (section === 'Välineet ja tarvikkeet') {
      await page.getByLabel('Kirjoita vastaus').nth(1).fill('Kaiutin ja valot');
      await page.getByRole('button', { name: 'Lisää', exact: true }).nth(1).click();
      await page.getByRole('button', { name: /^Puuttuu vielä Kaiutin/ }).click();
    }
    await page.getByRole('button', { name: 'Takaisin aiheisiin' }).click();
  }
  await expect(page.getByText('Katsoimme tämän')).toHaveCount(4);
  await expect(page.getByText('1 puuttuu vielä')).toBeVisible();
  await backTo(page, '5. Teemme suunnitelman');
  await expect(page.locator('.exercise-card', { hasText: 'Toimintasuunnitelma' })).toContainText('Teimme tämän');

  // The group's page: the goal, the tips list and the plan as pages of their own.
  await backTo(page, 'Kevätporukka');
  await page.getByRole('link', { name: 'Toimintasuunnitelma' }).click();
  await expect(page.locator('.summary-row.is-missing')).toContainText('Kaiutin ja valot');
  await backTo(page, '5. Teemme suunnitelman');
  await backTo(page, 'Kevätporukka');
  await page.getByRole('link', { name: 'Vapaa-ajan vinkkilista' }).click();
  await expect(page.locator('.summary-row')).toHaveCount(4);
});
