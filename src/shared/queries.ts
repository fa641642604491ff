/** Named read queries shared by the popup, options page, tests and benchmarks. */
import { matchesQuery, queryTerms } from '../core/search';
import type { AccountSummary, ItemRow, PersonRow, RapportDB } from './db';

/** Items awaiting your reply, newest first. */
export function inbox(d: RapportDB, limit = 200): Promise<ItemRow[]> {
  return d.items.where('[awaiting+sortAt]').between([1, -Infinity], [1, Infinity]).reverse().limit(limit).toArray();
}

export function awaitingCount(d: RapportDB): Promise<number> {
  return d.items.where('[awaiting+sortAt]').between([1, -Infinity], [1, Infinity]).count();
}

export type PeopleSort = 'last' | 'score' | 'overdue';

/** A person with the accounts that are theirs; `key` is the account the contract names them by. */
export interface PersonView {
  person: PersonRow;
  accounts: AccountSummary[];
  /** `<site>:<handle>` of their first account (the one the person was created from, when it is still theirs). */
  key: string;
}

/** Above this many people sharing the query's rarest word, walking the sort order is cheaper. */
const FEW = 1000;

/**
 * People matching a search (every word a prefix of a word in their name, handles, tags or notes),
 * sorted. A narrow search takes its candidates from the search index (the longest word is the
 * rarest-looking) and sorts them; a broad one walks the chosen order and keeps the first that match,
 * so the top of a common prefix ("m") is as right as the top of a rare one, and as quick.
 */
export async function searchPeople(d: RapportDB, q: string, sort: PeopleSort = 'last', limit = 100): Promise<PersonView[]> {
  const words = queryTerms(q);
  const match = (p: PersonRow) => matchesQuery(p.terms, words);
  const lead = [...words].sort((a, b) => b.length - a.length)[0];
  const ids = lead === undefined ? undefined : await d.people.where('terms').startsWith(lead).limit(FEW + 1).primaryKeys();
  let rows: PersonRow[];
  if (ids && ids.length <= FEW) {
    const found = (await d.people.bulkGet([...new Set(ids)])).filter((p): p is PersonRow => !!p && match(p));
    rows = found.sort(ORDER[sort]).slice(0, limit);
  } else {
    const ordered = sort === 'overdue' ? d.people.where('dueAt').above(0) : d.people.orderBy(sort === 'score' ? 'score' : 'lastAt').reverse();
    rows = await (words.length ? ordered.filter(match) : ordered).limit(limit).toArray();
  }
  return withAccounts(d, rows);
}

/** The People view's orders, for candidates sorted in memory (the same as their indexes'). */
const ORDER: Record<PeopleSort, (a: PersonRow, b: PersonRow) => number> = {
  last: (a, b) => b.lastAt - a.lastAt,
  score: (a, b) => b.score - a.score,
  overdue: (a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity),
};

/** People whose keep-in-touch window has opened by `now`, most overdue first. */
export async function reconnectList(d: RapportDB, now = Date.now(), limit = 200): Promise<PersonView[]> {
  return withAccounts(d, await d.people.where('dueAt').belowOrEqual(now).limit(limit).toArray());
}

/**
 * People with their accounts in short: from the rows themselves once settled, read from the
 * accounts only for people not settled yet (just seen, or just imported).
 */
export async function withAccounts(d: RapportDB, people: PersonRow[]): Promise<PersonView[]> {
  const unsettled = people.filter((p) => !p.handles.length).map((p) => p.id);
  const byPerson = new Map<string, AccountSummary[]>();
  const fetched = unsettled.length ? await d.accounts.where('personId').anyOf(unsettled).sortBy('firstSeenAt') : [];
  for (const { key, site, handle, personId } of fetched) byPerson.set(personId, [...(byPerson.get(personId) ?? []), { key, site, handle }]);
  return people.map((person) => {
    const own = person.handles.length ? person.handles : (byPerson.get(person.id) ?? []);
    return { person, accounts: own, key: (own.find((a) => a.key === person.id) ?? own[0])?.key ?? person.id };
  });
}
