import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { reportError } from '../state/errorStore';

/**
 * A screen whose code loads when it is first opened (it is precached, so this also works offline).
 * Keeps the first download small: only the start screen is in it. A quiet one (a part of a screen)
 * shows nothing while it loads.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>, isQuiet = false): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState(() => loaded);
    useEffect(() => {
      if (Screen) return;
      loading ??= load().then((component) => (loaded = component));
      loading.then((component) => setScreen(() => component)).catch(reportError);
    }, [Screen]);
    if (Screen) return <Screen {...props} />;
    return isQuiet ? null : <div class="loading" aria-busy="true" />;
  };
}
