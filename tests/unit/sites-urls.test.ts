/**
 * Every page predicate of every site matches its own examples and none of the other predicates'
 * examples (unless listed as overlapping), nor any URL of another site (github-url-detection style).
 * Examples live in tests/unit/url-examples/<site>.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../src/sites';
import type { UrlExamples } from './url-examples/types';

const modules = import.meta.glob<{ examples: UrlExamples }>('./url-examples/*.ts', { eager: true });
const bySite = Object.fromEntries(
  Object.entries(modules)
    .filter(([, m]) => m.examples)
    .map(([f, m]) => [f.split('/').pop()!.replace('.ts', ''), m.examples]),
);

for (const adapter of adapters) {
  const site = bySite[adapter.id];
  describe(`${adapter.id} page predicates`, () => {
    it('has examples for every predicate', () => {
      expect(Object.keys(site?.pages ?? {}).sort()).toEqual(Object.keys(adapter.pages).sort());
    });
    const foreign = [...(site?.foreign ?? []), ...Object.entries(bySite).filter(([id]) => id !== adapter.id).flatMap(([, e]) => Object.values(e.pages).flat())];
    for (const [name, test] of Object.entries(adapter.pages)) {
      const own = site?.pages[name] ?? [];
      it.each(own)(`${name} matches %s`, (url) => expect(test(new URL(url))).toBe(true));
      const overlaps = new Set(site?.overlaps?.[name] ?? []);
      const others = Object.entries(site?.pages ?? {})
        .filter(([other]) => other !== name && !overlaps.has(other))
        .flatMap(([, urls]) => urls)
        .filter((url) => !own.includes(url));
      it.each(others)(`${name} does not match %s`, (url) => expect(test(new URL(url))).toBe(false));
      // Mastodon runs on any host, so its predicates are about paths; the hostname decides the site first.
      if (adapter.id !== 'mastodon') it.each(foreign)(`${name} does not match the other site's %s`, (url) => expect(test(new URL(url))).toBe(false));
    }
  });
}
