import { useEffect, useState } from 'preact/hooks';
import type { Exercise, KindName } from '../../content/types';
import { viewLoaderOf, type AnyKindView } from '../../kinds/registry';
import { reportError } from '../../state/errorStore';

/** Loads an exercise's view on demand (each kind is its own chunk, precached for offline use). */
export function useKindView(exercise: Exercise): AnyKindView | null {
  const [loaded, setLoaded] = useState<{ kind: KindName; View: AnyKindView } | null>(null);
  useEffect(() => {
    const load = viewLoaderOf(exercise);
    if (!load) return;
    let isCurrent = true;
    load()
      .then((View) => isCurrent && setLoaded({ kind: exercise.kind, View }))
      .catch(reportError);
    return () => {
      isCurrent = false;
    };
    // The view depends only on the kind.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [exercise.kind]);
  return loaded && loaded.kind === exercise.kind ? loaded.View : null;
}
