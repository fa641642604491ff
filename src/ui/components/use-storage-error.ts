import { useEffect, useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { ERROR_KEY, type StoredError } from '../../shared/storage-keys';

/** The last storage error the background reported, kept current. */
export function useStorageError(): StoredError | undefined {
  const [error, setError] = useState<StoredError>();
  useEffect(() => {
    void browser.storage.local.get(ERROR_KEY).then((v) => setError(v[ERROR_KEY] as StoredError | undefined));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && ERROR_KEY in changes) setError(changes[ERROR_KEY]!.newValue as StoredError | undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return error;
}
