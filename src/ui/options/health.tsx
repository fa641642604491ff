/** Adapter health: where a site's markup did not look as Rapport expects, per site and selector. */
import { SITE_NAMES } from '../../core/sites';
import { db } from '../../shared/db';
import { useQuery } from '../components/use-query';

export function Health() {
  const { value: rows, error } = useQuery(() => db().health.orderBy('key').toArray());
  return (
    <section data-testid="adapter-health">
      <h2>Adapter health</h2>
      <p class="muted">
        When a site changes its pages, the parts Rapport cannot read are skipped and counted here instead of breaking the
        page.
      </p>
      {error && <p class="error">{error}</p>}
      {rows && !rows.length && <p class="muted">Nothing skipped so far.</p>}
      {rows && rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Site</th>
              <th>What could not be read</th>
              <th>Skipped</th>
              <th>Last seen</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-health={r.key}>
                <td>{SITE_NAMES[r.site]}</td>
                <td>
                  <code>{r.name}</code>
                </td>
                <td class="num">{r.count}</td>
                <td title={r.lastUrl}>{new Date(r.lastAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
