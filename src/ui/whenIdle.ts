/**
 * Runs `run` once the browser has nothing else to do (so a start or a screen stays quick), or after
 * `fallbackMs` where the browser cannot say (Safari has no requestIdleCallback). `timeout`: at the
 * latest after this long even if the browser never becomes idle.
 */
export function whenIdle(run: () => void, { fallbackMs, timeout }: { fallbackMs: number; timeout?: number }): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, timeout === undefined ? undefined : { timeout });
  else window.setTimeout(run, fallbackMs);
}
