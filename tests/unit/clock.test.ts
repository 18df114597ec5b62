import { describe, expect, it } from 'vitest';
import { compareVersions, formatStamp, parseStamp, receive, tick, zeroClock, type ClockState } from '../../src/domain/clock';

const day = 24 * 60 * 60 * 1000;
const t0 = Date.parse('2026-11-23T10:00:00.000Z');

describe('hybrid logical clock', () => {
  it('follows wall time when it moves forward', () => {
    const { state, stamp } = tick(zeroClock, t0);
    expect(state).toEqual({ wall: t0, counter: 0 });
    expect(stamp).toBe('2026-11-23T10:00:00.000Z_0000');
  });

  it('never goes backwards when the wall clock does', () => {
    let state: ClockState = zeroClock;
    const stamps: string[] = [];
    for (const now of [t0, t0, t0 - 5000, t0 + 1, t0 - day]) {
      const next = tick(state, now);
      state = next.state;
      stamps.push(next.stamp);
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('orders stamps by plain string comparison, also across counter overflow', () => {
    let state: ClockState = { wall: t0, counter: 0xfffe };
    const a = tick(state, t0);
    state = a.state;
    const b = tick(state, t0);
    expect(b.state).toEqual({ wall: t0 + 1, counter: 0 });
    expect(a.stamp < b.stamp).toBe(true);
  });

  it('jumps past a stamp from a device whose clock is a year ahead, and stays ordered after it', () => {
    const ahead = formatStamp({ wall: t0 + 365 * day, counter: 7 });
    const local = receive({ wall: t0, counter: 0 }, ahead, t0);
    const next = tick(local, t0 + 1000);
    expect(next.stamp > ahead).toBe(true);
  });

  it('keeps its own time when a remote stamp is older, and ignores junk', () => {
    const state = { wall: t0, counter: 3 };
    expect(receive(state, formatStamp({ wall: t0 - day, counter: 0 }), t0 - 10)).toEqual({ wall: t0, counter: 4 });
    expect(receive(state, 'not a stamp', t0 - 10)).toBe(state);
  });

  it('reads back what it writes and refuses other strings', () => {
    const state = { wall: t0 + 123, counter: 42 };
    expect(parseStamp(formatStamp(state))).toEqual(state);
    expect(parseStamp('2026-11-23T10:00:00Z_0001')).toBeNull();
    expect(parseStamp('<script>')).toBeNull();
  });

  it('breaks a tie on the clock by device id', () => {
    const stamp = formatStamp({ wall: t0, counter: 1 });
    expect(compareVersions({ updatedAt: stamp, deviceId: 'b' }, { updatedAt: stamp, deviceId: 'a' })).toBe(1);
    expect(compareVersions({ updatedAt: stamp, deviceId: 'a' }, { updatedAt: stamp, deviceId: 'a' })).toBe(0);
    const later = formatStamp({ wall: t0, counter: 2 });
    expect(compareVersions({ updatedAt: stamp, deviceId: 'z' }, { updatedAt: later, deviceId: 'a' })).toBe(-1);
  });
});
