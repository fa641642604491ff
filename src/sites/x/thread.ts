/**
 * Which post a post on X answers. X's DOM carries no parent id (SITES-DOM §1.3); what a list shows:
 *
 * - cell order: every post is one cell of a virtualised list, in list order; spacers, headings and
 *   "Show more" buttons are cells too and break a reply chain;
 * - the 2px thread line: a post that continues the post in the cell above draws the line above its
 *   avatar (the slot CPFT's isReplyToPreviousTweet reads), and that post draws it below its avatar.
 *   Either half is enough. Both are plain empty elements: their presence is read from the DOM, never
 *   from computed styles, so a 2,000-post timeline costs no layout;
 * - on a conversation page, a post that starts a chain after the focused post (and before a
 *   "Discover more" heading) replies to the focused post.
 *
 * Regions (before the focus, the focus, the replies, after a heading) are remembered per cell and
 * found by walking back to the nearest cell already known, so reading a list in order costs O(1)
 * per post. When the walk reaches the top of the mounted window (the list is virtualised), the
 * cell's translateY (an inline style, not a layout read) is compared with where the focused post
 * and the heading were last seen.
 */
import { refOf, type PostRef } from './post';
import { sel } from './selectors';

/** `reply` with no parent: the post continues one the list does not show (unmounted or hidden). */
export type ParentFinding = { parent: PostRef } | { reply: true } | undefined;

type Region = 'before' | 'focus' | 'replies' | 'other';

interface ListMarks {
  /** The conversation (URL status id) these marks are for: X may keep the list element across pages. */
  page?: string;
  focus?: PostRef;
  focusY?: number;
  headingY?: number;
}

const regions = new WeakMap<Element, Region>();
const marks = new WeakMap<Element, ListMarks>();

/** `article[data-testid="tweet"] > …` selectors, evaluated from a given post. */
const scoped = (css: string) => css.replace(/^article\[data-testid="tweet"\]/, ':scope');
const TOP_SLOT = scoped(sel.topSlot);
const LINE_UP = scoped(sel.lineUp);

/** The post of a cell (not one quoted inside it). */
export function postOfCell(cell: Element): Element | null {
  return cell.querySelector(sel.item);
}

function previousCell(cell: Element): Element | null {
  const prev = cell.previousElementSibling;
  return prev?.matches(sel.cell) ? prev : null;
}

function translateY(cell: Element): number | undefined {
  const m = /translateY\((-?[\d.]+)px\)/.exec(cell.getAttribute('style') ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Whether the post draws the line from the post above; undefined when its layout is not the known one. */
function linesUp(post: Element): boolean | undefined {
  const slot = post.querySelector(TOP_SLOT);
  if (!slot || slot.closest(sel.item) !== post || slot.matches(sel.avatar) || slot.querySelector(sel.avatar)) return undefined;
  return !!post.querySelector(LINE_UP);
}

function linesDown(post: Element): boolean {
  const line = post.querySelector(sel.lineDown);
  return !!line && line.closest(sel.item) === post;
}

export interface ThreadContext {
  /** The page is a conversation (/<handle>/status/<id>). */
  conversation: boolean;
  /** The focused post as the URL names it, for when it is not mounted. */
  urlFocus?: PostRef;
}

/** The parent of `post`, from what its list shows. */
export function findParent(post: Element, ctx: ThreadContext): ParentFinding {
  const cell = post.closest(sel.cell);
  if (!cell || postOfCell(cell) !== post) return undefined;
  const prevCell = previousCell(cell);
  const prevPost = prevCell && postOfCell(prevCell);
  const list = cell.parentElement;
  const region = () => (ctx.conversation && list ? regionOf(cell, list, ctx) : undefined);
  // Where the line slot is not there, X's layout changed: consecutive posts of a conversation form
  // a chain (defuddle classifyCells) until a spacer or other cell, except under "Discover more".
  const linked = linesUp(post) ?? (!!prevPost && ctx.conversation && region() !== 'other');
  if (linked || (prevPost && linesDown(prevPost))) {
    const ref = prevPost && refOf(prevPost);
    return ref ? { parent: ref } : { reply: true };
  }
  if (!list || region() !== 'replies') return undefined;
  const focus = listMarks(list, ctx).focus ?? ctx.urlFocus;
  return focus ? { parent: focus } : undefined;
}

function listMarks(list: Element, ctx: ThreadContext): ListMarks {
  let m = marks.get(list);
  if (!m || m.page !== ctx.urlFocus?.id) marks.set(list, (m = { page: ctx.urlFocus?.id }));
  return m;
}

/** A cell's own region when it is the focused post or a heading, remembering where it was. */
function landmark(cell: Element, m: ListMarks): Region | undefined {
  const post = postOfCell(cell);
  if (post?.matches(sel.focused)) {
    m.focus = refOf(post) ?? m.focus;
    m.focusY = translateY(cell);
    return 'focus';
  }
  if (!post && cell.querySelector(sel.heading)) {
    m.headingY = translateY(cell);
    return 'other';
  }
  return undefined;
}

/** Region of the first mounted cell, from where the focus and the heading were last seen. */
function regionByPosition(cell: Element, m: ListMarks): Region | undefined {
  const y = translateY(cell);
  if (y === undefined) return undefined;
  if (m.headingY !== undefined && y >= m.headingY) return 'other';
  if (m.focusY !== undefined) return y > m.focusY ? 'replies' : 'before';
  // Nothing seen yet: only the top of the list is known to come before the focus.
  return y === 0 ? 'before' : undefined;
}

function regionOf(cell: Element, list: Element, ctx: ThreadContext): Region | undefined {
  const m = listMarks(list, ctx);
  const walked: Element[] = [];
  let region: Region | undefined;
  for (let c: Element | null = cell; c; c = previousCell(c)) {
    region = regions.get(c);
    if (region) break;
    walked.push(c);
  }
  const first = walked.length - 1;
  for (let i = first; i >= 0; i--) {
    const c = walked[i]!;
    const own = landmark(c, m);
    if (own) region = own;
    else if (i === first && region === undefined) region = regionByPosition(c, m);
    else if (region === 'focus') region = 'replies';
    if (region) regions.set(c, region);
  }
  return region;
}
