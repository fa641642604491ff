/**
 * How an in-page feature is declared: which sites and pages it runs on, and an `init` that gets an
 * AbortSignal. Navigation aborts the signal and runs `init` again; everything a feature sets up
 * (listeners, watchers, helpers in the page) is tied to that signal.
 */
import type { SiteId } from '../core/sites';
import type { SiteAdapter } from '../sites/types';
import type { ItemTracker } from './items';
import type { Mounter } from './mount';

export interface FeatureContext {
  site: SiteAdapter;
  url: URL;
  signal: AbortSignal;
  items: Pick<ItemTracker, 'watch'>;
  ui: Mounter;
}

export interface Feature {
  /** Kebab-case, equal to the feature's folder name. */
  id: string;
  /** Sites it runs on; all when omitted. */
  sites?: readonly SiteId[];
  /** Whether it applies to a page of the site (page predicates come from the adapter). */
  include?: (site: SiteAdapter, url: URL) => boolean;
  /** CSS for its helpers, put inside each helper's shadow root. */
  css?: string;
  init(ctx: FeatureContext): void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}
