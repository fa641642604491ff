/** Mastodon web-app routes (any instance). Pure predicates over a URL. */
const path = (url: URL) => url.pathname.replace(/\/+$/, '') || '/';

/** `/@user/123` or `/@user@remote.host/123`: a status and its thread. */
export const isThread = (url: URL) => /^\/@[^/]+\/\d+$/.test(path(url)) || /^\/deck\/@[^/]+\/\d+$/.test(path(url));
export const isHome = (url: URL) => ['/home', '/deck/home', '/'].includes(path(url));
export const isNotifications = (url: URL) => /^(\/deck)?\/notifications(\/|$)/.test(path(url));
export const isProfile = (url: URL) => /^(\/deck)?\/@[^/]+(\/(with_replies|media))?$/.test(path(url));
export const isPublicTimeline = (url: URL) => /^(\/deck)?\/(public(\/local|\/remote)?|explore(\/.*)?|tags\/[^/]+)$/.test(path(url));
export const isConversations = (url: URL) => /^(\/deck)?\/conversations$/.test(path(url));

export const pages = {
  thread: isThread,
  home: isHome,
  notifications: isNotifications,
  profile: isProfile,
  timeline: (url: URL) => isHome(url) || isPublicTimeline(url) || isProfile(url),
  conversations: isConversations,
};
