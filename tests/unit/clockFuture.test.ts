// A stamp from the future in an imported file: the clock follows a tablet that is a little ahead, but
// a file stamped decades ahead moves this tablet's clock at most 400 days past its own time
// (a tablet whose date is a year wrong is still followed: merge.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { mergeGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import { formatStamp, maxAheadMs, parseStamp, receive, tick } from '../../src/domain/clock';
import { useDatabase } from '../../src/storage/db';
import { deviceSnapshot } from '../../src/storage/device';
import { seedGroup } from './transferHelpers';

const now = Date.parse('2026-12-05T10:00:00.000Z');
const hour = 60 * 60 * 1000;
afterEach(() => vi.useRealTimers());

describe('a stamp from the future', () => {
  it('is followed when it is a little ahead (a tablet whose clock runs fast)', () => {
    const ahead = formatStamp({ wall: now + hour, counter: 7 });
    const state = receive({ wall: now, counter: 0 }, ahead, now);
    expect(state).toEqual({ wall: now + hour, counter: 8 });
    expect(tick(state, now).stamp > ahead).toBe(true);
  });

  it('moves the clock at most 400 days ahead of this tablet when it is decades ahead', () => {
    const state = receive({ wall: now, counter: 0 }, '2099-01-01T00:00:00.000Z_0000', now);
    expect(state.wall).toBe(now + maxAheadMs);
    expect(formatStamp(state).startsWith('2028-01-09')).toBe(true);
    // Later the tablet's own time passes the cap and the clock follows wall time again.
    expect(tick(state, now + maxAheadMs + hour).state).toEqual({ wall: now + maxAheadMs + hour, counter: 0 });
  });

  it('does not move the clock decades ahead when a hostile file is imported', async () => {
    useDatabase(`clock-future-${Date.now()}`);
    const groupId = await seedGroup('Tulevaisuus');
    const file = JSON.parse((await buildGroupFile([groupId])).text) as { payload: { people: { updatedAt: string; name: string }[] } };
    const member = file.payload.people[0];
    if (!member) throw new Error('no member in the file');
    member.updatedAt = '2099-01-01T00:00:00.000Z_0000';
    member.name = 'Aikamatkaaja';
    vi.useFakeTimers({ now, toFake: ['Date'] });
    const read = await readGroupFile(JSON.stringify(file));
    if (!read.ok) throw new Error('file not read');
    expect((await mergeGroupFile(read.file)).ok).toBe(true);
    const clock = parseStamp((await deviceSnapshot()).clock);
    expect(clock?.wall).toBeLessThanOrEqual(now + maxAheadMs);
    expect(clock?.wall).toBeGreaterThanOrEqual(now);
  });
});
