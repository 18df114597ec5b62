import { expect, type Locator, type Page } from '@playwright/test';

/** A large JPEG made in the browser (a photo straight from a tablet camera is about this size). */
export async function cameraPhoto(page: Page, width = 3000, height = 2000): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const dataUrl = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#3a6ea5';
      context.fillRect(0, 0, w, h);
      context.fillStyle = '#f2c14e';
      context.beginPath();
      context.arc(w / 2, h / 2, h / 3, 0, Math.PI * 2);
      context.fill();
      return canvas.toDataURL('image/jpeg', 0.92);
    },
    [width, height] as const,
  );
  return { name: 'avaimet.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(dataUrl.split(',')[1]!, 'base64') };
}

/** Records a voice note with the fake microphone and waits until it can be played. */
export async function recordVoice(page: Page, scope: Locator = page.locator('main')): Promise<void> {
  await scope.getByRole('button', { name: /^Nauhoita/ }).first().click();
  // The microphone is on once "Lopeta nauhoitus" can be pressed (the recorder has started).
  const stop = scope.getByRole('button', { name: 'Lopeta nauhoitus' });
  await expect(stop).toBeEnabled();
  await stop.click();
  await expect(scope.getByRole('button', { name: /^Kuuntele (nauhoitus|oma ääni)$/ }).first()).toBeVisible();
}
