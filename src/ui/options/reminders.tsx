/** The daily reconnect digest: off by default; turning it on asks for the notifications permission. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { db } from '../../shared/db';
import { rpc } from '../../shared/rpc';
import { useQuery } from '../components/use-query';
import { SETTINGS_KEY } from '../../shared/settings';

export function Reminders() {
  const { value: stored } = useQuery(() => db().meta.get(SETTINGS_KEY));
  const [on, setOn] = useState<boolean>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (stored !== undefined || on === undefined) setOn(Boolean((stored?.value as { digest?: boolean } | undefined)?.digest));
  }, [stored]);
  const toggle = async (digest: boolean) => {
    setError(undefined);
    if (digest && !(await browser.permissions.request({ permissions: ['notifications'] }))) {
      setError('The browser did not allow notifications, so the digest stays off.');
      return;
    }
    await rpc('settings.set', { digest });
    setOn(digest);
  };
  return (
    <section>
      <h2>Reminders</h2>
      <label>
        <input type="checkbox" name="digest" checked={on ?? false} disabled={on === undefined} onChange={(e) => void toggle((e.target as HTMLInputElement).checked).catch((x: unknown) => setError(String(x)))} />{' '}
        A daily notification naming who is due for a reconnect (at most one a day)
      </label>
      {error && <p class="error">{error}</p>}
    </section>
  );
}
