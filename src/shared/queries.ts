/** Named read queries shared by the popup, options page, tests and benchmarks. */
import { matchesQuery, queryTerms } from '../core/search';
import type { AccountRow, ItemRow, PersonRow, RapportDB } from './db';

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
  accounts: AccountRow[];
  /** `<site>:<handle>` of their first account (the one the person was created from, when it is still theirs). */
  key: string;
}

const CANDIDATES = 5000;

/**
 * People matching a search (every word a prefix of a word in their name, handles, tags or notes),
 * sorted. Without words, the top of the chosen order straight from its index. With words, the
 * rarest-looking (longest) word picks candidates from the search index and the rest filter them.
 */
export async function searchPeople(d: RapportDB, q: string, sort: PeopleSort = 'last', limit = 100): Promise<PersonView[]> {
  const words = queryTerms(q);
  let rows: PersonRow[];
  if (!words.length) {
    rows =
      sort === 'overdue'
        ? await d.people.where('dueAt').above(0).limit(limit).toArray()
        : await d.people.orderBy(sort === 'score' ? 'score' : 'lastAt').reverse().limit(limit).toArray();
  } else {
    const lead = [...words].sort((a, b) => b.length - a.length)[0]!;
    const ids = await d.people.where('terms').startsWith(lead).limit(CANDIDATES).primaryKeys();
    const found = (await d.people.bulkGet([...new Set(ids)])).filter((p): p is PersonRow => !!p && matchesQuery(p.terms, words));
    const by: Record<PeopleSort, (a: PersonRow, b: PersonRow) => number> = {
      last: (a, b) => b.lastAt - a.lastAt,
      score: (a, b) => b.score - a.score,
      overdue: (a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity),
    };
    rows = found.sort(by[sort]).slice(0, limit);
  }
  return withAccounts(d, rows);
}

/** People whose keep-in-touch window has opened by `now`, most overdue first. */
export async function reconnectList(d: RapportDB, now = Date.now(), limit = 200): Promise<PersonView[]> {
  return withAccounts(d, await d.people.where('dueAt').belowOrEqual(now).limit(limit).toArray());
}

export async function withAccounts(d: RapportDB, people: PersonRow[]): Promise<PersonView[]> {
  const accounts = await d.accounts.where('personId').anyOf(people.map((p) => p.id)).toArray();
  const byPerson = new Map<string, AccountRow[]>();
  for (const a of accounts) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  return people.map((person) => {
    const own = (byPerson.get(person.id) ?? []).sort((a, b) => a.firstSeenAt - b.firstSeenAt);
    return { person, accounts: own, key: (own.find((a) => a.key === person.id) ?? own[0])?.key ?? person.id };
  });
}
