/**
 * The relationship memory in the background: people settled from what ingest saw, edits, linking
 * and splitting identities, renames, forgetting, tags with cadences, and the daily digest.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { commitImport, importRes, stageImport, startImport } from '../../src/background/import';
import { ingestItems } from '../../src/background/ingest';
import { settlePeople } from '../../src/background/people';
import { deleteAll, deletePerson, deleteSite, linkPeople, markNotSame, setTag, splitAccount, updatePerson } from '../../src/background/people-edit';
import { rescore, takeDigest } from '../../src/background/reminders';
import { DURATION } from '../../src/core/time';
import { emptyPerson, type RapportDB } from '../../src/shared/db';
import { reconnectList, searchPeople } from '../../src/shared/queries';
import { ItemInput as ItemSchema } from '../../src/shared/schema';
import { freshDb, HOST, mid, mItem } from './helpers/db';

const ME = 'maya@mastodon.social';
const maya = { handle: 'maya', name: 'Maya Chen' };
const BOB = 'mastodon:bob@fosstodon.org';
const T0 = 1_700_000_000_000;
let d: RapportDB;

beforeEach(async () => {
  d = freshDb();
  await d.identities.put({ site: 'mastodon', detected: [{ handle: ME, host: HOST, at: 0 }] });
  await d.identities.put({ site: 'x', detected: [{ handle: 'maya', host: 'x.com', at: 0 }] });
});

function xItem(id: string, over: Record<string, unknown> = {}) {
  return ItemSchema.parse({
    id: `x:${id}`,
    site: 'x',
    kind: over.parentId ? 'reply' : 'post',
    author: { handle: 'bobdev', name: 'Bob' },
    url: `https://x.com/bobdev/status/${id}`,
    text: `post ${id}`,
    createdAt: T0 + Number(id) * 1000,
    ...over,
  });
}

/** Bob replies to Maya's post on Mastodon, and Maya answers. */
async function conversation() {
  await ingestItems(d, HOST, [
    mItem('1', { author: maya }),
    mItem('2', { parentId: mid('1'), text: 'Loved the talk on typed messaging' }),
    mItem('3', { author: maya, parentId: mid('2') }),
  ]);
  await settlePeople(d, T0 + 10_000);
}

describe('settling people', () => {
  it('derives stats, score, search terms and last interaction from what ingest saw', async () => {
    await conversation();
    const bob = (await d.people.get(BOB))!;
    expect(bob.stale).toBe(0);
    expect(bob.stats).toMatchObject({ inCount: 1, outCount: 1, addressedToMe: 1, answeredByMe: 1, lastAt: T0 + 3000, firstAt: T0 + 2000 });
    expect(bob.lastAt).toBe(T0 + 3000);
    expect(bob.score).toBeGreaterThan(0);
    expect(bob.terms).toContain('bob');
    expect(bob.terms).toContain('bob@fosstodon.org');
  });

  it('marks a person stale again when a new interaction is seen', async () => {
    await conversation();
    await ingestItems(d, HOST, [mItem('4', { parentId: mid('3') })]);
    expect(await d.restat.get(BOB)).toMatchObject({ id: BOB });
    await settlePeople(d, T0 + 10_000);
    expect((await d.people.get(BOB))!.stats.inCount).toBe(2);
    expect(await d.restat.count()).toBe(0);
  });
});

describe('editing a person', () => {
  it('notes, tags and stage are searchable once settled; null clears a field', async () => {
    await conversation();
    await updatePerson(d, { id: BOB, notes: 'Promised to send the slides', tags: ['speaker', 'speaker', 'rust'], stage: 'regular', cadence: { idealDays: 7, maxDays: 14 } });
    await settlePeople(d, T0 + 10_000);
    expect((await d.people.get(BOB))!.tags).toEqual(['speaker', 'rust']);
    expect((await searchPeople(d, 'slides')).map((v) => v.person.id)).toEqual([BOB]);
    expect((await searchPeople(d, 'spea ru')).map((v) => v.key)).toEqual([BOB]);
    expect(await searchPeople(d, 'slides python')).toEqual([]);
    await updatePerson(d, { id: BOB, stage: null, cadence: null });
    const bob = (await d.people.get(BOB))!;
    expect(bob.stage).toBeUndefined();
    expect(bob.cadence).toBeUndefined();
    expect(bob.notes).toBe('Promised to send the slides');
  });

  it('refuses to edit someone it does not know', async () => {
    await expect(updatePerson(d, { id: 'x:nobody', notes: 'x' })).rejects.toThrow(/No person/);
  });
});

