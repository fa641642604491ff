/**
 * Reading one YouTube comment element (either generation): its id, its author, its mentions.
 * Every query starts at the comment itself (see `within`).
 */
import { normaliseHandle } from '../../core/handles';
import { readText } from '../shared/text';
import { sel, within } from './selectors';

/** The first match of a `<anchor tag> > …` selector under `el` itself. */
export function own(el: Element, css: string): Element | null {
  return within(el, css)[0] ?? null;
}

export interface Permalink {
  /** The `lc` value: a comment id, or `<thread id>.<reply id>` for a reply. */
  lc: string;
  video: string | null;
  href: string;
}

/** `/watch?v=<video>&lc=<id>` → its parts. */
export function permalinkOf(comment: Element): Permalink | undefined {
  const href = own(comment, sel.permalink)?.getAttribute('href');
  if (!href) return undefined;
  const url = new URL(href, 'https://www.youtube.com');
  const lc = url.searchParams.get('lc');
  return lc && /^[\w-]+(\.[\w-]+)?$/.test(lc) ? { lc, video: url.searchParams.get('v'), href: url.href } : undefined;
}

// YouTube handles: 3–30 letters (any script), digits, `_`, `-`, `.`, `·`.
const HANDLE = /^@([\p{L}\p{M}\p{N}._·-]{3,30})$/u;

/** `/@name` (percent-encoded when not ASCII) → `name`. */
export function handleFromHref(href: string | null | undefined): string | undefined {
  const m = /^(?:https:\/\/www\.youtube\.com)?\/@([^/?#]+)/.exec(href ?? '');
  if (!m) return undefined;
  try {
    return HANDLE.exec(`@${decodeURIComponent(m[1]!)}`)?.[1];
  } catch {
    return undefined;
  }
}
/** `@name` as the page prints it → `name`. */
export const handleFromText = (text: string) => HANDLE.exec(text.trim())?.[1];
const channelIdOf = (href: string | null | undefined) => /^\/channel\/(UC[\w-]{22})$/.exec(href ?? '')?.[1];

export interface Author {
  handle: string;
  name: string;
  nativeId?: string;
}

/**
 * The author link holds `/@handle` (or, on the older renderer, `/channel/UC…` with the handle as
 * its text); on the channel owner's comments it is hidden and the name chip in
 * #author-comment-badge shows the handle instead.
 */
export function authorOf(comment: Element): Author | undefined {
  const links = [own(comment, sel.authorLink), own(comment, sel.ownerBadgeLink)].filter((a): a is Element => !!a);
  let raw: string | undefined;
  let name = '';
  for (const a of links) {
    const shown = readText(a);
    raw ??= handleFromHref(a.getAttribute('href')) ?? handleFromText(shown);
    name ||= shown;
  }
  if (!raw) return undefined;
  const nativeId = links.map((a) => channelIdOf(a.getAttribute('href'))).find((id) => !!id);
  return { handle: normaliseHandle('youtube', raw), name, nativeId };
}

/** A link in a comment's text that mentions a channel: text "@handle", href /@handle or /channel/UC…. */
export function mentionOf(a: Element): string | undefined {
  const href = a.getAttribute('href');
  const raw = handleFromHref(href) ?? (channelIdOf(href) ? handleFromText(readText(a)) : undefined);
  return raw ? normaliseHandle('youtube', raw) : undefined;
}

/**
 * The handle a reply starts with: YouTube flattens a reply to a reply into the thread and
 * pre-inserts a mention of the author it answers.
 */
export function leadingMention(content: Element | null, text: string): string | undefined {
  const first = content?.querySelector(sel.textLink);
  const handle = first ? mentionOf(first) : undefined;
  return handle && text.toLowerCase().startsWith(readText(first).toLowerCase()) ? handle : undefined;
}
