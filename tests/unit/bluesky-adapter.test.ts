// @vitest-environment jsdom
/**
 * The Bluesky adapter on every fixture page: exactly the items, authors, parents and times the page
 * shows; identity from the persisted session or the left nav; the composer's reply target.
 * Fixture times are niceDate strings printed in UTC (the app prints the browser's zone), so the
 * reads run in UTC too.
 */
process.env.TZ = 'UTC';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adapter as bluesky } from '../../src/sites/bluesky/adapter';
import { parseNiceDate } from '../../src/sites/bluesky/time';
import { isSkip } from '../../src/sites/types';
import { ItemInput } from '../../src/shared/schema';
import { FIXTURES } from '../fixtures/serve';

interface Expected {
  url: string;
  viewer: string;
  storage: string;
  items: string[];
  authors: Record<string, string>;
  parents: Record<string, string | null>;
  replyToAccount: Record<string, string>;
  byMe: string[];
  awaiting: string[];
  times: Record<string, string>;
  urls: Record<string, string>;
  composerReplyTo?: string;
  notificationRows?: number;
}
const dir = path.join(FIXTURES, 'bluesky');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const NOW = Date.parse('2026-11-27T12:00:00.000Z');

function load(file: string, storage: string | null = expected[file]!.storage) {
  document.documentElement.innerHTML = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^<!doctype html>/i, '');
  localStorage.clear();
  if (storage !== null) localStorage.setItem('BSKY_STORAGE', storage);
  const url = new URL(expected[file]!.url);
  const results = [...document.querySelectorAll(bluesky.itemSelector)].map((el) => bluesky.readItem(el, { url, now: NOW }));
  return { url, results, items: results.filter((r) => !isSkip(r)) as ItemInput[], skips: results.filter(isSkip) };
}

afterEach(() => localStorage.clear());

