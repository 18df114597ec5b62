import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
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

// findBy…/waitFor wait up to 5 s for what a user would see: a screen that loads from the (fake)
// database can take longer than the default 1 s while a busy machine runs other tests.
configure({ asyncUtilTimeout: 5000 });
