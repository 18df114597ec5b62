// "Tulosteet": every document of the group on one support-person screen. A certificate is made there:
// its day shows in its row, the save button stands beside the preview on a wide screen, the screen says
// where the file went, and the downloaded PDF holds the group's name.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { installFakeSpeech } from './fakeSpeech';
import { setUpGroup } from './pages/app';
import { checkScreen } from './pages/checks';

test.use({ viewport: { width: 1280, height: 800 } });

test('Tulosteet lists the documents; a certificate made there shows its day, the save button beside the preview and where the file went', async ({ page }) => {
  test.setTimeout(60_000);
  await installFakeSpeech(page, ['fi-FI']);
  await setUpGroup(page, 'Mäntylän porukka', [{ name: 'Anna Kärkkäinen' }, { name: 'Jöns Åberg', role: 'Tukihenkilö' }]);
  await page.getByRole('link', { name: 'Tulosteet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tulosteet' })).toBeVisible();

  // Every document in one place: a memo, the invitation … the certificate, none made yet.
  for (const name of ['Muistio', 'Kutsu', 'Työnjako', 'Todistus']) await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: 'Todistus', exact: true }) });
  await expect(row).toContainText('Et ole vielä tehnyt tätä.');
  await checkScreen(page, 'Tulosteet');

  await row.getByRole('button', { name: 'Tee PDF-tiedosto' }).click();
  const preview = row.getByRole('img', { name: 'PDF-tiedoston esikatselu' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  // The day it was made, kept as the group's answer ("Teit viimeksi lauantaina 5.12.2026").
  await expect(row).toContainText(/Teit viimeksi \S+ \d{1,2}\.\d{1,2}\.\d{4}/);
  await expect(row).not.toContainText('Et ole vielä tehnyt tätä.');

  // Beside the preview, not below it: the button ends left of the picture and they share the same rows.
  const save = row.getByRole('button', { name: 'Tallenna PDF-tiedosto' });
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
  const [button, picture] = await Promise.all([save.boundingBox(), preview.boundingBox()]);
  expect(button && picture).toBeTruthy();
  if (!button || !picture) return;
  expect(button.x + button.width).toBeLessThanOrEqual(picture.x);
  expect(button.y).toBeLessThan(picture.y + picture.height / 2);

  const download = page.waitForEvent('download');
  await save.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Todistukset Mäntylän porukka.pdf');
  await expect(row.getByRole('status')).toHaveText(`Tallensit tiedoston ${file.suggestedFilename()}. Löydät sen yleensä Lataukset-kansiosta.`);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await file.path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Mäntylän porukka');
  expect(text).toContain('Anna Kärkkäinen');
  await checkScreen(page, 'Tulosteet, PDF made');
});
