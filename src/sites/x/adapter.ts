/**
 * X pages → items. Ids are `x:<status id>`; handles are screen names, lower-cased (X treats them
 * case-insensitively). Parents come from the list a post is in (see thread.ts) or, for a reply
 * shown on its own, from its "Replying to @…" line (the parent's author only).
 */
import { normaliseHandle } from '../../core/handles';
import { parseDate } from '../../core/time';
import { insertByEditor } from '../shared/insert';
import { tagOf } from '../shared/text';
import { NOT_AN_ITEM, type MountPoint, type ReadContext, type ReadResult, type SiteAdapter } from '../types';
import { readComposer } from './composer';
import { authorOf, handleFromHref, own, ownAll, permalinkOf, statusIdFromHref, under } from './post';
import { sel } from './selectors';
import { postText } from './text';
import { findParent, type ThreadContext } from './thread';
import { isXHost, pages, statusIdOf } from './urls';

/**
 * The handles of a "Replying to @a and @b" line: profile links reading `@…` before the post's text,
 * outside its author block and social context (the line's wording is localized, its links are not).
 */
function replyingTo(post: Element, text: Element | undefined): string[] {
  return ownAll(post, 'a[href^="/"]')
    .filter((a) => (a.textContent ?? '').trim().startsWith('@'))
    .filter((a) => !a.closest(sel.userName) && !a.closest(sel.socialContext) && !a.closest(sel.text))
    .filter((a) => !text || !!(a.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING))
    .map((a) => handleFromHref(a.getAttribute('href')))
    .filter((h): h is string => !!h);
}

function threadContext(url: URL): ThreadContext {
  const id = statusIdOf(url);
  const handle = url.pathname.split('/')[1];
  return {
    conversation: !!id,
    urlFocus: id ? { id, author: handle && handle !== 'i' ? normaliseHandle('x', handle) : undefined } : undefined,
  };
}

function readItem(el: Element, ctx: ReadContext): ReadResult {
  // A quoted post is part of the post quoting it; an ad is no conversation.
  if (el.parentElement?.closest(sel.item) || el.closest(sel.promoted)) return NOT_AN_ITEM;
  const link = permalinkOf(el);
  const id = statusIdFromHref(link?.getAttribute('href'));
  // The reply modal may show the answered post without its permalink: a copy, read where it is listed.
  if (!link || !id) return el.closest(sel.dialog) ? NOT_AN_ITEM : { skip: 'item.id' };
  const author = authorOf(el);
  if (!author) return { skip: 'item.author' };
  const textEl = own(el, sel.text);
  const found = findParent(el, threadContext(ctx.url));
  const parent = found && 'parent' in found ? found.parent : undefined;
  const to = replyingTo(el, textEl);
  return {
    id: `x:${id}`,
    site: 'x',
    kind: found || to.length ? 'reply' : 'post',
    author,
    url: new URL(link.getAttribute('href')!, ctx.url).href,
    text: postText(textEl),
    createdAt: parseDate(link.querySelector('time')?.getAttribute('datetime')),
    parentId: parent ? `x:${parent.id}` : undefined,
    parentAuthor: parent?.author ?? to[0],
    mentions: links(textEl, MENTION)
      .map((a) => handleFromHref(a.getAttribute('href')))
      .filter((h): h is string => !!h),
    hashtags: [...new Set(links(textEl, HASHTAG).map((a) => tagOf(a.textContent)).filter((t): t is string => !!t))],
  };
}

// Read inside the post's own text element: cheaper than from the post, and never a quoted post's.
const MENTION = under(sel.text, sel.mention);
const HASHTAG = under(sel.text, sel.hashtag);
const links = (text: Element | undefined, css: string) => (text ? [...text.querySelectorAll(css)] : []);

/** Beside the permalink (the time), in the header row of a timeline post or the footer of a focused one. */
function mountPoint(el: Element): MountPoint | undefined {
  const link = permalinkOf(el);
  if (link?.parentElement) return { parent: link.parentElement, before: link.nextSibling };
  const names = own(el, sel.userName);
  return names ? { parent: names, before: null } : { parent: el, before: el.firstChild };
}

function viewer(doc: Document): string | undefined {
  const fromTab = handleFromHref(doc.querySelector(sel.profileTab)?.getAttribute('href'));
  if (fromTab) return fromTab;
  const m = /@([A-Za-z0-9_]{1,15})\s*$/.exec(doc.querySelector(sel.accountSwitcher)?.textContent ?? '');
  return m ? normaliseHandle('x', m[1]!) : undefined;
}

export const adapter: SiteAdapter = {
  id: 'x',
  matches: (url) => isXHost(url),
  pages,
  itemSelector: sel.item,
  readItem,
  mountPoint,
  viewer,
  composerSelector: sel.composer,
  readComposer,
  // Draft.js takes a synthetic paste (editOnPaste reads clipboardData), one block per line, and
  // undoes it in one step; execCommand('insertText') is the fallback (SITES-DOM §0.1).
  insertText: insertByEditor,
};
