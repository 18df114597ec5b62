import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/** Reads a slice of a store and renders again when that slice changes (zustand without preact/compat). */
export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selected = selector(store.getState());
  const latest = useRef({ selector, selected });
  latest.current = { selector, selected };
  useEffect(
    () =>
      store.subscribe((state) => {
        if (!Object.is(latest.current.selector(state), latest.current.selected)) rerender(0);
      }),
    [store],
  );
  return selected;
}
