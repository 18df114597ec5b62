// Holding a button down for a while, told apart from a tap (the click that ends a long press is not a tap).

export interface LongPress {
  /** Pointer down: starts counting. */
  readonly start: () => void;
  /** Pointer up, leave or cancel: stops counting. */
  readonly cancel: () => void;
  /** In the click handler: true when this click only ended a long press. */
  readonly endedLongPress: () => boolean;
}

export function createLongPress(durationMs: number, onLongPress: () => boolean): LongPress {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let didFire = false;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    start: () => {
      cancel();
      didFire = false;
      timer = setTimeout(() => {
        timer = null;
        didFire = onLongPress();
      }, durationMs);
    },
    cancel,
    endedLongPress: () => {
      const ended = didFire;
      didFire = false;
      return ended;
    },
  };
}
