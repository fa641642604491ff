// @vitest-environment jsdom
/**
 * Every named selector of every site matches exactly the number of elements its spec expects on
 * each fixture page it names, and every fixture it names exists. Each page is parsed once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../src/sites';
import { FIXTURES } from '../fixtures/serve';
import { selectorModules } from './site-modules';

for (const adapter of adapters) {
  const specs = Object.entries(selectorModules[adapter.id]!.specs);
  const pages = [...new Set(specs.flatMap(([, spec]) => Object.keys(spec.expect)))];
  describe(`${adapter.id} selectors`, () => {
    it('every selector is proven by at least one fixture', () => {
      expect(specs.filter(([, spec]) => !Object.keys(spec.expect).length).map(([name]) => name)).toEqual([]);
    });
    for (const page of pages) {
      it(`match the expected counts on ${page}`, () => {
        const full = path.join(FIXTURES, adapter.id, page);
        expect(fs.existsSync(full), `${full} exists`).toBe(true);
        document.documentElement.innerHTML = fs.readFileSync(full, 'utf8');
        const wanted = Object.fromEntries(specs.filter(([, s]) => page in s.expect).map(([name, s]) => [name, s.expect[page]]));
        const found = Object.fromEntries(Object.keys(wanted).map((name) => [name, document.querySelectorAll(selectorModules[adapter.id]!.specs[name]!.css).length]));
        expect(found).toEqual(wanted);
      });
    }
  });
}
