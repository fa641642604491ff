// @vitest-environment jsdom
/** The Mastodon adapter on every fixture page: exactly the items, authors and parents the page shows. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adapter as mastodon } from '../../src/sites/mastodon/adapter';
import { isSkip } from '../../src/sites/types';
import { ItemInput } from '../../src/shared/schema';
import { FIXTURES } from '../fixtures/serve';

interface Expected {
  url: string;
  items: string[];
  authors: Record<string, string>;
  parents: Record<string, string | null>;
  byMe: string[];
  awaiting: string[];
}
const dir = path.join(FIXTURES, 'mastodon');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;

function load(file: string) {
  document.documentElement.innerHTML = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^<!doctype html>/i, '');
  const url = new URL(expected[file]!.url);
  const results = [...document.querySelectorAll(mastodon.itemSelector)].map((el) => mastodon.readItem(el, { url, now: Date.now() }));
  return { url, results, items: results.filter((r) => !isSkip(r)) as ItemInput[], skips: results.filter(isSkip) };
}

for (const [file, exp] of Object.entries(expected)) {
  describe(`mastodon adapter on ${file}`, () => {
    let page: ReturnType<typeof load>;
    beforeAll(() => {
      page = load(file);
    });
    it('reads exactly the rendered statuses, in page order, skipping placeholders silently', () => {
      expect(page.items.map((i) => i.id)).toEqual(exp.items);
      expect(page.skips.filter((s) => s.skip)).toEqual([]);
    });
    it('every item passes the background validation', () => {
      for (const item of page.items) expect(ItemInput.safeParse(item).success, item.id).toBe(true);
    });
    it('reads authors as user@domain', () => {
      expect(Object.fromEntries(page.items.map((i) => [i.id, i.author.handle]))).toEqual(exp.authors);
    });
    it('infers the parents the thread shows', () => {
      for (const [id, parent] of Object.entries(exp.parents)) {
        const item = page.items.find((i) => i.id === id);
        expect(item?.parentId ?? null, `parent of ${id}`).toBe(parent);
      }
    });
    it('reads a time, a permalink on the viewed host and text for every item', () => {
      for (const item of page.items) {
        expect(item.createdAt, item.id).toBeGreaterThan(Date.UTC(2020, 0));
        expect(new URL(item.url).host).toBe(page.url.host);
        expect(item.text.length, item.id).toBeGreaterThan(0);
      }
    });
  });
}

describe('mastodon adapter details', () => {
  it('detects the signed-in account from initial-state', () => {
    const { url } = load('home.html');
    expect(mastodon.viewer(document, url)).toBe('maya@mastodon.social');
  });
  it('reads custom emoji from alt, hashtags and mentions', () => {
    const { items } = load('thread.html');
    const all = items.map((i) => `${i.author.name} ${i.text}`).join('\n');
    expect(all).toMatch(/:\w+:/);
    expect(items.some((i) => (i.mentions ?? []).includes('maya@mastodon.social'))).toBe(true);
  });
  it('reads hashtags from the text and the hashtag bar', () => {
    const { items } = load('home.html');
    expect(items.flatMap((i) => i.hashtags ?? []).length).toBeGreaterThan(2);
  });
  it('counts a status it cannot read instead of throwing', () => {
    load('home.html');
    const el = document.querySelector('.status[data-id]')!;
    el.querySelectorAll('a').forEach((a) => a.remove());
    const r = mastodon.readItem(el, { url: new URL('https://mastodon.social/home'), now: 0 });
    expect(isSkip(r) && r.skip).toBe('item.author');
  });
  it('does not take over pages of other sites', () => {
    document.documentElement.innerHTML = '<body><div id="app"></div></body>';
    expect(mastodon.matches(new URL('https://example.com/'), document)).toBe(false);
    expect(mastodon.matches(new URL('https://mastodon.social/home'), document)).toBe(true);
  });
  it('recognises another instance by its page', () => {
    load('home.html');
    expect(mastodon.matches(new URL('https://fosstodon.org/home'), document)).toBe(true);
  });
});

describe('mastodon adapter names and text', () => {
  it('reads every author display name, emoji included', () => {
    for (const file of Object.keys(expected)) {
      const { items } = load(file);
      for (const item of items) expect(item.author.name, `${file} ${item.id}`).not.toBe('');
    }
  });
  it('leaves buttons such as "Show more" out of the text', () => {
    for (const file of Object.keys(expected)) {
      const { items } = load(file);
      for (const item of items) expect(item.text, item.id).not.toMatch(/Show (more|less)|Translate/);
    }
  });
});
