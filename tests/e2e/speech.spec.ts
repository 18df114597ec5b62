import { expect, test } from '@playwright/test';
import { clearSpoken, finishSentence, installFakeSpeech, spokenTexts } from './fakeSpeech';
import { wordsOf } from './pages/sweep';
import { lockSupport, openMeeting, openStart, setUpGroup, unlockSupport, waitForOfflineReady } from './pages/app';

// Works offline: the service worker is needed here.
test.use({ serviceWorkers: 'allow' });

test('"Kuuntele" reads the whole screen one sentence at a time, slowly, highlighting the sentence being read', async ({ page }) => {
  await installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']);
  await setUpGroup(page, 'Ääniporukka', [{ name: 'Anna' }]);
  await waitForOfflineReady(page);
  await openMeeting(page, 2, 'Minä ja me');
  await clearSpoken(page);

  // Messages on screen are read first, then the main area.
  const notice = page.getByRole('status').filter({ hasText: 'Porukka toimii nyt myös ilman internetiä.' });
  await expect(notice).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Kuuntele' }).click();
  await expect.poll(async () => (await spokenTexts(page))[0]?.text).toBe('Porukka toimii nyt myös ilman internetiä.');
  await page.getByRole('banner').getByRole('button', { name: 'Lopeta' }).click();
  await notice.getByRole('button', { name: 'Sulje' }).click();
  await clearSpoken(page);

  await page.getByRole('banner').getByRole('button', { name: 'Kuuntele' }).click();
  await expect.poll(async () => (await spokenTexts(page)).slice(0, 5).map((s) => s.text)).toEqual([
    '2. Minä ja me',
    'Tutustumme toisiimme paremmin.',
    'Teemme porukalle yhteiset säännöt.',
    'Hyvä yhteishenki auttaa kokeilemaan uutta.',
    'Tehtävät',
  ]);
  const spoken = await spokenTexts(page);
  expect(new Set(spoken.map((s) => s.voice))).toEqual(new Set(['Voice fi-FI']));
  expect(spoken[0]!.rate).toBeLessThan(1);

  // The first sentence is highlighted; when it ends, the next one is.
  const reading = page.locator('.sentence.is-reading');
  await expect(reading).toHaveText('2. Minä ja me');
  await finishSentence(page);
  await expect(reading).toHaveText('Tutustumme toisiimme paremmin.');
  // While reading, the button stops; tapping it stops the reading and the highlight.
  await page.getByRole('banner').getByRole('button', { name: 'Lopeta' }).click();
  await expect(reading).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Kuuntele' })).toBeVisible();
});

