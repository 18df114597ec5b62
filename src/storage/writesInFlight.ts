// How many of this tab's writes to the database are still running. A tap shows on screen at once
// (the pending-answers overlay) while its write finishes a moment later; this count says when every
// write has reached the disk (main.tsx marks <html data-saving> meanwhile: the browser tests wait for it
// before a reload, as a person closing the app a moment later would need the tap kept).
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

let inFlight = 0;
const listeners = new Set<(count: number) => void>();

function change(by: number): void {
  inFlight += by;
  for (const listener of listeners) listener(inFlight);
}

/** Calls `listener` with the number of writes running whenever it changes; returns the unsubscribe. */
export function onWritesInFlight(listener: (count: number) => void): () => void {
  listeners.add(listener);
  listener(inFlight);
  return () => listeners.delete(listener);
}

function follow(transaction: DBCoreTransaction): void {
  const events = transaction as unknown as Partial<Pick<IDBTransaction, 'addEventListener'>>;
  if (typeof events.addEventListener !== 'function') return;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    change(-1);
  };
  change(1);
  for (const name of ['complete', 'abort', 'error'] as const) events.addEventListener.call(transaction, name, end);
}

/** Dexie middleware: every read-write transaction is counted from its start until it ends. */
export const countWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'countWrites',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const transaction = down.transaction(stores, mode, options);
      if (mode === 'readwrite') follow(transaction);
      return transaction;
    },
  }),
};
