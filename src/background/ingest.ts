/**
 * The write path for items seen in pages: store each once (keyed by its contract id), keep the
 * people and interactions it reveals, and decide with core/awaiting what waits for your reply.
 */
import { addressing, interactionsOf, isAwaiting, type ItemFacts } from '../core/awaiting';
import { normaliseHandle } from '../core/handles';
import type { SiteId } from '../core/sites';
import { emptyPerson, type AccountRow, type InteractionRow, type ItemRow, type PersonRow, type RapportDB } from '../shared/db';
import type { ItemState } from '../shared/messages';
import type { Item } from '../shared/schema';
import { myHandles } from './identity';

export interface IngestResult {
  states: ItemState[];
  /** Some item already stored changed whether it awaits a reply: pages showing it must refresh. */
  changed: boolean;
}

export const accountKey = (site: SiteId, handle: string) => `${site}:${handle}`;

export function stateOf(row: ItemRow): ItemState {
  return { id: row.id, awaiting: row.awaiting === 1, since: row.sortAt, byMe: row.byMe === 1 };
}

/** What the awaiting rules need of a stored item and its parent. */
export function factsOf(row: Pick<ItemRow, 'site' | 'author' | 'mentions' | 'direct' | 'parentAuthor'>, parent?: ItemRow): ItemFacts {
  return {
    site: row.site,
    author: row.author.handle,
    mentions: row.mentions,
    direct: row.direct,
    parentAuthor: parent?.author.handle ?? row.parentAuthor,
    parentMentions: parent?.mentions,
  };
}

function normaliseItem(item: Item, host: string): Item {
  const n = (h: string) => normaliseHandle(item.site, h, host);
  return {
    ...item,
    author: { ...item.author, handle: n(item.author.handle) },
    parentAuthor: item.parentAuthor && n(item.parentAuthor),
    mentions: [...new Set(item.mentions.map(n))],
  };
}

/** Your reply answers its parent; the earliest answer seen is the one kept. */
export function markAnswered(parent: ItemRow, reply: ItemRow): void {
  const at = reply.createdAt ?? reply.firstSeenAt;
  if (parent.answeredAt === undefined || at < parent.answeredAt) {
    parent.answeredAt = at;
    parent.answerId = reply.id;
  }
}

export async function ingestItems(d: RapportDB, host: string, input: Item[], now = Date.now()): Promise<IngestResult> {
  const batch = new Map<string, Item>();
  for (const item of input) batch.set(item.id, normaliseItem(item, host));
  const ids = [...batch.keys()];
  let changed = false;

  const rows = await d.transaction('rw', [d.items, d.accounts, d.people, d.interactions, d.identities, d.restat], async () => {
    const me = await myHandles(d, [...batch.values()].map((i) => i.site));
    const existing = new Map((await d.items.bulkGet(ids)).filter((r) => !!r).map((r) => [r.id, r]));
    const next = new Map<string, ItemRow>();
    for (const item of batch.values()) {
      const old = existing.get(item.id);
      next.set(item.id, {
        ...old,
        ...item,
        // What a page left out (time, parent) is kept from an earlier, fuller view.
        createdAt: item.createdAt ?? old?.createdAt,
        parentId: item.parentId ?? old?.parentId,
        parentAuthor: item.parentAuthor ?? old?.parentAuthor,
        host,
        authorKey: accountKey(item.site, item.author.handle),
        firstSeenAt: old?.firstSeenAt ?? now,
        lastSeenAt: now,
        sortAt: item.createdAt ?? old?.sortAt ?? now,
        byMe: 0,
        toMe: 0,
        awaiting: 0,
      });
    }

    // Parents outside the batch, and replies already stored under items in it.
    const missingParents = [...next.values()].map((r) => r.parentId).filter((p): p is string => !!p && !next.has(p));
    const parents = new Map((await d.items.bulkGet(missingParents)).filter((r) => !!r).map((r) => [r.id, r]));
    const parentOf = (r: ItemRow) => (r.parentId ? (next.get(r.parentId) ?? parents.get(r.parentId)) : undefined);
    const storedChildren = await d.items.where('parentId').anyOf(ids).toArray();

    for (const row of next.values()) {
      const a = addressing(factsOf(row, parentOf(row)), me.get(row.site));
      row.byMe = a.byMe ? 1 : 0;
      row.toMe = a.toMe ? 1 : 0;
    }
    for (const child of storedChildren) {
      const parent = next.get(child.parentId!);
      if (parent && child.byMe && !next.has(child.id)) markAnswered(parent, child);
    }
    const touchedParents: ItemRow[] = [];
    for (const row of next.values()) {
      if (!row.byMe || !row.parentId) continue;
      const parent = parentOf(row);
      if (!parent) continue;
      markAnswered(parent, row);
      if (!next.has(parent.id)) touchedParents.push(parent);
    }
    for (const row of [...next.values(), ...touchedParents]) {
      const wasAwaiting = existing.get(row.id)?.awaiting ?? parents.get(row.id)?.awaiting;
      row.awaiting = isAwaiting(row, now) ? 1 : 0;
      if (wasAwaiting !== undefined && wasAwaiting !== row.awaiting) changed = true;
    }
    await d.items.bulkPut([...next.values(), ...touchedParents]);
    await rememberPeople(d, [...next.values()], parentOf, me, now);
    return [...next.values()];
  });
  return { states: rows.map(stateOf), changed };
}