for (const [file, exp] of Object.entries(expected)) {
  describe(`bluesky adapter on ${file}`, () => {
    let page: ReturnType<typeof load>;
    beforeAll(() => {
      page = load(file);
    });
    it('reads exactly the posts, in page order; other rows are skipped silently', () => {
      expect(page.items.map((i) => i.id)).toEqual(exp.items);
      expect(page.skips.filter((s) => s.skip)).toEqual([]);
      expect(page.results).toHaveLength(exp.notificationRows ?? exp.items.length);
    });
    it('every item passes the background validation', () => {
      for (const item of page.items) expect(ItemInput.safeParse(item).success, item.id).toBe(true);
    });
    it('reads the author handle from the testID, and a display name', () => {
      expect(Object.fromEntries(page.items.map((i) => [i.id, i.author.handle]))).toEqual(exp.authors);
      for (const item of page.items) expect(item.author.name, item.id).not.toBe('');
      for (const item of page.items) expect(item.author.name, item.id).not.toMatch(/[\u200e\u200f\u200b\u202a-\u202e]/);
    });
    it('infers the parents the page shows', () => {
      for (const [id, parent] of Object.entries(exp.parents)) {
        const item = page.items.find((i) => i.id === id);
        expect(item?.parentId ?? null, `parent of ${id}`).toBe(parent);
        if (parent) expect(item?.kind, id).toBe('reply');
      }
    });
    it('names the parent author when the page says "Replied to you"', () => {
      for (const [id, handle] of Object.entries(exp.replyToAccount)) {
        const item = page.items.find((i) => i.id === id)!;
        expect(item.kind, id).toBe('reply');
        if (handle === exp.viewer) expect(item.parentAuthor, id).toBe(handle);
      }
    });
    it('reads the time from the permalink title (the anchor from its date), and a permalink and text', () => {
      for (const item of page.items) {
        expect(item.createdAt, item.id).toBe(Date.parse(exp.times[item.id]!));
        expect(item.url).toBe(exp.urls[item.id]);
        expect(item.text.length, item.id).toBeGreaterThan(0);
        expect(item.text, item.id).not.toMatch(/[\u200e\u200f\u200b]|Reply \(|Show more/);
      }
    });
    it('detects the signed-in account from the persisted session', () => {
      expect(bluesky.viewer(document, page.url)).toBe(exp.viewer);
    });
  });
}

describe('bluesky thread nesting', () => {
  const ids = (file: string) => expected[file]!.items;
  it('linear view: a reply line means "reply to the post above", none means "reply to the anchor"', () => {
    const { items } = load('thread.html');
    const [p1, r1, r2, r3, r4, r5] = ids('thread.html');
    const parent = (id: string) => items.find((i) => i.id === id)?.parentId;
    expect([parent(r1!), parent(r2!), parent(r3!), parent(r4!), parent(r5!)]).toEqual([p1, r1, r2, p1, r4]);
    expect(items.find((i) => i.id === r3)?.parentAuthor).toBe('maya.bsky.social');
  });
  it('tree view: the indent spacers give the depth, skipped (0px) lines included', () => {
    const { items } = load('thread-tree.html');
    const [p2, t1, t2, t3, t4, t5, t6, t7] = ids('thread-tree.html');
    const parent = (id: string) => items.find((i) => i.id === id)?.parentId;
    expect([t1, t2, t3, t4, t5, t6, t7].map((id) => parent(id!))).toEqual([p2, t1, t2, t1, p2, t5, t6]);
  });
  it('an anchor that is a reply takes its rkey from the URL and its parent from the ancestors above', () => {
    const { items } = load('thread-reply.html');
    const [p1, r1] = ids('thread-reply.html');
    expect(items[1]?.id).toBe(r1);
    expect(items[1]?.parentId).toBe(p1);
    expect(items[0]?.kind).toBe('post');
  });
  it('the same post read on two pages gets the same id', () => {
    const one = load('thread.html').items.map((i) => i.id);
    const two = load('thread-reply.html').items.map((i) => i.id);
    expect(two.every((id) => one.includes(id))).toBe(true);
  });
});

describe('bluesky text, mentions and hashtags', () => {
  it('keeps the post\'s own line breaks, drops bidi marks, reads mentions from the text of /profile/<did> links', () => {
    const { items } = load('thread.html');
    const carol = items.find((i) => i.author.handle === 'carol.example.com')!;
    expect(carol.text).toBe('Would it work with @dan.bsky.social’s plugin? ✨\nAsking for a friend');
    expect(carol.mentions).toEqual(['dan.bsky.social']);
    const lena = items.find((i) => i.author.handle === 'lena.bsky.social')!;
    expect(lena.mentions).toEqual(['maya.bsky.social']);
    expect(lena.hashtags).toEqual(['localfirst']);
    expect(lena.text).toBe('#localfirst forever. @maya.bsky.social are you speaking at the meetup?');
  });
  it('leaves a quoted post out of the quoting item', () => {
    const { items } = load('home.html');
    const sam = items.find((i) => i.author.handle === 'sam.bsky.social')!;
    expect(sam.text).toBe('This is the thread to follow today');
    expect(sam.hashtags).toEqual([]);
  });
  it('reads several hashtags and the account did from the avatar', () => {
    const { items } = load('home.html');
    const ines = items.find((i) => i.author.handle === 'ines.bsky.social')!;
    expect(ines.hashtags).toEqual(['100DaysOfCode', 'atproto']);
    expect(ines.author.nativeId).toMatch(/^did:plc:[a-z2-7]{24}$/);
  });
  it('a feed reply line makes the row above the parent; "Replied to <name>" is a reply with no known parent', () => {
    const { items } = load('home.html');
    const priya = items.find((i) => i.author.handle === 'priya.bsky.social')!;
    expect(priya.kind).toBe('reply');
    expect(priya.parentId).toBeUndefined();
    expect(priya.parentAuthor).toBeUndefined();
    const repost = items.find((i) => i.author.handle === 'wen.bsky.social')!;
    expect(repost.kind).toBe('post');
  });
  it('also reads the older "Reply to <name>" label as a reply', () => {
    const { url } = load('home.html');
    const el = document.querySelector('[data-testid="feedItem-by-priya.bsky.social"]')!;
    const label = [...el.querySelectorAll('div[dir="auto"]')].find((d) => d.textContent?.startsWith('Replied to'))!;
    label.textContent = 'Reply to Lena Vogel';
    const item = bluesky.readItem(el, { url, now: NOW }) as ItemInput;
    expect(item.kind).toBe('reply');
    expect(item.parentAuthor).toBeUndefined();
  });
});

describe('bluesky identity', () => {
  it('reads the handle from session.accounts when currentAccount keeps only the did', () => {
    const { url } = load('notifications.html');
    expect(JSON.parse(expected['notifications.html']!.storage).session.currentAccount).toEqual({ did: expect.stringMatching(/^did:plc:/) });
    expect(bluesky.viewer(document, url)).toBe('maya.bsky.social');
  });
  it('falls back to the left nav Profile link without a session in storage', () => {
    const { url } = load('home.html', null);
    expect(bluesky.viewer(document, url)).toBe('maya.bsky.social');
  });
  it('reveals nobody when neither is there, or the link holds a did', () => {
    const { url } = load('home.html', null);
    const nav = document.querySelector('a[aria-label="Profile"]')!;
    nav.setAttribute('href', '/profile/did:plc:abcdefghijklmnopqrstuvwx');
    expect(bluesky.viewer(document, url)).toBeUndefined();
    nav.remove();
    expect(bluesky.viewer(document, url)).toBeUndefined();
  });
  it('tolerates a broken session value', () => {
    const { url } = load('home.html', '{not json');
    expect(bluesky.viewer(document, url)).toBe('maya.bsky.social');
  });
});

describe('bluesky composer', () => {
  it('finds the TipTap field and the post it replies to from what the dialog shows', () => {
    const { url } = load('composer.html');
    const field = document.querySelector(bluesky.composerSelector)!;
    const composer = bluesky.readComposer(field, { url, now: NOW });
    expect(composer?.editor).toBe('prosemirror');
    expect(composer?.replyTo).toBe(expected['composer.html']!.composerReplyTo);
  });
  it('a new post (no replied-to block) is "composer"', () => {
    const { url } = load('composer.html');
    document.querySelector('[aria-label="Expand or collapse the full post you are replying to"]')!.remove();
    const composer = bluesky.readComposer(document.querySelector(bluesky.composerSelector)!, { url, now: NOW });
    expect(composer?.replyTo).toBe('composer');
  });
});

describe('bluesky adapter robustness', () => {
  it('counts a post it cannot read instead of throwing', () => {
    const { url } = load('home.html');
    const el = document.querySelector('[data-testid^="feedItem-by-"]')!;
    el.querySelectorAll('a[href*="/post/"]').forEach((a) => a.remove());
    const r = bluesky.readItem(el, { url, now: NOW });
    expect(isSkip(r) && r.skip).toBe('item.permalink');
    el.setAttribute('data-testid', 'feedItem-by-');
    const r2 = bluesky.readItem(el, { url, now: NOW });
    expect(isSkip(r2) && r2.skip).toBe('item.handle');
  });
  it('falls back to the relative "· 3h" text when the title is not a date it knows', () => {
    const { url } = load('home.html');
    const el = document.querySelector('[data-testid^="feedItem-by-"]')!;
    const link = el.querySelector('a[href*="/post/"][title]')!;
    link.setAttribute('title', '');
    link.setAttribute('aria-label', '');
    const r = bluesky.readItem(el, { url, now: NOW }) as ItemInput;
    expect(r.createdAt).toBe(NOW - 20 * 60_000);
  });
  it('matches bsky.app only', () => {
    expect(bluesky.matches(new URL('https://bsky.app/'), document)).toBe(true);
    expect(bluesky.matches(new URL('https://mastodon.social/home'), document)).toBe(false);
  });
  it('parses niceDate with the narrow no-break space and 12 AM/PM', () => {
    expect(parseNiceDate('March 27, 2026 at 8:35\u202fAM')).toBe(Date.UTC(2026, 2, 27, 8, 35));
    expect(parseNiceDate('November 27, 2026 at 12:05 AM')).toBe(Date.UTC(2026, 10, 27, 0, 5));
    expect(parseNiceDate('November 27, 2026 at 12:05 PM')).toBe(Date.UTC(2026, 10, 27, 12, 5));
    expect(parseNiceDate('Sync that survives flaky trains')).toBeUndefined();
  });
  it('mounts helpers inside the item: beside the timestamp, or the anchor\'s date', () => {
    load('thread.html');
    for (const el of document.querySelectorAll(bluesky.itemSelector)) {
      const point = bluesky.mountPoint(el, 'unanswered-badge')!;
      expect(el.contains(point.parent), el.getAttribute('data-testid')!).toBe(true);
      expect(point.parent).not.toBe(el);
    }
  });
});
