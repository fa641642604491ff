/**
 * YouTube watch-page comments → items. Ids are `youtube:<lc>` (a reply's is
 * `<thread id>.<reply id>`). A top-level comment answers the video, so its parent author is the
 * video's channel; a reply's parent comes from its id and its leading mention (see thread.ts).
 * Times are YouTube's relative text ("3 days ago"); there is no <time>.
 */
import { normaliseHandle } from '../../core/handles';
import { parseRelativeTime } from '../../core/time';
import { insertByEditor } from '../shared/insert';
import { readText, tagOf } from '../shared/text';
import { NOT_AN_ITEM, type MountPoint, type ReadContext, type ReadResult, type SiteAdapter } from '../types';
import { authorOf, handleFromHref, handleFromText, leadingMention, mentionOf, own, permalinkOf } from './comment';
import { readComposer } from './composer';
import { sel } from './selectors';
import { parentOf } from './thread';
import { pages } from './urls';

/** The channel whose video this is: `/@handle` of the watch page's owner. */
function videoOwner(doc: Document): string | undefined {
  const raw = handleFromHref(doc.querySelector(sel.videoOwner)?.getAttribute('href'));
  return raw && normaliseHandle('youtube', raw);
}

function readItem(el: Element, ctx: ReadContext): ReadResult {
  // A renderer Polymer has created but not stamped yet is no comment so far.
  if (!own(el, sel.headerAuthor)) return NOT_AN_ITEM;
  const link = permalinkOf(el);
  if (!link) return { skip: 'item.id' };
  // The previous video's comments stay in the page for a moment after a navigation.
  const video = ctx.url.searchParams.get('v');
  if (link.video && video && link.video !== video) return NOT_AN_ITEM;
  const author = authorOf(el);
  if (!author) return { skip: 'item.author' };
  const content = own(el, sel.content);
  // YouTube writes line breaks as newlines in pre-wrapped spans.
  const text = readText(content, undefined, { preWrap: true });
  const links = content ? [...content.querySelectorAll(sel.textLink)] : [];
  const mentions = [...new Set(links.map(mentionOf).filter((h): h is string => !!h))];
  const hashtags = [
    ...new Set(links.filter((a) => a.getAttribute('href')?.startsWith('/hashtag/')).map((a) => tagOf(a.textContent)).filter((t): t is string => !!t)),
  ];
  const parent = parentOf(el, link, leadingMention(content, text));
  return {
    id: `youtube:${link.lc}`,
    site: 'youtube',
    // Every comment answers something: a reply its parent, a top-level comment the video.
    kind: 'reply',
    author,
    url: link.href,
    text,
    createdAt: parseRelativeTime(readText(own(el, sel.permalink)), ctx.now),
    parentId: parent ? `youtube:${parent.lc}` : undefined,
    parentAuthor: parent ? parent.author : videoOwner(el.ownerDocument),
    mentions,
    hashtags,
  };
}

/** In the comment's own header, right after its time: never in a reply, which is not inside it. */
function mountPoint(el: Element): MountPoint | undefined {
  const header = own(el, sel.headerAuthor);
  if (!header) return undefined;
  const time = own(el, sel.permalink)?.parentElement;
  return { parent: header, before: time?.parentElement === header ? time.nextSibling : null };
}

/** The signed-in handle, shown only in the account menu once it has been opened in this tab. */
function viewer(doc: Document): string | undefined {
  const raw = handleFromText(readText(doc.querySelector(sel.accountHandle)));
  return raw && normaliseHandle('youtube', raw);
}

export const adapter: SiteAdapter = {
  id: 'youtube',
  matches: (url) => url.hostname === 'www.youtube.com',
  pages,
  itemSelector: sel.item,
  readItem,
  mountPoint,
  viewer,
  navigationEvents: ['yt-navigate-finish'],
  composerSelector: sel.composer,
  readComposer,
  insertText: insertByEditor,
};
