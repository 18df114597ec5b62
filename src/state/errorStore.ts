import { createStore } from 'zustand/vanilla';

export type AppProblem = 'storageFull' | 'saveFailed';

/** A problem to tell the user about in plain words (never an error message). */
export const errorStore = createStore<{ readonly problem: AppProblem | null }>(() => ({ problem: null }));

export function problemOf(error: unknown): AppProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? 'storageFull' : 'saveFailed';
}

export function reportError(error: unknown): void {
  console.error(error);
  errorStore.setState({ problem: problemOf(error) });
}

export const dismissProblem = (): void => errorStore.setState({ problem: null });
