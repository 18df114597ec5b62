import { useEffect, useState } from 'preact/hooks';
import { watch } from '../../storage/live';
import { reportError } from '../../state/errorStore';

/**
 * The result of a database query, kept up to date as the data changes (in this tab or another).
 * `undefined` while loading. Pass every value the query depends on in `deps`.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const key = JSON.stringify(deps);
  const [state, setState] = useState<{ key: string; value: T } | undefined>(undefined);
  // The caller lists what the query depends on in `deps`; a new query function each render is expected.
  // oxlint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => watch(query, (value) => setState({ key, value }), reportError), [key]);
  return state?.key === key ? state.value : undefined;
}
