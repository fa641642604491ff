/** Each site's selector module, for the tests that check every selector against the fixtures. */
import { sel as mastodon } from '../../src/sites/mastodon/selectors';
import type { SelectorSpec } from '../../src/sites/selectors';

export const selectorModules: Record<string, { specs: Record<string, SelectorSpec> }> = { mastodon };
