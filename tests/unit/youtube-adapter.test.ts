// @vitest-environment jsdom
/**
 * The YouTube adapter on every fixture page (both comment generations): exactly the comments the
 * page shows, their authors, parents, times and text; what awaits the creator's reply; the composers;
 * and, with fixture.js running in jsdom, comments YouTube adds later (replies, continuations, navigation).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { addressing } from '../../src/core/awaiting';
import { adapter as youtube } from '../../src/sites/youtube/adapter';
import { isSkip, NOT_AN_ITEM, type ReadResult } from '../../src/sites/types';
import { ItemInput } from '../../src/shared/schema';
import { FIXTURES } from '../fixtures/serve';

interface Expected {
  url: string;
  videoId: string;
  videoOwner: string;
  viewer?: string;
  items: string[];
  authors: Record<string, string>;
  parents: Record<string, string | null>;
  times: Record<string, number>;
  byMe: string[];
  awaiting: string[];
  texts: Record<string, string>;
  continuation?: { items: string[]; awaiting: string[] };
  collapsed?: { thread: string; replies: string[]; answeredBy: string[] };
  moreReplies?: { thread: string; replies: string[] };
  replyOpen?: string;
}
const dir = path.join(FIXTURES, 'youtube');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const NOW = Date.parse('2026-11-27T12:00:00.000Z');
const ME = 'mayacodes';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
// jsdom ships no types; this is the part of its API these tests use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string; runScripts: 'outside-only' }) => { window: Window & typeof globalThis & { eval(code: string): unknown } };
};

function readAll(doc: Document, url: URL) {
  const els = [...doc.querySelectorAll(youtube.itemSelector)];
  const results: ReadResult[] = els.map((el) => youtube.readItem(el, { url, now: NOW }));
  return { els, results, items: results.filter((r) => !isSkip(r)) as ItemInput[], skips: results.filter(isSkip) };
}

function load(file: string) {
  document.documentElement.innerHTML = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^<!doctype html>/i, '');
  const url = new URL(expected[file]!.url);
  return { url, ...readAll(document, url) };
}

/** What the awaiting rules decide for Maya from what the adapter read, answered replies included. */
function awaitingOf(items: ItemInput[]): string[] {
  const answered = new Set(items.filter((i) => i.author.handle === ME && i.parentId).map((i) => i.parentId));
  return items
    .filter((i) => {
      const a = addressing({ site: 'youtube', author: i.author.handle, mentions: i.mentions ?? [], parentAuthor: i.parentAuthor }, ME);
      return a.toMe && !answered.has(i.id);
    })
    .map((i) => i.id);
}

for (const [file, exp] of Object.entries(expected)) {
  describe(`youtube adapter on ${file}`, () => {
    let page: ReturnType<typeof load>;
    beforeAll(() => {
      page = load(file);
    });
    it('reads exactly the rendered comments, in page order, skipping nothing', () => {
      expect(page.items.map((i) => i.id)).toEqual(exp.items);
      expect(page.skips).toEqual([]);
    });
    it('every item passes the background validation', () => {
      for (const item of page.items) expect(ItemInput.safeParse(item).success, item.id).toBe(true);
    });
    it('reads authors as lower-cased handles, the channel owner included', () => {
      for (const item of page.items) expect(item.author.handle, item.id).toBe(exp.authors[item.id]);
      // YouTube shows the @handle where a name would be.
      for (const item of page.items) expect((item.author.name ?? '').toLowerCase(), item.id).toBe(`@${item.author.handle}`);
    });
    it('reads parents from the id and the leading mention; a top-level comment answers the video', () => {
      for (const item of page.items) {
        expect(item.parentId ?? null, `parent of ${item.id}`).toBe(exp.parents[item.id]);
        const parent = exp.parents[item.id];
        expect(item.parentAuthor, `parent author of ${item.id}`).toBe(parent ? exp.authors[parent] : exp.videoOwner);
      }
    });
    it('reads the relative time, the permalink and the text', () => {
      for (const item of page.items) {
        expect(item.createdAt, item.id).toBe(exp.times[item.id]);
        expect(item.url).toBe(`https://www.youtube.com/watch?v=${exp.videoId}&lc=${item.id.slice('youtube:'.length)}`);
        expect(squash(item.text), item.id).toBe(squash(exp.texts[item.id]!));
      }
    });
    it('leaves the creator exactly the comments the scenario says await a reply', () => {
      expect(page.items.filter((i) => i.author.handle === ME).map((i) => i.id)).toEqual(exp.byMe);
      expect(awaitingOf(page.items)).toEqual(exp.awaiting);
    });
    it('mounts helpers in the comment\'s own header, after its time', () => {
      page.els.forEach((el) => {
        const point = youtube.mountPoint(el, 'unanswered-badge')!;
        expect(point.parent.id).toBe('header-author');
        expect(point.parent.closest(youtube.itemSelector)).toBe(el);
        expect((point.before as Element | null)?.previousElementSibling?.id ?? point.parent.lastElementChild?.id).toBe('published-time-text');
      });
    });
    it(exp.viewer ? 'detects the signed-in handle from the account menu' : 'does not guess the signed-in handle', () => {
      expect(youtube.viewer(document, page.url)).toBe(exp.viewer);
    });
  });
}

