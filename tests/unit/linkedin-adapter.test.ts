// @vitest-environment jsdom
/**
 * The LinkedIn adapter on every fixture page, both DOM generations: exactly the items the page
 * shows, in order, with their authors, parents, times and text; the composers and what they
 * reply to; the signed-in member where the page reveals them; skips instead of throws.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adapter as linkedin } from '../../src/sites/linkedin/adapter';
import { isSkip, type ReadResult } from '../../src/sites/types';
import { ItemInput } from '../../src/shared/schema';
import { parseRelativeTime } from '../../src/core/time';
import { FIXTURES } from '../fixtures/serve';

interface Expected {
  url: string;
  generation: 'sdui' | 'legacy';
  viewer: string | null;
  items: string[];
  authors: Record<string, string>;
  parents: Record<string, string | null>;
  times: Record<string, string>;
  byMe: string[];
  awaiting: string[];
  hashtags: Record<string, string[]>;
  mentions?: Record<string, string[]>;
  company?: string;
  composers?: { replyTo: string; editor: string }[];
}
const dir = path.join(FIXTURES, 'linkedin');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const NOW = Date.parse('2026-11-27T12:00:00.000Z');

function load(file: string) {
  document.documentElement.innerHTML = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^<!DOCTYPE html>/i, '');
  const url = new URL(expected[file]!.url);
  const results: ReadResult[] = [...document.querySelectorAll(linkedin.itemSelector)].map((el) => linkedin.readItem(el, { url, now: NOW }));
  return { url, results, items: results.filter((r) => !isSkip(r)) as ItemInput[], skips: results.filter(isSkip) };
}

for (const [file, exp] of Object.entries(expected)) {
  describe(`linkedin adapter on ${file} (${exp.generation})`, () => {
    let page: ReturnType<typeof load>;
    beforeAll(() => {
      page = load(file);
    });
    it('reads exactly the posts and comments shown, in page order, skipping nothing it should read', () => {
      expect(page.items.map((i) => i.id)).toEqual(exp.items);
      expect(page.skips.filter((s) => s.skip)).toEqual([]);
    });
    it('every item passes the background validation', () => {
      for (const item of page.items) expect(ItemInput.safeParse(item).success, item.id).toBe(true);
    });
    it('reads authors as public profile ids', () => {
      expect(Object.fromEntries(page.items.map((i) => [i.id, i.author.handle]))).toEqual(exp.authors);
    });
    it('infers parents from comment nesting and leading mentions', () => {
      expect(Object.fromEntries(page.items.map((i) => [i.id, i.parentId ?? null]))).toEqual(exp.parents);
    });
    it('names the parent\'s author, so replies to the signed-in member are addressed to them', () => {
      for (const item of page.items.filter((i) => i.parentId)) {
        expect(item.parentAuthor, item.id).toBe(exp.authors[item.parentId!]);
      }
    });
    it('reads each relative time against the page time', () => {
      for (const item of page.items) expect(item.createdAt, item.id).toBe(parseRelativeTime(exp.times[item.id]!, NOW));
    });
    it('reads names and text without screen-reader twins or controls', () => {
      for (const item of page.items) {
        expect(item.author.name, item.id).toMatch(/^[^\n•]+$/);
        expect(item.author.name, item.id).not.toMatch(/(.+)\1/);
        // The profile link's accessible label is not the name ("View Bob Ito’s profile" is Bob Ito).
        expect(item.author.name, item.id).not.toMatch(/^View |profile$/);
        expect(item.text.length, item.id).toBeGreaterThan(0);
        expect(item.text, item.id).not.toMatch(/hashtag#|…more|Reply|Like/);
      }
    });
    it('reads hashtags and mentions from the text', () => {
      for (const [id, tags] of Object.entries(exp.hashtags)) expect(page.items.find((i) => i.id === id)?.hashtags, id).toEqual(tags);
      for (const [id, who] of Object.entries(exp.mentions ?? {})) expect(page.items.find((i) => i.id === id)?.mentions, id).toEqual(who);
    });
    it('links each item to its LinkedIn page', () => {
      for (const item of page.items) {
        const url = new URL(item.url);
        expect(url.host, item.id).toBe('www.linkedin.com');
        if (item.id.startsWith('linkedin:activity:')) expect(url.pathname).toBe(`/feed/update/urn:li:activity:${item.id.split(':')[2]}/`);
        if (item.id.startsWith('linkedin:comment:')) expect(url.searchParams.get('commentUrn')).toMatch(/^urn:li:comment:\(activity:\d+,\d+\)$/);
      }
    });
    it(exp.viewer ? `detects the signed-in member (${exp.viewer})` : 'reveals no signed-in member (the options page names them)', () => {
      expect(linkedin.viewer(document, page.url) ?? null).toBe(exp.viewer);
    });
    it('reads every composer and what it replies to', () => {
      const found = [...document.querySelectorAll(linkedin.composerSelector)].map((f) => linkedin.readComposer(f, { url: page.url, now: NOW }));
      expect(found.map((c) => c && { replyTo: c.replyTo, editor: c.editor })).toEqual(exp.composers ?? []);
    });
    it('mounts helpers inside the item\'s own part, never in a nested comment', () => {
      for (const el of document.querySelectorAll(linkedin.itemSelector)) {
        const point = linkedin.mountPoint(el, 'unanswered-badge');
        if (!point) continue;
        expect(el.contains(point.parent)).toBe(true);
        expect(point.parent.closest(linkedin.itemSelector)).toBe(el);
        expect(point.parent.closest('a')).toBeNull();
      }
    });
  });
}

describe('linkedin adapter details', () => {
  it('leaves company pages\' posts out silently', () => {
    const { results } = load('feed.html');
    expect(results.filter((r) => isSkip(r) && r.skip === '')).toHaveLength(1);
    expect(results.some((r) => !isSkip(r) && r.id === expected['feed.html']!.company)).toBe(false);
  });

  it('reads both comment urn forms, in both generations, to the one contract id shape', () => {
    const forms = [
      ['thread.html', '[id^="replaceableComment_urn:li:comment:(urn:li:activity:"]', '[id^="replaceableComment_urn:li:comment:(activity:"]'],
      ['thread-legacy.html', 'article[data-id^="urn:li:comment:(urn:li:activity:"]', 'article[data-id^="urn:li:comment:(activity:"]'],
    ] as const;
    for (const [file, ...selectors] of forms) {
      const url = new URL(expected[file]!.url);
      load(file);
      for (const css of selectors) {
        const el = document.querySelector(css);
        expect(el, `${file} ${css}`).not.toBeNull();
        const urn = /\((?:urn:li:)?activity:(\d+),(\d+)\)/.exec(`${el!.id} ${el!.getAttribute('data-id')}`)!;
        expect((linkedin.readItem(el!, { url, now: NOW }) as ItemInput).id).toBe(`linkedin:comment:${urn[1]},${urn[2]}`);
      }
    }
  });

  it('links a post known only by its key to the page it was seen on', () => {
    const { items, url } = load('feed.html');
    const keyed = items.filter((i) => i.id.startsWith('linkedin:key:'));
    expect(keyed.length).toBeGreaterThan(2);
    for (const item of keyed) expect(item.url).toBe(url.href);
  });

  it('decodes percent-encoded public ids', () => {
    const { items } = load('feed.html');
    expect(items[0]!.author).toEqual({ handle: 'inês-moreira-4b2a1', name: 'Inês Moreira' });
  });

  it('takes the actor, not the person in a "… commented on this" header', () => {
    const { items } = load('feed.html');
    expect(items[2]!.author.handle).toBe('kofi-mensah');
    const legacy = load('feed-legacy.html').items;
    expect(legacy.find((i) => i.author.handle === 'lena-vogel')).toBeUndefined();
  });

  it('counts an element it cannot read instead of throwing', () => {
    const url = new URL(expected['thread.html']!.url);
    load('thread.html');
    const comment = document.querySelector('[componentkey^="replaceableComment_"]')!;
    comment.querySelectorAll(':scope > [componentkey^="CommentComponentReference_"] a').forEach((a) => a.remove());
    expect(linkedin.readItem(comment, { url, now: NOW })).toEqual({ skip: 'comment.author' });
    const post = document.createElement('div');
    post.className = 'feed-shared-update-v2';
    post.setAttribute('data-urn', 'urn:li:aggregate:(1,2)');
    document.body.append(post);
    expect(linkedin.readItem(post, { url, now: NOW })).toEqual({ skip: 'post.id' });
  });

  it('matches LinkedIn only', () => {
    expect(linkedin.matches(new URL('https://www.linkedin.com/feed/'), document)).toBe(true);
    expect(linkedin.matches(new URL('https://mastodon.social/home'), document)).toBe(false);
  });
});
