import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { initI18n } from '../../src/i18n/i18n';

// A text key that no locale has fails the test, instead of showing the key on screen.
beforeAll(() =>
  initI18n('fi', {
    onMissingKey: (language, key) => {
      throw new Error(`Missing text "${key}" (${language})`);
    },
  }),
);
afterEach(cleanup);

// findBy…/waitFor wait up to 5 s for what a user would see: a screen that loads from the (fake)
// database can take longer than the default 1 s while a busy machine runs other tests.
configure({ asyncUtilTimeout: 5000 });

// Test files share the worker's page (vite.config.ts: isolate false). What a file puts in place of the
// browser's speech, audio or scrolling is put back when the file ends, so the next file gets the page as it was.
const borrowed: readonly (readonly [object, string])[] = [
  [globalThis, 'speechSynthesis'],
  [globalThis, 'SpeechSynthesisUtterance'],
  [globalThis, 'AudioContext'],
  [globalThis, 'Audio'],
  [Element.prototype, 'scrollIntoView'],
];
const asTheyWere = borrowed.map(([owner, name]) => [owner, name, Object.getOwnPropertyDescriptor(owner, name)] as const);
afterAll(() => {
  for (const [owner, name, descriptor] of asTheyWere) {
    if (descriptor) Object.defineProperty(owner, name, descriptor);
    else Reflect.deleteProperty(owner, name);
  }
});
