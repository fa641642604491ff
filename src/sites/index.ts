/** Every site adapter, in the order they are tried for a page. */
import { mastodon } from './mastodon/adapter';
import type { SiteAdapter } from './types';

export const adapters: readonly SiteAdapter[] = [mastodon];

export function adapterFor(url: URL, doc: Document): SiteAdapter | undefined {
  return adapters.find((a) => a.matches(url, doc));
}
