/** bsky.app routes (social-app src/routes.ts). Pure predicates over a URL. */
const HOST = 'bsky.app';
const on = (test: (path: string) => boolean) => (url: URL) => url.hostname === HOST && test(url.pathname.replace(/\/+$/, '') || '/');

/** `/profile/<handle or did>/post/<rkey>`: a post and its thread. */
export const isThread = on((p) => /^\/profile\/[^/]+\/post\/[^/]+$/.test(p));
/** The home screen's feeds (Following, Discover, pinned feeds). */
export const isHome = on((p) => p === '/' || p === '/home');
export const isNotifications = on((p) => /^\/notifications(\/.*)?$/.test(p));
export const isProfile = on((p) => /^\/profile\/[^/]+$/.test(p));
/** A custom feed or a list's feed. */
export const isFeed = on((p) => /^\/profile\/[^/]+\/(feed|lists)\/[^/]+$/.test(p));
export const isHashtag = on((p) => /^\/hashtag\/[^/]+$/.test(p));
export const isSearch = on((p) => p === '/search');

export const pages = {
  thread: isThread,
  home: isHome,
  notifications: isNotifications,
  profile: isProfile,
  feed: isFeed,
  hashtag: isHashtag,
  search: isSearch,
};
