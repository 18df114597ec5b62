import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatStamp, receive, tick, zeroClock, type ClockState } from '../../src/domain/clock';
import { compareRecords, count, mergeInto, mergeOutcome, noCounts } from '../../src/domain/merge';
import type { Group } from '../../src/domain/records';

const day = 24 * 3600 * 1000;
const t0 = Date.parse('2026-11-23T10:00:00.000Z');

/** A version of one of a few groups, as some device may have made it. */
const version = fc.record({
  id: fc.constantFrom('g1', 'g2', 'g3'),
  wall: fc.integer({ min: 0, max: 5 }).map((n) => t0 + n * 1000),
  counter: fc.integer({ min: 0, max: 3 }),
  deviceId: fc.constantFrom('tablet-a', 'tablet-b', 'tablet-c'),
  name: fc.constantFrom('Porukka', 'Tiistai', '<script>x</script>'),
  deleted: fc.boolean(),
}).map(({ id, wall, counter, deviceId, name, deleted }): Group => ({
  id,
  groupId: id,
  name,
  place: '',
  updatedAt: formatStamp({ wall, counter }),
  deviceId,
  deleted,
}));
const file = fc.array(version, { maxLength: 12 });
const device = file.map((records) => mergeInto(new Map(), records));
const asObject = (map: Map<string, Group>) => Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));

describe('merge by file (properties over generated histories)', () => {
  it('is idempotent: importing the same file twice changes nothing', () => {
    fc.assert(fc.property(device, file, (d, a) => {
      const once = mergeInto(d, a);
      expect(asObject(mergeInto(once, a))).toEqual(asObject(once));
    }));
  });

  it('is commutative: A then B gives the same device as B then A', () => {
    fc.assert(fc.property(device, file, file, (d, a, b) => {
      expect(asObject(mergeInto(mergeInto(d, a), b))).toEqual(asObject(mergeInto(mergeInto(d, b), a)));
    }));
  });

  it('is associative: however the files are grouped, the result is the same', () => {
    fc.assert(fc.property(device, file, file, file, (d, a, b, c) => {
      const oneByOne = mergeInto(mergeInto(mergeInto(d, a), b), c);
      const bc = [...mergeInto(mergeInto(new Map(), b), c).values()];
      expect(asObject(mergeInto(mergeInto(d, a), bc))).toEqual(asObject(oneByOne));
      expect(asObject(mergeInto(d, [...a, ...b, ...c]))).toEqual(asObject(oneByOne));
    }));
  });

  it('never loses a record the file does not mention, and keeps the newest version of each', () => {
    fc.assert(fc.property(device, file, (d, a) => {
      const merged = mergeInto(d, a);
      for (const id of d.keys()) expect(merged.has(id)).toBe(true);
      for (const [id, record] of merged) {
        const versions = [d.get(id), ...a.filter((r) => r.id === id)].filter((r): r is Group => r !== undefined);
        for (const other of versions) expect(compareRecords(record, other)).toBeGreaterThanOrEqual(0);
      }
    }));
  });
});

const group = (name: string, stamp: string, deviceId: string, deleted = false): Group => ({ id: 'g', groupId: 'g', name, place: '', updatedAt: stamp, deviceId, deleted });

describe('merge rules', () => {
  it('lets a removal win over older edits, and a later edit win over an older removal', () => {
    const edit = group('A', formatStamp({ wall: t0, counter: 0 }), 'a');
    const removal = group('A', formatStamp({ wall: t0 + 1, counter: 0 }), 'b', true);
    expect(mergeOutcome(edit, removal)).toBe('update');
    expect(mergeOutcome(removal, edit)).toBe('keepLocal');
    const laterEdit = group('B', formatStamp({ wall: t0 + 2, counter: 0 }), 'a');
    expect(mergeOutcome(removal, laterEdit)).toBe('update');
  });

  it('still orders edits right when one tablet’s clock is a year ahead', () => {
    // Tablet A is a year ahead; tablet B imports A's file, then edits: B's edit must win.
    let clockA: ClockState = zeroClock;
    const a = tick(clockA, t0 + 365 * day);
    clockA = a.state;
    const fromA = group('From A', a.stamp, 'a');
    let clockB = receive(zeroClock, fromA.updatedAt, t0);
    const b = tick(clockB, t0 + 1000);
    clockB = b.state;
    const fromB = group('From B after import', b.stamp, 'b');
    const merged = mergeInto(mergeInto(new Map(), [fromB]), [fromA]);
    expect(merged.get('g')?.name).toBe('From B after import');
  });

  it('counts what an import will do; a conflict is only what the caller found (see conflict.test.ts)', () => {
    const counts = noCounts();
    const local = group('Ours', formatStamp({ wall: t0, counter: 0 }), 'b');
    const incoming = group('Theirs', formatStamp({ wall: t0 + 5, counter: 0 }), 'a');
    count(counts, local, incoming, mergeOutcome(local, incoming), true);
    count(counts, undefined, { ...incoming, id: 'new' }, 'insert');
    // A plain removal from the other tablet is a removal, not a conflict.
    const gone = { ...incoming, id: 'x', deleted: true };
    count(counts, { ...local, id: 'x' }, gone, mergeOutcome({ ...local, id: 'x' }, gone));
    count(counts, incoming, incoming, 'unchanged');
    expect(counts).toEqual({ added: 1, updated: 1, removed: 1, unchanged: 1, keptLocal: 0, conflicts: 1 });
  });
});
