import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseRoute, routeChangedEvent, type Route } from '../router';

/** The current screen's address; follows hash changes. */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    window.addEventListener(routeChangedEvent, onChange);
    // A move made before this listened (a file the app was opened with, handed over at start) counts too.
    onChange();
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener(routeChangedEvent, onChange);
    };
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}
