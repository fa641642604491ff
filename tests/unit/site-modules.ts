/** Each site's selector module (src/sites/<site>/selectors.ts exporting `sel`), for the selector tests. */
import type { SelectorSpec } from '../../src/sites/selectors';

const modules = import.meta.glob<{ sel: { specs: Record<string, SelectorSpec> } }>('../../src/sites/*/selectors.ts', { eager: true });

export const selectorModules: Record<string, { specs: Record<string, SelectorSpec> }> = Object.fromEntries(
  Object.entries(modules).map(([file, m]) => [file.split('/').at(-2)!, m.sel]),
);