describe('youtube adapter details', () => {
  it('reads mentions, hashtags and emoji', () => {
    const { items } = load('watch.html');
    const all = items.map((i) => i.text).join('\n');
    expect(all).toContain(':hand-pink-waving:');
    expect(items.flatMap((i) => i.hashtags ?? [])).toEqual(['rustlang']);
    expect(items.flatMap((i) => i.mentions ?? [])).toEqual(expect.arrayContaining(['mayacodes', 'dan_k', 'erin-writes', 'franksynth']));
    const legacy = load('watch-legacy.html').items;
    expect(legacy.map((i) => i.text).join('\n')).toContain('🎉');
    expect(legacy.flatMap((i) => i.hashtags ?? [])).toEqual(['midi']);
  });
  it('reads a handle written in another script from its percent-encoded link', () => {
    const { items } = load('watch.html');
    expect(items.map((i) => i.author.handle)).toContain('zoë.makes');
  });
  it('reads the older renderer\'s /channel/ links: handle from the text, channel id kept', () => {
    const { items } = load('watch-legacy.html');
    const omar = items.find((i) => i.author.handle === 'omar.beats')!;
    expect(omar.author.nativeId).toMatch(/^UC[\w-]{22}$/);
    expect(omar.author.name).toBe('@omar.beats');
  });
  it('names what it cannot read instead of throwing, and ignores renderers not stamped yet', () => {
    const url = new URL(expected['watch.html']!.url);
    load('watch.html');
    const [first, second] = document.querySelectorAll(youtube.itemSelector);
    // (`[id=…]`: ids repeat in every comment, and jsdom resolves `#id` to the first one in the page.)
    first!.querySelector('[id="published-time-text"] a')!.remove();
    expect(youtube.readItem(first!, { url, now: NOW })).toEqual({ skip: 'item.id' });
    second!.querySelector('[id="author-text"]')!.remove();
    second!.querySelector('[id="author-comment-badge"]')!.innerHTML = '';
    expect(youtube.readItem(second!, { url, now: NOW })).toEqual({ skip: 'item.author' });
    expect(youtube.readItem(document.createElement('ytd-comment-view-model'), { url, now: NOW })).toEqual(NOT_AN_ITEM);
  });
  it('leaves the previous video\'s comments alone after a navigation', () => {
    load('watch.html');
    const el = document.querySelector(youtube.itemSelector)!;
    expect(youtube.readItem(el, { url: new URL('https://www.youtube.com/watch?v=Lg4cY8nW2eE'), now: NOW })).toEqual(NOT_AN_ITEM);
  });
  it('runs on www.youtube.com only and names its navigation event', () => {
    expect(youtube.matches(new URL('https://www.youtube.com/watch?v=Rp7mQ2xLk9A'), document)).toBe(true);
    expect(youtube.matches(new URL('https://m.youtube.com/watch?v=Rp7mQ2xLk9A'), document)).toBe(false);
    expect(youtube.navigationEvents).toEqual(['yt-navigate-finish']);
  });
});

describe('youtube composers', () => {
  const ctx = { url: new URL(expected['watch-composer.html']!.url), now: NOW };
  it('reads the reply box as a reply to the comment whose dialog holds it, and the top-level box as a new comment', () => {
    load('watch-composer.html');
    const composers = [...document.querySelectorAll(youtube.composerSelector)].map((f) => youtube.readComposer(f, ctx));
    expect(composers.map((c) => c && [c.editor, c.replyTo])).toEqual([
      ['contenteditable', 'composer'],
      ['contenteditable', expected['watch-composer.html']!.replyOpen],
    ]);
  });
  it('keeps the reply-to-reply mention YouTube pre-inserted', () => {
    load('watch-composer.html');
    const reply = [...document.querySelectorAll(youtube.composerSelector)][1]!;
    expect(reply.querySelector(':scope > a')?.textContent).toBe('@vic.embedded');
  });
  it('does not take a box that edits a comment for a reply', () => {
    load('watch-composer.html');
    const comment = document.querySelector(youtube.itemSelector)!;
    const edit = document.createElement('ytd-comment-dialog-renderer');
    edit.innerHTML = '<ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div></ytd-commentbox>';
    comment.querySelector('[id="main"]')!.append(edit);
    expect(youtube.readComposer(edit.querySelector('#contenteditable-root')!, ctx)).toBeUndefined();
  });
});

