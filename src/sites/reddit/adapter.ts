/**
 * Reddit, one adapter for both UIs: new Reddit (www.reddit.com, shreddit custom elements) and old
 * Reddit (old.reddit.com, r2's `.thing` markup). Item ids are `reddit:<fullname>` (t3_ posts, t1_
 * comments), the same on both, so an item seen on one UI is the same item on the other.
 */
import type { SiteAdapter } from '../types';
import { composerSelector, insertText, readComposer } from './composer';
import { oldMountPoint, oldViewer, readOld } from './old';
import { sel } from './selectors';
import { readShreddit, shredditMountPoint, shredditViewer } from './shreddit';
import { isOldReddit, isRedditHost, pages } from './urls';

const isShreddit = (el: Element) => el.matches(sel.shreddit);

function viewer(doc: Document, url: URL): string | undefined {
  return isOldReddit(url) ? oldViewer(doc) : shredditViewer(doc);
}

export const adapter: SiteAdapter = {
  id: 'reddit',
  matches: (url) => isRedditHost(url),
  pages,
  itemSelector: sel.item,
  readItem: (el, ctx) => (isShreddit(el) ? readShreddit(el, ctx) : readOld(el, ctx, () => oldViewer(el.ownerDocument))),
  mountPoint: (el) => (isShreddit(el) ? shredditMountPoint(el) : oldMountPoint(el)),
  viewer,
  composerSelector,
  readComposer,
  insertText,
};
