// Page objects for walking a group through its meetings.
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { addMember, lockSupport, openStart } from './app';
import { importFile } from './transfer';

/** A group that did meetings 1–5 (Anna, a goal, a plan, a partner; Ben was removed), as a file. */
export const doneOneToFive = fileURLToPath(new URL('../../fixtures/group-v2.porukka.json', import.meta.url));
export const seededGroup = 'Fixtuuriporukka';

/**
 * Seeds the group through the app's own import, the support person adds Ben (back in the group),
 * then hands the tablet to the group on the group's page.
 */
export async function openSeededGroup(page: Page): Promise<void> {
  await importFile(page, doneOneToFive);
  await openStart(page);
  await page.getByRole('link', { name: new RegExp(`^${seededGroup}`) }).click();
  await page.getByRole('link', { name: 'Muokkaa jäseniä' }).click();
  await addMember(page, { name: 'Ben' });
  await backTo(page, seededGroup);
  await lockSupport(page);
}

export async function openExercise(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('main').getByRole('link', { name: title }).click();
  await expect(page.locator('.loading')).toHaveCount(0);
}

/** The top bar's back link, until the heading is there. */
export async function backTo(page: Page, heading: string): Promise<void> {
  await page.getByRole('banner').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

export const tap = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).click();
