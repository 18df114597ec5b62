import { describe, expect, it } from 'vitest';
import { shouldSuggestBackup } from '../../src/domain/backup';

const stamp = (iso: string) => `${iso}T10:00:00.000Z_0000`;
const exported = (day: string) => ({ at: `${day}T10:00:00.000Z`, stamp: stamp(day) });

describe('backup reminder', () => {
  it('stays quiet for an empty group, and when nothing changed since the last export', () => {
    expect(shouldSuggestBackup({ lastExport: null, latestChange: null, lastHeldDay: null, today: '2026-11-23' })).toBe(false);
    expect(shouldSuggestBackup({ lastExport: exported('2026-11-20'), latestChange: stamp('2026-11-19'), lastHeldDay: '2026-11-19', today: '2026-12-30' })).toBe(false);
  });

  it('suggests an export after a meeting that is in no file yet', () => {
    expect(shouldSuggestBackup({ lastExport: null, latestChange: stamp('2026-11-23'), lastHeldDay: '2026-11-23', today: '2026-11-23' })).toBe(true);
    expect(shouldSuggestBackup({ lastExport: exported('2026-11-10'), latestChange: stamp('2026-11-17'), lastHeldDay: '2026-11-17', today: '2026-11-17' })).toBe(true);
  });

  it('suggests an export a week after the last one when there are new changes', () => {
    const base = { lastExport: exported('2026-11-10'), latestChange: stamp('2026-11-12'), lastHeldDay: '2026-11-01' };
    expect(shouldSuggestBackup({ ...base, today: '2026-11-16' })).toBe(false);
    expect(shouldSuggestBackup({ ...base, today: '2026-11-17' })).toBe(true);
  });

  it('does not nag a new group that has not met yet', () => {
    expect(shouldSuggestBackup({ lastExport: null, latestChange: stamp('2026-11-23'), lastHeldDay: null, today: '2026-11-30' })).toBe(false);
  });
});
