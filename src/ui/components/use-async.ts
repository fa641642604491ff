import { useEffect, useState } from 'preact/hooks';

/**
 * The value of an async call, redone when `deps` change; the previous value stays on show while the
 * next one loads (no flicker when a card refreshes after a change).
 */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): { value: T | undefined; error?: string } {
  const [state, setState] = useState<{ value: T | undefined; error?: string }>({ value: undefined });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ value }),
      (e: unknown) => live && setState((s) => ({ value: s.value, error: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
