import type { SiteId } from '../core/sites';
import type { IdentityRow, RapportDB } from '../shared/db';

/** The handle that counts as you on a site: what you typed wins; otherwise what a page revealed. */
export function effectiveHandle(row: IdentityRow | undefined): string | undefined {
  return row?.manual || row?.detected || undefined;
}

export async function myHandles(d: RapportDB, sites: Iterable<SiteId>): Promise<Map<SiteId, string | undefined>> {
  const list = [...new Set(sites)];
  const rows = await d.identities.bulkGet(list);
  return new Map(list.map((s, i) => [s, effectiveHandle(rows[i])]));
}
