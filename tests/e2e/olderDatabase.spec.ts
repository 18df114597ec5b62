// A tablet that used the app before answers were kept in sets (database version 2, one row per answer)
// gets the new version: its group and answers are all there, in the new layout, and new taps are kept.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Dexie } from 'dexie';
import { reloadWhenSaved, savedAnswers } from './pages/app';

const dexieScript = fileURLToPath(new URL('../../node_modules/dexie/dist/dexie.js', import.meta.url));

test('a tablet with answers saved by the previous version keeps them all after the update', async ({ page }) => {
  // The previous version's database, written with Dexie as that version wrote it (its frozen schema is
  // in tests/unit/migrations.test.ts), on a page of the app's address before the app itself runs.
  await page.goto('/robots.txt');
  await page.addScriptTag({ path: dexieScript });
  await page.evaluate(async () => {
    const { Dexie: OldApp } = window as unknown as { Dexie: new (name: string) => Dexie };
    const old = new OldApp('porukka');
    old.version(2).stores({ groups: 'id', people: 'id, groupId', meetings: 'id, groupId', entries: 'id, [groupId+exerciseId]', media: 'id, groupId', settings: 'key' });
    const sync = { groupId: 'g1', updatedAt: '2026-11-23T10:00:00.000Z_0000', deviceId: 'old-tablet', deleted: false };
    await old.table('groups').add({ ...sync, id: 'g1', name: 'Vanha porukka', place: 'Kirjasto' });
    await old.table('people').add({ ...sync, id: 'p1', name: 'Anna', colour: 'red', avatar: 'avatar-cat', role: 'participant', createdAt: sync.updatedAt });
    const choice = (key: string, chosen: boolean) => ({ ...sync, id: `g1/start-coffee/choice/${key}`, meetingId: 'group', exerciseId: 'start-coffee', type: 'choice', key, data: { chosen } });
    await old.table('entries').bulkAdd([choice('each-pays', true), choice('association-pays', false), choice('council-pays', true)]);
    old.close();
  });

  await page.goto('/');
  await page.getByRole('link', { name: /Vanha porukka/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vanha porukka' })).toBeVisible();
  await page.getByRole('link', { name: 'Sovimme yhdessä' }).click();
  const coffee = page.locator('.agreement', { hasText: 'Kahvien maksaminen' });
  await expect(coffee.locator('.diary-chip')).toHaveText(['Jokainen maksaa itse', 'Kaupunki tai kunta maksaa']);
  await expect.poll(() => savedAnswers(page, 'start-coffee')).toEqual([
    { type: 'choice', key: 'association-pays', data: { chosen: false } },
    { type: 'choice', key: 'council-pays', data: { chosen: true } },
    { type: 'choice', key: 'each-pays', data: { chosen: true } },
  ]);

  // A change after the update is kept with the old answers.
  await page.getByRole('link', { name: 'Kahvien maksaminen' }).click();
  await page.getByRole('button', { name: 'Yhdistys maksaa' }).click();
  await expect(page.getByRole('button', { name: 'Yhdistys maksaa' })).toHaveAttribute('aria-pressed', 'true');
  await reloadWhenSaved(page);
  for (const name of ['Jokainen maksaa itse', 'Yhdistys maksaa', 'Kaupunki tai kunta maksaa']) {
    await expect(page.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
  }
});