// Reading aloud needs no service worker: these tests leave the install (seconds of work) out.
test.describe('with the app not installed', () => {
  test.use({ serviceWorkers: 'block' });

  test('a card is read aloud when tapped, and each language name is said in its own language', async ({ page }) => {
    await installFakeSpeech(page, ['fi-FI', 'sv-SE', 'en-GB']);
    await setUpGroup(page, 'Korttiporukka', [{ name: 'Anna' }]);
    await openMeeting(page, 2, 'Minä ja me');
    await page.getByRole('link', { name: /Yhtä mieltä\?/ }).click();
    await clearSpoken(page);
    await page.getByText('Hyvä kaveri kuuntelee, kun minä puhun.').click();
    await expect.poll(async () => (await spokenTexts(page)).map((s) => s.text)).toEqual(['Hyvä kaveri kuuntelee, kun minä puhun.']);

    await page.goto('/#/');
    await clearSpoken(page);
    await page.locator('.language-option[lang="sv"]').getByRole('button', { name: 'Lyssna' }).click();
    await expect.poll(() => spokenTexts(page)).toMatchObject([{ text: 'Svenska', voice: 'Voice sv-SE' }]);
  });

  test('without a device voice for the language the app\'s own voice reads; only when that cannot load either the app says so in words and a picture', async ({ page }) => {
    await installFakeSpeech(page, ['en-GB']);
    await openStart(page);
    await page.getByRole('banner').getByRole('button', { name: 'Kuuntele' }).click();
    // The app's own voice (no device voice for Finnish): the first sentence is highlighted while it sounds.
    await expect(page.locator('.sentence.is-reading')).toHaveText('Tervetuloa Porukkaan!');
    expect(await spokenTexts(page)).toEqual([]);
    await page.getByRole('banner').getByRole('button', { name: 'Lopeta' }).click();
    await expect(page.locator('.sentence.is-reading')).toHaveCount(0);
    await unlockSupport(page);
    await page.getByRole('link', { name: 'Asetukset' }).click();
    await expect(page.getByText('Tabletissa ei ole ääntä tälle kielelle. Porukka lukee omalla äänellä.')).toBeVisible();

    // Its files cannot be had (a tablet that never installed the app, offline): then the notice.
    await page.route('**/voice/**', (route) => route.abort());
    await page.goto('/');
    await page.getByRole('banner').getByRole('button', { name: 'Kuuntele' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Tabletissa ei ole ääntä kielelle Suomi.' });
    await expect(notice).toBeVisible();
    await expect(notice.locator('img[data-pictogram="no-voice"]')).toHaveCount(1);
    await notice.getByRole('button', { name: 'Sulje' }).click();
    await expect(notice).toHaveCount(0);
    await page.getByRole('link', { name: 'Aloitetaan: tee ensimmäinen porukka' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uusi porukka' })).toBeVisible();
  });

  test('a support person can choose "Porukan oma ääni" even when the device has a voice', async ({ page }) => {
    await installFakeSpeech(page, ['fi-FI']);
    await openStart(page);
    await unlockSupport(page);
    await page.getByRole('link', { name: 'Asetukset' }).click();
    await expect(page.getByText('Tabletissa on ääni tälle kielelle.')).toBeVisible();
    await page.locator('label.choice-tile', { hasText: 'Porukan oma ääni' }).click();
    await expect(page.locator('input[name="voice-source"][value="own"]')).toBeChecked();
    await expect(page.getByText('Porukka lukee omalla äänellä.', { exact: true })).toBeVisible();
    await clearSpoken(page);
    await page.getByRole('button', { name: 'Kokeile ääntä' }).click();
    // The own voice reads the sample (one of its two sentences is marked; "Hei!" is short and may be over
    // before the first look), and the device's voice says nothing.
    await expect(page.locator('.sentence.is-reading')).toHaveText(/^(Hei!|Minä luen tekstit ääneen\.)$/);
    expect(await spokenTexts(page)).toEqual([]);
  });

  test('the speech rate setting is used for reading', async ({ page }) => {
    await installFakeSpeech(page, ['fi-FI']);
    await openStart(page);
    await unlockSupport(page);
    await page.getByRole('link', { name: 'Asetukset' }).click();
    await page.locator('label.choice-tile', { hasText: 'Nopea' }).click();
    await clearSpoken(page);
    await page.getByRole('button', { name: 'Kokeile ääntä' }).click();
    await expect.poll(async () => (await spokenTexts(page)).map((s) => s.text)).toEqual(['Hei!', 'Minä luen tekstit ääneen.']);
    expect((await spokenTexts(page))[0]!.rate).toBeGreaterThan(1);
    await expect(page.getByText('Tabletissa on ääni tälle kielelle.')).toBeVisible();
  });

  test('in participant mode a tap says the word tapped and a turn reads its question; a support person can turn each off', async ({ page }) => {
    await installFakeSpeech(page, ['fi-FI']);
    await setUpGroup(page, 'Kosketusporukka', [{ name: 'Anna' }, { name: 'Ben' }]);
    await lockSupport(page);
    await openMeeting(page, 1, 'Miten saada muita mukaan?');
    await page.getByRole('main').getByRole('link', { name: /Mitä sinulle kuuluu/ }).click();
    await clearSpoken(page);
    await page.getByRole('main').locator('.avatar-grid').getByRole('button', { name: /^Anna/ }).click();
    const turnQuestion = page.locator('.turn__question');
    await expect(turnQuestion).toContainText('Anna');
    const questionWords = await wordsOf(turnQuestion);
    await expect.poll(async () => (await spokenTexts(page)).map((s) => s.text)).toEqual(expect.arrayContaining(questionWords));
    await clearSpoken(page);
    await page.locator('.turn__choices').getByRole('button', { name: 'Hyvää', exact: true }).click();
    await expect.poll(async () => (await spokenTexts(page)).map((s) => s.text)).toEqual(['Hyvää']);
    await page.locator('.turn__done').getByRole('button', { name: 'Valmis' }).click();

    // The support person turns both off in the settings; then taps and turns are quiet.
    await unlockSupport(page);
    await page.goto('/#/settings');
    await page.locator('label.choice-tile', { has: page.locator('input[name="speak-on-tap"][value="off"]') }).click();
    await page.locator('label.choice-tile', { has: page.locator('input[name="speak-turns"][value="off"]') }).click();
    await expect(page.locator('input[name="speak-turns"][value="off"]')).toBeChecked();
    await page.goBack();
    await lockSupport(page);
    await clearSpoken(page);
    await page.getByRole('main').locator('.avatar-grid').getByRole('button', { name: /^Ben/ }).click();
    await expect(turnQuestion).toContainText('Ben');
    await page.locator('.turn__choices').getByRole('button', { name: 'Hyvää', exact: true }).click();
    await expect(page.locator('.turn__choices').getByRole('button', { name: 'Hyvää', exact: true })).toHaveAttribute('aria-pressed', 'true');
    expect(await spokenTexts(page)).toEqual([]);
  });
});
