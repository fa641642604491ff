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
import { db, type AccountRow, type PersonRow, type RapportDB, type TagRow } from '../shared/db';
import { whenQuiet } from './coalesce';
import { announcePeopleChange, reportStorageError } from './status';

const BATCH = 50;

/** Settles every stale person (marked on the row, or named in `restat` by ingest); returns how many. */
export async function settlePeople(d: RapportDB, now = Date.now()): Promise<number> {
  let settled = 0;
  for (;;) {
    const n = await d.transaction('rw', [d.people, d.accounts, d.interactions, d.items, d.tags, d.restat], async () => {
      const marked = await d.restat.limit(BATCH).primaryKeys();
      const batch = new Map((await d.people.where('stale').equals(1).limit(BATCH).toArray()).map((p) => [p.id, p]));
      for (const p of await d.people.bulkGet(marked)) if (p) batch.set(p.id, p);
      if (!batch.size && !marked.length) return 0;
      const tags = await tagMap(d);
      await d.people.bulkPut(await Promise.all([...batch.values()].map((p) => restat(d, p, tags, now))));
      await d.restat.bulkDelete(marked);
      return batch.size + marked.length;
    });
    if (!n) return settled;
    settled += n;
  }
}

export async function tagMap(d: RapportDB): Promise<Map<string, TagRow>> {
  return new Map((await d.tags.toArray()).map((t) => [t.name, t]));
}

async function restat(d: RapportDB, person: PersonRow, tags: ReadonlyMap<string, TagRow>, now: number): Promise<PersonRow> {
  const accounts = await d.accounts.where('personId').equals(person.id).toArray();
  const interactions = await d.interactions.where('[personId+at]').between([person.id, Dexie.minKey], [person.id, Dexie.maxKey]).toArray();
  const keys = accounts.map((a) => a.key);
  const addressed = keys.length ? await d.items.where('authorKey').anyOf(keys).filter((i) => i.toMe === 1).toArray() : [];
  const direct = new Set(addressed.filter((i) => i.direct).map((i) => i.id));
  const stats = personStats(
    interactions.map((x) => ({ kind: x.kind, direction: x.direction, at: x.at, oneToOne: direct.has(x.itemId) })),
    addressed.map((i) => ({ sortAt: i.sortAt, answeredAt: i.answeredAt })),
  );
  return derived({ ...person, stats }, accounts, tags, now);
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
