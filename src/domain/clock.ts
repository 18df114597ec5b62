// Hybrid logical clock: stamps that follow wall time but never go backwards, even when a tablet's
// clock is wrong, so "newest edit wins" stays true across devices.
// Stamp format (DO NOT CHANGE without a migration, stamps are saved and exported):
//   <ISO-8601 UTC wall time>_<counter, 4 hex digits>   e.g. 2026-11-23T14:42:00.000Z_0003
// Plain string comparison orders stamps correctly.

export interface ClockState {
  readonly wall: number;
  readonly counter: number;
}

export const zeroClock: ClockState = { wall: 0, counter: 0 };

const maxCounter = 0xffff;
const stampPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{4})$/;

export function formatStamp(state: ClockState): string {
  return `${new Date(state.wall).toISOString()}_${state.counter.toString(16).padStart(4, '0')}`;
}

/** Reads a stamp back; null when it is not one. */
export function parseStamp(stamp: string): ClockState | null {
  const match = stampPattern.exec(stamp);
  if (!match?.[1] || !match[2]) return null;
  const wall = Date.parse(match[1]);
  if (Number.isNaN(wall)) return null;
  return { wall, counter: parseInt(match[2], 16) };
}

function advance(wall: number, counter: number): ClockState {
  // When one millisecond runs out of counter values, borrow the next millisecond: order is kept.
  return counter > maxCounter ? { wall: wall + 1, counter: 0 } : { wall, counter };
}

/** A stamp for a local change. */
export function tick(state: ClockState, now: number): { state: ClockState; stamp: string } {
  const next = now > state.wall ? { wall: now, counter: 0 } : advance(state.wall, state.counter + 1);
  return { state: next, stamp: formatStamp(next) };
}

/**
 * How far ahead of this tablet's own time a stamp from another device can move the clock: 400 days,
 * so a tablet whose date is a year wrong still exchanges edits in the right order (merge.test.ts,
 * transferMergeDb.test.ts), but a damaged or hostile file (a stamp in 2099) cannot push this tablet's
 * clock decades ahead, where every later edit here would carry that year.
 */
export const maxAheadMs = 400 * 24 * 60 * 60 * 1000;

/** Moves the clock past a stamp that came from another device (at most `maxAheadMs` past `now`). */
export function receive(state: ClockState, remoteStamp: string, now: number): ClockState {
  const parsed = parseStamp(remoteStamp);
  if (!parsed) return state;
  const limit = now + maxAheadMs;
  const remote = parsed.wall > limit ? { wall: limit, counter: 0 } : parsed;
  const wall = Math.max(state.wall, remote.wall, now);
  if (wall === now && now > state.wall && now > remote.wall) return { wall, counter: 0 };
  if (wall === state.wall && wall === remote.wall) {
    return advance(wall, Math.max(state.counter, remote.counter) + 1);
  }
  if (wall === state.wall) return advance(wall, state.counter + 1);
  return advance(wall, remote.counter + 1);
}

export interface Stamped {
  readonly updatedAt: string;
  readonly deviceId: string;
}

/** Orders two versions of a record: positive when a is newer. Ties on the clock go to the larger device id. */
export function compareVersions(a: Stamped, b: Stamped): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? -1 : 1;
  if (a.deviceId === b.deviceId) return 0;
  return a.deviceId < b.deviceId ? -1 : 1;
}
