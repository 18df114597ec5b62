import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { lock } from '../../services/supportMode';
import { modeStore } from '../../state/modeStore';
import { dismissUndo } from '../../state/undoStore';
import type { KioskPort } from '../../ui/kioskPort';
import { lazyScreen } from '../lazyScreen';
import { href, navigate, type Route } from '../router';
import { isInKiosk, loadKioskRoute, routeToShow, saveKioskRoute, type ExerciseRoute } from './kioskSession';

// The PIN dialog and its hashing load when someone first asks to unlock, not with the first screen.
const UnlockDialog = lazyScreen(() => import('../support/UnlockDialog').then((m) => m.UnlockDialog));

export interface KioskMode {
  readonly port: KioskPort;
  /** The route to draw: while the kiosk is on, never anything but its exercise. */
  readonly shown: Route;
  /** The support person's PIN dialog, while the kiosk asks for it. */
  readonly dialog: ComponentChildren;
}

/**
 * Kiosk mode for the app: an exercise (the feedback survey) holds the screen. Any other address (the
 * browser's back, an old link, a reload elsewhere) is sent back to it, and only the PIN lets it go.
 */
export function useKioskMode(route: Route): KioskMode {
  const [kiosk, setKiosk] = useState<ExerciseRoute | null>(loadKioskRoute);
  const [answer, setAnswer] = useState<((isUnlocked: boolean) => void) | null>(null);
  const askingRef = useRef<Promise<boolean> | null>(null);

  useEffect(() => {
    if (!kiosk) return;
    // A new history entry, not a replaced one: pressing "back" again and again never runs out of
    // entries and closes the app.
    if (!isInKiosk(route, kiosk)) navigate(kiosk);
    else if (href(route) !== href(kiosk)) {
      // The kiosk's own steps: remembered, so a reload and a bounced address come back to the same one.
      saveKioskRoute(route);
      setKiosk(route);
    }
  }, [route, kiosk]);

  const isOn = kiosk !== null;
  const port = useMemo<KioskPort>(
    () => ({
      isOn,
      enter: () => {
        const at = route;
        if (at.name !== 'exercise') return;
        // A visitor reaches no support tools, and cannot undo what a support person did before.
        lock();
        dismissUndo();
        saveKioskRoute(at);
        setKiosk(at);
      },
      unlock: () => {
        // Locked first, so the tablet is open after the dialog only when the PIN was right.
        lock();
        askingRef.current ??= new Promise<boolean>((resolve) => {
          setAnswer(() => (isUnlocked: boolean) => {
            askingRef.current = null;
            setAnswer(null);
            resolve(isUnlocked);
          });
        });
        return askingRef.current;
      },
      leave: () => {
        saveKioskRoute(null);
        setKiosk(null);
      },
    }),
    [isOn, route],
  );
  const dialog = answer ? <UnlockDialog onClose={() => answer(modeStore.getState().isSupport)} /> : null;
  return { port, shown: routeToShow(route, kiosk), dialog };
}
