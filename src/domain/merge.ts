// How a record from another device meets this device's copy: the newer change wins, by the hybrid
// logical clock, then the device id, then (for hand-made files only) the content itself — a total
// order, so importing files in any order, any number of times, gives the same result.
import { canonical } from './canonical';
import { compareVersions } from './clock';
import type { SyncFields } from './records';

/** What a record says, without who changed it when (the part two versions can disagree on). */
export function contentOf<T extends SyncFields>(record: T): string {
  const { updatedAt: _updatedAt, deviceId: _deviceId, ...content } = record;
  return canonical(content);
}

/** Positive when `a` is the version to keep. */
export function compareRecords<T extends SyncFields>(a: T, b: T, content: (r: T) => string = contentOf): number {
  const byClock = compareVersions(a, b);
  if (byClock !== 0) return byClock;
  const ca = content(a);
  const cb = content(b);
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}

export type MergeOutcome = 'insert' | 'update' | 'unchanged' | 'keepLocal';

export function mergeOutcome<T extends SyncFields>(local: T | undefined, incoming: T, content?: (r: T) => string): MergeOutcome {
  if (!local) return 'insert';
  const order = compareRecords(incoming, local, content);
  return order > 0 ? 'update' : order === 0 ? 'unchanged' : 'keepLocal';
}

export interface MergeCounts {
  /** Not on this device before. */
  added: number;
  /** A newer version replaces this device's one. */
  updated: number;
  /** A removal arrives (the record is hidden here too). */
  removed: number;
  /** Already the same here. */
  unchanged: number;
  /** This device has a newer version, which stays. */
  keptLocal: number;
  /** Changed here and in the file since the two tablets last exchanged files (see conflict.ts); the newer change stays. */
  conflicts: number;
}

export const noCounts = (): MergeCounts => ({ added: 0, updated: 0, removed: 0, unchanged: 0, keptLocal: 0, conflicts: 0 });

/** Adds one record's outcome to the counts; `conflict` comes from conflict.ts's isConflict. */
export function count<T extends SyncFields>(counts: MergeCounts, local: T | undefined, incoming: T, outcome: MergeOutcome, conflict = false): void {
  if (outcome === 'unchanged') counts.unchanged += 1;
  else if (outcome === 'keepLocal') counts.keptLocal += 1;
  // A removal of something this device never showed changes nothing anyone can see.
  else if (incoming.deleted && (!local || local.deleted)) counts.unchanged += 1;
  else if (incoming.deleted) counts.removed += 1;
  else if (outcome === 'insert') counts.added += 1;
  else counts.updated += 1;
  if (conflict) counts.conflicts += 1;
}

/** Merges records into a map of this device's records (the reference the storage merge follows). */
export function mergeInto<T extends SyncFields>(local: ReadonlyMap<string, T>, incoming: readonly T[]): Map<string, T> {
  const merged = new Map(local);
  for (const record of incoming) {
    const outcome = mergeOutcome(merged.get(record.id), record);
    if (outcome === 'insert' || outcome === 'update') merged.set(record.id, record);
  }
  return merged;
}
