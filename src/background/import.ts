/**
 * Imports, written by the background in one transaction or not at all. A Rapport export arrives in
 * parts (a large file does not fit one message), is held here until the page commits, checked in
 * full once more (the page's check is not trusted), planned against the rows it touches, and written.
 * Reddit Enhancement Suite tags take the same path as an export of people and tags.
 */
import { EXPORT_TABLES, parseExportData, type ExportData } from '../core/io/format';
import { localKeysOf, planImport } from '../core/io/plan';
import * as z from 'zod/mini';
import { resToRapport, ResUserTag } from '../core/io/res';
import type { SiteId } from '../core/sites';
import type { InteractionRow, RapportDB } from '../shared/db';
import { recomputeSite } from './recompute';

type Table = keyof ExportData;

/** Parts in flight, by import id; an import not committed within ten minutes is dropped. */
const staged = new Map<string, { at: number; tables: Record<Table, unknown[]> }>();
const STALE_MS = 10 * 60_000;

export function startImport(id: string, now = Date.now()): void {
  for (const [key, s] of staged) if (now - s.at > STALE_MS) staged.delete(key);
  staged.set(id, { at: now, tables: Object.fromEntries(EXPORT_TABLES.map((t) => [t, []])) as unknown as Record<Table, unknown[]> });
}

export function stageImport(id: string, table: Table, rows: unknown[]): void {
  const s = staged.get(id);
  if (!s) throw new Error('This import was interrupted (Rapport restarted in between). Nothing was changed; please import the file again.');
  for (const row of rows) s.tables[table].push(row);
}

export async function commitImport(d: RapportDB, id: string): Promise<{ added: Record<string, number>; merged: Record<string, number> }> {
  const s = staged.get(id);
  staged.delete(id);
  if (!s) throw new Error('This import was interrupted (Rapport restarted in between). Nothing was changed; please import the file again.');
  const checked = parseExportData(s.tables, ['data']);
  if (!checked.ok) throw new Error(checked.reason);
  return applyImport(d, checked.data);
}

export async function importRes(d: RapportDB, tags: unknown[], now = Date.now()): Promise<{ people: number; tags: number }> {
  const parsed = z.array(ResUserTag).safeParse(tags);
  if (!parsed.success) throw new Error(`These Reddit Enhancement Suite tags cannot be imported: ${z.prettifyError(parsed.error)}`);
  const rows = resToRapport(parsed.data, now);
  await applyImport(d, { items: [], interactions: [], identities: [], ...rows });
  return { people: rows.people.length, tags: rows.tags.length };
}

async function applyImport(d: RapportDB, data: ExportData) {
  return d.transaction('rw', d.tables, async () => {
    const accounts = await d.accounts.bulkGet(data.accounts.map((a) => a.key));
    const localAccounts = new Map(accounts.filter((a) => !!a).map((a) => [a.key, a]));
    const keys = localKeysOf(data, localAccounts);
    const byKey = <T>(rows: (T | undefined)[], key: (r: T) => string) => new Map(rows.filter((r): r is T => !!r).map((r) => [key(r), r]));
    const none: (InteractionRow | undefined)[] = [];
    const [items, people, interactions, identities, tags] = await Promise.all([
      d.items.bulkGet(keys.items),
      d.people.bulkGet(keys.people),
      // Restoring into an empty browser (the common case) needs no lookup of half a million keys.
      (await d.interactions.count()) ? d.interactions.bulkGet(keys.interactions) : none,
      d.identities.bulkGet(keys.identities),
      d.tags.bulkGet(keys.tags),
    ]);
    const plan = planImport(
      {
        items: byKey(items, (r) => r.id),
        accounts: localAccounts,
        people: byKey(people, (r) => r.id),
        interactionIds: new Set(byKey(interactions, (r) => r.id).keys()),
        identities: byKey(identities, (r) => r.site),
        tags: byKey(tags, (r) => r.name),
      },
      data,
    );
    await Promise.all([
      d.items.bulkPut(plan.items),
      d.accounts.bulkPut(plan.accounts),
      d.people.bulkPut(plan.people),
      d.interactions.bulkPut(plan.interactions),
      d.identities.bulkPut(plan.identities),
      d.tags.bulkPut(plan.tags),
    ]);
    for (const [key, personId] of plan.moved) await d.interactions.where('accountKey').equals(key).modify({ personId });
    // Who you are and what answers what may have changed: decide what awaits a reply again.
    const sites = new Set<SiteId>([...plan.items.map((i) => i.site), ...plan.identities.map((i) => i.site)]);
    for (const site of sites) await recomputeSite(d, site);
    return { added: plan.added, merged: plan.merged };
  });
}
