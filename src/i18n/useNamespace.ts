import { useEffect, useState } from 'preact/hooks';
import { isNamespaceLoaded, loadNamespace, type LazyNamespace } from './i18n';

/** True once a namespace that loads on demand is ready (at once when it was loaded before). */
export function useNamespace(ns: LazyNamespace): boolean {
  const [isReady, setReady] = useState(() => isNamespaceLoaded(ns));
  useEffect(() => {
    if (isReady) return;
    let isCurrent = true;
    void loadNamespace(ns).then(() => isCurrent && setReady(true));
    return () => {
      isCurrent = false;
    };
  }, [ns, isReady]);
  return isReady;
}
