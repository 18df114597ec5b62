import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
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
