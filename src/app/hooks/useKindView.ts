import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { KindName } from '../../content/types';
import type { KindDefinition, KindViewProps } from '../../kinds/types';
import { reportError } from '../../state/errorStore';

type View<K extends KindName> = ComponentType<KindViewProps<K>>;

/** Loads a kind's view on demand (each kind is its own chunk, precached for offline use). */
export function useKindView<K extends KindName>(kind: KindDefinition<K> | undefined): View<K> | null {
  const [loaded, setLoaded] = useState<{ kind: KindDefinition<K>; View: View<K> } | null>(null);
  useEffect(() => {
    if (!kind) return;
    let isCurrent = true;
    kind
      .loadView()
      .then(({ View }) => isCurrent && setLoaded({ kind, View }))
      .catch(reportError);
    return () => {
      isCurrent = false;
    };
  }, [kind]);
  return loaded && loaded.kind === kind ? loaded.View : null;
}
