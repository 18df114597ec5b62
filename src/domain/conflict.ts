// When is an import a conflict? Rule: a record conflicts when this tablet made its own version, the
// file brings a different one, and neither tablet had received the other's version when it made its
// own (both changed it since they last exchanged files). Newest still wins; this only tells people.
//
// What each side had received is read from the clocks, honestly, with what the files carry:
// - A group file holds every record of its groups. So when the file holds a record this tablet wrote
//   at stamp K, the other tablet got (directly or through a third one) one of this tablet's exports
//   made at or after K: the first such export is `sentUpTo` — all of this tablet's changes up to it
//   had reached the other tablet. (With no export remembered after K, K itself.)
// - This tablet remembers, per group and device, the newest change it has received in files
//   (`receivedUpTo`): a file's own device gave everything up to its export clock.
import type { MergeOutcome } from './merge';
import type { SyncFields } from './records';

export interface Exchange {
  /** This tablet's device id; null when it has never written anything. */
  readonly self: string | null;
  /** The newest stamp of this tablet's changes to the group that the file's tablet had ('' none). */
  readonly sentUpTo: (groupId: string) => string;
  /** The newest stamp of `deviceId`'s changes to the group this tablet had before this file ('' none). */
  readonly receivedUpTo: (groupId: string, deviceId: string) => string;
}

/** Nothing known about any exchange: nothing is reported as a conflict. */
export const noExchange: Exchange = { self: null, sentUpTo: () => '', receivedUpTo: () => '' };

/** How many of this tablet's export stamps are remembered per group. */
export const maxExportStamps = 200;

/**
 * The newest of this tablet's changes the other tablet certainly had, from the newest stamp of this
 * tablet's found in its file (`newestOwn`) and this tablet's export stamps (sorted, oldest first).
 */
export function sentUpTo(newestOwn: string, exports: readonly string[]): string {
  if (newestOwn === '') return '';
  // When old stamps were dropped, an export before the first one kept may have carried it.
  if (exports.length >= maxExportStamps && exports[0] !== undefined && newestOwn < exports[0]) return newestOwn;
  return exports.find((stamp) => stamp >= newestOwn) ?? newestOwn;
}

/** Adds an export stamp to the sorted list, keeping the newest `maxExportStamps`. */
export function withExportStamp(exports: readonly string[], stamp: string): string[] {
  if (exports.includes(stamp)) return [...exports];
  return [...exports, stamp].sort().slice(-maxExportStamps);
}

export function isConflict<T extends SyncFields>(
  local: T | undefined,
  incoming: T,
  outcome: MergeOutcome,
  content: (record: T) => string,
  exchange: Exchange,
): boolean {
  if (!local || outcome === 'unchanged' || exchange.self === null) return false;
  // Only a change made on this tablet can conflict; an old version of our own coming back cannot.
  if (local.deviceId !== exchange.self || incoming.deviceId === exchange.self) return false;
  if (content(local) === content(incoming)) return false;
  const theyHadOurs = local.updatedAt <= exchange.sentUpTo(local.groupId);
  const weHadTheirs = incoming.updatedAt <= exchange.receivedUpTo(incoming.groupId, incoming.deviceId);
  return !theyHadOurs && !weHadTheirs;
}
