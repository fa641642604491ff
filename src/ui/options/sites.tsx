/** Hosts the user enabled Rapport on (Mastodon instances beyond the built-in ones). */
import { useEffect, useState } from 'preact/hooks';
import browser from '../../shared/browser';

export function EnabledSites() {
  const [origins, setOrigins] = useState<string[]>();
  const load = async () => {
    const required = new Set(browser.runtime.getManifest().host_permissions ?? []);
    const all = await browser.permissions.getAll();
    setOrigins((all.origins ?? []).filter((o) => !required.has(o)));
  };
  useEffect(() => {
    void load();
  }, []);
  return (
    <section>
      <h2>Other sites</h2>
      <p class="muted">
        Rapport reads mastodon.social out of the box. To use it on another Mastodon instance, open it and click “Enable
        Rapport on this site” in Rapport’s toolbar popup.
      </p>
      {origins && !origins.length && <p class="muted">No other sites enabled.</p>}
      <ul class="origins">
        {origins?.map((o) => (
          <li key={o}>
            <code>{o.replace(/\/\*$/, '')}</code>{' '}
            <button type="button" onClick={() => void browser.permissions.remove({ origins: [o] }).then(load)}>
              Disable
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
