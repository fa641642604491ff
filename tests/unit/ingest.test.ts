import { beforeEach, describe, expect, it } from 'vitest';
import { ingestItems } from '../../src/background/ingest';
import { recomputeSite, setItemState, wakeSnoozed } from '../../src/background/recompute';
import type { RapportDB } from '../../src/shared/db';
import { awaitingCount, inbox } from '../../src/shared/queries';
import { freshDb, HOST, mid, mItem } from './helpers/db';

const ME = 'maya@mastodon.social';
const maya = { handle: 'maya', name: 'Maya Chen' };
let d: RapportDB;

beforeEach(async () => {
  d = freshDb();
  await d.identities.put({ site: 'mastodon', detected: [{ handle: ME, host: HOST, at: 0 }] });
});

const awaitingIds = async () => (await inbox(d)).map((r) => r.id).sort();

describe('ingestItems', () => {
  it('stores an item seen twice, in two tabs or after a re-render, once', async () => {
    const post = mItem('1', { author: maya });
    const reply = mItem('2', { parentId: mid('1') });
    await Promise.all([ingestItems(d, HOST, [post, reply]), ingestItems(d, HOST, [reply, post])]);
    await ingestItems(d, HOST, [reply]);
    expect(await d.items.count()).toBe(2);
    expect(await d.interactions.count()).toBe(1);
    // Bob only: you are not one of your people.
    expect(await d.accounts.count()).toBe(1);
  });

  it('badges replies to you until a reply of yours is seen under them', async () => {
    const { states } = await ingestItems(d, HOST, [mItem('1', { author: maya }), mItem('2', { parentId: mid('1') })]);
    expect(states.find((s) => s.id === mid('2'))).toMatchObject({ awaiting: true });
    expect(await awaitingIds()).toEqual([mid('2')]);

    const answer = await ingestItems(d, HOST, [mItem('3', { author: maya, parentId: mid('2') })]);
    expect(answer.changed).toBe(true);
    expect(await awaitingIds()).toEqual([]);
    expect((await d.items.get(mid('2')))?.answerId).toBe(mid('3'));
  });

  it('counts an answer seen before the item it answers', async () => {
    await ingestItems(d, HOST, [mItem('3', { author: maya, parentId: mid('2'), parentAuthor: 'bob@fosstodon.org' })]);
    await ingestItems(d, HOST, [mItem('2', { parentAuthor: ME, parentId: mid('1') })]);
    expect(await awaitingIds()).toEqual([]);
  });

  it('keeps what an earlier, fuller view showed', async () => {
    await ingestItems(d, HOST, [mItem('1', { author: maya }), mItem('2', { parentId: mid('1') })]);
    await ingestItems(d, HOST, [mItem('2', { createdAt: undefined })]);
    const row = await d.items.get(mid('2'));
    expect(row?.parentId).toBe(mid('1'));
    expect(row?.createdAt).toBe(1_700_000_002_000);
    expect(row?.awaiting).toBe(1);
  });

  it('normalises handles and remembers the people and the interaction', async () => {
    await ingestItems(d, HOST, [mItem('1', { author: maya }), mItem('2', { parentId: mid('1'), author: { handle: '@Bob@Fosstodon.org', name: 'Bob' } })]);
    const bob = await d.accounts.get('mastodon:bob@fosstodon.org');
    expect(bob).toMatchObject({ name: 'Bob', personId: 'mastodon:bob@fosstodon.org' });
    expect(bob?.lastInteractionAt).toBe(1_700_000_002_000);
    expect(await d.people.get('mastodon:bob@fosstodon.org')).toMatchObject({ name: 'Bob' });
    expect(await d.interactions.toArray()).toEqual([
      expect.objectContaining({ kind: 'they_replied', direction: 'in', accountKey: 'mastodon:bob@fosstodon.org', itemId: mid('2') }),
    ]);
  });

  it('waits with nothing until it knows who you are, then re-decides', async () => {
    await d.identities.clear();
    await ingestItems(d, HOST, [mItem('1', { author: maya }), mItem('2', { parentId: mid('1') }), mItem('3', { author: maya, parentId: mid('9') })]);
    expect(await awaitingCount(d)).toBe(0);
    await d.identities.put({ site: 'mastodon', detected: [], manual: 'maya' });
    expect(await recomputeSite(d, 'mastodon')).toBe(true);
    expect(await awaitingIds()).toEqual([mid('2')]);
    expect((await d.items.get(mid('3')))?.byMe).toBe(1);
  });
});

describe('your own decisions', () => {
  beforeEach(async () => {
    await ingestItems(d, HOST, [mItem('1', { author: maya }), mItem('2', { parentId: mid('1') }), mItem('4', { parentId: mid('1') })]);
  });

  it('done takes an item out of the inbox, reopen brings it back', async () => {
    await setItemState(d, mid('2'), { doneAt: 1 });
    expect(await awaitingIds()).toEqual([mid('4')]);
    await setItemState(d, mid('2'), { reopen: true });
    expect(await awaitingIds()).toEqual([mid('2'), mid('4')]);
  });

  it('a snoozed item comes back when the snooze runs out', async () => {
    const now = Date.now();
    await setItemState(d, mid('4'), { snoozedUntil: now + 1000 }, now);
    expect(await awaitingIds()).toEqual([mid('2')]);
    expect(await wakeSnoozed(d, now + 500)).toBe(false);
    expect(await wakeSnoozed(d, now + 1000)).toBe(true);
    expect(await awaitingIds()).toEqual([mid('2'), mid('4')]);
  });

  it('seeing the item again does not undo done', async () => {
    await setItemState(d, mid('2'), { doneAt: 1 });
    await ingestItems(d, HOST, [mItem('2', { parentId: mid('1') })]);
    expect(await awaitingIds()).toEqual([mid('4')]);
  });

  it('refuses to change an item it never saw', async () => {
    await expect(setItemState(d, mid('404'), { doneAt: 1 })).rejects.toThrow(/no item/);
  });
});

describe('inbox', () => {
  it('lists newest first', async () => {
    await ingestItems(d, HOST, [
      mItem('1', { author: maya }),
      mItem('5', { parentId: mid('1') }),
      mItem('3', { parentId: mid('1') }),
      mItem('7', { parentId: mid('1') }),
    ]);
    expect((await inbox(d)).map((r) => r.id)).toEqual([mid('7'), mid('5'), mid('3')]);
  });
});

describe('you on several instances', () => {
  it('replies to either of your accounts wait for you', async () => {
    await d.identities.put({
      site: 'mastodon',
      detected: [
        { handle: ME, host: HOST, at: 0 },
        { handle: 'maya@fosstodon.org', host: 'fosstodon.org', at: 0 },
      ],
    });
    await ingestItems(d, 'fosstodon.org', [
      mItem('1', { id: 'mastodon:fosstodon.org/1', author: { handle: 'maya', name: 'Maya' } }),
      mItem('2', { id: 'mastodon:fosstodon.org/2', parentId: 'mastodon:fosstodon.org/1' }),
    ]);
    await ingestItems(d, HOST, [mItem('3', { author: maya }), mItem('4', { parentId: mid('3') })]);
    expect(await awaitingIds()).toEqual(['mastodon:fosstodon.org/2', mid('4')]);
  });
});
