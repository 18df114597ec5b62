import { describe, expect, it } from 'vitest';
import { stillPending, withPending, type PendingChange } from '../../src/app/hooks/pendingAnswers';
import { entryId, type Entry } from '../../src/domain/records';

const address = (key: string) => ({ groupId: 'g', meetingId: 'm02' as const, exerciseId: 'e', type: 'choice', key });
const saved = (key: string, chosen: boolean): Entry => ({
  id: entryId('g', 'e', 'choice', key),
  ...address(key),
  data: { chosen },
  updatedAt: '2026-12-04T10:00:00.000Z_0000',
  deviceId: 'd',
  deleted: false,
});

describe('answers waiting to be read back from disk', () => {
  it('are laid over the saved answers in the order they were made', () => {
    const pending: PendingChange[] = [
      { seq: 1, address: address('a'), data: { chosen: true } },
      { seq: 2, address: address('b'), data: { chosen: true } },
      { seq: 3, address: address('a'), data: { chosen: false } },
    ];
    const shown = withPending([saved('a', false), saved('c', true)], pending);
    expect(shown.map((e) => [e.key, e.data])).toEqual([
      ['a', { chosen: false }],
      ['c', { chosen: true }],
      ['b', { chosen: true }],
    ]);
    // A saved answer keeps its own fields; only the data changes.
    expect(shown[0]?.updatedAt).toBe('2026-12-04T10:00:00.000Z_0000');
  });

  it('take a removed answer off the screen', () => {
    expect(withPending([saved('a', true), saved('b', true)], [{ seq: 1, address: address('a'), isRemoval: true }]).map((e) => e.key)).toEqual(['b']);
  });

  it('stay until the saved answers are read again after the write, then go', () => {
    const before = [saved('a', false)];
    const after = [saved('a', true)];
    const writing: PendingChange = { seq: 1, address: address('a'), data: { chosen: true } };
    const stored: PendingChange = { ...writing, storedOver: before };
    expect(stillPending([writing], after)).toEqual([writing]);
    expect(stillPending([stored], before)).toEqual([stored]);
    expect(stillPending([stored], after)).toEqual([]);
  });
});
