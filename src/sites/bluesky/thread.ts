/**
 * Reply nesting on a Bluesky thread screen, which names no parent (README of the fixtures has the
 * source walk-through). The screen lists, in depth-first order, the anchor's ancestors, the anchor
 * (the post of the URL) and its replies; what the page shows of the nesting:
 * - linear view (ThreadItemPost): a reply whose first row holds the 2px reply line
 *   (`showParentReplyLine`) replies to the post right above it; one without it replies to the anchor;
 * - tree view (ThreadItemTreePost): `depth - 1` indent spacers (Views with a right border, 0px on
 *   skipped lines) precede the post; its parent is the nearest post above one level up.
 * Both reduce to a depth per post and "parent = nearest post above with depth - 1".
 */
import { sel } from './selectors';

export interface ThreadPlace {
  /** The post this one replies to, when the screen shows it. */
  parent?: Element;
  /** Whether the screen shows this post as a reply (its parent may be off screen). */
  isReply: boolean;
}

interface Layout {
  items: Element[];
  depths: number[];
}

let memo: { screen: Element; now: number; count: number; layout: Layout } | undefined;

/** Where `el` sits in its thread. `isAnchor` tells the anchor (it has no permalink of its own). */
export function placeInThread(el: Element, now: number, isAnchor: (item: Element) => boolean, authorLinkOf: (item: Element) => Element | undefined): ThreadPlace {
  const screen = el.closest(sel.threadScreen) ?? el.ownerDocument.documentElement;
  const items = [...screen.querySelectorAll(sel.threadItem)];
  // One pass per batch of reads: every item of a batch shares `now`.
  if (!memo || memo.screen !== screen || memo.now !== now || memo.count !== items.length || memo.layout.items.some((x, i) => x !== items[i])) {
    memo = { screen, now, count: items.length, layout: layout(items, isAnchor, authorLinkOf) };
  }
  const { depths } = memo.layout;
  const i = items.indexOf(el);
  if (i < 0) return { isReply: false };
  const depth = depths[i]!;
  if (depth <= 0) return i > 0 ? { parent: items[i - 1], isReply: true } : { isReply: false };
  for (let j = i - 1; j >= 0; j--) if (depths[j] === depth - 1) return { parent: items[j], isReply: true };
  return { isReply: true };
}

function layout(items: Element[], isAnchor: (item: Element) => boolean, authorLinkOf: (item: Element) => Element | undefined): Layout {
  const anchor = items.findIndex(isAnchor);
  // Ancestors count up to the anchor (0); replies are laid out below it.
  const depths = items.map((_, i) => i - anchor);
  for (let i = anchor + 1; i < items.length; i++) {
    const item = items[i]!;
    const indents = indentSpacers(item);
    if (indents > 0) depths[i] = indents + 1;
    else if (i > 0 && hasTopConnector(item, authorLinkOf(item))) depths[i] = Math.max(depths[i - 1]!, 0) + 1;
    else depths[i] = 1;
  }
  return { items, depths };
}

/** ThreadItemTreePostOuterWrapper: `depth - 1` empty Views with a right border before the post's wrapper. */
function indentSpacers(item: Element): number {
  for (let node = item.parentElement, up = 0; node && up < 2; node = node.parentElement, up++) {
    let n = 0;
    for (let s = node.previousElementSibling; s && isIndentSpacer(s); s = s.previousElementSibling) n++;
    if (n) return n;
  }
  return 0;
}

function isIndentSpacer(el: Element): boolean {
  return !el.firstElementChild && !el.textContent?.trim() && /(^|;)\s*border-right-width\s*:/.test(el.getAttribute('style') ?? '');
}

/**
 * A reply line drawn above the author's avatar (a line to the post above): an empty View painted
 * with a background colour and laid out in the flow, before the first link to the author. The
 * hover overlay (absolutely placed) and empty layout Views (no colour) are not lines.
 */
export function hasTopConnector(item: Element, authorLink: Element | undefined): boolean {
  if (!authorLink) return false;
  for (const div of item.querySelectorAll('div')) {
    if (authorLink.compareDocumentPosition(div) & Node.DOCUMENT_POSITION_FOLLOWING) return false;
    if (div.firstElementChild || div.textContent?.trim()) continue;
    const style = div.getAttribute('style') ?? '';
    if (/(^|;)\s*background-color\s*:/.test(style) && !/position\s*:\s*absolute/.test(style)) return true;
  }
  return false;
}
