/**
 * Reddit pages, on both UIs: new Reddit (www.reddit.com, shreddit) and old Reddit (old.reddit.com)
 * share their routes. Pure predicates over a URL; the hostname decides the site first.
 */
const HOSTS = new Set(['www.reddit.com', 'old.reddit.com']);

export const isRedditHost = (url: URL) => HOSTS.has(url.hostname);
export const isOldReddit = (url: URL) => url.hostname === 'old.reddit.com';

/** The path without a trailing slash; null off Reddit, so no predicate matches another site. */
const path = (url: URL) => (isRedditHost(url) ? url.pathname.replace(/\/+$/, '') || '/' : null);
const test = (re: RegExp) => (url: URL) => {
  const p = path(url);
  return p !== null && re.test(p);
};
const SORTS = '(best|hot|new|top|rising|controversial)';

/** `/r/sub/comments/<id>[/slug][/<comment id> | /comment/<comment id>]`, or the short `/comments/<id>`. */
export const isThread = test(/^(\/r\/[^/]+)?\/comments\/[a-z0-9]+(\/[^/]*)?(\/(comment\/)?[a-z0-9]+)?$/i);
/** The front page, r/popular and r/all, and a community's listing, with or without a sort. */
export const isFeed = test(new RegExp(`^/(${SORTS})?$|^/r/[^/]+(/${SORTS})?$`, 'i'));
/** `/user/<name>` or `/u/<name>`, any tab. */
export const isProfile = test(/^\/(u|user)\/[^/]+(\/[a-z]+)?$/i);
/** Old Reddit's inbox (replies and mentions arrive there); new Reddit's notifications page. */
export const isInbox = test(/^\/(message\/(inbox|unread|comments|selfreply|mentions|messages)|notifications)$/);

export const pages = {
  thread: isThread,
  feed: isFeed,
  profile: isProfile,
  inbox: isInbox,
};