describe('youtube comments YouTube adds later (fixture.js in jsdom)', () => {
  const fixtureJs = fs.readFileSync(path.join(dir, 'fixture.js'), 'utf8');
  function open(file: string) {
    const exp = expected[file]!;
    const dom = new JSDOM(fs.readFileSync(path.join(dir, file), 'utf8'), { url: exp.url, runScripts: 'outside-only' });
    dom.window.eval(fixtureJs);
    const fixture = (dom.window as unknown as { __fixture: Record<string, (...a: string[]) => unknown> }).__fixture;
    const read = () => readAll(dom.window.document, new URL(dom.window.location.href));
    return { dom, fixture, read, exp };
  }
  const nativeId = (id: string) => id.slice('youtube:'.length);

  it('a reply to a reply, posted by the creator, answers that reply', () => {
    const { fixture, read, exp } = open('watch.html');
    const target = exp.awaiting[0]!; // Bob's reply to Maya's reply
    const posted = `youtube:${fixture.postReply!(nativeId(target), 'Glad it works!') as string}`;
    const { items } = read();
    const mine = items.find((i) => i.id === posted)!;
    expect(mine.parentId).toBe(target);
    expect(mine.text).toBe('@bobtinkers Glad it works!');
    expect(awaitingOf(items)).toEqual(exp.awaiting.filter((id) => id !== target));
  });
  it('the box\'s own submit posts as YouTube does: the pre-inserted mention makes it a reply to that reply', () => {
    const { fixture, dom, read, exp } = open('watch.html');
    const target = exp.awaiting[0]!;
    expect(fixture.openReply!(nativeId(target))).toBe(true);
    const root = dom.window.document.activeElement!;
    expect(root.querySelector('a')?.textContent).toBe('@bobtinkers');
    root.append('Glad it works!');
    root.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
    expect(fixture.submitEnabled!(nativeId(target))).toBe(true);
    (root.closest('ytd-commentbox')!.querySelector('[id="submit-button"] button') as HTMLElement).click();
    const { items } = read();
    expect(items.filter((i) => i.parentId === target).map((i) => [i.author.handle, i.text])).toEqual([[ME, '@bobtinkers Glad it works!']]);
  });
  it('replies loaded by "N replies" include the creator\'s answer', () => {
    const { fixture, read, exp } = open('watch.html');
    const { thread, replies, answeredBy } = exp.collapsed!;
    expect(fixture.expandReplies!(nativeId(thread))).toBe(replies.length);
    const { items } = read();
    for (const id of replies) expect(items.find((i) => i.id === id)?.parentId).toBe(thread);
    expect(answeredBy.length).toBeGreaterThan(0);
    expect(awaitingOf(items)).toEqual(exp.awaiting.filter((id) => id !== thread));
  });
  it('a continuation and "Show more replies" add comments as new elements', () => {
    const { fixture, read, exp } = open('watch.html');
    expect(fixture.loadMore!()).toBeGreaterThan(0);
    expect(fixture.loadMoreReplies!(nativeId(exp.moreReplies!.thread))).toBe(exp.moreReplies!.replies.length);
    const { items } = read();
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining([...exp.continuation!.items, ...exp.moreReplies!.replies]));
    expect(awaitingOf(items).sort()).toEqual([...exp.awaiting, ...exp.continuation!.awaiting].sort());
  });
  it('a reload renders every comment again as new elements', () => {
    const { fixture, dom, read, exp } = open('watch.html');
    const before = dom.window.document.querySelector(youtube.itemSelector);
    expect(fixture.unrenderAll!()).toBeGreaterThan(0);
    expect(read().items).toEqual([]);
    fixture.rerenderAll!();
    expect(dom.window.document.querySelector(youtube.itemSelector)).not.toBe(before);
    expect(read().items.map((i) => i.id)).toEqual(exp.items);
  });
  it('navigating to another video swaps the owner and the comments', async () => {
    const { fixture, dom, read } = open('watch.html');
    const other = expected['watch-other.html']!;
    const finished = new Promise((resolve) => dom.window.document.addEventListener('yt-navigate-finish', resolve, { once: true }));
    fixture.navigate!(other.videoId);
    await finished;
    expect(dom.window.location.href).toBe(other.url);
    await new Promise((r) => setTimeout(r, 100));
    const { items } = read();
    expect(items.map((i) => i.id)).toEqual(other.items);
    expect(items.find((i) => !i.parentId)?.parentAuthor).toBe(other.videoOwner);
  });
});
