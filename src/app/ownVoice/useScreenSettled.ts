import { useEffect, useState } from 'preact/hooks';

/**
 * True once the screen has stopped changing for a moment (its answers and pictures have loaded). A
 * part that comes at the end of the screen waits for it, so it never shows early and is then pushed
 * down under a finger by the screen's own content arriving (a layout shift).
 */
export function useScreenSettled(quietMs = 300): boolean {
  const [isSettled, setSettled] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setSettled(true), quietMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(true), quietMs);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [quietMs]);
  return isSettled;
}
