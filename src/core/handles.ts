import type { SiteId } from './sites';

/**
 * Handles are stored without a leading `@` or `u/`, lower-cased where the site treats them
 * case-insensitively. Mastodon handles are always `user@domain`: a local account seen on
 * `host` (shown as `@user`) becomes `user@host`.
 */
export function normaliseHandle(site: SiteId, raw: string, host?: string): string {
  let h = raw.trim().replace(/[\u200e\u200f\u200b\u2066-\u2069]/g, '');
  h = h.replace(/^\/?(u|user)\//i, '').replace(/^@/, '');
  switch (site) {
    case 'mastodon': {
      h = h.toLowerCase();
      if (!h.includes('@') && host) h = `${h}@${host.toLowerCase()}`;
      return h;
    }
    case 'linkedin': {
      const id = h.replace(/^.*\/in\//, '').replace(/\/.*$/, '');
      // Profile ids with accents appear percent-encoded in links.
      return safeDecode(id).toLowerCase();
    }
    default:
      return h.toLowerCase();
  }
}

/**
 * Whether two handles name the same account. A Mastodon handle typed without a domain
 * (`maya`) matches `maya@<any host>`, because the options page cannot know the instance.
 */
export function sameHandle(site: SiteId, a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = normaliseHandle(site, a);
  const y = normaliseHandle(site, b);
  if (x === y) return true;
  if (site !== 'mastodon') return false;
  const [xu, xd] = x.split('@');
  const [yu, yd] = y.split('@');
  return xu === yu && (!xd || !yd);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
