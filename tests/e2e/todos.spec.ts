// "Meidän työt", offline: a memo's job and a partner agreement's job (from a group file, as another
// tablet would hand them over) are on the group page and in the list with who does them; a participant
// ticks one done (and it stays done after a reload); the next meeting's check-in reads the open one.
import { expect, test, type Page } from '@playwright/test';
import { lockSupport, openMeeting, reloadWhenSaved, setUpGroup, waitForOfflineReady } from './pages/app';
import { checkScreen } from './pages/checks';
import { groupFileOf } from './pages/seedGroup';
import { installFakeSpeech } from './fakeSpeech';
import { lookShot, takesShots } from './pages/shots';

test.beforeEach(({ page }) => installFakeSpeech(page, ['fi-FI']));
// Works offline: the screens load from the service worker's cache.
test.use({ serviceWorkers: 'allow' });

/** A group file with Anna and Ben, a memo of meeting 5 with Anna's job, and meeting 7's agreement with the café (Ben's job). */
function jobsFile(): { groupId: string; json: string } {
  const { groupId, json } = groupFileOf('Työporukka', 'Asukastila', [{ name: 'Anna' }, { name: 'Ben' }]);
  const file = JSON.parse(json);
  const [anna, ben] = file.payload.people as { id: string }[];
  const deviceId = file.exportedBy.deviceId as string;
  const stamp = `${new Date(Date.now() - 30_000).toISOString()}_0001`;
  const entry = (meetingId: string, exerciseId: string, type: string, key: string, data: unknown) => ({
    id: `${groupId}/${exerciseId}/${type}/${key}`, groupId, meetingId, exerciseId, type, key, data, updatedAt: stamp, deviceId, deleted: false,
  });
  file.payload.entries = [
    entry('m05', 'm05-memo', 'memo', 'memo1', {
      topic: 'Kahvila', day: '2026-11-03', personIds: [anna!.id], partnerKeys: [], talked: '', agreed: 'Kysymme kahvilasta.',
      tasks: [{ text: 'Soitan kahvilaan', personIds: [anna!.id] }], next: '', createdAt: 1,
    }),
    entry('group', 'partners', 'partner', 'cafe', { name: 'Kahvila Kulma', organisation: '', offers: '', phone: '', email: '', ways: [], meetingIds: [], tasks: '', createdAt: 1 }),
    entry('m07', 'm07-agreement', 'agreement', 'cafe', {
      where: 'Kahvila Kulma', when: '', tasks: [{ id: 't1', text: 'Leivomme pullaa', memberIds: [ben!.id], byPartner: true }], money: { isNeeded: false, amount: '', source: '' },
    }),
  ];
  return { groupId, json: JSON.stringify(file) };
}

const rowOf = (page: Page, text: string) => page.locator('.todo-row', { has: page.locator('.todo-row__text', { hasText: text }) });

test('our jobs, offline: a memo’s and an agreement’s job listed, one ticked done, the next check-in reads the open one', async ({ page, context }) => {
  test.setTimeout(60_000);
  // An empty group first (the import screen and support mode), then the jobs from a group file.
  await setUpGroup(page, 'Tyhjä', [{ name: 'Eero' }]);
  const { groupId, json } = jobsFile();
  await page.goto('/#/import');
  await page.getByLabel('Valitse tiedosto').setInputFiles({ name: 'Työporukka.porukka.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(page.getByText('Valmis! Tiedot tuotiin tähän tablettiin.')).toBeVisible();
  await waitForOfflineReady(page);
  await context.setOffline(true);
  // The "works without the internet" notice, closed so it does not cover the screenshots.
  await page.locator('.notice', { hasText: 'Porukka toimii nyt myös ilman internetiä.' }).getByRole('button', { name: 'Sulje' }).click();

  // On the group page: the open jobs; a participant opens the list.
  await page.goto(`/#/g/${groupId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Työporukka' })).toBeVisible();
  await lockSupport(page);
  const onGroupPage = page.getByRole('region', { name: 'Meidän työt' });
  await expect(onGroupPage).toContainText('2 työtä on vielä tekemättä.');
  await expect(onGroupPage).toContainText('Anna: Soitan kahvilaan');
  await lookShot(onGroupPage, '/tmp/shots-todo/group-page-jobs-820x1180.png');
  await onGroupPage.getByRole('link', { name: 'Katso työt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meidän työt' })).toBeVisible();

  const memoJob = rowOf(page, 'Anna: Soitan kahvilaan');
  const agreedJob = rowOf(page, 'Ben ja Kahvila Kulma: Leivomme pullaa');
  await expect(memoJob).toContainText('Muistio: Kahvila, Tapaaminen 5, tiistaina 3.11.2026');
  await expect(agreedJob).toContainText('Sovimme kumppanin kanssa: Kahvila Kulma, Tapaaminen 7');
  await expect(memoJob.locator('.avatar')).toHaveCount(1);
  if (takesShots) {
    for (const [width, height] of [[1280, 800], [800, 1280], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await lookShot(page, `/tmp/shots-todo/todos-open-${width}x${height}.png`, { fullPage: true });
    }
    await page.setViewportSize({ width: 820, height: 1180 });
  }
  await checkScreen(page, 'our jobs');

  // Anna ticks her job done: it moves to the jobs done, with undo offered; it stays done after a reload.
  await memoJob.getByRole('button', { name: 'Valmis' }).click();
  await expect(page.getByText('Työ on valmis.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Peru', exact: true })).toBeVisible();
  const done = page.getByRole('region', { name: 'Valmiit työt' });
  await expect(done.locator('.todo-row')).toHaveCount(1);
  await expect(done).toContainText('Anna: Soitan kahvilaan');
  await expect(done.getByRole('button', { name: 'Valmis' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Vielä tekemättä' })).toContainText('Leivomme pullaa');
  await lookShot(page, '/tmp/shots-todo/todos-ticked-820x1180.png', { fullPage: true });
  await checkScreen(page, 'our jobs, one done');
  await reloadWhenSaved(page);
  await expect(page.getByRole('region', { name: 'Valmiit työt' })).toContainText('Anna: Soitan kahvilaan');

  // The next meeting's check-in starts with the open job of earlier meetings.
  await page.goto(`/#/g/${groupId}`);
  await openMeeting(page, 8, 'Työnjako selväksi');
  await page.getByRole('main').getByRole('link', { name: /^Mitä sinulle kuuluu\?/ }).click();
  const recap = page.locator('.todo-recap');
  await expect(recap).toContainText('Viime kerralla sovimme:');
  await expect(recap).toContainText('Ben ja Kahvila Kulma: Leivomme pullaa');
  await expect(recap).not.toContainText('Soitan kahvilaan');
  await lookShot(page, '/tmp/shots-todo/check-in-820x1180.png');
  await checkScreen(page, 'check-in with the open jobs');
});
