import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { reportError } from '../../state/errorStore';

/** A part of a screen whose code loads when it is first shown; nothing is drawn until it is there. */
export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function LazyPanel(props: P) {
    const [Panel, setPanel] = useState(() => loaded);
    useEffect(() => {
      if (Panel) return;
      loading ??= load().then((component) => (loaded = component));
      loading.then((component) => setPanel(() => component)).catch(reportError);
    }, [Panel]);
    return Panel ? <Panel {...props} /> : null;
  };
}
