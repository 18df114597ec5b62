// Page objects: what a support person or a participant does, in the words on the screen.
import { expect, type Page } from '@playwright/test';
import { seedGroup } from './seedGroup';

export interface MemberInput {
  readonly name: string;
  readonly role?: 'Osallistuja' | 'Tukihenkilö' | 'Vertaistukihenkilö';
  readonly colour?: string;
  readonly picture?: string;
}

export async function openStart(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa Porukkaan!' })).toBeVisible();
}

/** The PIN the tests' support persons choose at first use. */
export const supportPin = '2468';

/**
 * Opens support-person mode with the PIN (making the PIN first on a new tablet). The mode then stays
 * open in this tab until it is locked or idles.
 */
export async function unlockSupport(page: Page, pin = supportPin): Promise<void> {
  const lock = page.getByRole('button', { name: 'Lukitse', exact: true });
  // Wait for the screen: either the lock (already open) or the way in.
  await expect(page.getByRole('banner').getByRole('button', { name: /^(Lukitse|Tukihenkilölle)$/ })).toBeVisible();
  if (await lock.isVisible()) return;
  await page.getByRole('button', { name: 'Tukihenkilölle' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /PIN-koodi|Tukihenkilön tila/ })).toBeVisible();
  await dialog.getByLabel('PIN-koodi', { exact: true }).fill(pin);
  if (await dialog.getByRole('heading', { name: 'Tee PIN-koodi' }).isVisible()) {
    await dialog.getByLabel('PIN-koodi uudelleen').fill(pin);
    await dialog.getByRole('button', { name: 'Tallenna ja avaa' }).click();
  } else {
    await dialog.getByRole('button', { name: 'Avaa', exact: true }).click();
  }
  await expect(lock).toBeVisible();
}

export async function lockSupport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lukitse', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Tukihenkilölle' })).toBeVisible();
}

export async function createGroup(page: Page, name: string, place: string): Promise<void> {
  await unlockSupport(page);
  // An empty tablet's one big way in, or the start screen's button once there are groups.
  await page.getByRole('link', { name: /^(Tee uusi porukka|Aloitetaan: tee ensimmäinen porukka)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi porukka' })).toBeVisible();
  await page.getByLabel('Porukan nimi').fill(name);
  await page.getByLabel('Missä tapaatte?').fill(place);
  await page.getByRole('button', { name: 'Tallenna ja lisää jäsenet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jäsenet' })).toBeVisible();
}

/** On the members screen: adds one member through the form. */
export async function addMember(page: Page, member: MemberInput): Promise<void> {
  await page.getByRole('link', { name: 'Lisää jäsen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi jäsen' })).toBeVisible();
  await page.getByLabel('Nimi tai lempinimi').fill(member.name);
  for (const choice of [member.role, member.colour, member.picture]) {
    if (choice) await page.locator('label.choice-tile', { has: page.getByRole('radio', { name: choice, exact: true }) }).click();
  }
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jäsenet' })).toBeVisible();
  await expect(page.locator('.member-row', { hasText: member.name })).toBeVisible();
}

/**
 * A group with members on a new tablet, ending on the group's page with support-person mode open. It
 * comes from a group file (seedGroup.ts) rather than typed into the forms: most tests are about what
 * comes after, and the forms have their own tests (members.spec, the accessibility specs).
 */
export async function setUpGroup(page: Page, name: string, members: readonly MemberInput[]): Promise<void> {
  await page.goto('/#/import');
  await unlockSupport(page);
  await seedGroup(page, name, 'Asukastila', members);
}

export async function openMeeting(page: Page, number: number, title: string): Promise<void> {
  await page.locator('.journey').getByRole('link', { name: new RegExp(`^${number}\\. ${title}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${number}. ${title}` })).toBeVisible();
  // The page is drawn whole once its answers are read.
  await expect(page.locator('.loading')).toHaveCount(0);
}

/**
 * In the statement vote: the member taps their picture, then thumbs up or down, then "Valmis". Until
 * everyone has voted their picture says only "on äänestänyt" (the votes are hidden).
 */
export async function vote(page: Page, name: string, answer: 'yes' | 'no'): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  const turn = page.locator('.turn');
  await expect(turn.getByRole('heading', { name: `${name}, mitä mieltä sinä olet?` })).toBeVisible();
  const thumb = turn.getByRole('button', { name: answer === 'yes' ? 'Kyllä, olen samaa mieltä' : 'Ei, olen eri mieltä' });
  await thumb.click();
  await expect(thumb).toHaveAttribute('aria-pressed', 'true');
  await turn.getByRole('button', { name: 'Valmis' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^${name}.*(on äänestänyt|äänesti ${answer === 'yes' ? 'kyllä' : 'ei'})`) })).toBeVisible();
}

/** Waits until the service worker controls the page, so it opens with no network. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  // Installing means fetching every file of the app: on a busy machine that takes longer than a tap.
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active !== null && navigator.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** Taps a checklist row (the whole row is the target) and waits until the tick picture shows it saved. */
export async function tick(page: Page, text: string): Promise<void> {
  const row = page.locator('label.checklist__item', { hasText: text });
  const wasTicked = ((await row.getAttribute('class')) ?? '').includes('is-ticked');
  await row.click();
  // The picture tick is drawn from the saved answer (the checkbox itself flips at once).
  await expect(row).toHaveClass(wasTicked ? /^checklist__item$/ : /is-ticked/);
}

/**
 * Reloads the page once every write it started has reached the disk: a tap shows on screen at once and
 * is written a moment later (the app marks <html data-saving> until then, src/storage/writesInFlight.ts).
 */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await expect(page.locator('html')).not.toHaveAttribute('data-saving');
  await page.reload();
}

/** An exercise's live answers as they are on disk now (read from IndexedDB, not from the screen). */
export function savedAnswers(page: Page, exerciseId: string): Promise<{ type: string; key: string; data: unknown }[]> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('porukka');
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          // Answers are kept in sets, a few per exercise (src/storage/entrySets.ts).
          const request = open.result.transaction('entrySets').objectStore('entrySets').getAll();
          request.addEventListener('error', () => reject(request.error));
          request.addEventListener('success', () => {
            type Row = { id: string; exerciseId: string; deleted: boolean; type: string; key: string; data: unknown };
            const sets = request.result as { entries: Record<string, Row> }[];
            const rows = sets.flatMap((set) => Object.values(set.entries)).sort((a, b) => (a.id < b.id ? -1 : 1));
            open.result.close();
            resolve(rows.filter((r) => r.exerciseId === id && !r.deleted).map(({ type, key, data }) => ({ type, key, data })));
          });
        });
      }),
    exerciseId,
  );
}
