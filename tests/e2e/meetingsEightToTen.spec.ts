// A group that did meetings 1–5 goes through meetings 8–10 on one tablet: strengths, who does what,
// the event day with the feedback kiosk (locked until the PIN), how it went, praise and certificates.
import { expect, test } from '@playwright/test';
import { openMeeting, reloadWhenSaved, savedAnswers, supportPin, tick, waitForOfflineReady } from './pages/app';
import { checkScreen } from './pages/checks';
import { backTo, openExercise, openSeededGroup, seededGroup, tap } from './pages/journey';
import { installQuickDeviceVoice } from './fakeSpeech';

// A quick device voice: these tests are not about reading aloud, so the app's own speech engine need not run.
test.beforeEach(({ page }) => installQuickDeviceVoice(page));

// Works offline: the service worker is needed here.
test.use({ serviceWorkers: 'allow' });

test('meetings 8–10: skills, tasks, the event day with the locked feedback kiosk, praise and certificates', async ({ page, context }) => {
  test.setTimeout(240_000);
  await openSeededGroup(page);
  await waitForOfflineReady(page);

  // Meeting 8: acting a task out, the strengths map, and who does what.
  await openMeeting(page, 8, 'Työnjako selväksi');
  await openExercise(page, /Näyttelemme tilanteita/);
  await tap(page, /^Tarjoilemme kahvit\./);
  await page.getByRole('region', { name: 'Meni pieleen' }).getByLabel('Kirjoita, mikä meni pieleen').fill('Kahvi loppui kesken');
  await page.getByRole('region', { name: 'Meni pieleen' }).getByRole('button', { name: 'Lisää' }).click();
  await expect(page.getByText('Kahvi loppui kesken')).toBeVisible();
  await checkScreen(page, 'situation card');
  await tap(page, 'Mietimme, mikä auttaa');
  await tick(page, 'Teemme listan tarvikkeista.');
  await expect(page.getByRole('checkbox', { name: 'Teemme listan tarvikkeista.' })).toBeChecked();
  await backTo(page, '8. Työnjako selväksi');

  await openExercise(page, /Vahvuus- ja taitokartta/);
  await tap(page, /^Anna/);
  await tap(page, 'Keittiötaidot');
  await expect(page.getByRole('button', { name: 'Keittiötaidot', pressed: true })).toBeVisible();
  await tap(page, 'Valmis');
  await tap(page, /^Ben/);
  await tap(page, 'Rohkeus');
  await expect(page.getByRole('button', { name: 'Rohkeus', pressed: true })).toBeVisible();
  // Ben's own strength: the field waits behind the last tile, and what he adds is his at once.
  await expect(page.getByLabel('Jokin muu, mitä osaat')).toHaveCount(0);
  await tap(page, 'Jokin muu');
  await page.getByLabel('Jokin muu, mitä osaat').fill('Kukkien hoito');
  await tap(page, 'Lisää vahvuus');
  await expect(page.getByRole('button', { name: 'Kukkien hoito', pressed: true })).toBeVisible();
  await tap(page, 'Valmis');
  await tap(page, 'Katso porukan kartta');
  await expect(page.getByRole('heading', { name: 'Porukan vahvuudet ja taidot' })).toBeVisible();
  await expect(page.locator('.skill-map__row', { hasText: 'Kukkien hoito' })).toContainText('Ben');
  await checkScreen(page, 'skills map');
  await backTo(page, '8. Työnjako selväksi');

  await openExercise(page, /Työnjako/);
  await tap(page, 'Lisää työ');
  await tap(page, 'Kahvitarjoilu');
  await expect(page.getByRole('button', { name: 'Keittiötaidot', pressed: true })).toBeVisible();
  await tap(page, 'Seuraava');
  // Anna has the kitchen skills the task needs: she is suggested first.
  const suggested = page.getByRole('region', { name: 'Ehdotus: he osaavat tätä' });
  await suggested.getByRole('button', { name: /^Anna/ }).click();
  await expect(page.getByRole('button', { name: /^Anna tekee tämän/, pressed: true })).toBeVisible();
  await checkScreen(page, 'task table: who');
  await tap(page, 'Seuraava');
  await tap(page, 'Valmis');
  await expect(page.getByRole('article', { name: 'Työ 1' })).toContainText('Kahvitarjoilu');
  await backTo(page, '8. Työnjako selväksi');
  await backTo(page, seededGroup);

  // Meeting 9, the event day: the tasks as a checklist with their people, offline in the park.
  await context.setOffline(true);
  await openMeeting(page, 9, 'Tapahtumahetkellä');
  await openExercise(page, /Tapahtumapäivä|Tapahtumapäivän/);
  await expect(page.getByText('0 / 1 valmiina')).toBeVisible();
  await tap(page, 'Valmis Kahvitarjoilu');
  await expect(page.getByRole('button', { name: 'Valmis Kahvitarjoilu', pressed: true })).toBeVisible();
  await expect(page.getByText('Kaikki työt ovat valmiita. Hienoa!')).toBeVisible();
  // The screen shows a tap at once; the reload waits until it is on disk (a busy machine once reloaded first).
  await expect.poll(async () => (await savedAnswers(page, 'm09-event-day')).filter((a) => a.type === 'tick').map((a) => a.data)).toEqual([{ ticked: true }]);
  await reloadWhenSaved(page);
  await expect(page.getByText('Kaikki työt ovat valmiita. Hienoa!')).toBeVisible();
  await checkScreen(page, 'event day');
  await backTo(page, '9. Tapahtumahetkellä');

  // The feedback kiosk: visitors answer; nothing takes them out, not even a reload or another address.
  await openExercise(page, /Palautekysely/);
  await tap(page, 'Aloita kysely');
  await expect(page.getByRole('group', { name: 'Oliko sinulla mukavaa?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tukihenkilölle' })).toHaveCount(0);
  await checkScreen(page, 'kiosk');
  // A face stays picked (another tap would change it); "Seuraava" goes on.
  await tap(page, 'Kyllä');
  await expect(page.getByRole('button', { name: 'Kyllä', pressed: true })).toBeVisible();
  await tap(page, 'Seuraava');
  await tap(page, 'Musiikki');
  await tap(page, 'Seuraava');
  await tap(page, 'Ohita');
  await page.getByLabel('Kirjoita tähän').fill('Kiva päivä!');
  await tap(page, 'Valmis');
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  await tap(page, 'Seuraava vastaaja');
  await tap(page, 'Ei');
  await tap(page, 'Seuraava');
  await expect(page.getByText('Mikä oli mukavaa?')).toBeVisible();
  // The back button (the browser's or the tablet's), pressed again and again, keeps the visitor on their
  // question: not the meeting's page, not the first visitor's answers, no support-person tools.
  const question = page.url();
  for (let n = 0; n < 3; n += 1) {
    await page.goBack();
    await expect(page).toHaveURL(question);
    await expect(page.getByText('Mikä oli mukavaa?')).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: '9. Tapahtumahetkellä' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Musiikki', pressed: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tukihenkilölle' })).toHaveCount(0);
  await reloadWhenSaved(page);
  await expect(page.getByText('Mikä oli mukavaa?')).toBeVisible();
  await page.goto(page.url().replace(/#.*/, '#/settings'));
  await expect(page.getByRole('group', { name: 'Oliko sinulla mukavaa?' }).or(page.getByText('Mikä oli mukavaa?'))).toBeVisible();
  // A wrong PIN keeps the kiosk; the right one ends it and shows the summary.
  await tap(page, 'Lopeta kysely');
  await page.getByRole('dialog').getByLabel('PIN-koodi', { exact: true }).fill('0000');
  await page.getByRole('dialog').getByRole('button', { name: 'Avaa', exact: true }).click();
  await expect(page.getByText('Väärä PIN-koodi. Kokeile uudelleen.')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Peru' }).click();
  await expect(page.getByRole('button', { name: 'Lopeta kysely' })).toBeVisible();
  await tap(page, 'Lopeta kysely');
  await page.getByRole('dialog').getByLabel('PIN-koodi', { exact: true }).fill(supportPin);
  await page.getByRole('dialog').getByRole('button', { name: 'Avaa', exact: true }).click();
  await expect(page.getByText('2 ihmistä vastasi.')).toBeVisible();
  await expect(page.getByText('Kyllä: 1')).toBeVisible();
  await expect(page.getByText('Ei: 1')).toBeVisible();
  await expect(page.locator('[data-sentence]', { hasText: 'Kiva päivä!' })).toBeVisible();
  await checkScreen(page, 'feedback summary');
  await page.getByRole('button', { name: 'Lukitse', exact: true }).click();
  await context.setOffline(false);
  await backTo(page, '9. Tapahtumahetkellä');
  await backTo(page, seededGroup);

  // Meeting 10: how it went, praise, and each participant's certificate from the journey.
  await openMeeting(page, 10, 'Me teimme sen!');
  await openExercise(page, /Miten meillä meni/);
  await tap(page, 'Aloita');
  await expect(page.getByText('Kysymys 1 / 6')).toBeVisible();
  await tap(page, /^Anna/);
  await tap(page, 'Hyvä mieli');
  await tap(page, 'Kahvit');
  await expect(page.getByRole('button', { name: 'Kahvit', pressed: true })).toBeVisible();
  await tap(page, 'Valmis');
  await tap(page, 'Katsomme yhdessä');
  await expect(page.getByRole('article', { name: 'Anna' })).toBeVisible();
  await checkScreen(page, 'question round together');
  await backTo(page, '10. Me teimme sen!');

  await openExercise(page, /Onnistuja/);
  await tap(page, /^Anna/);
  await expect(page.getByRole('heading', { level: 2, name: 'Onnistuja!' })).toBeVisible();
  await tap(page, /^Ben/);
  await tap(page, 'Olit rohkea.');
  await expect(page.getByRole('button', { name: 'Olit rohkea.', pressed: true })).toBeVisible();
  await tap(page, 'Valmis');
  const praised = page.getByRole('region', { name: 'Anna sai nämä kehut' });
  await expect(praised).toContainText('Olit rohkea.');
  await expect(praised).toContainText('Ben kehui');
  await checkScreen(page, 'praise');
  await backTo(page, '10. Me teimme sen!');

  await openExercise(page, /Todistus/);
  const annas = page.getByRole('article', { name: 'Todistus: Anna' });
  await expect(annas).toContainText('Kahvitarjoilu');
  await expect(annas).toContainText('Keittiötaidot');
  await expect(annas).toContainText('Kirjasto');
  await expect(page.getByRole('article', { name: 'Todistus: Ben' })).toBeVisible();
  await checkScreen(page, 'certificates');
  await tap(page, 'Muokkaa todistusta');
  const achievements = page.getByLabel('Mitä porukka sai aikaan? Yksi asia yhdelle riville.');
  // The editor opens filled with what the card shows; the new line goes after it.
  await expect(achievements).toHaveValue(/Kahvitarjoilu/);
  await achievements.fill(`${await achievements.inputValue()}\nJuhlissa kävi 40 naapuria`);
  await tap(page, 'Tallenna');
  await expect(annas).toContainText('Juhlissa kävi 40 naapuria');
  await reloadWhenSaved(page);
  await expect(annas).toContainText('Juhlissa kävi 40 naapuria');
});
