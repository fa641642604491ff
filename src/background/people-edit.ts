/**
 * Changes the user makes to their relationship memory: edits, linking and splitting identities,
 * tags, and forgetting (a person, a site, everything). Each runs in one transaction.
 */
import { mergePerson } from '../core/io/merge';
import type { SiteId } from '../core/sites';
import { emptyPerson, type PersonRow, type RapportDB } from '../shared/db';
import type { Parsed } from '../shared/messages';

type Patch = Omit<Parsed<'person.update'>, 'id'>;

export async function updatePerson(d: RapportDB, { id, ...patch }: Parsed<'person.update'>, now = Date.now()): Promise<void> {
  await d.transaction('rw', d.people, async () => {
    const person = await d.people.get(id);
    if (!person) throw new Error(`No person ${id}`);
    const next: PersonRow = { ...person, updatedAt: now, stale: 1 };
    for (const [field, value] of Object.entries(patch) as [keyof Patch, unknown][]) {
      if (value === undefined) continue;
      if (value === null) delete next[field];
      else Object.assign(next, { [field]: value });
    }
    if (patch.tags) next.tags = [...new Set(patch.tags)];
    await d.people.put(next);
  });
}

/** `from` becomes part of `into`: its accounts, interactions, notes and tags. */
export async function linkPeople(d: RapportDB, into: string, from: string, now = Date.now()): Promise<string> {
  if (into === from) return into;
  await d.transaction('rw', [d.people, d.accounts, d.interactions], async () => {
    const [a, b] = await d.people.bulkGet([into, from]);
    if (!a || !b) throw new Error('Both people must exist to be linked');
    await d.accounts.where('personId').equals(from).modify({ personId: into });
    await d.interactions.where('personId').equals(from).modify({ personId: into });
    const merged = mergePerson(a, b);
    await d.people.put({ ...merged, id: into, notSame: merged.notSame.filter((p) => p !== from && p !== into), updatedAt: now, stale: 1 });
    await d.people.delete(from);
  });
  return into;
}

export async function markNotSame(d: RapportDB, a: string, b: string): Promise<void> {
  await d.transaction('rw', d.people, async () => {
    for (const [id, other] of [
      [a, b],
      [b, a],
    ] as const) {
      await d.people.where('id').equals(id).modify((p) => {
        if (!p.notSame.includes(other)) p.notSame.push(other);
      });
    }
  });
}

/** One account leaves its person and becomes a person of its own, taking its history along. */
export async function splitAccount(d: RapportDB, key: string, now = Date.now()): Promise<string> {
  return d.transaction('rw', [d.people, d.accounts, d.interactions], async () => {
    const account = await d.accounts.get(key);
    if (!account) throw new Error(`No account ${key}`);
    const others = await d.accounts.where('personId').equals(account.personId).filter((a) => a.key !== key).count();
    if (!others) return account.personId;
    // The person keeps its id (and what the user wrote); the account leaving gets a fresh one.
    let id = key;
    for (let n = 2; await d.people.get(id); n++) id = `${key}~${n}`;
    await d.people.add({ ...emptyPerson(id, account.name || account.handle, now), notSame: [account.personId] });
    await d.people.where('id').equals(account.personId).modify((p) => {
      p.notSame.push(id);
      p.stale = 1;
    });
    await d.accounts.update(key, { personId: id });
    await d.interactions.where('accountKey').equals(key).modify({ personId: id });
    return id;
  });
}

/** Forgets a person: their accounts, their items, your interactions with them. */
export async function deletePerson(d: RapportDB, id: string): Promise<void> {
  await d.transaction('rw', [d.people, d.accounts, d.interactions, d.items], async () => {
    const keys = await d.accounts.where('personId').equals(id).primaryKeys();
    await d.items.where('authorKey').anyOf(keys).delete();
    await d.interactions.where('personId').equals(id).delete();
    await d.accounts.bulkDelete(keys);
    await d.people.delete(id);
  });
}

/** Forgets one site: its items, accounts, interactions, identities and health; people left with no account go too. */
export async function deleteSite(d: RapportDB, site: SiteId): Promise<void> {
  await d.transaction('rw', [d.people, d.accounts, d.interactions, d.items, d.identities, d.health], async () => {
    const personIds = new Set((await d.accounts.where('site').equals(site).toArray()).map((a) => a.personId));
    await d.items.where('site').equals(site).delete();
    await d.interactions.where('site').equals(site).delete();
    await d.accounts.where('site').equals(site).delete();
    await d.identities.delete(site);
    await d.health.where('site').equals(site).delete();
    for (const id of personIds) {
      if (await d.accounts.where('personId').equals(id).count()) await d.people.update(id, { stale: 1 });
      else await d.people.delete(id);
    }
  });
}

export async function deleteAll(d: RapportDB): Promise<void> {
  await d.transaction('rw', d.tables, async () => {
    await Promise.all(d.tables.map((t) => t.clear()));
  });
}

export async function setTag(d: RapportDB, { name, color, cadence }: Parsed<'tag.set'>): Promise<void> {
  await d.transaction('rw', [d.tags, d.people], async () => {
    const old = await d.tags.get(name);
    await d.tags.put({ name, color, cadence: cadence === null ? undefined : (cadence ?? old?.cadence) });
    // Everyone carrying the tag may be due at another time now.
    await d.people.where('tags').equals(name).modify({ stale: 1 });
  });
}
