import { useEffect, useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { PEOPLE_REV_KEY } from '../../shared/storage-keys';

/** A number that changes whenever the background changed what it knows about people. */
export function usePeopleRev(): number {
  const [rev, setRev] = useState(0);
  useEffect(() => {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PEOPLE_REV_KEY in changes) setRev((n) => n + 1);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return rev;
}
