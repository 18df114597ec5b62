// Faces the group knows (issue 12 §3): a support person gives a member their own photo; the vote turn
// and the results show it; a memo PDF holds it only with the member's photo consent; the group file
// carries it to a fresh tablet, and a photo taken away does not travel.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openMeeting, setUpGroup, vote } from './pages/app';
import { backTo, openExercise, tap } from './pages/journey';
import { cameraPhoto } from './pages/media';
import { exportFile, pickFile } from './pages/transfer';
import { installQuickDeviceVoice } from './fakeSpeech';
import { lookShot } from './pages/shots';

// A quick device voice: these tests are not about reading aloud, so the app's own speech engine need not run.
test.beforeEach(({ page }) => installQuickDeviceVoice(page));

const shots = '/tmp/shots-faces';
const exifRotated = fileURLToPath(new URL('../fixtures/photo-exif-rotated.jpg', import.meta.url));

/** The photo has really loaded (an object URL that decodes), not just an img element. */
async function expectPhoto(photo: Locator): Promise<void> {
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
}

/** From the group's page (support mode): opens the member's form, changes it, saves and goes back. */
async function editMember(page: Page, group: string, name: string, change: () => Promise<void>): Promise<void> {
  await page.getByRole('link', { name: 'Muokkaa jäseniä' }).click();
  await page.getByRole('link', { name: `Muokkaa ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa jäsentä' })).toBeVisible();
  await change();
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jäsenet' })).toBeVisible();
  await backTo(page, group);
}

/** A camera-sized photo: the app keeps it at most 1600 px (1600×1200). */
async function givePhoto(page: Page): Promise<void> {
  await page.getByLabel('Valitse kuva').setInputFiles(await cameraPhoto(page, 2400, 1800));
  await expectPhoto(page.locator('.member-preview img.avatar__photo'));
  await expect(page.getByRole('radio', { name: 'Käytä kuvaa' })).toBeChecked();
}

/** The JPEG images in a PDF, as WIDTHxHEIGHT. */
function jpegsIn(path: string): string[] {
  return execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image' && cols[8] === 'jpeg')
    .map((cols) => `${cols[3]}x${cols[4]}`);
}

async function memoPdf(page: Page): Promise<string[]> {
  await tap(page, 'Tee PDF-tiedosto');
  await expect(page.getByText(/PDF-tiedosto on valmis/)).toBeVisible({ timeout: 60_000 });
  const download = page.waitForEvent('download');
  await tap(page, 'Tallenna PDF-tiedosto');
  const path = await (await download).path();
  mkdirSync(shots, { recursive: true });
  copyFileSync(path, `${shots}/memo-${Date.now()}.pdf`);
  return jpegsIn(path);
}

test('a member’s own photo is their picture in the vote turn and the results', async ({ page }) => {
  test.setTimeout(90_000);
  mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await setUpGroup(page, 'Kuvaporukka', [{ name: 'Anna', picture: 'Kissa', colour: 'Vihreä' }, { name: 'Ben', picture: 'Koira' }]);
  await editMember(page, 'Kuvaporukka', 'Anna', async () => {
    // A file that is not a picture is refused in easy words, and no photo is taken from it.
    const picker = page.getByLabel('Valitse kuva');
    await picker.setInputFiles({ name: 'anna.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture at all') });
    await expect(page.getByText('Tämä ei ole kuva.')).toBeVisible();
    await expect(page.locator('.member-preview img.avatar__photo')).toHaveCount(0);
    // A phone photo stored sideways with its "turn me" mark (EXIF orientation 6) is kept upright:
    // 400×200 pixels on file, 200×400 as the camera saw it.
    await picker.setInputFiles(exifRotated);
    const preview = page.locator('.member-preview img.avatar__photo');
    await expectPhoto(preview);
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => `${img.naturalWidth}x${img.naturalHeight}`)).toBe('200x400');
    await givePhoto(page);
    await lookShot(page, `${shots}/form-1280x800.png`, { fullPage: true });
  });
  // The group's page shows it too; Ben keeps his emoji.
  await expectPhoto(page.locator('.avatar-grid .avatar', { hasText: 'Anna' }).locator('img.avatar__photo'));
  await expect(page.locator('.avatar-grid .avatar', { hasText: 'Ben' }).locator('img.avatar__photo')).toHaveCount(0);

  await openMeeting(page, 2, 'Minä ja me');
  await page.getByRole('link', { name: /Yhtä mieltä\?/ }).click();
  await expectPhoto(page.locator('.avatar-grid .avatar', { hasText: 'Anna' }).locator('img.avatar__photo'));
  // From now on, wherever Anna's picture is drawn anew (her turn, the next statement, the results), it
  // is her photo from the first frame, never the emoji for a moment before it.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { emojiBeforePhoto: string[] }).emojiBeforePhoto = seen;
    new MutationObserver(() => {
      for (const name of Array.from(document.querySelectorAll('.avatar .avatar__name'))) {
        const avatar = name.closest('.avatar');
        if (name.textContent === 'Anna' && !avatar?.querySelector('img.avatar__photo')) seen.push(`${document.querySelector('.step-count')?.textContent ?? ''} ${avatar?.parentElement?.className}`);
      }
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.getByRole('button', { name: /^Anna/ }).click();
  const turn = page.locator('.turn');
  await expect(turn.getByRole('heading', { name: 'Anna, mitä mieltä sinä olet?' })).toBeVisible();
  await expectPhoto(turn.locator('.turn__who img.avatar__photo'));
  await expectPhoto(turn.locator('.turn__people .avatar-button[aria-pressed="true"] img.avatar__photo'));
  // The photo is decorative (the name is in the question and said by the button), like the emoji.
  await expect(turn.locator('.turn__who img.avatar__photo')).toHaveAttribute('alt', '');
  await lookShot(page, `${shots}/turn-1280x800.png`);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectPhoto(turn.locator('.turn__who img.avatar__photo'));
  await lookShot(page, `${shots}/turn-390x844.png`);
  await page.setViewportSize({ width: 1280, height: 800 });
  const yes = turn.getByRole('button', { name: 'Kyllä, olen samaa mieltä' });
  await yes.click();
  await expect(yes).toHaveAttribute('aria-pressed', 'true');
  await turn.getByRole('button', { name: 'Valmis' }).click();
  await expect(page.getByRole('button', { name: /^Anna.*on äänestänyt/ })).toBeVisible();
  await vote(page, 'Ben', 'no');
  for (let n = 2; n <= 11; n += 1) {
    await page.getByRole('button', { name: 'Seuraava väite' }).click();
    await expect(page.getByText(`Väite ${n} / 11`)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Katso tulokset' }).click();
  const first = page.locator('.result').first();
  await expect(first).toContainText('1 sanoi kyllä.');
  await expectPhoto(first.locator('img.avatar__photo'));
  expect(await page.evaluate(() => (window as unknown as { emojiBeforePhoto: string[] }).emojiBeforePhoto)).toEqual([]);
  await lookShot(page, `${shots}/results-1280x800.png`);
});

test('a memo PDF holds a member’s photo only with consent, and the group file carries it to a fresh tablet', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await setUpGroup(page, 'Kuvaporukka', [{ name: 'Anna', picture: 'Kissa' }, { name: 'Ben', picture: 'Koira' }]);
  await editMember(page, 'Kuvaporukka', 'Anna', () => givePhoto(page));

  await openMeeting(page, 7, 'Sovimme kumppanin kanssa');
  await openExercise(page, /^Muistio/);
  await tap(page, 'Uusi muistio');
  await page.getByLabel('Tapaamisen aihe').fill('Kuvat ja luvat');
  await tap(page, 'Anna');
  await tap(page, 'Ben');
  await tap(page, 'Valmis');
  await expect(page.getByRole('article', { name: 'Kuvat ja luvat' })).toBeVisible();
  const memo = page.url();
  // No consent: the emoji on paper (pictograms are PNG), no photo at all.
  expect(await memoPdf(page)).toEqual([]);

  await page.goto(memo.replace(/#.*/, '#/'));
  await page.getByRole('link', { name: /^Kuvaporukka/ }).click();
  await editMember(page, 'Kuvaporukka', 'Anna', async () => {
    await page.locator('label.choice-tile', { has: page.getByRole('radio', { name: 'Kyllä, lupa on annettu' }) }).click();
  });
  await page.goto(memo);
  await expect(page.getByRole('article', { name: 'Kuvat ja luvat' })).toBeVisible();
  // With consent: her photo, embedded as the JPEG the app keeps (1600×1200).
  expect(await memoPdf(page)).toEqual(['1600x1200']);

  // Ben gets a photo and it is taken away again: it stays on this tablet (for undo), not in the file.
  await page.goto(memo.replace(/#.*/, '#/'));
  await page.getByRole('link', { name: /^Kuvaporukka/ }).click();
  await editMember(page, 'Kuvaporukka', 'Ben', () => givePhoto(page));
  await editMember(page, 'Kuvaporukka', 'Ben', () => page.getByRole('button', { name: 'Poista kuva' }).click());

  // The group file carries Anna's photo only, and the export says so.
  await page.getByRole('link', { name: 'Vie porukka tiedostoon' }).first().click();
  const file = await exportFile(page);
  await expect(page.getByText('Tiedostossa on 1 jäsenen kuva.')).toBeVisible();
  const carried = (JSON.parse(readFileSync(file, 'utf8')) as { payload: { media: { mediaType: string }[] } }).payload.media;
  expect(carried.map((m) => m.mediaType)).toEqual(['photo']);

  const fresh = await browser.newContext({ baseURL: baseURL!, viewport: { width: 820, height: 1180 }, locale: 'fi-FI' });
  const other = await fresh.newPage();
  await pickFile(other, file);
  // The preview says that members' photos come with the file.
  await expect(other.getByText('Tiedostossa on 1 jäsenen kuva.')).toBeVisible();
  await other.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(other.getByText('Valmis! Tiedot tuotiin tähän tablettiin.')).toBeVisible();
  await other.goto('/');
  await other.getByRole('link', { name: /^Kuvaporukka/ }).click();
  await expectPhoto(other.locator('.avatar-grid .avatar', { hasText: 'Anna' }).locator('img.avatar__photo'));
  await fresh.close();
});
