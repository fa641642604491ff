/**
 * X (x.com, formerly twitter.com) routes. Pure predicates over a URL; both hosts serve the same app.
 * Paths are case-insensitive on X (`/MayaChen` and `/mayachen` are one profile).
 */
const HOSTS = new Set(['x.com', 'twitter.com']);
export const isXHost = (url: URL) => HOSTS.has(url.hostname);

const path = (url: URL) => url.pathname.replace(/\/+$/, '') || '/';
const on = (test: (p: string) => boolean) => (url: URL) => isXHost(url) && test(path(url));

/** First path segments that are app routes, never a screen name. */
const RESERVED =
  /^(home|explore|search|notifications|messages|i|compose|intent|settings|hashtag|login|logout|signup|tos|privacy|jobs|communities|lists|bookmarks|premium_sign_up|account|share|download|verified-choose)$/i;
const HANDLE = '[A-Za-z0-9_]{1,15}';

/** `/<handle>/status/<id>` (also `/i/web/status/<id>`): a post and its conversation. */
export const statusIdOf = (url: URL): string | undefined =>
  isXHost(url) ? new RegExp(`^/(?:${HANDLE}|i/web)/status/(\\d+)$`).exec(path(url))?.[1] : undefined;

export const isThread = (url: URL) => statusIdOf(url) !== undefined;
export const isHome = on((p) => p === '/home' || p === '/');
export const isNotifications = on((p) => /^\/notifications(\/[a-z_]+)?$/.test(p));
export const isMentions = on((p) => p === '/notifications/mentions');
export const isProfile = on((p) => {
  const m = new RegExp(`^/(${HANDLE})(/(with_replies|media|likes|highlights|articles|superfollows))?$`).exec(p);
  return !!m && !RESERVED.test(m[1]!);
});
export const isSearch = on((p) => p === '/search' || /^\/hashtag\/[^/]+$/.test(p));
export const isList = on((p) => /^\/i\/lists\/\d+$/.test(p));
/** The compose modal: `/compose/post` (older `/compose/tweet`) and the web intents. */
export const isCompose = on((p) => /^\/(compose\/(post|tweet)|intent\/(post|tweet))$/.test(p));

export const pages = {
  thread: isThread,
  home: isHome,
  notifications: isNotifications,
  mentions: isMentions,
  profile: isProfile,
  search: isSearch,
  compose: isCompose,
  timeline: (url: URL) => isHome(url) || isProfile(url) || isSearch(url) || isList(url),
};