/** Accounts for every author, and the interactions between you and them. */
async function rememberPeople(
  d: RapportDB,
  rows: ItemRow[],
  parentOf: (r: ItemRow) => ItemRow | undefined,
  me: Map<SiteId, string[]>,
  now: number,
): Promise<void> {
  const accounts = new Map<string, Omit<AccountRow, 'personId' | 'firstSeenAt'>>();
  const interactions: Omit<InteractionRow, 'personId'>[] = [];
  const touch = (site: SiteId, handle: string, name: string, nativeId: string | undefined, at?: number) => {
    const key = accountKey(site, handle);
    const prev = accounts.get(key);
    accounts.set(key, {
      key,
      site,
      handle,
      name: name || prev?.name || '',
      nativeId: nativeId ?? prev?.nativeId,
      lastSeenAt: now,
      lastInteractionAt: Math.max(at ?? 0, prev?.lastInteractionAt ?? 0) || undefined,
    });
  };
  for (const row of rows) {
    // You are not one of your people.
    if (!row.byMe) touch(row.site, row.author.handle, row.author.name, row.author.nativeId);
    for (const i of interactionsOf(factsOf(row, parentOf(row)), me.get(row.site))) {
      const at = row.createdAt ?? row.firstSeenAt;
      const parent = parentOf(row);
      const name = i.direction === 'in' ? row.author.name : parent?.author.handle === i.with ? parent.author.name : '';
      touch(row.site, i.with, name, undefined, at);
      interactions.push({
        id: `${row.id}|${i.kind}|${i.with}`,
        site: row.site,
        accountKey: accountKey(row.site, i.with),
        itemId: row.id,
        kind: i.kind,
        direction: i.direction,
        at,
      });
    }
  }
  const keys = [...accounts.keys()];
  const stored = await d.accounts.bulkGet(keys);
  const renamedFrom = await formerAccounts(d, keys.filter((_, i) => !stored[i]).map((k) => accounts.get(k)!));
  const changed: AccountRow[] = [];
  const newPeople: PersonRow[] = [];
  const personOf = new Map<string, string>();
  keys.forEach((key, i) => {
    const seen = accounts.get(key)!;
    const old = stored[i];
    const former = renamedFrom.get(key);
    if (!old && !former) newPeople.push(emptyPerson(key, seen.name || seen.handle, now));
    const row: AccountRow = {
      ...old,
      ...seen,
      name: seen.name || old?.name || '',
      nativeId: seen.nativeId ?? old?.nativeId,
      // A renamed account keeps its person, so the history stays together.
      personId: old?.personId ?? former?.personId ?? key,
      firstSeenAt: old?.firstSeenAt ?? former?.firstSeenAt ?? now,
      lastInteractionAt: Math.max(seen.lastInteractionAt ?? 0, old?.lastInteractionAt ?? 0) || undefined,
    };
    personOf.set(key, row.personId);
    if (!old || !sameAccount(old, row, now)) changed.push(row);
  });
  if (changed.length) await d.accounts.bulkPut(changed);
  if (newPeople.length) await d.people.bulkAdd(newPeople).catch(ignoreExisting);
  // An interaction seen before is stored already: only new ones are written and make a person stale.
  const known = new Set(await d.interactions.where(':id').anyOf(interactions.map((x) => x.id)).primaryKeys());
  const fresh = interactions.filter((x) => !known.has(x.id)).map((x) => ({ ...x, personId: personOf.get(x.accountKey) ?? x.accountKey }));
  if (fresh.length) await d.interactions.bulkPut(fresh);
  // Their stats, score, reminders and search terms are brought up to date by the settle job.
  const touched = new Set([...fresh.map((x) => x.personId), ...[...renamedFrom.values()].map((a) => a.personId)]);
  if (touched.size) {
    const at = markStamp();
    await d.restat.bulkPut([...touched].map((id) => ({ id, at })));
  }
}

let lastStamp = 0;
/** Tells apart two markings of one person (the settle job keeps a marker put again while it worked). */
function markStamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

/** Seen again with nothing new: no write (the last-seen time is kept to the hour). */
function sameAccount(old: AccountRow, next: AccountRow, now: number): boolean {
  return old.name === next.name && old.nativeId === next.nativeId && old.lastInteractionAt === next.lastInteractionAt && now - old.lastSeenAt < HOUR;
}

const HOUR = 3_600_000;

/**
 * Accounts seen before under another handle: a new handle with the stable id (`nativeId`) of a
 * stored account on the same site is that account renamed.
 */
async function formerAccounts(d: RapportDB, fresh: Pick<AccountRow, 'key' | 'site' | 'nativeId'>[]): Promise<Map<string, AccountRow>> {
  const found = new Map<string, AccountRow>();
  const withId = fresh.filter((a) => a.nativeId);
  if (!withId.length) return found;
  const rows = await d.accounts.where('[site+nativeId]').anyOf(withId.map((a) => [a.site, a.nativeId!])).toArray();
  for (const a of withId) {
    const former = rows.find((r) => r.site === a.site && r.nativeId === a.nativeId && r.key !== a.key);
    if (former) found.set(a.key, former);
  }
  return found;
}

function ignoreExisting(error: unknown): void {
  if ((error as { name?: string }).name !== 'BulkError') throw error;
}
