import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// E2E_PORT and E2E_DIST let several builds be tested side by side (e.g. `npx vite build --outDir /tmp/d`).
const port = Number(process.env['E2E_PORT'] ?? 4173);
const outDir = process.env['E2E_DIST'] ?? 'dist';
// Debian's Chromium headless shell (package chromium-headless-shell: the same engine without the
// browser's window layer; what Playwright itself runs headless) where installed: on this 2-core machine
// the suite takes about a sixth less time than in the full chromium. CHROME_PATH chooses another.
const headlessShell = '/usr/bin/chromium-headless-shell';
const chromePath = process.env['CHROME_PATH'] || (existsSync(headlessShell) ? headlessShell : '/usr/bin/chromium');

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // A tablet held upright (iPad Air size).
    viewport: { width: 820, height: 1180 },
    locale: 'fi-FI',
    // Installing the service worker precaches the whole app (~2.8 MB) in every new context; only the
    // specs about working offline and updating turn it on (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    trace: 'off',
    // A missing button fails the test in seconds, not at the test's time limit.
    actionTimeout: 30_000,
    launchOptions: {
      executablePath: chromePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // A fake microphone that says yes, for voice notes.
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    },
  },
  webServer: {
    // The production build with its service worker (npm test builds before running this), served as
    // `vite preview` serves it but uncompressed (scripts/serve-dist.mjs: its gzip took 3 % of the suite).
    command: `node scripts/serve-dist.mjs --port ${port} --dir ${outDir}`,
    cwd: '..',
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
