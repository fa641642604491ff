/**
 * The migration pattern every schema change follows: open the database as the previous version,
 * seed it with rows of that shape, close it, open the current database, and check nothing was lost.
 * Add one `describe` per version that has an upgrade.
 */
import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA } from '../../src/shared/db';

let n = 0;
async function seededAt(version: number, seed: (d: ReturnType<typeof openDb>) => Promise<void>) {
  const name = `migrate-${Date.now()}-${++n}`;
  const old = openDb(name, version);
  await seed(old);
  old.close();
  return openDb(name);
}

describe('schema', () => {
  it('declares versions in increasing order, each with every table', () => {
    const versions = SCHEMA.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const first = Object.keys(SCHEMA[0]!.stores);
    for (const v of SCHEMA) for (const table of first) expect(v.stores).toHaveProperty(table);
  });

  it('opens the current version over an empty database', async () => {
    const d = openDb(`empty-${++n}`);
    await d.open();
    expect(d.verno).toBe(SCHEMA.at(-1)!.version);
    d.close();
  });
});

describe('upgrading from version 1', () => {
  it('keeps every item, account, person and interaction', async () => {
    const d = await seededAt(1, async (old) => {
      await old.table('items').put({ id: 'x:1', site: 'x', awaiting: 1, sortAt: 5, authorKey: 'x:bob' });
      await old.table('accounts').put({ key: 'x:bob', site: 'x', handle: 'bob', personId: 'x:bob' });
      await old.table('people').put({ id: 'x:bob', name: 'Bob' });
      await old.table('interactions').put({ id: 'x:1|they_replied|bob', accountKey: 'x:bob', itemId: 'x:1', at: 5 });
    });
    expect(await d.table('items').get('x:1')).toMatchObject({ awaiting: 1 });
    expect(await d.table('accounts').count()).toBe(1);
    expect(await d.table('people').count()).toBe(1);
    expect(await d.table('interactions').count()).toBe(1);
    d.close();
  });
});

describe('upgrading from version 1 to 2 (relationship memory)', () => {
  it('keeps every person and gives them empty notes, tags and stats, waiting to be settled', async () => {
    const d = await seededAt(1, async (old) => {
      await old.table('people').bulkPut([
        { id: 'x:bob', name: 'Bob', createdAt: 10, updatedAt: 20 },
        { id: 'bluesky:ana.bsky.social', name: 'Ana', createdAt: 30, updatedAt: 30 },
      ]);
      await old.table('accounts').put({ key: 'x:bob', site: 'x', handle: 'bob', name: 'Bob', personId: 'x:bob', nativeId: '42', firstSeenAt: 10, lastSeenAt: 20 });
      await old.table('interactions').put({ id: 'x:1|they_replied|bob', site: 'x', accountKey: 'x:bob', personId: 'x:bob', itemId: 'x:1', kind: 'they_replied', direction: 'in', at: 5 });
    });
    const bob = await d.table('people').get('x:bob');
    expect(bob).toMatchObject({ id: 'x:bob', name: 'Bob', createdAt: 10, updatedAt: 20, notes: '', tags: [], notSame: [], stale: 1, score: 0, lastAt: 0 });
    expect(bob.stats).toMatchObject({ inCount: 0, outCount: 0, recent: [] });
    expect(await d.table('people').where('stale').equals(1).count()).toBe(2);
    // The new indexes answer.
    expect(await d.table('accounts').where('[site+nativeId]').equals(['x', '42']).count()).toBe(1);
    expect(await d.table('interactions').where('[personId+at]').between(['x:bob', 0], ['x:bob', 10]).count()).toBe(1);
    expect(await d.table('interactions').where('site').equals('x').count()).toBe(1);
    expect(await d.table('tags').count()).toBe(0);
    d.close();
  });
});
