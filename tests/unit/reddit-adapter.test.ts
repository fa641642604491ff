// @vitest-environment jsdom
/**
 * The Reddit adapter on every fixture page, new Reddit and old: exactly the items, authors,
 * parents, times and text the page shows, the signed-in account where the page names it, the
 * composers and what they answer, and markup it cannot read named instead of thrown.
 *
 * jsdom does not parse declarative shadow DOM (<template shadowrootmode>): here the templates stay
 * inert, which leaves exactly the light DOM the adapter reads. The shadow parts (post and action-row
 * vote bars, the comment's closed root and its slots) are proven in real browsers by
 * tests/e2e/reddit*.spec.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adapter as reddit } from '../../src/sites/reddit/adapter';
import { isSkip, type ReadResult } from '../../src/sites/types';
import { ItemInput } from '../../src/shared/schema';
import { FIXTURES } from '../fixtures/serve';

interface Expected {
  url: string;
  viewer: string | null;
  items: string[];
  authors: Record<string, string>;
  parents: Record<string, string | null>;
  parentAuthors: Record<string, string>;
  created: Record<string, string>;
  byMe: string[];
  awaiting: string[];
}
const dir = path.join(FIXTURES, 'reddit');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;

function load(file: string) {
  document.documentElement.innerHTML = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^<!doctype html>/i, '');
  const url = new URL(expected[file]!.url);
  const results = [...document.querySelectorAll(reddit.itemSelector)].map((el) => reddit.readItem(el, { url, now: Date.now() }));
  return { url, results, items: results.filter((r) => !isSkip(r)) as ItemInput[], skips: results.filter(isSkip) };
}

const read = (el: Element, url: string): ReadResult => reddit.readItem(el, { url: new URL(url), now: 0 });

for (const [file, exp] of Object.entries(expected)) {
  describe(`reddit adapter on ${file}`, () => {
    let page: ReturnType<typeof load>;
    beforeAll(() => {
      page = load(file);
    });
    it('reads exactly the posts and comments, in page order, passing over placeholders silently', () => {
      expect(page.items.map((i) => i.id)).toEqual(exp.items);
      expect(page.skips.filter((s) => s.skip)).toEqual([]);
    });
    it('every item passes the background validation', () => {
      for (const item of page.items) expect(ItemInput.safeParse(item).success, item.id).toBe(true);
    });
    it('reads authors as lower-case usernames, with the name as shown', () => {
      expect(Object.fromEntries(page.items.map((i) => [i.id, i.author.handle]))).toEqual(exp.authors);
      for (const item of page.items) expect(item.author.name?.toLowerCase()).toBe(item.author.handle);
    });
    it('reads each comment\'s parent, and the parent\'s author where the page shows it', () => {
      expect(Object.fromEntries(page.items.map((i) => [i.id, i.parentId ?? null]))).toEqual(exp.parents);
      expect(Object.fromEntries(page.items.filter((i) => i.parentAuthor).map((i) => [i.id, i.parentAuthor]))).toEqual(exp.parentAuthors);
      for (const item of page.items) expect(item.kind).toBe(item.parentId ? 'reply' : 'post');
    });
    it('reads the time each was written, a permalink on the page\'s host and the text', () => {
      for (const item of page.items) {
        expect(Math.abs(item.createdAt! - Date.parse(exp.created[item.id]!)), item.id).toBeLessThan(1000);
        expect(new URL(item.url).host, item.id).toBe(page.url.host);
        expect(item.url, item.id).toMatch(new RegExp(`/comments/`));
        expect(item.text.length, item.id).toBeGreaterThan(0);
      }
    });
    it('detects the signed-in account where the page names it', () => {
      expect(reddit.viewer(document, page.url) ?? null).toBe(exp.viewer);
    });
    it('mounts helpers inside the item\'s own meta line, never inside a reply', () => {
      for (const el of document.querySelectorAll(reddit.itemSelector)) {
        const result = read(el, exp.url);
        if (isSkip(result)) continue;
        const point = reddit.mountPoint(el, 'unanswered-badge')!;
        expect(point.parent.closest(reddit.itemSelector), result.id).toBe(el);
        expect(point.parent.matches('[slot="commentMeta"], [slot="credit-bar"], .tagline'), result.id).toBe(true);
      }
    });
  });
}

describe('reddit adapter: the same thread on both UIs', () => {
  it('gives every item the same id, author and parent on new and old Reddit', () => {
    const fresh = load('thread.html').items;
    const old = load('old-thread.html').items;
    for (const item of fresh) {
      const twin = old.find((o) => o.id === item.id)!;
      expect(twin, item.id).toBeDefined();
      expect([twin.author.handle, twin.parentId, twin.parentAuthor, twin.text]).toEqual([item.author.handle, item.parentId, item.parentAuthor, item.text]);
    }
  });
});

describe('reddit adapter: text, mentions and kinds', () => {
  it('reads a comment body as written: code, emoji, no screen-reader labels or buttons', () => {
    const { items } = load('thread.html');
    const byId = (id: string) => items.find((i) => i.id === `reddit:${id}`)!;
    expect(byId('t1_m2k7a01').text).toBe('How did you handle the image pipeline? Did you write your own resizer or use something like sharp?');
    expect(byId('t1_m2k7a04').text).toBe('This loads instantly on my phone 🚀 What are you hosting it on?');
    expect(byId('t3_1h8k2m4').text).toMatch(/^I rebuilt my portfolio without a framework — ask me anything about the build\n\nPlain HTML/);
    for (const item of items) expect(item.text).not.toMatch(/Reply|Upvote|commented|more repl/);
  });
  it('reads u/ mentions from links, on both UIs, and only there', () => {
    for (const file of ['thread.html', 'old-thread.html', 'old-inbox.html']) {
      const { items } = load(file);
      const gina = items.find((i) => i.id === 'reddit:t1_m2k7a11')!;
      expect(gina.mentions, file).toEqual(['maya_builds']);
      expect(items.filter((i) => i.mentions?.length).map((i) => i.id), file).toEqual(['reddit:t1_m2k7a11']);
    }
    expect(load('feed.html').items.find((i) => i.id === 'reddit:t3_1h9v8cd')!.mentions).toEqual(['maya_builds']);
  });
  it('takes a top-level comment without parentid (2026-07 markup) as a reply to the post', () => {
    load('thread-slots.html');
    const el = document.querySelector('shreddit-comment[thingid="t1_m2q1b01"]')!;
    expect(el.hasAttribute('parentid')).toBe(false);
    const item = read(el, expected['thread-slots.html']!.url) as ItemInput;
    expect([item.parentId, item.parentAuthor]).toEqual(['reddit:t3_1h9q7zt', 'oscar_p']);
  });
  it('reads a comment served by a /svc partial (its body id ends -post-rtjson-content)', () => {
    load('thread.html');
    const c1 = document.querySelector('shreddit-comment[thingid="t1_m2k7a01"]')!;
    const body = c1.querySelector('#t1_m2k7a01-comment-rtjson-content')!;
    body.id = 't1_m2k7a01-post-rtjson-content';
    expect((read(c1, expected['thread.html']!.url) as ItemInput).text).toMatch(/^How did you handle/);
  });
});

describe('reddit adapter: what it does not read', () => {
  const threadUrl = () => expected['thread.html']!.url;
  it('passes over ads, "load more" placeholders, deleted comments and private messages without counting them', () => {
    load('old-thread.html');
    for (const css of ['.thing.morechildren', '.thing.deleted']) {
      for (const el of document.querySelectorAll(css)) expect(read(el, expected['old-thread.html']!.url)).toEqual({ skip: '' });
    }
    load('old-inbox.html');
    expect(read(document.querySelector('.thing[data-fullname^="t4_"]')!, expected['old-inbox.html']!.url)).toEqual({ skip: '' });
    load('thread.html');
    const post = document.querySelector('shreddit-post')!;
    post.setAttribute('promoted', '');
    expect(read(post, threadUrl())).toEqual({ skip: '' });
    const comment = document.querySelector('shreddit-comment')!;
    comment.setAttribute('author', '[deleted]');
    expect(read(comment, threadUrl())).toEqual({ skip: '' });
  });
  it('names markup it cannot read instead of throwing', () => {
    load('thread.html');
    const comment = document.querySelector('shreddit-comment')!;
    comment.removeAttribute('thingid');
    expect(read(comment, threadUrl())).toEqual({ skip: 'comment.id' });
    const other = document.querySelectorAll('shreddit-comment')[1]!;
    other.removeAttribute('author');
    other.querySelectorAll('a').forEach((a) => a.remove());
    expect(read(other, threadUrl())).toEqual({ skip: 'comment.author' });
    const post = document.querySelector('shreddit-post')!;
    post.removeAttribute('id');
    expect(read(post, threadUrl())).toEqual({ skip: 'post.id' });
    load('old-thread.html');
    const thing = document.querySelector('.thing.comment')!;
    thing.querySelector(':scope > .entry')!.remove();
    expect(read(thing, expected['old-thread.html']!.url)).toEqual({ skip: 'thing.entry' });
  });
  it('falls back to the meta line when a comment lacks its author and time attributes', () => {
    load('thread.html');
    const comment = document.querySelector('shreddit-comment[thingid="t1_m2k7a03"]')!;
    comment.removeAttribute('author');
    comment.removeAttribute('created');
    const item = read(comment, threadUrl()) as ItemInput;
    expect(item.author.handle).toBe('bob_codes');
    expect(Math.abs(item.createdAt! - Date.parse(expected['thread.html']!.created['reddit:t1_m2k7a03']!))).toBeLessThan(1000);
  });
});

describe('reddit adapter: who is signed in', () => {
  it('trusts no candidate on a signed-out page, nor an author flair inside a comment', () => {
    load('thread-slots.html');
    expect(reddit.viewer(document, new URL(expected['thread-slots.html']!.url))).toBe('maya_builds');
    document.querySelector('shreddit-app')!.setAttribute('user-logged-in', 'false');
    expect(reddit.viewer(document, new URL(expected['thread-slots.html']!.url))).toBeUndefined();
    load('composer.html');
    const flair = document.createElement('community-author-flair');
    flair.setAttribute('username', 'tom_h');
    document.querySelector('shreddit-comment [slot="commentMeta"]')!.append(flair);
    expect(reddit.viewer(document, new URL(expected['composer.html']!.url))).toBeUndefined();
  });
  it('reads old Reddit\'s header, and nothing when signed out', () => {
    load('old-inbox.html');
    const url = new URL(expected['old-inbox.html']!.url);
    expect(reddit.viewer(document, url)).toBe('maya_builds');
    document.querySelector('#header-bottom-right > span.user > a')!.classList.add('login-required');
    expect(reddit.viewer(document, url)).toBeUndefined();
  });
});

describe('reddit adapter: composers', () => {
  const ctx = (file: string) => ({ url: new URL(expected[file]!.url), now: 0 });
  const composers = (file: string) => [...document.querySelectorAll(reddit.composerSelector)].map((f) => reddit.readComposer(f, ctx(file)));
  it('finds the collapsed box and the open reply box on new Reddit, and what each answers', () => {
    load('composer.html');
    expect(composers('composer.html').map((c) => [c?.editor, c?.replyTo, c?.field.localName])).toEqual([
      ['lexical', 'reddit:t3_1h9r4kl', 'faceplate-textarea-input'],
      ['lexical', 'reddit:t1_m2r3c02', 'div'],
    ]);
    load('composer-guarded.html');
    expect(composers('composer-guarded.html').map((c) => [c?.replyTo, c?.field.localName])).toEqual([['reddit:t3_1h9p6mn', 'button']]);
  });
  it('finds old Reddit\'s textarea and reads what its form replies to', () => {
    load('old-thread.html');
    expect(composers('old-thread.html').map((c) => [c?.editor, c?.replyTo])).toEqual([['textarea', 'reddit:t3_1h8k2m4']]);
  });
});

describe('reddit adapter: pages', () => {
  it('runs on both Reddit hosts and nowhere else', () => {
    expect(reddit.matches(new URL('https://www.reddit.com/r/webdev/'), document)).toBe(true);
    expect(reddit.matches(new URL('https://old.reddit.com/message/inbox/'), document)).toBe(true);
    expect(reddit.matches(new URL('https://example.com/r/webdev/comments/abc/'), document)).toBe(false);
  });
});
