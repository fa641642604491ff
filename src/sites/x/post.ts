/**
 * Reading the parts of one post element: its own permalink, author and links, never those of a
 * post quoted inside it (a quoted post is a clickable div[role=link] block, or a nested article).
 */
import { normaliseHandle } from '../../core/handles';
import { readText } from '../shared/text';
import { sel } from './selectors';

export interface PostRef {
  id: string;
  author?: string;
}

function isOwn(post: Element, el: Element): boolean {
  if (el.closest(sel.item) !== post) return false;
  const quote = el.closest(sel.quote);
  return !quote || !post.contains(quote);
}

/** The first element matching `css` that belongs to `post` itself. */
export function own(post: Element, css: string): Element | undefined {
  for (const el of post.querySelectorAll(css)) if (isOwn(post, el)) return el;
  return undefined;
}

export function ownAll(post: Element, css: string): Element[] {
  return [...post.querySelectorAll(css)].filter((el) => isOwn(post, el));
}

/**
 * `css` (a selector under `container`, as selectors.ts writes it to prove it on whole pages) for
 * querying inside an element that already is the container: links inside a post's text element.
 */
export function under(container: string, css: string): string {
  if (!css.startsWith(`${container} `)) throw new Error(`${css} is not under ${container}`);
  return css.slice(container.length + 1);
}

/** `/MayaChen` → `mayachen`; other paths (statuses, hashtags, searches) are no handle. */
export function handleFromHref(href: string | null | undefined): string | undefined {
  const m = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(href ?? '');
  return m ? normaliseHandle('x', m[1]!) : undefined;
}

export function statusIdFromHref(href: string | null | undefined): string | undefined {
  return /\/status\/(\d+)/.exec(href ?? '')?.[1];
}

/** The post's permalink: the link around its <time> (a quoted post's time has no link of its own). */
export function permalinkOf(post: Element): Element | undefined {
  return own(post, sel.permalinkTime)?.parentElement ?? undefined;
}

export function authorOf(post: Element): { handle: string; name: string } | undefined {
  const names = own(post, sel.userName);
  const link = names ? [...names.querySelectorAll('a[href]')].find((a) => handleFromHref(a.getAttribute('href'))) : undefined;
  const handle = handleFromHref(link?.getAttribute('href'));
  if (!link || !handle) return undefined;
  return { handle, name: readText(link).replace(/\s+/g, ' ') };
}

/** Id and author of a post element, for pointing at it as a parent. */
export function refOf(post: Element): PostRef | undefined {
  const id = statusIdFromHref(permalinkOf(post)?.getAttribute('href'));
  return id ? { id, author: authorOf(post)?.handle } : undefined;
}
