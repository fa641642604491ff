/**
 * Merging an import into what the user has. Pure: the background fetches the local rows by key,
 * calls these, and writes what they return in one transaction.
 *
 * The rules (docs/export-format.md): nothing the user wrote or decided is lost, nothing is
 * duplicated, and merging the same rows again changes nothing, so importing one file twice is
 * harmless. Fields the database derives are left for it to recompute (people come back stale).
 */
import type { AccountRow, IdentityRow, InteractionRow, ItemRow, PersonRow, TagRow } from '../../shared/db';

/** What a person is before the settle job has looked at them: their derived fields are empty. */
export type PersonFacts = Omit<PersonRow, 'stats' | 'score' | 'lastAt' | 'dueAt' | 'terms' | 'handles' | 'stale'>;

/** A person whose stats, score, due time and search terms wait for the settle job. */
export function unsettled(person: PersonFacts): PersonRow {
  return {
    ...person,
    stats: { inCount: 0, outCount: 0, recent: [], startedByThem: 0, startedByMe: 0, addressedToMe: 0, answeredByMe: 0, oneToOne: 0 },
    score: 0,
    lastAt: 0,
    terms: [],
    handles: [],
    stale: 1,
  };
}

const minOf = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const maxOf = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/** The view seen more recently, and the other; on a tie the local one counts as newer. */
function byRecency<T extends { lastSeenAt: number }>(local: T, incoming: T): [newer: T, older: T] {
  return incoming.lastSeenAt > local.lastSeenAt ? [incoming, local] : [local, incoming];
}

/**
 * One item seen on two machines. The fuller view wins field by field (a page may leave out the
 * time, the parent or the text; the newer view wins where both have a value), and the user's
 * state is kept from both: answered at the earliest answer, done if either is, snoozed until the
 * later time. `awaiting` is recomputed by the background from the result.
 */
