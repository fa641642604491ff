// @vitest-environment jsdom
/**
 * The X adapter on every fixture page (tests/fixtures/x, see its README): exactly the posts the
 * page shows, in order, with their authors, times, text, mentions and the parents the page shows;
 * the signed-in account; what each composer answers; and, through the background's own ingest,
 * exactly the posts awaiting Maya's reply. Then the variants the fixtures cannot hold at once:
 * either half of the thread line alone, an unknown line layout, a virtualised list scrolled away
 * from the focused post, the reply modal's copy without a permalink, markup Rapport cannot read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestItems } from '../../src/background/ingest';
import { inbox } from '../../src/shared/queries';
import { ItemInput } from '../../src/shared/schema';
import { adapter as x } from '../../src/sites/x/adapter';
import { isSkip, NOT_AN_ITEM } from '../../src/sites/types';
import { FIXTURES } from '../fixtures/serve';
import { freshDb } from './helpers/db';

interface Expected {
  url: string;
  viewer: string;
  items: string[];
  focused?: string;
  authors: Record<string, string>;
  parents: Record<string, string | null>;
  replyToAccount: Record<string, string>;
  times: Record<string, string>;
  texts: Record<string, string>;
  mentions: Record<string, string[]>;
  byMe: string[];
  awaiting: string[];
  composers: { testid: string; replyTo: string }[];
  hashtags?: Record<string, string[]>;
  reposts?: Record<string, string>;
  promoted?: string[];
  nested?: string[];
}
const dir = path.join(FIXTURES, 'x');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const ctxOf = (url: string) => ({ url: new URL(url), now: Date.parse('2026-11-27T12:00:00Z') });

function load(file: string, url = expected[file]!.url) {
  document.documentElement.innerHTML = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^<!DOCTYPE html>/i, '');
  return readAll(url);
}

function readAll(url: string) {
  const ctx = ctxOf(url);
  const results = [...document.querySelectorAll(x.itemSelector)].map((el) => x.readItem(el, ctx));
  const items = results.filter((r) => !isSkip(r)) as ItemInput[];
  return { ctx, results, items, byId: new Map(items.map((i) => [i.id, i])), skips: results.filter(isSkip) };
}

const parentsOf = (items: ItemInput[]) => Object.fromEntries(items.map((i) => [i.id, i.parentId ?? null]));

for (const [file, exp] of Object.entries(expected)) {
  describe(`x adapter on ${file}`, { timeout: 60_000 }, () => {
    let page: ReturnType<typeof load>;
    beforeAll(() => {
      page = load(file);
    }, 60_000);
    it('is one list of cells, as written (the markup parses without re-nesting)', () => {
      const cells = [...document.querySelectorAll('[data-testid="cellInnerDiv"]')];
      expect(new Set(cells.map((c) => c.parentElement)).size).toBe(1);
    });
    it('reads exactly the posts shown, in page order; ads, quoted posts and notifications silently not', () => {
      expect(page.items.map((i) => i.id)).toEqual(exp.items);
      expect(page.skips.filter((s) => s.skip)).toEqual([]);
    });
    it('every item passes the background validation', () => {
      for (const item of page.items) expect(ItemInput.safeParse(item).success, item.id).toBe(true);
    });
    it('reads authors as lower-cased screen names, with their display names', () => {
      expect(Object.fromEntries(page.items.map((i) => [i.id, i.author.handle]))).toEqual(exp.authors);
      for (const item of page.items) expect(item.author.name, item.id).not.toBe('');
    });
    it('infers the parents the page shows (thread order, thread lines, the focused post)', () => {
      for (const [id, parent] of Object.entries(exp.parents)) expect(page.byId.get(id)?.parentId ?? null, `parent of ${id}`).toBe(parent);
    });
    it('takes the parent author of an out-of-context reply from its "Replying to" line', () => {
      for (const [id, handle] of Object.entries(exp.replyToAccount)) {
        expect(page.byId.get(id)?.parentAuthor, id).toBe(handle);
        expect(page.byId.get(id)?.kind, id).toBe('reply');
      }
    });
    it('reads time, text (emoji from alt, line breaks kept, no "Show more"), mentions and the permalink of every post', () => {
      for (const item of page.items) {
        expect(item.text, item.id).not.toMatch(/Show more|Learn more/);
        expect(item.createdAt, item.id).toBe(Date.parse(exp.times[item.id]!));
        expect(item.text, item.id).toBe(exp.texts[item.id]);
        expect(item.mentions, item.id).toEqual(exp.mentions[item.id]);
        expect(item.url, item.id).toMatch(new RegExp(`^https://x\\.com/\\w+/status/${item.id.slice(2)}$`));
      }
    });
    it('detects the signed-in account', () => {
      expect(x.viewer(document, page.ctx.url)).toBe(exp.viewer);
    });
    it('knows what each open composer answers', () => {
      const composers = [...document.querySelectorAll(x.composerSelector)].map((f) => x.readComposer(f, page.ctx)).filter((c) => !!c);
      expect(composers.map((c) => ({ testid: c.field.getAttribute('data-testid'), replyTo: c.replyTo, editor: c.editor }))).toEqual(
        exp.composers.map((c) => ({ testid: c.testid, replyTo: c.replyTo, editor: 'draft' })),
      );
    });
    it("awaits Maya's reply on exactly the expected posts (the background's own rules)", async () => {
      const d = freshDb();
      await d.identities.put({ site: 'x', detected: [{ handle: exp.viewer, host: 'x.com', at: 0 }] });
      await ingestItems(d, 'x.com', page.items.map((i) => ItemInput.parse(i)));
      expect((await inbox(d)).map((r) => r.id).sort()).toEqual([...exp.awaiting].sort());
      const mine = (await d.items.toArray()).filter((r) => r.byMe).map((r) => r.id);
      expect(mine.sort()).toEqual([...new Set(exp.byMe)].sort());
    });
  });
}

// Parsing a 200 kB page in jsdom takes a while on a busy machine.
describe('x adapter details', { timeout: 60_000 }, () => {
  it('reads hashtags from the text only (not a quoted post), and a cashtag as neither tag nor mention', () => {
    const { byId } = load('home.html');
    const exp = expected['home.html']!;
    for (const [id, tags] of Object.entries(exp.hashtags!)) expect(byId.get(id)?.hashtags).toEqual(tags);
    const quoting = byId.get(exp.items[6]!)!; // Lena quoting Maya's #buildinpublic post
    expect(quoting.hashtags).toEqual([]);
    expect(quoting.text).not.toMatch(/onboarding flow/);
    const cashtag = [...byId.values()].find((i) => i.text.includes('$ACME'))!;
    expect(cashtag.hashtags).toEqual([]);
    expect(cashtag.mentions).toEqual(['bob_ito']);
  });

  it('reads a repost as the original post by its author', () => {
    const { byId } = load('home.html');
    for (const [id] of Object.entries(expected['home.html']!.reposts!)) expect(byId.get(id)?.author.handle).toBe('wen_li');
  });

  it('never takes a quoted post’s link (a photo under /status/) for the focused post’s permalink', () => {
    const { byId } = load('thread.html');
    const focus = byId.get(expected['thread.html']!.focused!)!;
    expect(focus.url).toBe(expected['thread.html']!.url);
    expect(focus.kind).toBe('post');
    expect(focus.text).not.toMatch(/teardown/);
  });

  it('keeps emoji in display names', () => {
    const { items } = load('thread.html');
    expect(items.map((i) => i.author.name)).toContain('Carol Díaz ✨');
  });

  it('does not read an ad, a quoted post or the modal’s copy of a post without a permalink as items', () => {
    load('compose.html');
    const ctx = ctxOf(expected['compose.html']!.url);
    const ad = document.querySelector('[data-testid="placementTracking"] article[data-testid="tweet"]')!;
    const nested = document.querySelector('article[data-testid="tweet"] article[data-testid="tweet"]')!;
    expect(x.readItem(ad, ctx)).toBe(NOT_AN_ITEM);
    expect(x.readItem(nested, ctx)).toBe(NOT_AN_ITEM);
    const copy = document.querySelector('[role="dialog"] article[data-testid="tweet"]')!;
    const link = copy.querySelector('a[href*="/status/"]')!;
    link.replaceWith(...link.childNodes);
    expect(x.readItem(copy, ctx)).toBe(NOT_AN_ITEM);
    // The modal still knows which post it answers: the one behind it with the same author and time.
    const field = document.querySelector('[role="dialog"] [data-testid="tweetTextarea_0"]')!;
    expect(x.readComposer(field, ctx)?.replyTo).toBe(expected['compose.html']!.composers[0]!.replyTo);
  });

  it('names what it cannot read instead of throwing', () => {
    load('home.html');
    const ctx = ctxOf('https://x.com/home');
    const [first, second] = [...document.querySelectorAll('[data-testid="cellInnerDiv"] > div > div > article[data-testid="tweet"]')];
    first!.querySelectorAll('a[href*="/status/"]').forEach((a) => a.removeAttribute('href'));
    expect(x.readItem(first!, ctx)).toEqual({ skip: 'item.id' });
    second!.querySelectorAll('[data-testid="User-Name"] a:not([href*="/status/"])').forEach((a) => a.remove());
    expect(x.readItem(second!, ctx)).toEqual({ skip: 'item.author' });
  });

  it('serves twitter.com the same as x.com', () => {
    const exp = expected['thread.html']!;
    const { items } = load('thread.html', exp.url.replace('https://x.com', 'https://twitter.com'));
    expect(items.map((i) => i.id)).toEqual(exp.items);
    expect(parentsOf(items)).toMatchObject(exp.parents);
    expect(new URL(items[0]!.url).host).toBe('twitter.com');
    expect(x.matches(new URL('https://twitter.com/home'), document)).toBe(true);
    expect(x.matches(new URL('https://x.com/home'), document)).toBe(true);
    expect(x.matches(new URL('https://mastodon.social/home'), document)).toBe(false);
  });
});

describe('x thread inference', { timeout: 120_000 }, () => {
  const thread = (file: string) => expected[file]!.parents;

  it.each(['thread.html', 'thread-reply.html', 'home.html'])('needs only the line above the avatar (%s)', (file) => {
    load(file);
    document.querySelectorAll('[data-testid="Tweet-User-Avatar"] + div:empty').forEach((l) => l.remove());
    expect(parentsOf(readAll(expected[file]!.url).items)).toMatchObject(thread(file));
  });

  it.each(['thread.html', 'thread-reply.html', 'home.html'])('needs only the line below the avatar (%s)', (file) => {
    load(file);
    document.querySelectorAll('article[data-testid="tweet"] > div > div > div:first-child > div > div:first-child > div:first-child:empty').forEach((l) => l.remove());
    expect(parentsOf(readAll(expected[file]!.url).items)).toMatchObject(thread(file));
  });

  it('falls back to thread order and spacer cells where the line layout is not the known one', () => {
    load('thread.html');
    document.querySelectorAll('[data-testid="Tweet-User-Avatar"] + div:empty').forEach((l) => l.remove());
    for (const post of document.querySelectorAll('[data-testid="cellInnerDiv"] article[data-testid="tweet"]')) {
      post.querySelector(':scope > div > div > div:first-child')?.remove();
    }
    expect(parentsOf(readAll(expected['thread.html']!.url).items)).toMatchObject(thread('thread.html'));
  });

  it('keeps replies to the focused post, and "Discover more" posts apart, when the focus has been unmounted', () => {
    const exp = expected['thread.html']!;
    load('thread.html');
    readAll(exp.url); // the page as first seen: the focused post and the heading are noted
    const list = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
    const cells = [...list.children];
    // Scrolled down: the top cells are unmounted, the rest mounted again as new elements.
    const keepFrom = cells.findIndex((c) => c.querySelector('[data-testid="tweetText"]')?.textContent?.startsWith('Small thing'));
    list.replaceChildren(...cells.slice(keepFrom).map((c) => c.cloneNode(true)));
    const { items } = readAll(exp.url);
    expect(parentsOf(items)).toEqual(Object.fromEntries(items.map((i) => [i.id, exp.parents[i.id]])));
    // Further down: only the posts after the heading are mounted.
    const headingAt = cells.findIndex((c) => c.querySelector('h2'));
    list.replaceChildren(...cells.slice(headingAt + 1).map((c) => c.cloneNode(true)));
    const after = readAll(exp.url).items;
    expect(after.length).toBe(2);
    expect(after.every((i) => i.parentId === undefined)).toBe(true);
  });

  it('reads a 2,000-post conversation in linear time, without layout reads', () => {
    load('thread.html');
    const list = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
    const replies = [...list.children].filter((c) => c.querySelector('article[tabindex="0"]') && !c.querySelector('h2')).slice(0, 8);
    const spacer = [...list.children].find((c) => !c.querySelector('article') && !c.textContent?.trim())!;
    const discover = [...list.children].slice(-3);
    for (const c of discover) c.remove();
    let y = 5000;
    let posts = list.querySelectorAll('article[data-testid="tweet"]').length;
    for (let i = 0; posts < 2000; i++, posts++) {
      const copy = replies[i % replies.length]!.cloneNode(true) as Element;
      copy.setAttribute('style', `transform: translateY(${(y += 150)}px); position: absolute; width: 100%;`);
      copy.querySelector('a[href*="/status/"] > time')!.parentElement!.setAttribute('href', `/someone/status/${9000000 + i}`);
      list.append(copy);
      if (i % 3 === 2) list.append(spacer.cloneNode(true));
    }
    const computed = window.getComputedStyle;
    let layoutReads = 0;
    window.getComputedStyle = (...args) => {
      layoutReads++;
      return computed(...args);
    };
    const started = performance.now();
    const { items } = readAll(expected['thread.html']!.url);
    const elapsed = performance.now() - started;
    window.getComputedStyle = computed;
    expect(items.length).toBe(2000);
    expect(layoutReads).toBe(0);
    // jsdom is far slower than a browser; this bounds quadratic walks, not the real cost.
    expect(elapsed).toBeLessThan(20_000);
  });
});
