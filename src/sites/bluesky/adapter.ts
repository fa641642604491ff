/**
 * bsky.app pages → items. Ids are `bluesky:<author handle>/<rkey>`: the handle from the item's
 * testID (`feedItem-by-<handle>`, `postThreadItem-by-<handle>`), the rkey from its permalink
 * (PostMeta's timestamp link), or from the URL for a thread's anchor, which has none.
 */
import { normaliseHandle } from '../../core/handles';
import { insertByEditor } from '../shared/insert';
import { readText } from '../shared/text';
import { NOT_AN_ITEM, type MountPoint, type ReadContext, type ReadResult, type SiteAdapter } from '../types';
import { readComposer } from './composer';
import { authorLinks, didOf, hashtagsIn, mentionsIn, ownPermalink, ownText, postPathOf, readPostText } from './post';
import { sel } from './selectors';
import { placeInThread, hasTopConnector } from './thread';
import { parseNiceDate, timeOfPermalink } from './time';
import { isThread, pages } from './urls';
import { viewerHandle } from './viewer';

const TEST_ID = /^(?:feedItem|postThreadItem)-by-(.+)$/;

function handleOf(el: Element): string | undefined {
  const raw = TEST_ID.exec(el.getAttribute('data-testid') ?? '')?.[1];
  return raw ? normaliseHandle('bluesky', raw) : undefined;
}

/** The thread's anchor: the post of the URL, shown without a permalink of its own. */
function isAnchor(el: Element, url: URL): boolean {
  return isThread(url) && el.matches(sel.threadItem) && !ownPermalink(el);
}

function authorLinkOf(el: Element): Element | undefined {
  const handle = handleOf(el);
  return handle ? authorLinks(el, handle)[0] : undefined;
}

/** The item that the row above holds (feeds draw a reply line to it). */
function itemAbove(el: Element): Element | undefined {
  for (let node: Element | null = el, up = 0; node && up < 6; node = node.parentElement, up++) {
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      if (s.matches(sel.item)) return s;
      const inner = s.querySelectorAll(sel.item);
      if (inner.length) return inner[inner.length - 1];
    }
  }
  return undefined;
}

/** The next sibling the site rendered (Rapport's own hosts aside). */
function nextOfSite(node: Element): Element | null {
  let next = node.nextElementSibling;
  while (next?.tagName === 'RAPPORT-UI') next = next.nextElementSibling;
  return next;
}

/** PostRepliedTo under PostMeta: "Replied to you" names the parent's author; "Replied to <name>" only a name. */
function repliedTo(el: Element, permalink: Element | undefined): 'you' | 'other' | undefined {
  let meta = permalink;
  while (meta && meta !== el && !nextOfSite(meta)) meta = meta.parentElement ?? undefined;
  const next = meta && meta !== el ? nextOfSite(meta) : null;
  if (!next || next.matches(sel.postText) || next.querySelector(sel.postText)) return undefined;
  const label = readText(next);
  if (/^Repl(?:ied|y) to you$/i.test(label)) return 'you';
  return /^Repl(?:ied|y) to\b/i.test(label) ? 'other' : undefined;
}

/** The anchor's date: a Text under the post holding only a niceDate. */
function anchorDate(el: Element): { el: Element; at: number } | undefined {
  for (const t of el.querySelectorAll(sel.textLeaf)) {
    if (t.firstElementChild) continue;
    const at = parseNiceDate(t.textContent);
    if (at !== undefined) return { el: t, at };
  }
  return undefined;
}

function idOf(el: Element, url: URL): string | undefined {
  const handle = handleOf(el);
  const rkey = postPathOf(ownPermalink(el)?.getAttribute('href') ?? null)?.rkey ?? (isAnchor(el, url) ? postPathOf(url.pathname)?.rkey : undefined);
  return handle && rkey ? `bluesky:${handle}/${rkey}` : undefined;
}

interface Parent {
  id?: string;
  author?: string;
  isReply: boolean;
}

function parentOf(el: Element, permalink: Element | undefined, ctx: ReadContext): Parent {
  if (isThread(ctx.url) && el.matches(sel.threadItem)) {
    const place = placeInThread(el, ctx.now, (x) => isAnchor(x, ctx.url), authorLinkOf);
    return { id: place.parent && idOf(place.parent, ctx.url), author: place.parent && handleOf(place.parent), isReply: place.isReply };
  }
  if (hasTopConnector(el, authorLinkOf(el))) {
    const above = itemAbove(el);
    if (above) return { id: idOf(above, ctx.url), author: handleOf(above), isReply: true };
  }
  const label = repliedTo(el, permalink);
  if (label === 'you') return { author: viewerHandle(el.ownerDocument), isReply: true };
  return { isReply: label === 'other' };
}

function readItem(el: Element, ctx: ReadContext): ReadResult {
  // Like, repost and follow notifications are one link each, not posts.
  if (el.matches(sel.notificationLink)) return NOT_AN_ITEM;
  const handle = handleOf(el);
  if (!handle) return { skip: 'item.handle' };
  const permalink = ownPermalink(el);
  const id = idOf(el, ctx.url);
  if (!id) return { skip: 'item.permalink' };
  const links = authorLinks(el, handle);
  const name = links.map((a) => readText(a).split('\n')[0]!).find((t) => t && !t.startsWith('@'));
  const text = ownText(el, permalink);
  const parent = parentOf(el, permalink, ctx);
  const rkey = id.slice(id.lastIndexOf('/') + 1);
  return {
    id,
    site: 'bluesky',
    kind: parent.isReply ? 'reply' : 'post',
    author: { handle, name: name ?? '', nativeId: didOf(links.find((a) => a.querySelector(sel.avatarImage))) },
    url: `https://bsky.app/profile/${handle}/post/${rkey}`,
    text: readPostText(text),
    createdAt: permalink ? timeOfPermalink(permalink, ctx.now) : anchorDate(el)?.at,
    parentId: parent.id,
    parentAuthor: parent.author,
    mentions: mentionsIn(text),
    hashtags: hashtagsIn(text),
  };
}

/** Beside the timestamp in PostMeta; for the anchor, beside its date. */
function mountPoint(el: Element): MountPoint | undefined {
  const at = ownPermalink(el) ?? anchorDate(el)?.el;
  if (at?.parentElement) return { parent: at.parentElement, before: at.nextSibling };
  return { parent: el, before: el.firstChild };
}

export const adapter: SiteAdapter = {
  id: 'bluesky',
  matches: (url) => url.hostname === 'bsky.app',
  pages,
  itemSelector: sel.item,
  readItem,
  mountPoint,
  viewer: (doc) => viewerHandle(doc),
  composerSelector: sel.composerField,
  readComposer: (field, ctx) => readComposer(field, ctx, readItem),
  insertText: insertByEditor,
};
