import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * What a turn's button opened (own words, a voice note) comes into view above "Valmis"; when it is
 * closed again, the turn goes back to its start (the person and the question), as when it opened.
 * `grows` is what, changing while it is open, pushes it down (e.g. the number of tiles above it): it is
 * brought into view again.
 */
export function useOpenedInView(isOpen: boolean, openedRef: RefObject<HTMLElement | null>, grows?: unknown): void {
  const wasOpenRef = useRef(false);
  const turnRef = useRef<Element | null>(null);
  useEffect(() => {
    if (isOpen) {
      turnRef.current = openedRef.current?.closest('.turn') ?? null;
      openedRef.current?.scrollIntoView?.({ block: 'nearest' });
    } else if (wasOpenRef.current) turnRef.current?.scrollIntoView?.({ block: 'start' });
    wasOpenRef.current = isOpen;
  }, [isOpen, openedRef, grows]);
}
