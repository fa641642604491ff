/**
 * Old Reddit (old.reddit.com, r2's templates) → items. Every post, comment and inbox message is a
 * `.thing` with its fullname and author as data attributes; its own tagline and body sit in its
 * `.entry`, its replies in the sibling `.child > .sitetable`, so a comment's parent is the `.thing`
 * it is nested in. Inbox entries ("comment reply", "post reply", "username mention") are comments
 * shown as messages: they name their parent in "show parent", and say whose it is in the subject.
 */
import { readText } from '../shared/text';
import { NOT_AN_ITEM, type MountPoint, type ReadContext, type ReadResult } from '../types';
import { absoluteUrl, FULLNAME, itemId, mentionsIn, parseRedditDate, postFullnameFrom, username } from './common';
import { sel } from './selectors';

/** The thing's own entry (a direct child: the replies' entries are further down, in .child). */
function entryOf(el: Element): Element | undefined {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (child.matches(sel.oldEntry)) return child;
  return undefined;
}

/** Inbox subjects of the comments that answer you (English: old Reddit's UI is not translated). */
const REPLIES_TO_YOU = new Set(['comment reply', 'post reply']);

interface Parent {
  id?: string;
  author?: string;
}

/** An inbox entry's parent: "show parent" names it; a reply without one answers the post. */
function messageParent(el: Element, viewer: () => string | undefined): Parent {
  const named = /'(t[13]_[a-z0-9]+)'\)/.exec(el.querySelector(sel.oldParentLink)?.getAttribute('onclick') ?? '')?.[1];
  const id = named ?? postFullnameFrom(el.querySelector(sel.oldTitle)?.getAttribute('href'));
  const subject = el.querySelector(sel.oldSubject)?.textContent?.trim().toLowerCase() ?? '';
  return { id, author: REPLIES_TO_YOU.has(subject) ? viewer() : undefined };
}

/** A comment's parent in a thread: the thing it is nested in, else the post. */
function threadParent(el: Element): Parent {
  const outer = el.parentElement?.closest(sel.oldThing);
  if (outer) return { id: outer.getAttribute('data-fullname') ?? undefined, author: username(outer.getAttribute('data-author')) };
  const post = postFullnameFrom(el.getAttribute('data-permalink'));
  const postEl = post ? el.ownerDocument.getElementById(`thing_${post}`) : null;
  return { id: post, author: username(postEl?.getAttribute('data-author')) };
}

export function readOld(el: Element, ctx: ReadContext, viewer: () => string | undefined): ReadResult {
  const fullname = el.getAttribute('data-fullname') ?? '';
  // "load more comments" placeholders, ads and private messages (t4_) are no posts or comments;
  // a deleted comment stays only to hold its replies.
  if (!/^t[13]_/.test(fullname) || el.classList.contains('morechildren') || el.classList.contains('promoted') || el.classList.contains('deleted')) {
    return NOT_AN_ITEM;
  }
  if (!FULLNAME.test(fullname)) return { skip: 'thing.id' };
  const entry = entryOf(el);
  if (!entry) return { skip: 'thing.entry' };
  const tagline = entry.querySelector(sel.oldTagline);
  const author = username(el.getAttribute('data-author')) ?? username(tagline?.querySelector(sel.oldAuthor)?.textContent);
  if (!author) return { skip: 'thing.author' };
  const body = entry.querySelector(sel.oldBody) ?? undefined;
  const createdAt = parseRedditDate(tagline?.querySelector(sel.oldTime)?.getAttribute('datetime')) ?? (Number(el.getAttribute('data-timestamp')) || undefined);
  const permalink = el.getAttribute('data-permalink') ?? entry.querySelector(sel.oldPermalink)?.getAttribute('href');
  const common = {
    id: itemId(fullname),
    site: 'reddit' as const,
    author: { handle: author, name: el.getAttribute('data-author') ?? author },
    url: absoluteUrl(permalink, ctx.url),
    createdAt,
    mentions: mentionsIn(body),
    hashtags: [],
  };
  if (fullname.startsWith('t3_')) {
    const title = readText(entry.querySelector(sel.oldTitle));
    const text = readText(body);
    return { ...common, kind: 'post', text: text ? `${title}\n\n${text}` : title };
  }
  const parent = el.classList.contains('was-comment') ? messageParent(el, viewer) : threadParent(el);
  return { ...common, kind: 'reply', text: readText(body), parentId: parent.id && itemId(parent.id), parentAuthor: parent.author };
}

/** Badges go at the end of the thing's own tagline (a post's is in its .top-matter). */
export function oldMountPoint(el: Element): MountPoint | undefined {
  const tagline = entryOf(el)?.querySelector(sel.oldTagline);
  return tagline ? { parent: tagline, before: null } : undefined;
}

/** RES's way: the header's profile link (it carries login-required when signed out). */
export function oldViewer(doc: Document): string | undefined {
  return username(doc.querySelector(sel.oldViewer)?.textContent);
}
