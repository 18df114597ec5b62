// The conflict rule on its own: a record conflicts when this tablet made its version, the file brings
// a different one, and neither tablet had received the other's version when it made its own.
import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../src/domain/clock';
import { isConflict, maxExportStamps, sentUpTo, withExportStamp, type Exchange } from '../../src/domain/conflict';
import { contentOf, mergeOutcome } from '../../src/domain/merge';
import type { Group } from '../../src/domain/records';
import { memoEntryType, recordingEntryType, reportKindOf } from '../../src/domain/transfer/report';
import { recordingType } from '../../src/domain/ownVoices';
import { memoType } from '../../src/kinds/memo/model';

const t0 = Date.parse('2026-11-23T10:00:00.000Z');
const at = (seconds: number) => formatStamp({ wall: t0 + seconds * 1000, counter: 0 });
const group = (name: string, seconds: number, deviceId: string): Group => ({ id: 'g', groupId: 'g', name, place: '', updatedAt: at(seconds), deviceId, deleted: false });

/** This tablet is "me"; the other is "other". */
const exchange = (sent: string, received: string): Exchange => ({ self: 'me', sentUpTo: () => sent, receivedUpTo: () => received });
const conflict = (local: Group, incoming: Group, known: Exchange) => isConflict(local, incoming, mergeOutcome(local, incoming), contentOf, known);

describe('a conflict', () => {
  it('is both tablets changing the record since they last exchanged files, whichever change is newer', () => {
    // They last exchanged at 10 s both ways; this tablet changed at 20 s, the other at 30 s (or 15 s).
    const known = exchange(at(10), at(10));
    expect(conflict(group('Ours', 20, 'me'), group('Theirs', 30, 'other'), known)).toBe(true);
    expect(conflict(group('Ours', 20, 'me'), group('Theirs', 15, 'other'), known)).toBe(true);
  });

  it('is not a change made only on the other tablet: it had this tablet’s version', () => {
    expect(conflict(group('Ours', 5, 'me'), group('Theirs', 30, 'other'), exchange(at(10), at(10)))).toBe(false);
  });

  it('is not a change made only on this tablet: it had the file’s version already', () => {
    expect(conflict(group('Ours', 20, 'me'), group('Theirs', 8, 'other'), exchange(at(10), at(10)))).toBe(false);
  });

  it('is not a version that came from a third tablet, nor an old version of our own, nor the same content', () => {
    const known = exchange('', '');
    expect(conflict(group('Ours', 20, 'third'), group('Theirs', 30, 'other'), known)).toBe(false);
    expect(conflict(group('Ours', 20, 'me'), group('Old ours', 5, 'me'), known)).toBe(false);
    expect(conflict(group('Same', 20, 'me'), group('Same', 30, 'other'), known)).toBe(false);
    expect(conflict(group('Ours', 20, 'me'), group('Theirs', 30, 'other'), { ...known, self: null })).toBe(false);
  });
});

describe('what the other tablet had of ours', () => {
  it('is the first of our exports at or after the newest record of ours in its file', () => {
    const exports = [at(10), at(20), at(30)];
    expect(sentUpTo('', exports)).toBe('');
    expect(sentUpTo(at(12), exports)).toBe(at(20));
    expect(sentUpTo(at(20), exports)).toBe(at(20));
    // No export remembered after it (made before exports were remembered): only what the file shows.
    expect(sentUpTo(at(40), exports)).toBe(at(40));
  });

  it('keeps the newest export stamps, sorted, and trusts only what the file shows before the first kept', () => {
    let exports: string[] = [];
    for (let i = maxExportStamps + 10; i > 0; i -= 1) exports = withExportStamp(exports, at(i));
    expect(exports).toHaveLength(maxExportStamps);
    expect(exports[0]).toBe(at(11));
    expect(withExportStamp(exports, at(11))).toEqual(exports);
    expect(sentUpTo(at(3), exports)).toBe(at(3));
    expect(sentUpTo(at(12), exports)).toBe(at(12));
  });
});

describe('preview rows', () => {
  it('count memos and own-voice recordings apart from other answers, and photos apart from voice notes', () => {
    expect(memoEntryType).toBe(memoType);
    const sync = { id: 'x', groupId: 'g', updatedAt: at(0), deviceId: 'd', deleted: false };
    expect(reportKindOf('entries', { ...sync, type: 'memo' } as never)).toBe('memos');
    expect(reportKindOf('entries', { ...sync, type: 'vote' } as never)).toBe('entries');
    expect(recordingEntryType).toBe(recordingType);
    expect(reportKindOf('entries', { ...sync, type: 'recording' } as never)).toBe('recordings');
    expect(reportKindOf('media', { ...sync, mediaType: 'photo' } as never)).toBe('photos');
    expect(reportKindOf('media', { ...sync, mediaType: 'voice' } as never)).toBe('voices');
    expect(reportKindOf('people', sync)).toBe('people');
  });
});
