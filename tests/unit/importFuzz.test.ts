// 1,200 damaged, cut and hostile files: each is refused with a typed error and the database stays
// exactly as it was, or it is a valid file and merges into a database that still exports and reads back.
import fc from 'fast-check';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { mergeGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import type { ImportErrorKind } from '../../src/domain/transfer/errors';
import { groupRecordSchema, entryRecordSchema, mediaRecordSchema, meetingRecordSchema, personRecordSchema } from '../../src/domain/transfer/format';
import { entryDataSchema } from '../../src/kinds/entryData';
import { db, useDatabase } from '../../src/storage/db';
import { dumpDatabase, seedGroup, storedEntries } from './transferHelpers';

const errorKinds: readonly ImportErrorKind[] = ['unreadable', 'tooLarge', 'notJson', 'truncated', 'notPorukkaFile', 'versionTooNew', 'wrongPassword', 'invalidRecords', 'notAnImage', 'storageFull', 'saveFailed'];

let good = '';
let goodObject: unknown;

beforeAll(async () => {
  useDatabase('fuzz-source');
  const groupId = await seedGroup('Fuzz');
  good = (await buildGroupFile([groupId])).text;
  goodObject = JSON.parse(good);
  useDatabase('fuzz-target');
  await seedGroup('Toinen porukka');
}, 30_000);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((child, i) => out.push(...paths(child, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, child] of Object.entries(value)) out.push(...paths(child, [...prefix, k]));
  return out;
}

function setAt(root: Json, path: (string | number)[], replace: (old: Json) => Json | undefined): Json {
  if (path.length === 0) return replace(root) ?? null;
  const clone = structuredClone(root) as Json;
  let node = clone as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const next = replace(node[last] ?? null);
  if (next === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    // defineProperty, so a key like "__proto__" becomes a plain key, as JSON.parse would make it.
    Object.defineProperty(node, last, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return clone;
}

const deepNesting = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const hostileValue = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1e308, '', '<script>alert(1)</script>', '../../etc/passwd', '\u0000', 'NaN', [], {}, { __proto__: { polluted: true } } as unknown as Json),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.constant('x'.repeat(200_000)),
  fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>,
);

/** A file made bad one way or another, as text. */
const badFile = fc.oneof(
  // Cut off anywhere.
  fc.nat().map((n) => good.slice(0, n % good.length)),
  // A character changed.
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([n, c]) => good.slice(0, n % good.length) + c + good.slice((n % good.length) + 1)),
  // A piece left out or doubled.
  fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(([n, len]) => good.slice(0, n % good.length) + good.slice((n % good.length) + len)),
  fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(([n, len]) => good.slice(0, (n % good.length) + len) + good.slice(n % good.length)),
  // A value anywhere replaced by something hostile, or removed.
  fc.tuple(fc.nat(), hostileValue, fc.boolean()).map(([n, value, remove]) => {
    const all = paths(goodObject as Json);
    const path = all[n % all.length]!;
    return JSON.stringify(setAt(goodObject as Json, path, () => (remove ? undefined : value)));
  }),
  // An extra key, including prototype-pollution keys, at any object.
  fc.tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'data'), hostileValue).map(([n, key, value]) => {
    const objects = paths(goodObject as Json).filter((p) => {
      let node: unknown = goodObject;
      for (const k of p) node = (node as Record<string | number, unknown>)[k];
      return node !== null && typeof node === 'object' && !Array.isArray(node);
    });
    const path = objects[n % objects.length]!;
    return JSON.stringify(setAt(goodObject as Json, [...path, key], () => value));
  }),
  // Deep nesting, inside the file or as the whole file.
  fc.integer({ min: 1, max: 50_000 }).map((depth) => good.replace('"people":[', `"people":[${deepNesting(depth)},`)),
  fc.integer({ min: 1000, max: 200_000 }).map(deepNesting),
  // Whole other things.
  fc.constantFrom('', 'null', '[]', '{}', '"porukka-group-export"', '<html></html>', '{"formatName":"porukka-group-export","formatVersion":1e999}'),
);

/** Checks every stored record against the file schemas and every answer against its kind, directly. */
async function expectValidDatabase(): Promise<void> {
  const database = db();
  const check = async (schema: v.GenericSchema, table: string) => {
    for (const row of await database.table(table).toArray()) {
      const { blob: _blob, ...rest } = row as Record<string, unknown>;
      const record = table === 'media' ? { ...rest, data: '' } : rest;
      expect(v.is(schema, record), `${table} ${JSON.stringify(record).slice(0, 200)}`).toBe(true);
    }
  };
  await check(groupRecordSchema, 'groups');
  await check(personRecordSchema, 'people');
  await check(meetingRecordSchema, 'meetings');
  await check(mediaRecordSchema, 'media');
  for (const entry of await storedEntries()) {
    const schema = entryDataSchema(entry.exerciseId, entry.meetingId, entry.type);
    expect(schema !== null && v.is(schema, entry.data) && v.is(entryRecordSchema, entry), `entry ${entry.id}`).toBe(true);
    expect(Object.getPrototypeOf(entry.data)).toBe(Object.prototype);
  }
}

describe('import fuzzing', () => {
  it('refuses every bad file with a typed error and leaves the database as it was, or merges a valid one', async () => {
    let dump = await dumpDatabase();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(badFile, async (text) => {
        const outcome = await readGroupFile(text);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        const isTypedError = !outcome.ok && 'error' in outcome && errorKinds.includes(outcome.error.kind);
        expect(outcome.ok || isTypedError).toBe(true);
        if (!outcome.ok) refused += 1;
        // A file that is still valid (a harmless change, such as different words) merges, and the
        // database still holds only valid records; a refused file leaves it exactly as it was.
        const merged = outcome.ok ? await mergeGroupFile(outcome.file) : null;
        expect(merged === null || merged.ok).toBe(true);
        const after = await dumpDatabase();
        expect(outcome.ok || after === dump).toBe(true);
        if (outcome.ok) await expectValidDatabase();
        dump = after;
      }),
      { numRuns: 1200, seed: 20261123 },
    );
    expect(refused).toBeGreaterThan(900);
  }, 240_000);
});
