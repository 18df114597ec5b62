// Every screen of the slice: axe finds nothing, every target is at least 64 px, and the three fixed
// controls (back/home, read aloud, help) are in the same place everywhere.
import AxeBuilder from '@axe-core/playwright';
import { checkScreen as checkEveryScreen } from './pages/checks';
import { expect, test, type Page } from '@playwright/test';
import { addMember, createGroup, openMeeting, openStart, vote } from './pages/app';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const fixedControls: { readonly name: string; readonly boxes: Box[] }[] = [];
const screensChecked: string[] = [];

async function checkScreen(page: Page, label: string): Promise<void> {
  await checkEveryScreen(page, label);
  screensChecked.push(label);
  await page.evaluate(() => window.scrollTo(0, 0));
  const banner = page.getByRole('banner');
  const controls = [banner.getByRole('link').first(), banner.getByRole('button', { name: 'Kuuntele' }), banner.getByRole('button', { name: 'Apua' })];
  for (const [i, control] of controls.entries()) {
    if (i === 0 && (await banner.getByRole('link').count()) === 0) continue; // the start screen has no back
    const box = (await control.boundingBox())!;
    const name = ['back', 'read aloud', 'help'][i]!;
    const seen = fixedControls.find((c) => c.name === name);
    if (seen) seen.boxes.push(box);
    else fixedControls.push({ name, boxes: [box] });
  }
}

test('every screen passes axe, has 64 px targets and the same three fixed controls', async ({ page }) => {
  test.setTimeout(120_000);
  await openStart(page);
  await checkScreen(page, 'start, empty');
  await page.getByRole('button', { name: 'Apua' }).click();
  await checkScreen(page, 'help dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Sulje' }).click();

  await createGroup(page, 'Saavutettava porukka', 'Kirjasto');
  await checkScreen(page, 'members, empty');
  await page.getByRole('link', { name: 'Lisää jäsen' }).click();
  await checkScreen(page, 'new member');
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await addMember(page, { name: 'Anna' });
  await addMember(page, { name: 'Ben', role: 'Vertaistukihenkilö' });
  await page.getByRole('button', { name: 'Poista Ben' }).click();
  await checkScreen(page, 'members, with the undo notice');
  await page.getByRole('button', { name: 'Peru poisto' }).click();
  await page.getByRole('link', { name: 'Muokkaa Anna' }).click();
  await checkScreen(page, 'edit member');
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await page.getByRole('link', { name: 'Valmis' }).click();
  await checkScreen(page, 'group');
  await page.getByRole('link', { name: 'Muokkaa porukkaa' }).click();
  await checkScreen(page, 'edit group');
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await page.getByRole('link', { name: 'Muokkaa sääntöjä' }).click();
  await checkScreen(page, 'rules, none yet');
  await page.getByRole('link', { name: 'Takaisin' }).click();

  await openMeeting(page, 2, 'Minä ja me');
  await checkScreen(page, 'meeting');
  await page.getByRole('link', { name: 'Merkitse pidetyksi' }).click();
  await checkScreen(page, 'meeting held');
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await page.getByRole('link', { name: /Avaimet kertovat/ }).click();
  await checkScreen(page, 'picture story');
  await page.getByRole('link', { name: 'Takaisin' }).click();
  await page.getByRole('link', { name: /Yhtä mieltä\?/ }).click();
  await checkScreen(page, 'statement');
  await page.getByRole('button', { name: /^Anna/ }).click();
  await checkScreen(page, 'vote turn');
  await page.getByRole('button', { name: 'Kyllä, olen samaa mieltä' }).click();
  await checkScreen(page, 'vote turn, thumb chosen');
  await page.locator('.turn').getByRole('button', { name: 'Valmis' }).click();
  await vote(page, 'Ben', 'yes');
  await checkScreen(page, 'votes shown together');
  for (let n = 2; n <= 11; n += 1) await page.getByRole('button', { name: 'Seuraava väite' }).click();
  await page.getByRole('button', { name: 'Katso tulokset' }).click();
  await checkScreen(page, 'results');
  await page.getByRole('button', { name: 'Tee tästä sääntö' }).click();
  await checkScreen(page, 'results with a rule made');
  await page.getByRole('link', { name: 'Katso säännöt' }).click();
  await checkScreen(page, 'rules');
  await page.getByRole('button', { name: /^Muokkaa/ }).first().click();
  await checkScreen(page, 'rule being edited');

  await page.goto(page.url().replace(/\/rules$/, '/m/m01/e/m01-what-is'));
  await checkScreen(page, 'info exercise');
  await page.goto(page.url().replace(/\/m\/m01\/e\/m01-what-is$/, '/m/m10/e/m10-celebrate'));
  await checkScreen(page, 'checklist exercise');
  await page.goto('/#/settings');
  await checkScreen(page, 'settings');
  // The settings say whether the browser promised to keep the data, as the browser itself reports it.
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(page.getByText(persisted ? 'Tiedot on tallennettu pysyvästi tähän tablettiin.' : /^Selain voi poistaa tiedot, jos tabletin muisti loppuu\./)).toBeVisible();
  await page.goto('/#/nowhere');
  await checkScreen(page, 'not found');
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Porukka!' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id), 'start in Swedish').toEqual([]);

  for (const control of fixedControls) {
    const [first, ...rest] = control.boxes;
    // Same place on every screen (the back link is wider when it says "Takaisin" than "Alkuun").
    for (const box of rest) expect({ x: box.x, y: box.y }, `${control.name} stays in one place`).toEqual({ x: first!.x, y: first!.y });
  }
  // Every screen has all three; the start screen (twice: with and without help open) has no back link.
  const screens = screensChecked.length;
  expect(Object.fromEntries(fixedControls.map((c) => [c.name, c.boxes.length]))).toEqual({ back: screens - 2, 'read aloud': screens, help: screens });
});
