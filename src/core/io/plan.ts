/**
 * What importing a file into what the user has comes to, as rows to write: the merge rules of
 * merge.ts composed in the one order that keeps a person whole. Pure: the caller fetches the
 * local rows the file names (`localKeysOf`), plans, and writes the plan in one transaction.
 */
import type { AccountRow, IdentityRow, ItemRow, PersonRow, TagRow } from '../../shared/db';
import type { ExportData } from './format';
import { mergeAccount, mergeIdentity, mergeItem, mergePerson, mergeTag, newInteractions, remapPeople, withPersonIds } from './merge';

/** The local rows a file touches, by key (absent keys are not stored here). */
export interface LocalRows {
  items: ReadonlyMap<string, ItemRow>;
  accounts: ReadonlyMap<string, AccountRow>;
  people: ReadonlyMap<string, PersonRow>;
  interactionIds: ReadonlySet<string>;
  identities: ReadonlyMap<string, IdentityRow>;
  tags: ReadonlyMap<string, TagRow>;
}

/** The rows to write, per table, and what the import came to. */
export interface ImportPlan extends ExportData {
  /** Local accounts that now belong to another person: their stored interactions must follow. */
  moved: Map<string, string>;
  /** Rows new here, and rows merged into ones already here, per table. */
  added: Record<keyof ExportData, number>;
  merged: Record<keyof ExportData, number>;
}

/** The keys to fetch before planning. People depend on the accounts: call with them fetched. */
export function localKeysOf(data: ExportData, localAccounts: ReadonlyMap<string, AccountRow>) {
  const personIds = remapPeople(data.accounts, localAccounts);
  return {
    items: data.items.map((r) => r.id),
    accounts: data.accounts.map((r) => r.key),
    people: [...new Set(data.people.map((p) => personIds.get(p.id) ?? p.id))],
    interactions: data.interactions.map((r) => r.id),
    identities: data.identities.map((r) => r.site),
    tags: data.tags.map((r) => r.name),
  };
}

export function planImport(local: LocalRows, data: ExportData): ImportPlan {
  const added = { items: 0, accounts: 0, people: 0, interactions: 0, identities: 0, tags: 0 };
  const merged = { ...added };
  const count = (table: keyof ExportData, here: unknown) => void (here ? merged[table]++ : added[table]++);

  const personIds = remapPeople(data.accounts, local.accounts);
  const moved = new Map<string, string>();
  const accounts = data.accounts.map((a) => {
    const here = local.accounts.get(a.key);
    count('accounts', here);
    const row = mergeAccount(here, a, personIds.get(a.personId) ?? a.personId);
    if (here && here.personId !== row.personId) moved.set(a.key, row.personId);
    return row;
  });
  // Several people of the file can become one here: merge them in turn.
  const people = new Map<string, PersonRow>();
  for (const p of data.people) {
    const incoming = withPersonIds(p, personIds);
    const here = people.get(incoming.id) ?? local.people.get(incoming.id);
    if (!people.has(incoming.id)) count('people', here);
    people.set(incoming.id, mergePerson(here, incoming));
  }
  const items = data.items.map((i) => {
    const here = local.items.get(i.id);
    count('items', here);
    return mergeItem(here, i);
  });
  const interactions = newInteractions(data.interactions, local.interactionIds, personIds);
  added.interactions = interactions.length;
  merged.interactions = data.interactions.length - interactions.length;
  const identities = data.identities.map((s) => {
    const here = local.identities.get(s.site);
    count('identities', here);
    return mergeIdentity(here, s);
  });
  const tags = data.tags.map((t) => {
    const here = local.tags.get(t.name);
    count('tags', here);
    return mergeTag(here, t);
  });
  return { items, accounts, people: [...people.values()], interactions, identities, tags, moved, added, merged };
}
