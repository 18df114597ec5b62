import { expect, type Page } from '@playwright/test';
import { unlockSupport } from './app';

/** On the export screen: makes the file (with a password if given), saves it, and returns its path. */
export async function exportFile(page: Page, password?: string): Promise<string> {
  if (password) {
    await page.getByRole('button', { name: 'Suojaa salasanalla' }).click();
    await page.getByLabel('Salasana', { exact: true }).fill(password);
    await page.getByLabel('Salasana uudelleen').fill(password);
  }
  await page.getByRole('button', { name: 'Tee tiedosto' }).click();
  await expect(page.getByText(/Tiedosto on valmis\. Sen koko on [\d,]+ megatavua\./)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tallenna tiedosto' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^porukka-.*\.porukka\.json$/);
  return file.path();
}

/** On the import screen: picks the file; stops at the preview (or at the password question). */
export async function pickFile(page: Page, path: string): Promise<void> {
  await page.goto('/#/import');
  await unlockSupport(page);
  await page.getByLabel('Valitse tiedosto').setInputFiles(path);
}

export async function importFile(page: Page, path: string): Promise<void> {
  await pickFile(page, path);
  await page.getByRole('button', { name: 'Tuo tiedot' }).click();
  await expect(page.getByText('Valmis! Tiedot tuotiin tähän tablettiin.')).toBeVisible();
}
