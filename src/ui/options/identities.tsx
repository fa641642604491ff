/**
 * Your handle on each site. A handle a page revealed is shown beside the input and used while the
 * input is empty; what you type wins and saves as you type.
 */
import { useEffect, useState } from 'preact/hooks';
import { SITE_IDS, SITE_NAMES, type SiteId } from '../../core/sites';
import { db, type IdentityRow } from '../../shared/db';
import { rpc } from '../../shared/rpc';
import { useQuery } from '../components/use-query';

export function Identities() {
  const { value: rows } = useQuery(() => db().identities.toArray());
  const bySite = new Map((rows ?? []).map((r) => [r.site, r]));
  return (
    <section>
      <h2>You on each site</h2>
      <p class="muted">
        Rapport needs to know which account is yours to tell what awaits your reply. It reads it from the page where the
        site shows it; type it here where it does not, or to override it.
      </p>
      <div class="identity">
        {SITE_IDS.map((site) => (
          <IdentityInput key={site} site={site} row={bySite.get(site)} loaded={rows !== undefined} />
        ))}
      </div>
    </section>
  );
}

function IdentityInput({ site, row, loaded }: { site: SiteId; row?: IdentityRow; loaded: boolean }) {
  const [value, setValue] = useState<string>();
  const [error, setError] = useState<string>();
  // Take the stored value once; after that the input is the user's.
  useEffect(() => {
    if (loaded && value === undefined) setValue(row?.manual ?? '');
  }, [loaded, row?.manual]);
  const save = (handle: string) => {
    setValue(handle);
    rpc('identity.set', { site, handle: handle.trim() })
      .then(() => setError(undefined))
      .catch((e: unknown) => setError(e instanceof Error ? e.message.replace(/^identity\.set: /, '') : String(e)));
  };
  const id = `identity-${site}`;
  const detected = row?.detected.map((a) => a.handle) ?? [];
  return (
    <>
      <label for={id}>{SITE_NAMES[site]}</label>
      <input
        id={id}
        name={`identity.${site}`}
        type="text"
        autocomplete="off"
        spellcheck={false}
        placeholder={detected[0] ? `@${detected[0]}` : '@handle'}
        value={value ?? ''}
        disabled={value === undefined}
        onInput={(e) => save((e.target as HTMLInputElement).value)}
      />
      <span class="muted" data-detected={detected.join(' ')}>
        {error ? <span class="error">{error}</span> : detected.length ? `Detected: ${detected.map((h) => `@${h}`).join(', ')}` : 'Not detected yet'}
      </span>
    </>
  );
}
