// A group that did meetings 1–5 finds partners (meeting 6) and agrees with one (meeting 7): the
// partner ideas go to the partner list, the pitch is built from the goal and the plan, the learning
// café gets the plan's missing things, the agreement and the memo are kept and shown in the diary.
import { expect, test } from '@playwright/test';
import { lockSupport, openMeeting, reloadWhenSaved, unlockSupport, waitForOfflineReady } from './pages/app';
import { checkScreen } from './pages/checks';
import { backTo, openExercise, openSeededGroup, seededGroup, tap } from './pages/journey';
import { installFakeSpeech } from './fakeSpeech';

// The device voice is a stand-in: the app's own offline voice (a speech engine in a worker) is not what this is about.
test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']));

// Works offline: the service worker is needed here.
test.use({ serviceWorkers: 'allow' });

const meeting6 = '6. Kuka voisi auttaa?';
const meeting7 = '7. Sovimme kumppanin kanssa';

test('meetings 6–7: partner ideas to the partner list, the pitch, the learning café, an agreement and a memo', async ({ page, context }) => {
  test.setTimeout(240_000);
  await openSeededGroup(page);
  await waitForOfflineReady(page);
  await openMeeting(page, 6, 'Kuka voisi auttaa?');

  await openExercise(page, /Miksi kumppaneita/);
  await expect(page.getByText('Nopein tapa löytää kumppaneita on kysyä tutuilta.')).toBeVisible();
  await backTo(page, meeting6);

  // The parish the group chose in meeting 5's time becomes a partner, filled in by the support person.
  await openExercise(page, /Ketkä voisivat olla kumppaneita/);
  await expect(page.getByRole('button', { name: 'Seurakunnat', pressed: true })).toBeVisible();
  // Adding a partner is the support person's: the "add" link shows in their mode only.
  await expect(page.getByRole('link', { name: 'Lisää kumppanilistaan Seurakunnat' })).toHaveCount(0);
  await unlockSupport(page);
  await page.getByRole('link', { name: 'Lisää kumppanilistaan Seurakunnat' }).click();
  await expect(page.getByLabel('Mistä kumppani on?', { exact: false })).toHaveValue('Seurakunnat');
  await page.getByLabel('Kumppanin nimi').fill('Diakoni Pekka');
  await tap(page, 'Tallenna');
  await expect(page.getByRole('heading', { level: 1, name: 'Ketkä voisivat olla kumppaneita?' })).toBeVisible();
  await lockSupport(page);
  await backTo(page, meeting6);

  // Who we know and who we'd like to know: partner cards moved between the two.
  await openExercise(page, /Tuttuja ja tulevia kumppaneita/);
  await tap(page, 'Diakoni Pekka');
  const known = page.getByRole('region', { name: 'Kenet tunnemme jo?' });
  await expect(known).toContainText('Diakoni Pekka (Seurakunnat)');
  await tap(page, 'Siirrä kohtaan: Keneen haluaisimme tutustua? Diakoni Pekka (Seurakunnat)');
  await expect(page.getByRole('region', { name: 'Keneen haluaisimme tutustua?' })).toContainText('Diakoni Pekka (Seurakunnat)');
  await checkScreen(page, 'known partners');
  await backTo(page, meeting6);

  // The pitch: filled from the goal and the plan, read aloud whole, practised in pairs; offline too.
  await context.setOffline(true);
  await openExercise(page, /Hissipuhe/);
  await tap(page, /^1\. Keitä olemme\?/);
  await tap(page, 'Käytä ehdotusta');
  await tap(page, 'Seuraava kysymys');
  await expect(page.getByText(/Tanssi-ilta/).first()).toBeVisible();
  await tap(page, 'Käytä ehdotusta');
  await tap(page, 'Seuraava kysymys');
  // Question 3 is on screen before its answer is written: its field has the same name as question 2's.
  await expect(page.getByText('Kysymys 3 / 4')).toBeVisible();
  await page.getByLabel('Kirjoita vastaus').fill('Kukaan ei jää yksin.');
  await tap(page, 'Tallenna vastaus');
  await tap(page, 'Seuraava kysymys');
  await expect(page.getByText('Meiltä puuttuu vielä: Kaiutin.')).toBeVisible();
  await tap(page, 'Käytä ehdotusta');
  await checkScreen(page, 'pitch question');
  await tap(page, 'Takaisin kysymyksiin');
  await tap(page, 'Katso koko puhe');
  await reloadWhenSaved(page);
  const pitch = page.getByRole('main');
  await expect(page.getByRole('heading', { name: 'Meidän hissipuhe' })).toBeVisible();
  await expect(pitch).toContainText('Meitä ovat Anna ja Ben.');
  await expect(pitch).toContainText('Kukaan ei jää yksin.');
  await expect(pitch).toContainText('Kaiutin');
  await expect(page.getByRole('button', { name: 'Kuuntele koko puhe' })).toBeVisible();
  await checkScreen(page, 'whole pitch');
  await backTo(page, meeting6);
  await openExercise(page, /Hissipuhe/);
  await tap(page, 'Harjoittelemme pareittain');
  await expect(page.getByRole('heading', { name: 'Kysyjän vuoro' })).toBeVisible();
  await tap(page, 'Vastaajan vuoro');
  await expect(page.getByText('Meitä ovat Anna ja Ben.')).toBeVisible();
  await checkScreen(page, 'pair practice');
  await backTo(page, meeting6);

  // The learning café: the plan's four topics as tables; the missing speaker is on table 3.
  await openExercise(page, /Kumppanit kiertävät pöydissä/);
  const tools = page.getByRole('region', { name: 'Pöytä 3: Välineet ja tarvikkeet' });
  await expect(tools).toContainText('Kaiutin');
  await tools.getByLabel('Kirjoita kortti').fill('Kirjasto lainaa kaiuttimen');
  await tools.getByRole('button', { name: 'Lisää kortti' }).click();
  await expect(tools).toContainText('Kirjasto lainaa kaiuttimen');
  await checkScreen(page, 'learning café');
  await context.setOffline(false);
  await backTo(page, meeting6);
  await backTo(page, seededGroup);

  // Meeting 7: what we agree with the library's Liisa, and the memo of the talk.
  await openMeeting(page, 7, 'Sovimme kumppanin kanssa');
  await openExercise(page, /Sovimme kumppanin kanssa/);
  await tap(page, /^Kirjaston Liisa/);
  await page.getByLabel('Missä teemme tämän?').fill('Kirjaston kerhohuone');
  await page.getByLabel('Milloin teemme tämän?').fill('Lauantaina kello 12');
  await page.getByLabel('Uusi työ').fill('Tuolit paikoilleen');
  await tap(page, 'Lisää työ');
  await tap(page, 'Anna Tuolit paikoilleen');
  await tap(page, 'Ei, emme tarvitse rahaa');
  await checkScreen(page, 'agreement');
  await tap(page, 'Tallenna sopimus');
  const agreement = page.getByRole('article', { name: 'Kirjaston Liisa' });
  await expect(agreement).toContainText('Missä: Kirjaston kerhohuone');
  await expect(agreement).toContainText('Tekijät: Anna.');
  await backTo(page, meeting7);

  await openExercise(page, /^Muistio/);
  await tap(page, 'Uusi muistio');
  await page.getByLabel('Tapaamisen aihe').fill('Tapaaminen kirjastossa');
  await tap(page, 'Anna');
  await tap(page, 'Kirjaston Liisa');
  await page.getByLabel('Mistä puhuimme?').fill('Tanssi-illan paikasta');
  await page.getByLabel('Mitä sovimme?').fill('Saamme kerhohuoneen lauantaina');
  await tap(page, 'Lisää työ');
  await page.getByLabel('Työ 1').fill('Ben tekee julisteen');
  await page.getByRole('group', { name: 'Kuka tekee?' }).getByRole('button', { name: 'Ben' }).click();
  await page.getByLabel('Seuraava tapaaminen tai yhteydenotto').fill('Soitamme Liisalle maanantaina');
  await checkScreen(page, 'memo editor');
  await tap(page, 'Valmis');
  const memo = page.getByRole('article', { name: 'Tapaaminen kirjastossa' });
  await expect(memo).toContainText('Saamme kerhohuoneen lauantaina');
  await expect(memo).toContainText('Kirjaston Liisa');
  await checkScreen(page, 'memo');
  await backTo(page, meeting7);
  await backTo(page, seededGroup);

  // The memo is on the group's page and in the diary, after a reload too.
  await reloadWhenSaved(page);
  const memos = page.getByRole('region', { name: 'Muistiot' });
  await expect(memos.getByRole('link', { name: /^Tapaaminen kirjastossa/ })).toContainText('Tapaaminen 7');
  await page.getByRole('link', { name: 'Päiväkirja' }).click();
  await page.getByRole('article', { name: /^7\./ }).getByRole('link', { name: /^Tapaaminen kirjastossa/ }).click();
  await expect(page.getByRole('article', { name: 'Tapaaminen kirjastossa' })).toContainText('Ben tekee julisteen');
});
