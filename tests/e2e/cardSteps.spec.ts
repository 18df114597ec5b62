// Ideariihi's wish card in small steps at two tablet sizes and a phone: each question's screen shows
// its choices and the way on without scrolling; "Lisää kortti" marks the new card in view.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { installFakeSpeech, spokenTexts } from './fakeSpeech';
import { setUpGroup } from './pages/app';
import { lookShot } from './pages/shots';

const sizes = [
  { name: 'landscape', width: 1280, height: 800, isTablet: true },
  { name: 'portrait', width: 800, height: 1280, isTablet: true },
  { name: 'phone', width: 390, height: 844, isTablet: false },
] as const;

const questions = ['Mitä haluaisit tehdä?', 'Missä?', 'Kenen kanssa?', 'Miksi?', 'Voit vielä kirjoittaa, puhua, piirtää tai ottaa kuvan.'];

/** Whether the element lies wholly inside the window, below the sticky top bar. */
async function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const bar = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const box = el.getBoundingClientRect();
    return box.top >= bar - 1 && box.left >= -1 && box.bottom <= window.innerHeight + 1 && box.right <= window.innerWidth + 1;
  });
}

async function expectInView(locator: Locator, what: string): Promise<void> {
  await expect.poll(() => inView(locator), { message: what }).toBe(true);
}

// Screenshots for review (not committed); SHOTS_DIR puts them elsewhere.
const shotsDir = process.env['SHOTS_DIR'] ?? 'test-results/card-steps';
const shot = (page: Page, name: string) => lookShot(page, `${shotsDir}/${name}.png`);

for (const size of sizes) {
  test(`the wish card's questions fit one screen (${size.name} ${size.width}×${size.height})`, async ({ page }) => {
    test.setTimeout(90_000);
    await installFakeSpeech(page, ['fi-FI']);
    await setUpGroup(page, `Korttiporukka ${size.name}`, [{ name: 'Anna' }]);
    const group = page.url();
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(`${group}/m/m04/e/m04-idea-storm`);
    await expect(page.locator('.loading')).toHaveCount(0);
    await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    // The participant scrolls down to the form.
    await page.locator('form.card-form').evaluate((el) => el.scrollIntoView({ block: 'start' }));

    for (const [n, question] of questions.entries()) {
      const step = page.getByRole('group', { name: question });
      await expect(step).toBeVisible();
      // A new question is read aloud as it opens.
      if (n > 0) await expect.poll(async () => (await spokenTexts(page)).map((u) => u.text)).toContain(question);
      await shot(page, `${size.name}-${n + 1}`);
      const way = n < questions.length - 1 ? page.getByRole('button', { name: 'Seuraava' }) : page.getByRole('button', { name: 'Lisää kortti' });
      if (size.isTablet) await expectInView(step.locator('.card-form__question'), `${question}: the question`);
      for (const choice of await step.locator('.picture-choices .big-button').all()) await expectInView(choice, `${question}: ${await choice.textContent()}`);
      await expectInView(way, `${question}: the way on`);
      if (n === 0) await page.getByRole('button', { name: 'Tanssia' }).click();
      if (n === 1) await step.getByLabel('Tai kirjoita vastaus').fill('Supermegahyperjättiläinen nuorisotalo');
      if (n < questions.length - 1) await way.click();
    }
    // The preview shows the answers so far; nothing is wider than the screen.
    await expect(page.getByRole('complementary', { name: 'Sinun korttisi' })).toContainText('Tanssia');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await page.getByRole('button', { name: 'Lisää kortti' }).click();
    const added = page.locator('.board-card.is-new');
    await expect(added).toContainText('Uusi kortti');
    await expect(added).toContainText('Supermegahyperjättiläinen nuorisotalo');
    await expectInView(added.locator('.badge--new'), 'the new card’s mark');
    await expect(page.locator('.board-card')).toHaveCount(1);
    await shot(page, `${size.name}-added`);
  });
}
