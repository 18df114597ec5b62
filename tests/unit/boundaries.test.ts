import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, violations } from '../../scripts/check-boundaries.mjs';

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

describe('import boundaries', () => {
  it('finds static, type-only, re-exported and dynamic imports', () => {
    const code = `import a from './a';\nimport type { B } from "../b";\nexport { c } from './c';\nconst d = () => import('./d');\nimport './e.css';`;
    expect(importsOf(code)).toEqual(['./a', '../b', './c', './d', './e.css']);
  });

  it('lets imports flow one way only', () => {
    expect(violations(src('ui/Thing.tsx'), "import { db } from '../storage/db';")).toHaveLength(2);
    expect(violations(src('ui/Thing.tsx'), "import { useStore } from '../state/useStore';")).toHaveLength(1);
    expect(violations(src('kinds/x/View.tsx'), "import { listGroups } from '../../storage/repositories/groups';")).toHaveLength(1);
    expect(violations(src('domain/x.ts'), "import { t } from '../i18n/i18n';")).toHaveLength(1);
    expect(violations(src('kinds/x/View.tsx'), "import { Say } from '../../ui/Say';\nimport { useT } from '../../i18n/useT';")).toEqual([]);
    expect(violations(src('app/x.tsx'), "import { listGroups } from '../storage/repositories/groups';")).toEqual([]);
  });

  it('lets only storage/ open the database; the rest use its repositories', () => {
    expect(violations(src('app/documents/load.ts'), "import { db } from '../../storage/db';")).toEqual([
      "src/app/documents/load.ts: only storage/ opens the database; use a repository (\"../../storage/db\")",
    ]);
    expect(violations(src('storage/repositories/x.ts'), "import { db } from '../db';")).toEqual([]);
  });

  it('keeps Dexie in storage, i18next in i18n and workbox in services', () => {
    expect(violations(src('app/x.tsx'), "import { liveQuery } from 'dexie';")).toHaveLength(1);
    expect(violations(src('storage/x.ts'), "import { liveQuery } from 'dexie';")).toEqual([]);
    expect(violations(src('ui/x.tsx'), "import i18next from 'i18next';")).toHaveLength(1);
    expect(violations(src('app/x.tsx'), "import { Workbox } from 'workbox-window';")).toHaveLength(1);
    expect(violations(src('ui/x.tsx'), "import { createStore } from 'zustand/vanilla';")).toHaveLength(1);
  });
});
