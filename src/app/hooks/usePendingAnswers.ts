import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../../domain/records';
import { stillPending, withPending, type AnswerChange, type PendingChange } from './pendingAnswers';

export type TrackChanges = (changes: readonly AnswerChange[], write: () => Promise<void>) => Promise<void>;

let nextSeq = 0;

/**
 * The saved answers with this tab's unsaved taps laid over them (pendingAnswers.ts), and `track`, which
 * runs a write and lays its changes over until they are read back. A failed write is taken off again.
 */
export function usePendingAnswers(saved: readonly Entry[] | undefined): { entries: readonly Entry[] | undefined; track: TrackChanges } {
  const [pending, setPending] = useState<readonly PendingChange[]>([]);
  const latestSavedRef = useRef(saved);
  useEffect(() => {
    latestSavedRef.current = saved;
    setPending((current) => (current.length === 0 ? current : stillPending(current, saved)));
  }, [saved]);
  const track: TrackChanges = async (changes, write) => {
    const seqs = changes.map(() => (nextSeq += 1));
    setPending((current) => [...current, ...changes.map((change, i) => ({ ...change, seq: seqs[i] ?? 0 }))]);
    try {
      await write();
      setPending((current) => current.map((p) => (seqs.includes(p.seq) ? { ...p, storedOver: latestSavedRef.current } : p)));
    } catch (error) {
      setPending((current) => current.filter((p) => !seqs.includes(p.seq)));
      throw error;
    }
  };
  return { entries: saved ? withPending(saved, stillPending(pending, saved)) : undefined, track };
}
