import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'preact/hooks';

/**
 * A live query over Rapport's database that also reports failure (a database that cannot open
 * must say so in the popup rather than show an empty inbox).
 */
export function useQuery<T>(query: () => Promise<T>, deps: unknown[] = []): { value: T | undefined; error?: string } {
  const [error, setError] = useState<string>();
  const value = useLiveQuery(
    () =>
      query().then(
        (v) => {
          setError(undefined);
          return v;
        },
        (e: unknown) => {
          setError(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
          return undefined;
        },
      ),
    deps,
  );
  return { value, error };
}
