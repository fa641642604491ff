/**
 * Every page predicate of every site matches its own examples and none of the other predicates'
 * examples, unless listed as overlapping (github-url-detection style).
 */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../src/sites';
import { examples } from './url-examples';

for (const adapter of adapters) {
  const siteExamples = examples[adapter.id];
  describe(`${adapter.id} page predicates`, () => {
    it('has examples for every predicate', () => {
      expect(Object.keys(siteExamples?.pages ?? {}).sort()).toEqual(Object.keys(adapter.pages).sort());
    });
    for (const [name, test] of Object.entries(adapter.pages)) {
      const own = siteExamples?.pages[name] ?? [];
      it.each(own)(`${name} matches %s`, (url) => expect(test(new URL(url))).toBe(true));
      const overlaps = new Set(siteExamples?.overlaps?.[name] ?? []);
      const others = Object.entries(siteExamples?.pages ?? {})
        .filter(([other]) => other !== name && !overlaps.has(other))
        .flatMap(([, urls]) => urls)
        .filter((url) => !own.includes(url));
      it.each(others)(`${name} does not match %s`, (url) => expect(test(new URL(url))).toBe(false));
    }
  });
}
