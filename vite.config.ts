import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { pictogramsPlugin } from './scripts/vite-pictograms.ts';
import { preloadFontsPlugin } from './scripts/vite-preload-fonts.ts';
import { prerenderShellPlugin } from './scripts/vite-prerender-shell.ts';
import { initialChunkName } from './scripts/vite-initial-chunk.ts';

const themeColour = '#1f4e8c';
/** Component tests that mock an app module (vi.mock) are named *.mocked.test.tsx: they run isolated (test.projects). */
const componentFilesWithModuleMocks = 'tests/component/**/*.mocked.test.tsx';

export default defineConfig({
  plugins: [
    preact(),
    pictogramsPlugin(),
    preloadFontsPlugin(),
    // The start screen's frame in index.html, with the styles inlined: it paints before the JavaScript runs.
    prerenderShellPlugin(),
    VitePWA({
      // We register the service worker ourselves with workbox-window (src/services/serviceWorker.ts),
      // so the update prompt can wait until no exercise is open.
      injectRegister: false,
      registerType: 'prompt',
      includeManifestIcons: false,
      manifest: {
        name: 'Porukka',
        short_name: 'Porukka',
        description: 'Porukka-hautomo: tapaamiset, tehtävät ja yhteinen tekeminen kuvina.',
        lang: 'fi',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#fffbf2',
        theme_color: themeColour,
        // An installed Porukka can open group files (where the platform has file handlers).
        file_handlers: [{ action: './', accept: { 'application/json': ['.json'] } }],
        // …and receive them from the share sheet (Android); public/share-target.js takes the POST.
        share_target: {
          action: './share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: { files: [{ name: 'file', accept: ['application/json', '.json', 'text/plain'] }] },
        },
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // Our own service worker (src/services/offline/sw.ts): Workbox's precache and routes, with the files
      // fetched six at a time when the app installs. vite-plugin-pwa builds it and puts the file list in.
      strategies: 'injectManifest',
      srcDir: 'src/services/offline',
      filename: 'sw.ts',
      injectManifest: {
        // A classic worker: it loads share-target.js and pictogram-pack.js with importScripts.
        rollupFormat: 'iife',
        // Precache the whole app: every chunk, font file and icon (the .woff fonts are for PDFs), the
        // pictograms as one pack (public/pictogram-pack.js answers each pictogram from it), and the offline
        // voice (voice/espeak-ng.mjs + .data, from scripts/build-voice.mjs), so the "ready for the park"
        // notice waits for it too.
        globPatterns: ['**/*.{js,mjs,data,css,html,svg,png,woff,woff2,webmanifest,txt,pack}'],
        globIgnores: ['pictograms/flat/**', 'pictograms/high-contrast/**', 'sw.js'],
      },
    }),
  ],
  // The offline voice's worker is an ES module (it imports the engine when first asked to speak).
  worker: { format: 'es' },
  build: {
    // Pictograms stay separate files (precached), never inlined into the JavaScript.
    assetsInlineLimit: 0,
    target: 'es2022',
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: initialChunkName() }] } },
    },
  },
  test: {
    // `npm run test:unit` prints line and branch coverage of the app's code by the unit and component
    // tests (screens are covered by the browser tests, which this does not count).
    coverage: { provider: 'v8', include: ['src/**/*.{ts,tsx}'], reporter: ['text-summary'], reportsDirectory: 'coverage' },
    // Every core (Vitest's default leaves one free: on a 2-core machine that is one worker).
    maxWorkers: '100%',
    // A guard against a test that hangs, not a speed check (speed is measured by `npm run bench`): the
    // default 5 s failed tests that load many modules or make a PDF whenever the machine was busy.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          // Files share a worker's loaded modules (each test makes its own database): importing the app
          // again for each of ~50 files was most of the unit tests' time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Only `npm run bench` runs these.
          name: 'bench',
          include: ['tests/bench/**/*.bench.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          exclude: [componentFilesWithModuleMocks],
          environment: 'happy-dom',
          setupFiles: ['tests/component/setup.ts'],
          // As the unit tests: one page and one load of the app per worker, not per file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Files that replace an app module (vi.mock) get their own fresh modules.
          name: 'component-mocked',
          include: [componentFilesWithModuleMocks],
          environment: 'happy-dom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
