// @vitest-environment jsdom
/**
 * Every named selector of every site matches exactly the number of elements its spec expects on
 * each fixture page it names, and every fixture it names exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../src/sites';
import { FIXTURES } from '../fixtures/serve';
import { selectorModules } from './site-modules';

for (const adapter of adapters) {
  const specs = selectorModules[adapter.id]!.specs;
  describe(`${adapter.id} selectors`, () => {
    for (const [name, spec] of Object.entries(specs)) {
      it(`${name} is proven by at least one fixture`, () => expect(Object.keys(spec.expect).length).toBeGreaterThan(0));
      for (const [file, count] of Object.entries(spec.expect)) {
        it(`${name} matches ${count} in ${file}`, () => {
          const full = path.join(FIXTURES, adapter.id, file);
          expect(fs.existsSync(full), `${full} exists`).toBe(true);
          document.documentElement.innerHTML = fs.readFileSync(full, 'utf8');
          expect(document.querySelectorAll(spec.css).length).toBe(count);
        });
      }
    }
  });
}