export function mergeItem(local: ItemRow | undefined, incoming: ItemRow): ItemRow {
  if (!local) return { ...incoming };
  const [newer, older] = byRecency(local, incoming);
  const answer = incoming.answeredAt !== undefined && (local.answeredAt === undefined || incoming.answeredAt < local.answeredAt) ? incoming : local;
  const createdAt = newer.createdAt ?? older.createdAt;
  return {
    ...older,
    ...newer,
    author: {
      handle: newer.author.handle,
      name: newer.author.name || older.author.name,
      nativeId: newer.author.nativeId ?? older.author.nativeId,
    },
    text: newer.text || older.text,
    createdAt,
    parentId: newer.parentId ?? older.parentId,
    parentAuthor: newer.parentAuthor ?? older.parentAuthor,
    mentions: newer.mentions.length ? newer.mentions : older.mentions,
    hashtags: newer.hashtags.length ? newer.hashtags : older.hashtags,
    direct: newer.direct ?? older.direct,
    firstSeenAt: Math.min(local.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: Math.max(local.lastSeenAt, incoming.lastSeenAt),
    sortAt: createdAt ?? Math.min(local.sortAt, incoming.sortAt),
    byMe: local.byMe || incoming.byMe ? 1 : 0,
    toMe: local.toMe || incoming.toMe ? 1 : 0,
    answeredAt: answer.answeredAt,
    answerId: answer.answerId,
    doneAt: minOf(local.doneAt, incoming.doneAt),
    snoozedUntil: maxOf(local.snoozedUntil, incoming.snoozedUntil),
    awaiting: local.awaiting,
  };
}

/** One account seen on two machines, belonging to `personId` (decided by remapPeople). */
export function mergeAccount(local: AccountRow | undefined, incoming: AccountRow, personId: string): AccountRow {
  if (!local) return { ...incoming, personId };
  const [newer, older] = byRecency(local, incoming);
  return {
    ...local,
    // An empty name (the site showed none) never replaces one that was seen.
    name: newer.name || older.name,
    nativeId: newer.nativeId ?? older.nativeId,
    personId,
    firstSeenAt: Math.min(local.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: Math.max(local.lastSeenAt, incoming.lastSeenAt),
    lastInteractionAt: maxOf(local.lastInteractionAt, incoming.lastInteractionAt),
  };
}

/**
 * Which local person each incoming person becomes. When an incoming account already exists
 * locally, its local person wins, and every other account of that incoming person follows it, so
 * a person linked in the file stays one person here. Otherwise the incoming id is kept.
 *
 * Tie-break: when an incoming person's accounts belong to two different local people, the local
 * person of the account first in key order wins (deterministic, whatever the file's row order),
 * and the other accounts move to it. An account that changes person must take its local
 * interactions along: the caller rewrites their personId, as linking two people does.
 *
 * The map holds every personId the incoming accounts name; a person with no account in the file
 * keeps their id.
 */
export function remapPeople(incoming: readonly AccountRow[], local: ReadonlyMap<string, AccountRow>): Map<string, string> {
  const map = new Map<string, string>();
  const inKeyOrder = [...incoming].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const account of inKeyOrder) {
    const here = local.get(account.key);
    if (here && !map.has(account.personId)) map.set(account.personId, here.personId);
  }
  for (const account of incoming) if (!map.has(account.personId)) map.set(account.personId, account.personId);
  return map;
}

/** An incoming person under the ids remapPeople chose: their own id and those in notSame. */
export function withPersonIds(person: PersonRow, map: ReadonlyMap<string, string>): PersonRow {
  const to = (id: string) => map.get(id) ?? id;
  return { ...person, id: to(person.id), notSame: [...new Set(person.notSame.map(to))].filter((id) => id !== to(person.id)) };
}

/**
 * Notes from two places. When one holds the other (the same file imported again, or notes that
 * only grew since), the longer is kept; otherwise both are kept, joined by a blank line. Text is
 * never dropped, so two different long notes can together exceed the editing limit.
 */
export function mergeNotes(local: string, incoming: string): string {
  if (local.includes(incoming)) return local;
  if (incoming.includes(local)) return incoming;
  return `${local}\n\n${incoming}`;
}

/** Tags from both, local ones first, each name once whatever its case (the first spelling wins). */
export function mergeTagNames(local: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...local, ...incoming].filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One person in both places (after withPersonIds). What the user set here wins where set (name,
 * stage, cadence, score pin and adjustment); notes, tags and "not the same as" are combined.
 */
export function mergePerson(local: PersonRow | undefined, incoming: PersonRow): PersonRow {
  if (!local) return unsettled(incoming);
  return {
    ...local,
    notes: mergeNotes(local.notes, incoming.notes),
    tags: mergeTagNames(local.tags, incoming.tags),
    stage: local.stage ?? incoming.stage,
    cadence: local.cadence ?? incoming.cadence,
    scorePin: local.scorePin ?? incoming.scorePin,
    scoreAdjust: local.scoreAdjust ?? incoming.scoreAdjust,
    remindedFor: maxOf(local.remindedFor, incoming.remindedFor),
    notSame: [...new Set([...local.notSame, ...incoming.notSame])].filter((id) => id !== local.id),
    createdAt: Math.min(local.createdAt, incoming.createdAt),
    updatedAt: Math.max(local.updatedAt, incoming.updatedAt),
    stale: 1,
  };
}

/** A tag in both places: the colour and cadence chosen here stay; a cadence only the file has is added. */
export function mergeTag(local: TagRow | undefined, incoming: TagRow): TagRow {
  return local ? { ...local, cadence: local.cadence ?? incoming.cadence } : { ...incoming };
}

/**
 * You on one site, from both places: every account a page revealed (one per host, the later
 * sighting kept), and the handle typed here, or the file's when none was typed here.
 */
export function mergeIdentity(local: IdentityRow | undefined, incoming: IdentityRow): IdentityRow {
  if (!local) return { ...incoming, detected: [...incoming.detected] };
  const byHost = new Map(local.detected.map((d) => [d.host, d]));
  for (const d of incoming.detected) {
    const here = byHost.get(d.host);
    if (!here || d.at > here.at) byHost.set(d.host, d);
  }
  return { ...local, detected: [...byHost.values()], manual: local.manual ?? incoming.manual };
}

/**
 * Interactions to add. One whose id exists here is the same observed event (ids are
 * `<item id>|<kind>|<handle>`) and is skipped: the local row already counts it. The rest are
 * moved to the people remapPeople chose.
 */
export function newInteractions(
  incoming: readonly InteractionRow[],
  localIds: ReadonlySet<string>,
  personIdMap: ReadonlyMap<string, string>,
): InteractionRow[] {
  return incoming.filter((x) => !localIds.has(x.id)).map((x) => ({ ...x, personId: personIdMap.get(x.personId) ?? x.personId }));
}
