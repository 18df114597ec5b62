// Draws the app icons (public/icons/*.png) from the app pictogram with Chromium. Run it again
// after changing the pictogram or colours: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../pictograms/flat/app.svg', import.meta.url), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const { file, size, maskable } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // A maskable icon keeps its picture inside the middle 80 % (the safe zone); the plain icon is a rounded tile.
  const radius = maskable ? 0 : size * 0.22;
  const picture = maskable ? size * 0.56 : size * 0.7;
  await page.setContent(`<body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${radius}px;background:#1f4e8c;display:flex;align-items:center;justify-content:center">
      <div style="width:${picture * 1.12}px;height:${picture * 1.12}px;border-radius:50%;background:#fffbf2;display:flex;align-items:center;justify-content:center">
        <img src="${dataUrl}" style="width:${picture * 0.8}px;height:${picture * 0.8}px">
      </div>
    </div></body>`);
  await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to public/icons/');
