// Every screen of the slice: axe finds nothing, every target is at least 64 px, and the three fixed
// controls (back/home, read aloud, help) are in the same place everywhere.
import { axeViolations, checkScreen as checkEveryScreen } from './pages/checks';
import { expect, test, type Page } from '@playwright/test';
import { addMember, createGroup, openMeeting, openStart, vote } from './pages/app';
import { installQuickDeviceVoice } from './fakeSpeech';

// A quick device voice: these tests are not about reading aloud, so the app's own speech engine need not run.
test.beforeEach(({ page }) => installQuickDeviceVoice(page));

interface Place {
  readonly x: number;
  readonly y: number;
}

/**
 * The screen checks, then the three fixed controls: each where it was on the first screen that had it
 * (the back link is wider when it says "Takaisin" than "Alkuun", so only its corner is compared). The
 * places seen are kept per test run (a retry starts afresh), and the place is polled: a screen still
 * settling is waited for, a control that stays elsewhere fails.
 */
function screenChecker(page: Page) {
  const firstPlace = new Map<string, Place>();
  const screensChecked: string[] = [];
  const check = async (label: string, { hasBack = true } = {}): Promise<void> => {
    await checkEveryScreen(page, label);
    screensChecked.push(label);
    await page.evaluate(() => window.scrollTo(0, 0));
    const banner = page.getByRole('banner');
    // The start screen has no back link; every other screen has one.
    if (!hasBack) await expect(banner.getByRole('link'), `${label}: no back link`).toHaveCount(0);
    const controls = [
      ...(hasBack ? [{ name: 'back', control: banner.getByRole('link').first() }] : []),
      { name: 'read aloud', control: banner.getByRole('button', { name: 'Kuuntele' }) },
      { name: 'help', control: banner.getByRole('button', { name: 'Apua' }) },
    ];
    for (const { name, control } of controls) {
      await expect(control, `${label}: ${name}`).toBeVisible();
      const placeNow = async (): Promise<Place | null> => {
        const box = await control.boundingBox();
        return box && { x: box.x, y: box.y };
      };
      const first = firstPlace.get(name);
      if (first) await expect.poll(placeNow, `${label}: ${name} stays in one place`).toEqual(first);
      else firstPlace.set(name, (await placeNow())!);
    }
  };
  return { check, screensChecked, firstPlace };
}

test('every screen passes axe, has 64 px targets and the same three fixed controls', async ({ page }) => {
  // Some 25 screens with axe each: on a busy 2-core machine this takes over 2 minutes.
  test.setTimeout(180_000);
  const { check: checkScreen, screensChecked, firstPlace } = screenChecker(page);
  await openStart(page);
  await checkScreen('start, empty', { hasBack: false });
  await page.getByRole('button', { name: 'Apua' }).click();
  await checkScreen('help dialog', { hasBack: false });
  await page.getByRole('dialog').getByRole('button', { name: 'Sulje' }).click();

  await createGroup(page, 'Saavutettava porukka', 'Kirjasto');
  await checkScreen('members, empty');
  await page.getByRole('link', { name: 'Lisää jäsen' }).click();
  await checkScreen('new member');
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await addMember(page, { name: 'Anna' });
  await addMember(page, { name: 'Ben', role: 'Vertaistukihenkilö' });
  await page.getByRole('button', { name: 'Poista Ben' }).click();
  await checkScreen('members, with the undo notice');
  await page.getByRole('button', { name: 'Peru poisto' }).click();
  await page.getByRole('link', { name: 'Muokkaa Anna' }).click();
  await checkScreen('edit member');
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await page.getByRole('link', { name: 'Valmis' }).click();
  await checkScreen('group');
  await page.getByRole('link', { name: 'Muokkaa porukkaa' }).click();
  await checkScreen('edit group');
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await page.getByRole('link', { name: 'Muokkaa sääntöjä' }).click();
  await checkScreen('rules, none yet');
  await page.getByRole('link', { name: 'Takaisin' }).click();

  await openMeeting(page, 2, 'Minä ja me');
  await checkScreen('meeting');
  await page.getByRole('link', { name: 'Merkitse pidetyksi' }).click();
  await checkScreen('meeting held');
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await page.getByRole('link', { name: /Avaimet kertovat/ }).click();
  await checkScreen('picture story');
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await page.getByRole('link', { name: /Yhtä mieltä\?/ }).click();
  await checkScreen('statement');
  await page.getByRole('button', { name: /^Anna/ }).click();
  await checkScreen('vote turn');
  await page.getByRole('button', { name: 'Kyllä, olen samaa mieltä' }).click();
  await checkScreen('vote turn, thumb chosen');
  await page.locator('.turn').getByRole('button', { name: 'Valmis' }).click();
  await vote(page, 'Ben', 'yes');
  await checkScreen('votes shown together');
  // Ten statements on: each tap waits until the next statement is shown.
  const stepCount = page.locator('.step-count');
  for (let n = 2; n <= 11; n += 1) {
    await page.getByRole('button', { name: 'Seuraava väite' }).click();
    await expect(stepCount).toHaveText(new RegExp(`^Väite ${n} / \\d+$`));
  }
  await page.getByRole('button', { name: 'Katso tulokset' }).click();
  await checkScreen('results');
  await page.getByRole('button', { name: 'Tee tästä sääntö' }).click();
  await checkScreen('results with a rule made');
  await page.getByRole('link', { name: 'Katso säännöt' }).click();
  await checkScreen('rules');
  await page.getByRole('button', { name: /^Muokkaa/ }).first().click();
  await checkScreen('rule being edited');

  await page.goto(page.url().replace(/\/rules$/, '/m/m01/e/m01-what-is'));
  await checkScreen('info exercise');
  await page.goto(page.url().replace(/\/m\/m01\/e\/m01-what-is$/, '/m/m10/e/m10-celebrate'));
  await checkScreen('checklist exercise');
  // The settings say whether the browser promised to keep the data: first it has not, then it has
  // (the browser's answer is set here, so each wording is seen; the app moves by address, same page).
  const browserKeepsData = (kept: boolean) =>
    page.evaluate((answer) => {
      Object.defineProperty(navigator.storage, 'persisted', { value: async () => answer, configurable: true });
    }, kept);
  await browserKeepsData(false);
  await page.goto('/#/settings');
  await checkScreen('settings');
  await expect(page.getByText(/^Selain voi poistaa tiedot, jos tabletin muisti loppuu\./)).toBeVisible();
  await expect(page.getByText('Tiedot on tallennettu pysyvästi tähän tablettiin.')).toHaveCount(0);
  await page.goto('/#/');
  await browserKeepsData(true);
  await page.goto('/#/settings');
  await expect(page.getByText('Tiedot on tallennettu pysyvästi tähän tablettiin.')).toBeVisible();
  await expect(page.getByText(/^Selain voi poistaa tiedot, jos tabletin muisti loppuu\./)).toHaveCount(0);
  await page.goto('/#/nowhere');
  await checkScreen('not found');
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Porukka!' })).toBeVisible();
  expect(await axeViolations(page), 'start in Swedish').toEqual([]);

  // Every control was seen (and compared on each screen after its first).
  expect([...firstPlace.keys()].sort()).toEqual(['back', 'help', 'read aloud']);
  expect(screensChecked.length).toBeGreaterThan(20);
});
