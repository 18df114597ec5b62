// A support person plans a meeting, locks the tablet for the group, and the group's diary then shows
// the meeting: the day, who came, the photo, what was done and decided, and when they meet next.
import { expect, test } from '@playwright/test';
import { lockSupport, openMeeting, reloadWhenSaved, setUpGroup, tick, unlockSupport, waitForOfflineReady } from './pages/app';
import { checkScreen } from './pages/checks';
import { cameraPhoto } from './pages/media';
import { installFakeSpeech } from './fakeSpeech';

// The device voice is a stand-in: the app's own offline voice (a speech engine in a worker) is not what this is about.
test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']));

// Works offline: the service worker is needed here.
test.use({ serviceWorkers: 'allow' });

/** A day a week from now, as the date field wants it and as the screen says it. */
function nextWeek(): { iso: string; finnish: string } {
  const day = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  return { iso, finnish: `${day.getDate()}.${day.getMonth() + 1}.${day.getFullYear()}` };
}

test('a planned meeting shows today\'s exercises; the diary shows its photo, rules and next meeting, offline too', async ({ page, context }) => {
  test.setTimeout(90_000);
  await setUpGroup(page, 'Päiväkirjaporukka', [{ name: 'Anna' }, { name: 'Ben' }, { name: 'Tiina', role: 'Tukihenkilö' }]);
  const groupUrl = page.url();
  await waitForOfflineReady(page);
  await page.getByRole('link', { name: 'Päiväkirja' }).click();
  await expect(page.getByText('Päiväkirjassa ei ole vielä mitään.', { exact: false })).toBeVisible();
  await checkScreen(page, 'diary, empty');
  await page.goto(groupUrl);

  // The plan: today's exercise, what to bring, the checklist, and when the group meets next.
  await openMeeting(page, 2, 'Minä ja me');
  await page.getByRole('link', { name: 'Suunnitelma ja muistilista' }).click();
  await tick(page, 'Avaimet kertovat');
  await tick(page, 'Kahvia ja jotain syötävää');
  await tick(page, 'Pyydä kaikkia ottamaan omat avaimet mukaan.');
  const next = nextWeek();
  const nextMeeting = page.getByRole('region', { name: 'Seuraava tapaaminen' });
  await nextMeeting.getByLabel('Päivä').fill(next.iso);
  await nextMeeting.getByLabel('Kellonaika').fill('14:00');
  await nextMeeting.getByLabel('Paikka').fill('Kirjaston kerhohuone');
  await nextMeeting.getByRole('button', { name: 'Tallenna' }).click();
  await expect(nextMeeting.getByText('Tallennettu.')).toBeVisible();
  await checkScreen(page, 'plan');
  await reloadWhenSaved(page);
  await expect(page.getByRole('checkbox', { name: 'Avaimet kertovat' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Kahvia ja jotain syötävää' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Seuraava tapaaminen' }).getByLabel('Paikka')).toHaveValue('Kirjaston kerhohuone');

  // "Lock and start": the group gets the tablet in participant mode, today's exercise first.
  await page.getByRole('button', { name: 'Lukitse ja aloita tapaaminen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '2. Minä ja me' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tukihenkilölle' })).toBeVisible();
  const today = page.getByRole('region', { name: 'Tänään teemme' });
  await expect(today.locator('.exercise-card')).toHaveCount(1);
  await today.getByRole('link', { name: /Avaimet kertovat/ }).click();
  await page.getByRole('button', { name: /^Anna/ }).click();
  await page.getByLabel('Ota kuva tai valitse kuva').setInputFiles(await cameraPhoto(page));
  await expect(page.locator('img[alt="Kuva, jonka Anna otti"]')).toBeVisible();
  await page.getByRole('button', { name: 'Valmis' }).click();

  // The support person marks the meeting held (Ben was away) and adds a rule.
  await unlockSupport(page);
  await page.goto(`${groupUrl}/m/m02/held`);
  await page.getByRole('button', { name: /^Ben/ }).click();
  await page.getByRole('button', { name: 'Tallenna' }).click();
  // Saving goes back to the meeting; wait for it, so it does not come after the next address.
  await expect(page).toHaveURL(/\/m\/m02$/);
  await page.goto(`${groupUrl}/rules`);
  await page.getByLabel('Uusi sääntö').fill('Kuunnellaan toisia.');
  await page.getByRole('button', { name: 'Lisää sääntö' }).click();
  await lockSupport(page);

  // Everyone sees when the group meets next, and the diary in pictures.
  await page.goto(groupUrl);
  await expect(page.getByRole('main')).toContainText(`Seuraavan kerran tapaamme`);
  await expect(page.getByRole('main')).toContainText(`${next.finnish} kello 14. Paikka on Kirjaston kerhohuone.`);
  await context.setOffline(true);
  await reloadWhenSaved(page);
  await page.getByRole('link', { name: 'Päiväkirja' }).click();
  const diaryPage = page.getByRole('article', { name: '2. Minä ja me' });
  await expect(diaryPage).toContainText(/Pidimme tapaamisen .*\d/);
  await expect(diaryPage.locator('.avatar__name')).toHaveText(['Anna', 'Tiina']);
  const photo = diaryPage.locator('img[alt="Kuva 1 tapaamisesta 2"]');
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
  await expect(diaryPage.locator('.diary-chip', { hasText: 'Avaimet kertovat' })).toBeVisible();
  await expect(diaryPage.locator('.rule', { hasText: 'Kuunnellaan toisia.' })).toBeVisible();
  await expect(diaryPage).toContainText('Kirjaston kerhohuone');
  await expect(diaryPage.getByRole('button', { name: 'Kuuntele' })).toBeVisible();
  await checkScreen(page, 'diary');
});
