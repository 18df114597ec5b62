import { liveQuery } from 'dexie';

/** Runs a query now and again whenever the data it read changes. Returns the unsubscribe function. */
export function watch<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
