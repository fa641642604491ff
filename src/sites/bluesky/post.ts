/**
 * The parts of one Bluesky post element: its permalink (PostMeta's timestamp link), its text,
 * author links, mentions and hashtags. A quoted post inside it has a PostMeta of its own, after the
 * item's, so "the item's own" is what comes before the next post's permalink.
 */
import { normaliseHandle } from '../../core/handles';
import { readText, tagOf } from '../shared/text';
import { sel } from './selectors';

const POST_PATH = /^\/profile\/([^/]+)\/post\/([^/?#]+)\/?$/;
const PROFILE_PATH = /^\/profile\/([^/?#]+)\/?$/;

function pathOf(href: string | null): string {
  if (!href) return '';
  try {
    const url = new URL(href, 'https://bsky.app');
    return url.hostname === 'bsky.app' ? url.pathname : '';
  } catch {
    return '';
  }
}

/** `/profile/<actor>/post/<rkey>` → its parts. */
export function postPathOf(href: string | null): { actor: string; rkey: string } | undefined {
  const m = POST_PATH.exec(pathOf(href));
  return m ? { actor: m[1]!, rkey: m[2]! } : undefined;
}

/** `/profile/<handle or did>` → the handle or did. */
export function profileOf(href: string | null): string | undefined {
  return PROFILE_PATH.exec(pathOf(href))?.[1];
}

/** PostMeta's timestamp link: the first post permalink with a title in the element. */
export function ownPermalink(el: Element): Element | undefined {
  for (const a of el.querySelectorAll(sel.permalink)) if (postPathOf(a.getAttribute('href'))) return a;
  return undefined;
}

/** The post's RichText: the first one after its permalink (or its start) and before another post's. */
export function ownText(el: Element, permalink: Element | undefined): Element | undefined {
  const after = (a: Element | undefined, b: Element) => !a || !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  const others = [...el.querySelectorAll(sel.permalink)].filter((a) => a !== permalink && after(permalink, a));
  for (const text of el.querySelectorAll(sel.postText)) {
    if (!after(permalink, text)) continue;
    // No text of its own when the next thing is another post (a quote).
    return others.some((other) => after(other, text)) ? undefined : text;
  }
  return undefined;
}

/** Links to the author's profile: the avatar first, then the name. */
export function authorLinks(el: Element, handle: string): Element[] {
  return [...el.querySelectorAll(sel.profileLink)].filter((a) => {
    const actor = profileOf(a.getAttribute('href'));
    return !!actor && normaliseHandle('bluesky', actor) === handle;
  });
}

/** The account's did, from the avatar image the CDN serves under it. */
export function didOf(link: Element | undefined): string | undefined {
  const src = link?.querySelector(sel.avatarImage)?.getAttribute('src') ?? '';
  return /\/(did:[a-z]+:[a-zA-Z0-9._:%-]+)\//.exec(src)?.[1];
}

/**
 * RichText keeps the post's newlines as text (white-space: pre-wrap) where readText would fold
 * them into spaces: they become line breaks in a copy first.
 */
export function readPostText(text: Element | undefined): string {
  if (!text) return '';
  const copy = text.cloneNode(true) as Element;
  const walker = copy.ownerDocument.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  const broken: Text[] = [];
  while (walker.nextNode()) if ((walker.currentNode as Text).data.includes('\n')) broken.push(walker.currentNode as Text);
  for (const node of broken) {
    const parts = node.data.split('\n');
    node.replaceWith(...parts.flatMap((part, i) => (i ? [copy.ownerDocument.createElement('br'), part] : [part])));
  }
  return readText(copy);
}

/** Mentions link to /profile/<did> and read "@handle": the handle comes from the text. */
export function mentionsIn(text: Element | undefined): string[] {
  if (!text) return [];
  const handles = [...text.querySelectorAll(sel.profileLink)].map((a) => {
    const shown = readText(a);
    if (shown.startsWith('@')) return normaliseHandle('bluesky', shown);
    const actor = profileOf(a.getAttribute('href'));
    return actor && !actor.startsWith('did:') ? normaliseHandle('bluesky', actor) : undefined;
  });
  return [...new Set(handles.filter((h): h is string => !!h))];
}

export function hashtagsIn(text: Element | undefined): string[] {
  if (!text) return [];
  const tags = [...text.querySelectorAll(sel.hashtag)].map((a) => tagOf(readText(a)));
  return [...new Set(tags.filter((t): t is string => !!t))];
}
