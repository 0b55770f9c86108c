/**
 * Dexie's liveQuery as a Preact hook: the query re-runs whenever the tables
 * it read change, in this page or any other extension page (Dexie relays
 * changes between same-origin contexts), so an edit in the options page shows
 * at once in an open popup.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: unknown };

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ state: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: (error) => setResult({ state: 'error', error }),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return result;
}
