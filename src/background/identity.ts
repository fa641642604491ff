import type { SiteId } from '../core/sites';
import type { IdentityRow, RapportDB } from '../shared/db';

/** Every handle that counts as you on a site: the one you typed and the ones pages revealed. */
export function handlesOf(row: IdentityRow | undefined): string[] {
  if (!row) return [];
  return [...new Set([...(row.manual ? [row.manual] : []), ...row.detected.map((a) => a.handle)])];
}

export async function myHandles(d: RapportDB, sites: Iterable<SiteId>): Promise<Map<SiteId, string[]>> {
  const list = [...new Set(sites)];
  const rows = await d.identities.bulkGet(list);
  return new Map(list.map((s, i) => [s, handlesOf(rows[i])]));
}
