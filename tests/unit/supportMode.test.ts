// @vitest-environment happy-dom
// The support persons' PIN and lock: stored only as a salted hash, refused when wrong, locked when idle.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasIdled } from '../../src/domain/lock';
import { hashPin, verifyPin } from '../../src/services/pin';
import { changePin, emptyDevice, hasPin, setFirstPin, unlockWithPin } from '../../src/services/pinLock';
import { lock, unlockByLongPress, watchSupportMode } from '../../src/services/supportMode';
import { lockSupportMode, modeStore } from '../../src/state/modeStore';
import { settingsStore, updateSettings } from '../../src/state/settingsStore';
import { db, useDatabase } from '../../src/storage/db';
import { createGroup, listGroups } from '../../src/storage/repositories/groups';
import { defaultDeviceSettings } from '../../src/storage/repositories/settings';

let n = 0;
beforeEach(() => {
  useDatabase(`support-${++n}`);
  lockSupportMode();
  settingsStore.setState(defaultDeviceSettings);
  sessionStorage.clear();
});

const isSupport = () => modeStore.getState().isSupport;

describe('the PIN', () => {
  it('is kept as a salted hash: never the digits, and a different hash every time it is set', async () => {
    const first = await hashPin('918273', 1000);
    const second = await hashPin('918273', 1000);
    expect(JSON.stringify(first)).not.toContain('918273');
    expect(first.algorithm).toBe('PBKDF2-SHA-256');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(await verifyPin('918273', first)).toBe(true);
    expect(await verifyPin('918273', second)).toBe(true);
  });

  it('refuses a wrong PIN, a near miss and a damaged hash', async () => {
    const stored = await hashPin('1234', 1000);
    for (const wrong of ['1235', '12345', '', '4321', ' 1234']) expect(await verifyPin(wrong, stored), wrong).toBe(false);
    expect(await verifyPin('1234', { ...stored, hash: 'not base64!' })).toBe(false);
    expect(await verifyPin('1234', { ...stored, salt: stored.hash })).toBe(false);
  });

  it('is set once at first use, and then opens the tablet only when right', async () => {
    expect(await hasPin()).toBe(false);
    expect(await setFirstPin('2468')).toBe('set');
    expect(isSupport()).toBe(true);
    expect(JSON.stringify(await db().settings.toArray())).not.toContain('2468');
    lock();
    expect(isSupport()).toBe(false);
    expect(await setFirstPin('0000')).toBe('already-set');
    expect(isSupport()).toBe(false);
    expect(await unlockWithPin('0000')).toBe(false);
    expect(isSupport()).toBe(false);
    expect(await unlockWithPin('2468')).toBe(true);
    expect(isSupport()).toBe(true);
  }, 20_000);

  it('changes only with the old PIN', async () => {
    await setFirstPin('2468');
    expect(await changePin('1111', '1357')).toBe(false);
    expect(await unlockWithPin('2468')).toBe(true);
    expect(await changePin('2468', '1357')).toBe(true);
    lock();
    expect(await unlockWithPin('2468')).toBe(false);
    expect(await unlockWithPin('1357')).toBe(true);
  }, 20_000);

  it('is gone, with everything else, when the device is emptied', async () => {
    await setFirstPin('2468');
    await createGroup({ name: 'Tiistaiporukka', place: '' });
    await emptyDevice();
    expect(isSupport()).toBe(false);
    useDatabase('porukka-after-empty');
    expect(await hasPin()).toBe(false);
    expect(await listGroups()).toEqual([]);
  }, 20_000);
});

describe('the long press', () => {
  it('opens the tablet only when a support person has turned it on', async () => {
    expect(unlockByLongPress()).toBe(false);
    expect(isSupport()).toBe(false);
    await updateSettings({ longPressUnlock: true });
    expect(unlockByLongPress()).toBe(true);
    expect(isSupport()).toBe(true);
  });
});

describe('the idle lock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts whole minutes without a tap', () => {
    const start = Date.UTC(2026, 10, 23, 10);
    expect(hasIdled(start, start + 10 * 60_000 - 1, 10)).toBe(false);
    expect(hasIdled(start, start + 10 * 60_000, 10)).toBe(true);
    expect(hasIdled(start, start + 2 * 60_000, 2)).toBe(true);
  });

  it('locks after the chosen idle time, and each tap starts the time again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'Date'] });
    await updateSettings({ idleMinutes: 5 });
    watchSupportMode();
    await setFirstPin('2468');
    vi.advanceTimersByTime(4 * 60_000);
    document.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(4 * 60_000);
    expect(isSupport()).toBe(true);
    vi.advanceTimersByTime(61_000 + 5000);
    expect(isSupport()).toBe(false);
  }, 20_000);

  it('counts a wheel turn as someone being there, but not the app scrolling by itself', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'Date'] });
    await updateSettings({ idleMinutes: 5 });
    watchSupportMode();
    await setFirstPin('2468');
    vi.advanceTimersByTime(4 * 60_000);
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(61_000 + 5000);
    expect(isSupport()).toBe(false);
    await unlockWithPin('2468');
    vi.advanceTimersByTime(4 * 60_000);
    document.dispatchEvent(new Event('wheel'));
    vi.advanceTimersByTime(61_000 + 5000);
    expect(isSupport()).toBe(true);
  }, 20_000);

  it('keeps support-person mode over a reload of the same tab, but not once idle', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'Date'] });
    await setFirstPin('2468');
    watchSupportMode();
    expect(Number(sessionStorage.getItem('porukka-support-activity'))).toBeGreaterThan(0);
    lockSupportMode();
    sessionStorage.setItem('porukka-support-activity', String(Date.now()));
    watchSupportMode();
    expect(isSupport()).toBe(true);
    lockSupportMode();
    sessionStorage.setItem('porukka-support-activity', String(Date.now() - 11 * 60_000));
    watchSupportMode();
    expect(isSupport()).toBe(false);
  }, 20_000);
});
