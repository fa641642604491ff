/** What both Reddit UIs share: fullnames, usernames in links, times, item ids. */
import { normaliseHandle } from '../../core/handles';
import { parseDate } from '../../core/time';
import { sel } from './selectors';

/** A post (t3_) or comment (t1_) fullname: the native id of a Reddit item, the same on both UIs. */
export const FULLNAME = /^t[13]_[a-z0-9]+$/;

export const itemId = (fullname: string) => `reddit:${fullname}`;

/** Reddit's usernames: 3–20 letters, digits, `_` and `-`; compared without case. */
const USERNAME = /^[A-Za-z0-9_-]{3,20}$/;

/** `/user/Name/`, `/u/Name`, `https://old.reddit.com/user/Name` → `name`. */
export function usernameFromHref(href: string | null): string | undefined {
  const m = /^(?:https?:\/\/(?:www\.|old\.)?reddit\.com)?\/(?:u|user)\/([^/?#]+)\/?(?:[?#]|$)/.exec(href ?? '');
  return m && USERNAME.test(m[1]!) ? normaliseHandle('reddit', m[1]!) : undefined;
}

/** A username as a page writes it (an attribute, a link text), or undefined when it is none. */
export function username(raw: string | null | undefined): string | undefined {
  const name = (raw ?? '').trim().replace(/^\/?u(ser)?\//, '');
  return USERNAME.test(name) ? normaliseHandle('reddit', name) : undefined;
}

/** The accounts a body mentions: its `u/name` links. */
export function mentionsIn(body: Element | undefined): string[] {
  if (!body) return [];
  const out = new Set<string>();
  for (const a of body.querySelectorAll(sel.mentionLink)) {
    const name = /^\/?u\//.test(a.textContent?.trim() ?? '') ? usernameFromHref(a.getAttribute('href')) : undefined;
    if (name) out.add(name);
  }
  return [...out];
}

/** Reddit writes microseconds (`.499000+0000`); not every engine parses more than milliseconds. */
export const parseRedditDate = (value: string | null | undefined) => parseDate(value?.replace(/(\.\d{3})\d+/, '$1'));

/** The post a thread page or permalink is about: `/comments/<id>/` → `t3_<id>`. */
export function postFullnameFrom(path: string | null | undefined): string | undefined {
  const m = /\/comments\/([a-z0-9]+)(\/|$)/i.exec(path ?? '');
  return m ? `t3_${m[1]!.toLowerCase()}` : undefined;
}

/** A permalink made absolute on the page's host; the page's own URL when the link is unusable. */
export function absoluteUrl(href: string | null | undefined, page: URL): string {
  try {
    return new URL(href ?? page.href, page).href;
  } catch {
    return page.href;
  }
}
