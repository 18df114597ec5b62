// The count of writes still on their way to the disk: up while a read-write transaction runs, down when
// it has completed or failed; reads do not count.
import { describe, expect, it, vi } from 'vitest';
import { db, useDatabase } from '../../src/storage/db';
import { onWritesInFlight } from '../../src/storage/writesInFlight';

describe('writes in flight', () => {
  it('counts a write from its start until it is on disk, and not a read', async () => {
    useDatabase(`writes-${Math.random()}`);
    const seen: number[] = [];
    const stop = onWritesInFlight((count) => seen.push(count));
    const write = db().settings.put({ key: 'a', value: 1 });
    await write;
    await db().settings.get('a');
    stop();
    expect(seen).toEqual([0, 1, 0]);
  });

  it('counts a failed write down again', async () => {
    useDatabase(`writes-failing-${Math.random()}`);
    const seen: number[] = [];
    const stop = onWritesInFlight((count) => seen.push(count));
    await expect(db().transaction('rw', db().settings, async () => {
      await db().settings.put({ key: 'b', value: 2 });
      throw new Error('no room');
    })).rejects.toThrow('no room');
    // The rollback ends the transaction just after the failure is reported.
    await vi.waitFor(() => expect(seen.at(-1)).toBe(0));
    stop();
    expect(Math.max(...seen)).toBe(1);
    expect(await db().settings.get('b')).toBeUndefined();
  });
});
