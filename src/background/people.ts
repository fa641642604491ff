/**
 * Keeps every person's derived fields true: stats from their interactions, the score, when keeping
 * in touch is due, and the search terms. Writes only mark people stale (cheap, inside the write's
 * transaction); this job settles them in small batches once writes pause, so reading a busy page
 * never waits on it. A worker stopped before it finishes picks the stale ones up when it starts.
 */
import Dexie from 'dexie';
import { dueAtOf, effectiveCadence } from '../core/cadence';
import { personStats } from '../core/person-stats';
import { scorePerson } from '../core/score';
import { termsOf } from '../core/search';
import { db, type AccountRow, type PersonRow, type PersonStats, type RapportDB, type TagRow } from '../shared/db';
import { whenQuiet } from './coalesce';
import { announcePeopleChange, reportStorageError } from './status';

const BATCH = 25;

/**
 * Settles every stale person (marked on the row, or named in `restat` by ingest); returns how many.
 * Each batch is read in a read-only transaction, so the popup and pages keep reading meanwhile, then
 * written in a short one that touches only people: the derived fields are put onto the rows as
 * they are by then, so an edit made in between is kept (and a person linked or edited in between
 * stays stale for the next round, as does one a page marked again).
 */
export async function settlePeople(d: RapportDB, now = Date.now()): Promise<number> {
  let settled = 0;
  for (;;) {
    const read = await d.transaction('r', [d.people, d.accounts, d.interactions, d.items, d.restat], async () => {
      const marked = await d.restat.limit(BATCH).toArray();
      const people = new Map((await d.people.where('stale').equals(1).limit(BATCH).toArray()).map((p) => [p.id, p]));
      for (const p of await d.people.bulkGet(marked.map((m) => m.id))) if (p) people.set(p.id, p);
      const stats = new Map(await Promise.all([...people.values()].map(async (p) => [p.id, { seen: p.updatedAt, ...(await statsOf(d, p.id)) }] as const)));
      return { marked, stats };
    });
    if (!read.stats.size && !read.marked.length) return settled;
    await d.transaction('rw', [d.people, d.tags, d.restat], async () => {
      const tags = await tagMap(d);
      const rows = (await d.people.bulkGet([...read.stats.keys()])).filter((p): p is PersonRow => !!p);
      await d.people.bulkPut(
        rows.map((p) => {
          const { seen, stats, accounts } = read.stats.get(p.id)!;
          const next = derived({ ...p, stats }, accounts, tags, now);
          return p.updatedAt === seen ? next : { ...next, stale: 1 };
        }),
      );
      // A marker put again since it was read (a page saw more) stays for the next round.
      const current = await d.restat.bulkGet(read.marked.map((m) => m.id));
      await d.restat.bulkDelete(read.marked.filter((m, i) => current[i]?.at === m.at).map((m) => m.id));
    });
    settled += read.stats.size;
  }
}

export async function tagMap(d: RapportDB): Promise<Map<string, TagRow>> {
  return new Map((await d.tags.toArray()).map((t) => [t.name, t]));
}

/** A person's stats from their interactions and the items of theirs addressed to you. */
async function statsOf(d: RapportDB, personId: string): Promise<{ stats: PersonStats; accounts: AccountRow[] }> {
  const accounts = await d.accounts.where('personId').equals(personId).toArray();
  const interactions = await d.interactions.where('[personId+at]').between([personId, Dexie.minKey], [personId, Dexie.maxKey]).toArray();
  const keys = accounts.map((a) => a.key);
  const addressed = keys.length ? await d.items.where('authorKey').anyOf(keys).filter((i) => i.toMe === 1).toArray() : [];
  const direct = new Set(addressed.filter((i) => i.direct).map((i) => i.id));
  const stats = personStats(
    interactions.map((x) => ({ kind: x.kind, direction: x.direction, at: x.at, oneToOne: direct.has(x.itemId) })),
    addressed.map((i) => ({ sortAt: i.sortAt, answeredAt: i.answeredAt })),
  );
  return { stats, accounts };
}

/** The fields computed from a person's stats and what the user set: score, due time, search terms. */
export function derived(person: PersonRow, accounts: readonly AccountRow[], tags: ReadonlyMap<string, TagRow>, now: number): PersonRow {
  const cadence = effectiveCadence(person, tags)?.cadence;
  return {
    ...person,
    lastAt: person.stats.lastAt ?? 0,
    score: scorePerson(person.stats, now, { pin: person.scorePin, adjust: person.scoreAdjust }).value,
    dueAt: cadence ? dueAtOf(person.stats.lastAt ?? person.createdAt, cadence) : undefined,
    terms: termsOf({ name: person.name, handles: accounts.map((a) => a.handle), tags: person.tags, notes: person.notes }),
    handles: [...accounts].sort((a, b) => a.firstSeenAt - b.firstSeenAt).map(({ key, site, handle }) => ({ key, site, handle })),
    stale: 0,
  };
}

let soon: (() => void) | undefined;
/** Settles stale people once writes have paused for a moment (a page being read keeps writing). */
export function settleSoon(): void {
  soon ??= whenQuiet(
    async () => {
      if (await settlePeople(db())) await announcePeopleChange();
    },
    500,
    reportStorageError,
  );
  soon();
}
