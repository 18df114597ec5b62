// Drawing (issue 15.3): a wish card drawn with the mouse — strokes, a colour, one stroke undone —
// is on the card, still there after a reload, and in the group file imported on a fresh tablet.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { installFakeSpeech } from './fakeSpeech';
import { reloadWhenSaved, setUpGroup } from './pages/app';
import { checkScreen } from './pages/checks';
import { exportFile, importFile } from './pages/transfer';

// Screenshots of the pad at three sizes for a person to look at, only when asked for (SHOTS_DIR=…).
const shotsDir = process.env['SHOTS_DIR'];

/** One stroke with the mouse, from one point of the pad to another (fractions of its size). */
async function drawLine(page: Page, pad: Locator, from: readonly [number, number], to: readonly [number, number]): Promise<void> {
  const box = (await pad.boundingBox())!;
  const at = ([x, y]: readonly [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at([(from[0] + to[0]) / 2, (from[1] + to[1]) / 2]), { steps: 4 });
  await page.mouse.move(...at(to), { steps: 4 });
  await page.mouse.up();
}

/** The drawing on a card has loaded as a picture. */
async function expectDrawing(card: Locator): Promise<void> {
  const img = card.getByRole('img', { name: 'Piirros' });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
}

/** The colour of the saved drawing at a point (fractions of its size), read from the card's picture. */
const colourAt = (card: Locator, x: number, y: number) =>
  card.getByRole('img', { name: 'Piirros' }).evaluate(
    (el: HTMLImageElement, [px, py]) => {
      const canvas = document.createElement('canvas');
      canvas.width = el.naturalWidth;
      canvas.height = el.naturalHeight;
      const paper = canvas.getContext('2d')!;
      paper.drawImage(el, 0, 0);
      return Array.from(paper.getImageData(Math.round(px! * el.naturalWidth), Math.round(py! * el.naturalHeight), 1, 1).data.slice(0, 3));
    },
    [x, y],
  );

test('a drawing made with the mouse is on the card after a reload and on a fresh tablet', async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  await installFakeSpeech(page, ['fi-FI']);
  await setUpGroup(page, 'Piirtoporukka', [{ name: 'Anna' }]);
  const group = page.url();
  const board = `${group}/m/m04/e/m04-idea-storm`;
  await page.goto(board);
  // The wish card's last screen: own words, voice, photo and drawing.
  for (let n = 0; n < 4; n++) await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(page.getByRole('group', { name: 'Voit vielä kirjoittaa, puhua, piirtää tai ottaa kuvan.' })).toBeVisible();
  await page.getByRole('button', { name: 'Piirrä', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Piirrä sormella.' });
  const pad = dialog.getByRole('img', { name: 'Piirrä tähän.' });
  await expect(pad).toBeVisible();
  expect((await pad.boundingBox())!.height).toBeGreaterThanOrEqual(300);
  await checkScreen(page, 'drawing pad');
  // Black across the top, red down the middle, then a blue line that is undone.
  await drawLine(page, pad, [0.1, 0.2], [0.9, 0.2]);
  await dialog.getByRole('button', { name: 'Punainen' }).click();
  await expect(dialog.getByRole('button', { name: 'Punainen' })).toHaveAttribute('aria-pressed', 'true');
  await drawLine(page, pad, [0.5, 0.3], [0.5, 0.9]);
  await dialog.getByRole('button', { name: 'Sininen' }).click();
  await drawLine(page, pad, [0.1, 0.6], [0.9, 0.6]);
  await dialog.getByRole('button', { name: 'Kumoa' }).click();
  if (shotsDir) {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 800, height: 1280 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await expect(pad).toBeVisible();
      await page.screenshot({ path: `${shotsDir}/pad-${size.width}x${size.height}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await dialog.getByRole('button', { name: 'Valmis' }).click();
  await expect(dialog).toBeHidden();

  // The form's preview shows the drawing; the card is added with it.
  await expectDrawing(page.getByRole('complementary', { name: 'Sinun korttisi' }));
  await page.getByRole('button', { name: 'Lisää kortti' }).click();
  const card = page.locator('.board-card').first();
  await expectDrawing(card);
  // The strokes are in the picture: black on top, red in the middle, the undone blue line is paper.
  const dark = await colourAt(card, 0.3, 0.2);
  expect(Math.max(...dark)).toBeLessThan(80);
  const red = await colourAt(card, 0.5, 0.8);
  expect(red[0]).toBeGreaterThan(150);
  expect(red[2]).toBeLessThan(100);
  expect(Math.min(...(await colourAt(card, 0.25, 0.6)))).toBeGreaterThan(230);
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/card.png` });

  await reloadWhenSaved(page);
  await expectDrawing(page.locator('.board-card').first());

  // The group file carries the drawing to a fresh tablet.
  await page.goto(group);
  await page.getByRole('link', { name: 'Vie porukka tiedostoon' }).first().click();
  const file = await exportFile(page);
  const fresh = await browser.newContext({ baseURL: baseURL!, viewport: { width: 1280, height: 800 }, locale: 'fi-FI', acceptDownloads: true });
  const other = await fresh.newPage();
  await installFakeSpeech(other, ['fi-FI']);
  await importFile(other, file);
  await other.goto(board.replace(/^.*#/, '/#'));
  await expectDrawing(other.locator('.board-card').first());
  await fresh.close();
});
