// A photo drawn again gets the address it already has; addresses nobody shows are kept for the most
// recent twelve, then revoked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MediaPort } from '../../src/ui/mediaPort';
import { holdMediaUrl, knownMediaUrl, releaseMediaUrl } from '../../src/ui/mediaUrls';

const port = (): MediaPort => ({
  loadBlob: () => Promise.resolve(null),
  savePhoto: () => Promise.resolve({ ok: false, problem: 'saveFailed' }),
  startRecording: () => Promise.resolve({ ok: false, problem: 'noMicrophone' }),
});
const photo = (text: string) => new Blob([text], { type: 'image/jpeg' });

afterEach(() => vi.restoreAllMocks());

describe('shared media addresses', () => {
  it('gives a photo shown again the address it already has', () => {
    const media = port();
    expect(knownMediaUrl(media, 'anna')).toBeNull();
    expect(holdMediaUrl(media, 'anna')).toBeNull();
    const url = holdMediaUrl(media, 'anna', photo('anna'));
    expect(url).toMatch(/^blob:/);
    expect(knownMediaUrl(media, 'anna')).toBe(url);
    // A second picture of Anna (her turn over the grid) shares it, with or without the file.
    expect(holdMediaUrl(media, 'anna')).toBe(url);
    expect(holdMediaUrl(media, 'anna', photo('anna again'))).toBe(url);
    // Another tablet's database (another port) has its own.
    expect(knownMediaUrl(port(), 'anna')).toBeNull();
  });

  it('keeps the twelve most recently unused addresses and revokes older ones', () => {
    const media = port();
    // Twelve unused first, so whatever an earlier test left unused is gone before this one counts.
    for (let i = 0; i < 12; i += 1) {
      holdMediaUrl(media, `filler${i}`, photo('filler'));
      releaseMediaUrl(media, `filler${i}`);
    }
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const urls = Array.from({ length: 14 }, (_, i) => holdMediaUrl(media, `p${i}`, photo(`p${i}`)));
    // Still shown by someone: a release of one of two users keeps it.
    holdMediaUrl(media, 'p0');
    releaseMediaUrl(media, 'p0');
    expect(revoke).not.toHaveBeenCalled();
    expect(knownMediaUrl(media, 'p0')).toBe(urls[0]);
    for (let i = 0; i < 14; i += 1) releaseMediaUrl(media, `p${i}`);
    // The fillers, then p0 and p1, were unused longest: gone; p2…p13 kept and given again at once.
    const revoked = () => revoke.mock.calls.map(([url]) => url).filter((url) => urls.includes(url));
    expect(revoke).toHaveBeenCalledTimes(14);
    expect(revoked()).toEqual([urls[0], urls[1]]);
    expect(knownMediaUrl(media, 'p0')).toBeNull();
    expect(knownMediaUrl(media, 'p2')).toBe(urls[2]);
    // Shown again, p2 is no longer among the unused: when two more are let go, p3 is the oldest unused.
    expect(holdMediaUrl(media, 'p2')).toBe(urls[2]);
    holdMediaUrl(media, 'n1', photo('n1'));
    holdMediaUrl(media, 'n2', photo('n2'));
    releaseMediaUrl(media, 'n1');
    releaseMediaUrl(media, 'n2');
    expect(revoked()).toEqual([urls[0], urls[1], urls[3]]);
    expect(knownMediaUrl(media, 'p2')).toBe(urls[2]);
  });
});