describe('identities across sites', () => {
  it('links two people into one, with all accounts, history, notes and tags; split undoes it', async () => {
    await conversation();
    await ingestItems(d, 'x.com', [xItem('10', { author: { handle: 'maya', name: 'Maya' } }), xItem('11', { parentId: 'x:10' })]);
    await updatePerson(d, { id: 'x:bobdev', notes: 'Met at RustConf', tags: ['rust'] });
    await updatePerson(d, { id: BOB, notes: 'Slides', tags: ['speaker'] });
    await linkPeople(d, BOB, 'x:bobdev');
    await settlePeople(d, T0 + 20_000);

    expect(await d.people.get('x:bobdev')).toBeUndefined();
    const bob = (await d.people.get(BOB))!;
    expect(bob.notes).toContain('Slides');
    expect(bob.notes).toContain('Met at RustConf');
    expect(bob.tags.sort()).toEqual(['rust', 'speaker']);
    expect((await d.accounts.get('x:bobdev'))!.personId).toBe(BOB);
    expect(await d.interactions.where('personId').equals(BOB).count()).toBe(3);
    expect(bob.stats.inCount).toBe(2);
    expect((await searchPeople(d, 'bobdev')).map((v) => v.key)).toEqual([BOB]);

    const split = await splitAccount(d, 'x:bobdev');
    await settlePeople(d, T0 + 20_000);
    expect(split).toBe('x:bobdev');
    expect(await d.interactions.where('personId').equals('x:bobdev').count()).toBe(1);
    expect((await d.people.get(BOB))!.notSame).toContain('x:bobdev');
    expect((await d.people.get('x:bobdev'))!.notSame).toContain(BOB);
  });

  it('remembers that two people are not the same, both ways', async () => {
    await conversation();
    await ingestItems(d, 'x.com', [xItem('11')]);
    await markNotSame(d, BOB, 'x:bobdev');
    await markNotSame(d, BOB, 'x:bobdev');
    expect((await d.people.get(BOB))!.notSame).toEqual(['x:bobdev']);
    expect((await d.people.get('x:bobdev'))!.notSame).toEqual([BOB]);
  });

  it('keeps the history of an account renamed on its site (same stable id, new handle)', async () => {
    await ingestItems(d, 'x.com', [xItem('10', { author: { handle: 'maya', name: 'Maya' } }), xItem('11', { parentId: 'x:10', author: { handle: 'bobdev', name: 'Bob', nativeId: '777' } })]);
    await ingestItems(d, 'x.com', [xItem('12', { parentId: 'x:10', author: { handle: 'bob_codes', name: 'Bob', nativeId: '777' } })]);
    await settlePeople(d, T0 + 20_000);
    expect((await d.accounts.get('x:bob_codes'))!.personId).toBe('x:bobdev');
    expect(await d.people.get('x:bob_codes')).toBeUndefined();
    const bob = (await d.people.get('x:bobdev'))!;
    expect(bob.stats.inCount).toBe(2);
    expect(bob.terms).toContain('bob_codes');
  });
});

describe('forgetting', () => {
  it('a person: their accounts, items and interactions go; others stay', async () => {
    await conversation();
    await ingestItems(d, 'x.com', [xItem('10', { author: { handle: 'maya', name: 'Maya' } }), xItem('11', { parentId: 'x:10' })]);
    await deletePerson(d, BOB);
    expect(await d.people.get(BOB)).toBeUndefined();
    expect(await d.accounts.get(BOB)).toBeUndefined();
    expect(await d.items.where('authorKey').equals(BOB).count()).toBe(0);
    expect(await d.interactions.where('personId').equals(BOB).count()).toBe(0);
    expect(await d.people.get('x:bobdev')).toBeDefined();
  });

  it('a site: its rows go, people left with no account go, linked people stay with their other accounts', async () => {
    await conversation();
    await ingestItems(d, 'x.com', [xItem('10', { author: { handle: 'maya', name: 'Maya' } }), xItem('11', { parentId: 'x:10', author: { handle: 'ana', name: 'Ana' } }), xItem('12', { parentId: 'x:10' })]);
    await linkPeople(d, BOB, 'x:bobdev');
    await deleteSite(d, 'x');
    expect(await d.items.where('site').equals('x').count()).toBe(0);
    expect(await d.identities.get('x')).toBeUndefined();
    expect(await d.people.get('x:ana')).toBeUndefined();
    expect(await d.people.get(BOB)).toBeDefined();
    expect(await d.accounts.where('personId').equals(BOB).primaryKeys()).toEqual([BOB]);
    expect(await d.items.where('site').equals('mastodon').count()).toBe(3);
  });

  it('everything', async () => {
    await conversation();
    await deleteAll(d);
    for (const t of d.tables) expect(await t.count()).toBe(0);
  });
});

