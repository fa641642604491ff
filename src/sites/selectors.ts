/**
 * A named selector with the fixtures that prove it: `expect` maps a fixture file (under
 * tests/fixtures/<site>/) to how many elements the selector matches there. tests/unit/selectors.test.ts
 * checks every count, so a selector nobody can prove does not ship.
 */
export interface SelectorSpec {
  css: string;
  /** Why this selector, and when it was last confirmed against the site's markup. */
  note: string;
  expect: Record<string, number>;
}

export function defineSelectors<T extends Record<string, SelectorSpec>>(specs: T): { [K in keyof T]: string } & { specs: T } {
  const css = Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, v.css])) as { [K in keyof T]: string };
  return Object.assign(css, { specs });
}
