/**
 * Re-derives who wrote what and what awaits a reply for a whole site: after you tell Rapport who
 * you are there (or a page reveals it), and when snoozes run out.
 */
import { addressing, isAwaiting } from '../core/awaiting';
import type { SiteId } from '../core/sites';
import type { ItemRow, RapportDB } from '../shared/db';
import { myHandles } from './identity';
import { factsOf, markAnswered } from './ingest';

/** Returns whether any item changed whether it awaits a reply. */
export async function recomputeSite(d: RapportDB, site: SiteId, now = Date.now()): Promise<boolean> {
  return d.transaction('rw', [d.items, d.identities], async () => {
    const me = (await myHandles(d, [site])).get(site);
    const rows = await d.items.where('site').equals(site).toArray();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const row of rows) {
      const parent = row.parentId ? byId.get(row.parentId) : undefined;
      const a = addressing(factsOf(row, parent), me);
      row.byMe = a.byMe ? 1 : 0;
      row.toMe = a.toMe ? 1 : 0;
      row.answeredAt = undefined;
      row.answerId = undefined;
    }
    for (const reply of rows) {
      const parent = reply.byMe && reply.parentId ? byId.get(reply.parentId) : undefined;
      if (parent) markAnswered(parent, reply);
    }
    return writeAwaiting(d, rows, now);
  });
}

/** Items whose snooze has run out wait again. Returns whether any did. */
export async function wakeSnoozed(d: RapportDB, now = Date.now()): Promise<boolean> {
  return d.transaction('rw', d.items, async () => {
    const rows = await d.items.where('snoozedUntil').belowOrEqual(now).toArray();
    for (const row of rows) row.snoozedUntil = undefined;
    return writeAwaiting(d, rows, now);
  });
}

/** The next time a snooze runs out, if any. */
export async function nextSnoozeEnd(d: RapportDB): Promise<number | undefined> {
  const first = await d.items.orderBy('snoozedUntil').first();
  return first?.snoozedUntil;
}

async function writeAwaiting(d: RapportDB, rows: ItemRow[], now: number): Promise<boolean> {
  let changed = false;
  for (const row of rows) {
    const awaiting = isAwaiting(row, now) ? 1 : 0;
    if (awaiting !== row.awaiting) changed = true;
    row.awaiting = awaiting;
  }
  await d.items.bulkPut(rows);
  return changed;
}

/** Applies your own decision about one item (done, snoozed, reopened). */
export async function setItemState(
  d: RapportDB,
  id: string,
  change: Partial<Pick<ItemRow, 'doneAt' | 'snoozedUntil'>> & { reopen?: boolean },
  now = Date.now(),
): Promise<void> {
  await d.transaction('rw', d.items, async () => {
    const row = await d.items.get(id);
    if (!row) throw new Error(`no item ${id}`);
    if (change.reopen) {
      row.doneAt = undefined;
      row.snoozedUntil = undefined;
    }
    if (change.doneAt !== undefined) row.doneAt = change.doneAt;
    if (change.snoozedUntil !== undefined) row.snoozedUntil = change.snoozedUntil;
    row.awaiting = isAwaiting(row, now) ? 1 : 0;
    await d.items.put(row);
  });
}
