import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../locales/', import.meta.url);
const languages = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const namespaces = readdirSync(new URL('fi/', root)).filter((f) => f.endsWith('.json'));

/** Every leaf key with the interpolation variables its text uses. */
/** The keys whose text is empty or only spaces. */
const emptyIn = (node: unknown, prefix: string): string[] =>
  typeof node === 'string'
    ? node.trim() === '' ? [prefix] : []
    : Object.entries(node as Record<string, unknown>).flatMap(([key, child]) => emptyIn(child, `${prefix}.${key}`));

function leaves(lng: string, ns: string): Map<string, string[]> {
  const tree = JSON.parse(readFileSync(new URL(`${lng}/${ns}`, root), 'utf8')) as unknown;
  const out = new Map<string, string[]>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') {
      out.set(prefix, [...node.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!).sort());
      return;
    }
    expect(node && typeof node === 'object', `${lng}/${ns}: ${prefix} is not text`).toBe(true);
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  walk(tree, '');
  return out;
}

describe('locales', () => {
  it('are Finnish, Swedish and English, each with the same files', () => {
    expect(languages).toEqual(['en', 'fi', 'sv']);
    for (const lng of languages) expect(readdirSync(new URL(`${lng}/`, root)).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces.flatMap((ns) => ['sv', 'en'].map((lng) => [lng, ns])))('%s/%s has every key of Finnish and no others, with the same variables', (lng, ns) => {
    const fi = leaves('fi', ns);
    const other = leaves(lng, ns);
    expect([...other.keys()].sort()).toEqual([...fi.keys()].sort());
    for (const [key, vars] of fi) expect(other.get(key), `${lng}/${ns}: ${key}`).toEqual(vars);
  });

  it('has no empty texts', () => {
    for (const lng of languages)
      for (const ns of namespaces) {
        const tree = JSON.parse(readFileSync(new URL(`${lng}/${ns}`, root), 'utf8')) as unknown;
        expect(emptyIn(tree, `${lng}/${ns}`)).toEqual([]);
      }
  });
});