describe('keep in touch', () => {
  it('a tag cadence applies to everyone carrying it; the Reconnect list shows who is due', async () => {
    await conversation();
    await updatePerson(d, { id: BOB, tags: ['friends'] });
    await settlePeople(d, T0 + 10_000);
    expect((await d.people.get(BOB))!.dueAt).toBeUndefined();
    await setTag(d, { name: 'friends', color: '#ff0000', cadence: { idealDays: 7, maxDays: 14 } });
    await settlePeople(d, T0 + 10_000);
    const due = (await d.people.get(BOB))!.dueAt!;
    expect(due).toBeGreaterThan(T0 + 6 * DURATION.DAY);
    expect(due).toBeLessThanOrEqual(T0 + 7 * DURATION.DAY + DURATION.DAY);
    expect(await reconnectList(d, T0 + 3 * DURATION.DAY)).toEqual([]);
    expect((await reconnectList(d, T0 + 8 * DURATION.DAY)).map((v) => v.key)).toEqual([BOB]);
  });

  it('the digest names someone once per overdue period, at most once a day, and again after a new interaction lapses', async () => {
    await conversation();
    await updatePerson(d, { id: BOB, cadence: { idealDays: 7, maxDays: 14 } });
    await settlePeople(d, T0 + 10_000);
    const day = (n: number) => T0 + n * DURATION.DAY;
    expect(await takeDigest(d, day(3))).toEqual([]);
    expect(await takeDigest(d, day(8))).toEqual(['Bob']);
    expect(await takeDigest(d, day(9))).toEqual([]);
    expect(await takeDigest(d, day(20))).toEqual([]);
    // A new interaction starts a new period.
    await ingestItems(d, HOST, [mItem('30', { parentId: mid('3'), createdAt: day(21) })]);
    await settlePeople(d, day(21));
    expect(await takeDigest(d, day(22))).toEqual([]);
    expect(await takeDigest(d, day(30))).toEqual(['Bob']);
  });

  it('rescoring runs once a day and lowers the score as time passes', async () => {
    await conversation();
    const before = (await d.people.get(BOB))!.score;
    expect(await rescore(d, T0 + 90 * DURATION.DAY)).toBe(true);
    expect(await rescore(d, T0 + 90 * DURATION.DAY + 1000)).toBe(false);
    expect((await d.people.get(BOB))!.score).toBeLessThan(before);
  });
});

describe('importing (the background side)', () => {
  const exportOf = async () => ({
    items: await d.items.toArray(),
    accounts: await d.accounts.toArray(),
    people: await d.people.toArray(),
    interactions: await d.interactions.toArray(),
    identities: await d.identities.toArray(),
    tags: await d.tags.toArray(),
  });
  const send = async (data: Record<string, unknown[]>) => {
    startImport('t1');
    for (const [table, rows] of Object.entries(data)) stageImport('t1', table as 'items', rows);
    return commitImport(d, 't1');
  };

  it('brings back everything after forgetting it, and a second import adds nothing', async () => {
    await conversation();
    await updatePerson(d, { id: BOB, notes: 'Slides', tags: ['speaker'] });
    await setTag(d, { name: 'speaker', color: '#ff0000', cadence: { idealDays: 7, maxDays: 14 } });
    const file = await exportOf();
    await deleteAll(d);
    const first = await send(file);
    expect(first.added).toMatchObject({ items: 3, people: 1, interactions: 2, tags: 1 });
    expect((await d.people.get(BOB))!.notes).toBe('Slides');
    expect(await d.items.where('[awaiting+sortAt]').between([1, -Infinity], [1, Infinity]).count()).toBe(0);
    const again = await send(file);
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    expect(await d.items.count()).toBe(3);
  });

  it('refuses a file that does not hold together, and changes nothing', async () => {
    await conversation();
    const file = await exportOf();
    const before = await exportOf();
    file.interactions[0] = { ...file.interactions[0]!, accountKey: 'x:ghost' };
    await expect(send(file)).rejects.toThrow(/x:ghost/);
    expect(await exportOf()).toEqual(before);
  });

  it('refuses parts of an import it never began (a restarted background)', () => {
    expect(() => stageImport('never', 'items', [])).toThrow(/interrupted/);
  });

  it('takes Reddit Enhancement Suite tags as people with tags', async () => {
    const r = await importRes(d, [{ username: 'spez', text: 'admin', color: '#ff0000' }, { username: 'kn0thing', text: 'cofounder' }]);
    expect(r).toEqual({ people: 2, tags: 2 });
    expect((await d.people.get('reddit:spez'))!.tags).toEqual(['admin']);
    expect((await d.tags.get('admin'))!.color).toBe('#ff0000');
    await expect(importRes(d, [{ username: 'Not A Name!', text: 'x' }])).rejects.toThrow(/cannot be imported/);
  });
});

describe('searching people', () => {
  it('finds the true top of a broad search (more people share the word than the index is asked for)', async () => {
    const people = Array.from({ length: 2500 }, (_, i) => ({
      ...emptyPerson(`x:p${i}`, `Person ${i}`, T0),
      // Every other one is a Maria (more than the index is asked for); the most recent are spread through the key order.
      terms: i % 2 ? ['person', `p${i}`] : ['maria', 'person', `p${i}`],
      lastAt: T0 + ((i * 7919) % 2500) * 1000,
      stale: 0 as const,
    }));
    await d.people.bulkPut(people);
    const truth = people.filter((p) => p.terms.includes('maria')).sort((a, b) => b.lastAt - a.lastAt).slice(0, 100).map((p) => p.id);
    expect((await searchPeople(d, 'm')).map((v) => v.person.id)).toEqual(truth);
    expect((await searchPeople(d, 'mar pers')).map((v) => v.person.id)).toEqual(truth);
    // A narrow search, from the index.
    expect((await searchPeople(d, 'p2499')).map((v) => v.person.id)).toEqual(['x:p2499']);
  });
});
