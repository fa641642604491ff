/**
 * Small readers shared by LinkedIn's post and comment code: which parts of an element are its
 * own (not a comment nested in it), who a link names, what a relative time says, and text
 * without LinkedIn's screen-reader twins.
 */
import { normaliseHandle } from '../../core/handles';
import { parseRelativeTime } from '../../core/time';
import { readText, tagOf } from '../shared/text';
import { sel } from './selectors';

/** Elements inside `el` that belong to it, not to a comment or post nested in it. */
export function ownAll(el: Element, css: string): Element[] {
  return [...el.querySelectorAll(css)].filter((found) => found.closest(sel.item) === el);
}
export function own(el: Element, css: string): Element | undefined {
  for (const found of el.querySelectorAll(css)) if (found.closest(sel.item) === el) return found;
  return undefined;
}

/**
 * Elements matching `css` in an SDUI post's header: everything before its own text, in page
 * order, never inside a nested item. Walks only the header, so reading a post stays cheap however
 * many comments it holds (each comment reads its post's author).
 */
export function headerAll(el: Element, css: string): Element[] {
  const out: Element[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => ((node as Element).matches(sel.item) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node.matches(sel.body)) break;
    if (node.matches(css)) out.push(node);
  }
  return out;
}

/** Visible text: LinkedIn repeats names, times and "hashtag" for screen readers in .visually-hidden. */
export const visibleText = (el: Element | null | undefined) => readText(el, sel.srOnly);

/** `/in/<id>/` (any host form, query and all) → the contract's handle: the decoded public id, lower-cased. */
export function memberHandle(href: string | null | undefined): string | undefined {
  const m = /\/in\/([^/?#]+)/.exec(href ?? '');
  if (!m) return undefined;
  let id = m[1]!;
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: keep the id as the page wrote it.
  }
  return normaliseHandle('linkedin', id) || undefined;
}

export const isCompanyLink = (a: Element) => /\/(company|school|showcase)\//.test(a.getAttribute('href') ?? '');

/** A person as a link shows them: handle from the href, name from the link's first line or avatar alt. */
export function personOf(link: Element): { handle: string; name: string } | undefined {
  const handle = memberHandle(link.getAttribute('href'));
  return handle ? { handle, name: linkName(link) } : undefined;
}

/** LinkedIn's accessible label for a profile link or avatar: "View Ada Lovelace’s profile". */
const PROFILE_LABEL = /^View (.+?)[’']s\b/;

/**
 * The name a link shows: its first line of text, or its avatar's alt. Either may be the profile
 * label (some links hold only a visually hidden one), which is unwrapped to the name in it.
 */
export function linkName(a: Element): string {
  const line = visibleText(a).split('\n')[0]!.trim();
  const text = line || (a.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  const labelled = PROFILE_LABEL.exec(text)?.[1];
  return labelled ?? (line || '');
}

/** "3h •", "1w • Edited •", "2mo", "now": LinkedIn's relative times (no <time datetime> anywhere). */
const RELATIVE = /^(now\b|\d+\s?(?:mo|yr|s|m|h|d|w|y)\b)/;

/** The first of `candidates` that reads as a relative time, and the time it says. */
export function relativeTimeIn(candidates: Iterable<Element>, now: number): { el: Element; at: number | undefined } | undefined {
  for (const el of candidates) {
    const m = RELATIVE.exec(visibleText(el));
    if (m) return { el, at: m[1] === 'now' ? now : parseRelativeTime(m[1]!, now) };
  }
  return undefined;
}

/** Mentions and hashtags written in a body: member links, and hashtag links by their "#tag" text. */
export function linksIn(body: Element | undefined): { mentions: string[]; hashtags: string[] } {
  if (!body) return { mentions: [], hashtags: [] };
  const mentions = [...body.querySelectorAll(sel.memberLink)].map((a) => memberHandle(a.getAttribute('href'))).filter((h): h is string => !!h);
  const tags = [...body.querySelectorAll(sel.hashtag)].map((a) => tagOf(visibleText(a))).filter((t): t is string => !!t);
  return { mentions: [...new Set(mentions)], hashtags: [...new Set(tags)] };
}

/** The member a body opens with a mention of (LinkedIn pre-fills the person a reply answers). */
export function leadingMention(body: Element | undefined): string | undefined {
  const first = body?.querySelector(sel.memberLink);
  if (!body || !first) return undefined;
  return visibleText(body).startsWith(visibleText(first)) ? memberHandle(first.getAttribute('href')) : undefined;
}
