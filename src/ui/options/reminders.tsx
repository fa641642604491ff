/** The daily reconnect digest: off by default; turning it on asks for the notifications permission. */
import { useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { db } from '../../shared/db';
import { rpc } from '../../shared/rpc';
import { readSettings } from '../../shared/settings';
import { useQuery } from '../components/use-query';

export function Reminders() {
  const { value: settings } = useQuery(() => readSettings(db()));
  const [error, setError] = useState<string>();
  const toggle = async (digest: boolean) => {
    setError(undefined);
    if (digest && !(await browser.permissions.request({ permissions: ['notifications'] }))) {
      setError('The browser did not allow notifications, so the digest stays off.');
      return;
    }
    await rpc('settings.set', { digest });
  };
  return (
    <section>
      <h2>Reminders</h2>
      <label>
        <input
          type="checkbox"
          name="digest"
          checked={settings?.digest ?? false}
          disabled={!settings}
          onChange={(e) => void toggle((e.target as HTMLInputElement).checked).catch((x: unknown) => setError(String(x)))}
        />{' '}
        A daily notification naming who is due for a reconnect (at most one a day)
      </label>
      {error && <p class="error">{error}</p>}
    </section>
  );
}
