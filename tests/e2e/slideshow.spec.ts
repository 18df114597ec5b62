// Meeting 6's presentation, offline: a group (from a group file, as another tablet would hand it over)
// with its goal, its elevator pitch and photos; a participant opens the slideshow from the pitch and
// steps through it with the arrow keys, a tap on the right half, a swipe and space; each slide is read
// aloud when it comes; Escape goes back to the pitch.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { lockSupport, unlockSupport, waitForOfflineReady } from './pages/app';
import { checkScreen } from './pages/checks';
import { groupFileOf } from './pages/seedGroup';
import { clearSpoken, installFakeSpeech, spokenTexts } from './fakeSpeech';
import { lookShot, takesShots } from './pages/shots';

test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI']));
// Works offline: the screens load from the service worker's cache.
test.use({ serviceWorkers: 'allow' });

const photo = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url)).toString('base64');

/** Tanssiporukka: Anna and Ben, the goal "Tanssi-ilta" with its photo, the 4 answers of the pitch and an idea card's photo. */
function pitchFile(): { groupId: string; json: string } {
  const { groupId, json } = groupFileOf('Tanssiporukka', 'Asukastila', [{ name: 'Anna' }, { name: 'Ben' }]);
  const file = JSON.parse(json);
  const deviceId = file.exportedBy.deviceId as string;
  const updatedAt = `${new Date(Date.now() - 30_000).toISOString()}_0001`;
  const sync = { groupId, updatedAt, deviceId, deleted: false };
  const entry = (meetingId: string, exerciseId: string, type: string, key: string, data: unknown) => ({ id: `${groupId}/${exerciseId}/${type}/${key}`, meetingId, exerciseId, type, key, data, ...sync });
  const goalPhoto = 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0';
  const cardPhoto = 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0';
  const goalCard = { areaId: 'wishes', text: 'Tanssi-ilta', choices: { what: 'dance' }, photoId: goalPhoto, createdAt: 1 };
  file.payload.entries = [
    entry('m04', 'm04-idea-storm', 'card', 'c1', goalCard),
    entry('m04', 'm04-idea-storm', 'card', 'c2', { areaId: 'wishes', text: 'Musiikki', photoId: cardPhoto, createdAt: 2 }),
    entry('m04', 'm04-idea-storm', 'goal', 'goal', { ref: 'm04-idea-storm/c1', exerciseId: 'm04-idea-storm', card: goalCard, chosenBy: 'vote' }),
    entry('m06', 'm06-pitch', 'answer', 'who', { text: 'Me olemme Anna ja Ben.' }),
    entry('m06', 'm06-pitch', 'answer', 'what', { text: 'Teemme tanssi-illan asukastilaan.' }),
    entry('m06', 'm06-pitch', 'answer', 'why', { text: 'Tanssi tuo ihmiset yhteen.' }),
    entry('m06', 'm06-pitch', 'answer', 'help', { text: 'Tarvitsemme musiikkia ja tilan.' }),
  ];
  file.payload.media = [
    { id: goalPhoto, mediaType: 'photo', mime: 'image/jpeg', width: 400, height: 300, data: photo('photo-landscape.jpg'), ...sync },
    { id: cardPhoto, mediaType: 'photo', mime: 'image/jpeg', width: 240, height: 320, data: photo('photo-portrait.jpg'), ...sync },
  ];
  return { groupId, json: JSON.stringify(file) };
}

const counter = (page: Page) => page.locator('.slideshow__counter [aria-hidden="true"]');
const slide = (page: Page) => page.locator('.slide');
const said = async (page: Page) => (await spokenTexts(page)).map((u) => u.text).join(' ');

