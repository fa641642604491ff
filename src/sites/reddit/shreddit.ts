/**
 * New Reddit ("shreddit") → items. Posts and comments are custom elements that carry their own
 * data as attributes (id/thingid, author, parentid, postid, created…); what they show lives in
 * light-DOM children named by `slot` (commentMeta, comment, credit-bar, text-body), sometimes
 * wrapped in a <details> (the 2026-08 comment shape). Replies are nested inside their parent, so
 * every lookup stays within the comment's own parts (see ownSlots). Vote and action bars live in
 * shadow roots and are never read.
 */
import { readText } from '../shared/text';
import { NOT_AN_ITEM, type MountPoint, type ReadContext, type ReadResult } from '../types';
import { absoluteUrl, FULLNAME, itemId, mentionsIn, parseRedditDate, postFullnameFrom, username } from './common';
import { sel } from './selectors';

/**
 * An item's own parts by slot name (commentMeta, comment, actionRow; credit-bar, title, text-body):
 * a walk of its light DOM that stops at anything slotted and never enters a nested comment, so a
 * comment with a thousand replies costs what its own markup costs.
 */
export function ownSlots(el: Element): Map<string, Element> {
  const found = new Map<string, Element>();
  const walk = (node: Element) => {
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      const slot = child.getAttribute('slot');
      if (slot) {
        if (!found.has(slot)) found.set(slot, child);
      } else if (child.localName !== 'template' && !child.matches(sel.comment)) {
        walk(child);
      }
    }
  };
  walk(el);
  return found;
}

function timeIn(part: Element | undefined): number | undefined {
  const stamp = part?.querySelector(sel.datetime)?.getAttribute('datetime') ?? part?.querySelector(sel.timeago)?.getAttribute('ts');
  return parseRedditDate(stamp);
}

/** The author attribute; a deleted account reads "[deleted]", which is nobody to answer. */
function authorOf(el: Element, meta: Element | undefined): string | null | undefined {
  const raw = el.getAttribute('author');
  if (raw === '[deleted]') return null;
  return username(raw) ?? username(meta?.querySelector(sel.userLink)?.textContent);
}

function readPost(el: Element, ctx: ReadContext): ReadResult {
  if (el.hasAttribute('promoted')) return NOT_AN_ITEM;
  const id = el.id;
  if (!FULLNAME.test(id) || !id.startsWith('t3_')) return { skip: 'post.id' };
  const slots = ownSlots(el);
  const author = authorOf(el, slots.get('credit-bar'));
  if (author === null) return NOT_AN_ITEM;
  if (!author) return { skip: 'post.author' };
  const body = slots.get('text-body');
  const title = el.getAttribute('post-title') ?? readText(slots.get('title'));
  const text = readText(body);
  return {
    id: itemId(id),
    site: 'reddit',
    kind: 'post',
    author: { handle: author, name: el.getAttribute('author') ?? author },
    url: absoluteUrl(el.getAttribute('permalink') ?? `/comments/${id.slice(3)}/`, ctx.url),
    text: text ? `${title}\n\n${text}` : title,
    createdAt: parseRedditDate(el.getAttribute('created-timestamp')) ?? timeIn(slots.get('credit-bar')),
    mentions: mentionsIn(body),
    hashtags: [],
  };
}

/**
 * A comment's parent: `parentid` (the 2026-08 markup has it on every comment, earlier captures
 * only on replies), else the post for a top-level comment (`postid`, or the page's post).
 */
function parentOf(el: Element, ctx: ReadContext): string | undefined {
  const parent = el.getAttribute('parentid');
  if (parent && FULLNAME.test(parent)) return parent;
  const outer = el.parentElement?.closest(sel.comment)?.getAttribute('thingid');
  if (outer && FULLNAME.test(outer)) return outer;
  const post = el.getAttribute('postid');
  return post && FULLNAME.test(post) ? post : postFullnameFrom(ctx.url.pathname);
}

/** Who wrote the parent, when the page shows it: the enclosing comment, or the post (found by its id). */
function parentAuthorOf(el: Element, parent: string): string | undefined {
  if (parent.startsWith('t3_')) {
    const post = el.ownerDocument.getElementById(parent);
    return post?.matches(sel.post) ? username(post.getAttribute('author')) : undefined;
  }
  const outer = el.parentElement?.closest(sel.comment);
  return outer?.getAttribute('thingid') === parent ? username(outer.getAttribute('author')) : undefined;
}

function readComment(el: Element, ctx: ReadContext): ReadResult {
  const id = el.getAttribute('thingid') ?? '';
  if (!FULLNAME.test(id) || !id.startsWith('t1_')) return { skip: 'comment.id' };
  const slots = ownSlots(el);
  const meta = slots.get('commentMeta');
  const author = authorOf(el, meta);
  if (author === null) return NOT_AN_ITEM;
  if (!author) return { skip: 'comment.author' };
  const body = slots.get('comment');
  const parent = parentOf(el, ctx);
  return {
    id: itemId(id),
    site: 'reddit',
    kind: 'reply',
    author: { handle: author, name: el.getAttribute('author') ?? author },
    url: absoluteUrl(el.getAttribute('permalink'), ctx.url),
    text: readText(body),
    createdAt: parseRedditDate(el.getAttribute('created')) ?? timeIn(meta),
    parentId: parent && itemId(parent),
    parentAuthor: parent && parentAuthorOf(el, parent),
    mentions: mentionsIn(body),
    hashtags: [],
  };
}

export function readShreddit(el: Element, ctx: ReadContext): ReadResult {
  return el.matches(sel.comment) ? readComment(el, ctx) : readPost(el, ctx);
}

/** Badges go in the item's own meta line (a comment's commentMeta, a post's credit bar), never in a reply. */
export function shredditMountPoint(el: Element): MountPoint {
  const slots = ownSlots(el);
  const part = slots.get('commentMeta') ?? slots.get('credit-bar') ?? slots.get('comment') ?? slots.get('title');
  return part ? { parent: part, before: null } : { parent: el, before: null };
}

/**
 * The signed-in account, where a page names it. shreddit-app[user-logged-in] is only a boolean; the
 * name shows on one of the 2026 candidates (SITES-DOM §2.1), which are trusted only outside posts
 * and comments (an author flair there names someone else).
 */
export function shredditViewer(doc: Document): string | undefined {
  const app = doc.querySelector(sel.app);
  if (app && app.getAttribute('user-logged-in') !== 'true') return undefined;
  for (const el of doc.querySelectorAll(sel.viewer)) {
    const name = el.closest(sel.item) ? undefined : username(el.getAttribute('username'));
    if (name) return name;
  }
  return undefined;
}
