/**
 * LinkedIn pages → items, for both DOM generations at once: each element is read by what it is
 * (SDUI listitem, post-page shell or replaceableComment; legacy update or comment article), so one
 * page may even mix them. Ids follow the contract (ids.ts); parents come from comment nesting
 * (comments.ts). The signed-in member shows only in the legacy feed's identity card; elsewhere
 * the options page names them.
 */
import { insertByEditor } from '../shared/insert';
import { NOT_AN_ITEM, type Composer, type MountPoint, type ReadContext, type ReadResult, type SiteAdapter } from '../types';
import { commentAuthorOf, commentBodyOf, commentParentOf, commentPart, commentTimeOf, commentUrnOf } from './comments';
import { linksIn, memberHandle, own, visibleText } from './dom';
import { activityId, commentItemId, commentUrl, postUrl } from './ids';
import { isLegacyPost, postAuthorOf, postIdOf, postTimeOf } from './posts';
import { composerSelector, sel } from './selectors';
import { activityOfUrl, pages } from './urls';

function readPost(el: Element, ctx: ReadContext): ReadResult {
  const id = postIdOf(el, ctx.url);
  if (!id) return { skip: 'post.id' };
  const author = postAuthorOf(el);
  // A company page is not a person: nobody's reply is awaited on its ads and updates.
  if (author && 'company' in author) return NOT_AN_ITEM;
  if (!author) return { skip: 'post.author' };
  const body = own(el, sel.body);
  const activity = /^linkedin:activity:(\d+)$/.exec(id)?.[1];
  return {
    id,
    site: 'linkedin',
    kind: 'post',
    author,
    // An SDUI post known only by its key has no permalink: it is where it was seen.
    url: activity ? postUrl(activity) : ctx.url.href,
    text: visibleText(body),
    createdAt: postTimeOf(el, ctx.now)?.at,
    ...linksIn(body),
  };
}

function readComment(el: Element, ctx: ReadContext): ReadResult {
  const urn = commentUrnOf(el);
  if (!urn) return { skip: 'comment.id' };
  const author = commentAuthorOf(el);
  if (author && 'company' in author) return NOT_AN_ITEM;
  if (!author) return { skip: 'comment.author' };
  const body = commentBodyOf(el);
  const parent = commentParentOf(el, urn, ctx.url);
  return {
    id: commentItemId(urn),
    site: 'linkedin',
    kind: 'reply',
    author,
    url: commentUrl(urn),
    text: visibleText(body),
    createdAt: commentTimeOf(el, ctx.now)?.at,
    parentId: parent?.id,
    parentAuthor: parent?.author,
    ...linksIn(body),
  };
}

function readItem(el: Element, ctx: ReadContext): ReadResult {
  return el.matches(sel.comment) ? readComment(el, ctx) : readPost(el, ctx);
}

/** Badges go right after the item's time, in its own header (a comment's own part, not a reply's). */
function mountPoint(el: Element): MountPoint | undefined {
  const now = Date.now();
  const isComment = el.matches(sel.comment);
  const time = isComment ? commentTimeOf(el, now)?.el : postTimeOf(el, now)?.el;
  if (time?.parentElement && !time.closest('a')) return { parent: time.parentElement, before: time.nextSibling };
  // The legacy post time sits inside the author link: go beside the link, never into it.
  const meta = isLegacyPost(el) ? own(el, sel.legacyActorMeta) : undefined;
  if (meta) return { parent: meta, before: null };
  const part = isComment ? commentPart(el) : undefined;
  return { parent: part ?? el, before: (part ?? el).firstChild };
}

function viewer(doc: Document): string | undefined {
  return memberHandle(doc.querySelector(sel.identity)?.getAttribute('href'));
}

/**
 * A comment box replies to the comment it was opened under: the one it sits in, or (SDUI also
 * renders it as the next sibling of the thread) the thread just before it. Else it comments on its
 * post, named by the page URL on post pages.
 */
function readComposer(field: Element, ctx: ReadContext): Composer | undefined {
  if (!(field instanceof HTMLElement)) return undefined;
  const editor = field.matches(sel.tiptapEditor) ? 'prosemirror' : field.matches(sel.quillEditor) ? 'quill' : undefined;
  if (!editor) return undefined;
  const box = field.closest(sel.commentBox) ?? field;
  const before = box.previousElementSibling;
  const comment = box.closest(sel.comment) ?? (before?.matches(sel.comment) ? before : before?.querySelector(sel.comment));
  const urn = comment ? commentUrnOf(comment) : undefined;
  if (urn) return { field, editor, replyTo: commentItemId(urn) };
  const post = box.closest(sel.post);
  const activity = activityOfUrl(ctx.url);
  const replyTo = (post && postIdOf(post, ctx.url)) || (activity && activityId(activity)) || 'composer';
  return { field, editor, replyTo };
}

export const adapter: SiteAdapter = {
  id: 'linkedin',
  matches: (url) => url.hostname === 'www.linkedin.com' || url.hostname === 'linkedin.com',
  pages,
  itemSelector: sel.item,
  readItem,
  mountPoint,
  viewer,
  composerSelector,
  readComposer,
  insertText: insertByEditor,
};
