import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/** Reads a slice of a store and renders again when that slice changes (zustand without preact/compat). */
export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const latestSelector = useRef(selector);
  useEffect(() => {
    latestSelector.current = selector;
  });
  const selected = selector(store.getState());
  useEffect(() => {
    let last = latestSelector.current(store.getState());
    if (!Object.is(last, selected)) rerender(0);
    return store.subscribe((state) => {
      const next = latestSelector.current(state);
      if (!Object.is(next, last)) {
        last = next;
        rerender(0);
      }
    });
    // Subscribe once per store; the selector is read through the ref.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return selected;
}
