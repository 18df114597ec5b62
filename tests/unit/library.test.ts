import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodCards, practices } from '../../src/content/library';

const manifest = JSON.parse(readFileSync(new URL('../../pictograms/manifest.json', import.meta.url), 'utf8')) as Record<string, string>;
const languages = ['fi', 'sv', 'en'];
const load = (lng: string) => JSON.parse(readFileSync(new URL(`../../locales/${lng}/library.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const lookup = (tree: Record<string, unknown>, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

/** Every leaf key of a locale tree, joined with '.'. */
function leafKeys(node: unknown, prefix = ''): string[] {
  if (!node || typeof node !== 'object') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** Every text key and pictogram the library names. */
function libraryRefs(): { keys: string[]; pictograms: string[] } {
  const keys: string[] = [];
  const pictograms: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k.endsWith('Key') && typeof v === 'string') keys.push(v);
        else if (k === 'pictogram' && typeof v === 'string') pictograms.push(v);
        else walk(v);
      }
    }
  };
  walk(methodCards);
  walk(practices);
  return { keys, pictograms };
}

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('library', () => {
  it('has the method cards of the good-practice cards and the workbook', () => {
    const ids = methodCards.map((c) => c.id);
    const required = {
      'good-practice-cards': ['meeting-place', 'co-development', 'outreach-work', 'experts-by-experience', 'groups'],
      workbook: ['peer-support', 'two-support-persons', 'support-not-deciding'],
      // The evaluation themes the "Toimivat käytännöt" practices share (issue 13).
      'practice-collection': ['what-practices-share'],
    } as const;
    for (const [source, list] of Object.entries(required)) {
      for (const id of list) expect(methodCards.find((c) => c.id === id)?.source, id).toBe(source);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every working practice of "Toimivat käytännöt" once', () => {
    // The collection describes sixteen practices (its appendix lists the same sixteen).
    expect(practices.map((p) => p.id)).toEqual([
      'gruppis',
      'passeli',
      'multi-agency-groups',
      'musapaja',
      'housing-advice',
      'sisu',
      'individual-rehabilitation',
      'solmut-auki',
      'shaping-team',
      'client-first',
      'kostiakeskus',
      'drop-in-advice',
      'client-panel',
      'riihimaki-groups',
      'fyrkkaa-fiilista',
      'ylojarvi-group',
    ]);
  });

  it('uses unique lower-case ids joined by "-", also inside each card', () => {
    const all = [...methodCards.map((c) => c.id), ...practices.map((p) => p.id)];
    for (const id of all) expect(id).toMatch(idPattern);
    for (const list of [methodCards, practices]) expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
    const rows = [
      ...methodCards.flatMap((c) => [c.points, c.questions]),
      ...practices.map((p) => p.lessons),
    ];
    for (const row of rows) {
      for (const item of row) expect(item.id).toMatch(idPattern);
      expect(new Set(row.map((i) => i.id)).size).toBe(row.length);
    }
  });

  it('keeps cards short: 3–7 points, 2–5 questions, 2–4 lessons', () => {
    for (const c of methodCards) {
      expect(c.points.length, c.id).toBeGreaterThanOrEqual(3);
      expect(c.points.length, c.id).toBeLessThanOrEqual(7);
      expect(c.questions.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.questions.length, c.id).toBeLessThanOrEqual(5);
    }
    for (const p of practices) {
      expect(p.lessons.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.lessons.length, p.id).toBeLessThanOrEqual(4);
    }
  });

  it('keys texts by id', () => {
    for (const c of methodCards) {
      expect(c.titleKey).toBe(`methods.${c.id}.title`);
      expect(c.summaryKey).toBe(`methods.${c.id}.summary`);
      for (const p of c.points) expect(p.textKey).toBe(`methods.${c.id}.points.${p.id}`);
      for (const q of c.questions) expect(q.textKey).toBe(`methods.${c.id}.questions.${q.id}`);
    }
    for (const p of practices) {
      for (const part of ['title', 'place', 'idea', 'forWhom'] as const) expect(p[`${part}Key`]).toBe(`practices.${p.id}.${part}`);
      for (const l of p.lessons) expect(l.textKey).toBe(`practices.${p.id}.lessons.${l.id}`);
    }
  });

  it('names only pictograms that are in the manifest', () => {
    expect(libraryRefs().pictograms.length).toBeGreaterThan(0);
    for (const id of libraryRefs().pictograms) expect(manifest[id], id).toBeTypeOf('string');
  });

  it.each(languages)('has every text in %s, none empty', (lng) => {
    const texts = load(lng);
    expect(libraryRefs().keys.length).toBeGreaterThan(0);
    for (const key of libraryRefs().keys) {
      const text = lookup(texts, key);
      expect(text, `${lng}: ${key}`).toBeTypeOf('string');
      expect((text as string).trim(), `${lng}: ${key}`).not.toBe('');
    }
  });

  it.each(languages)('has no unused texts in %s', (lng) => {
    const used = new Set(libraryRefs().keys);
    for (const key of leafKeys(load(lng))) expect(used.has(key), `${lng}: ${key} is not used`).toBe(true);
  });
});