async function shoot(page: Page, name: string, sizes: readonly (readonly [number, number])[] = [[1280, 800], [800, 1280], [390, 844]]): Promise<void> {
  if (!takesShots) return;
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    await lookShot(page, `/tmp/shots-slides/${name}-${width}x${height}.png`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('the slideshow, offline: keys, a tap, a swipe and space step through; each slide is read aloud; Escape goes back', async ({ page, context }) => {
  test.setTimeout(90_000);
  // Reduced motion: the slides come without sliding (and the screenshots are not taken mid-way).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { groupId, json } = pitchFile();
  await page.goto('/#/import');
  await unlockSupport(page);
  await page.getByLabel('Valitse tiedosto').setInputFiles({ name: 'Tanssiporukka.porukka.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(page.getByText('Valmis! Tiedot tuotiin tähän tablettiin.')).toBeVisible();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.locator('.notice', { hasText: 'Porukka toimii nyt myös ilman internetiä.' }).getByRole('button', { name: 'Sulje' }).click();

  // A participant opens the presentation from the whole pitch of meeting 6.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/#/g/${groupId}/m/m06/e/m06-pitch/pitch`);
  await expect(page.getByRole('heading', { name: 'Meidän hissipuhe' })).toBeVisible();
  await lockSupport(page);
  await clearSpoken(page);
  await page.getByRole('link', { name: 'Näytä esityksenä' }).click();

  // Title, goal, the 4 parts of the pitch, the idea card's photo (the goal's is on the goal slide), thanks.
  await expect(counter(page)).toHaveText('1 / 8');
  await expect(slide(page)).toContainText('Hei! Me olemme Tanssiporukka.');
  await expect(slide(page).locator('.avatar')).toHaveCount(2);
  await expect.poll(() => said(page)).toContain('Hei! Me olemme Tanssiporukka.');
  await shoot(page, '1-title');

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('2 / 8');
  await expect(slide(page)).toContainText('Meidän tavoite:');
  await expect(slide(page)).toContainText('Tanssi-ilta');
  await expect(slide(page).locator('img.media-image')).toBeVisible();
  await expect(slide(page)).toHaveCSS('animation-name', 'none');
  await expect.poll(() => said(page)).toContain('Meidän tavoite:');
  await shoot(page, '2-goal');

  // A tap on the right half of the slide goes on.
  const box = (await page.locator('.slideshow__stage').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
  await expect(counter(page)).toHaveText('3 / 8');
  await expect(slide(page)).toContainText('Me olemme Anna ja Ben.');
  await expect.poll(() => said(page)).toContain('Me olemme Anna ja Ben.');
  await shoot(page, '3-part', [[390, 844]]);

  // A swipe to the left (a finger or the mouse dragged) goes on too.
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2 + 10, { steps: 5 });
  await page.mouse.up();
  await expect(counter(page)).toHaveText('4 / 8');
  await expect(slide(page)).toContainText('Teemme tanssi-illan asukastilaan.');

  // A tap on the left half goes back; space and the big button go on.
  await page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
  await expect(counter(page)).toHaveText('3 / 8');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(counter(page)).toHaveText('5 / 8');
  await expect(slide(page)).toContainText('Tanssi tuo ihmiset yhteen.');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(counter(page)).toHaveText('7 / 8');
  await expect(slide(page).locator('img.media-image')).toHaveAttribute('alt', 'Meidän kuva 1');
  await shoot(page, '7-photo', [[800, 1280]]);
  await checkScreen(page, 'a photo slide');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('8 / 8');
  await expect(slide(page)).toContainText('Kiitos, että kuuntelitte!');
  await expect.poll(() => said(page)).toContain('Kiitos, että kuuntelitte!');

  // Escape ends the show where it was opened: the whole pitch.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Meidän hissipuhe' })).toBeVisible();
  expect(page.url()).toContain(`/#/g/${groupId}/m/m06/e/m06-pitch/pitch`);

  // The group page opens the same show; "Lopeta esitys" leads back there.
  await page.goto(`/#/g/${groupId}`);
  await page.getByRole('link', { name: 'Meidän esitys' }).click();
  await expect(counter(page)).toHaveText('1 / 8');
  await page.getByRole('button', { name: 'Lopeta esitys' }).click();
  await expect(page.getByRole('link', { name: 'Meidän esitys' })).toBeVisible();
  expect(page.url()).toMatch(new RegExp(`/#/g/${groupId}$`));
});
