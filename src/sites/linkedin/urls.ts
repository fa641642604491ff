/** LinkedIn routes (www.linkedin.com). Pure predicates over a URL; both UI generations share them. */
const onLinkedIn = (url: URL) => url.hostname === 'www.linkedin.com' || url.hostname === 'linkedin.com';
const path = (url: URL) => url.pathname.replace(/\/+$/, '') || '/';
const at = (re: RegExp) => (url: URL) => onLinkedIn(url) && re.test(path(url));

/** A post's own page: `/feed/update/urn:li:activity:<id>/`, or the public `/posts/<slug>-activity-<id>-<hash>/`. */
const POST = /^\/feed\/update\/urn:li:(activity|ugcPost|share):(\d+)$|^\/posts\/[^/]*-(activity|ugcPost|share)-(\d+)-[\w-]+$/;

export const isPost = at(POST);
export const isFeed = at(/^\/feed$/);
/** The hashtag feed: `/feed/hashtag/?keywords=<tag>` (and the older `/feed/hashtag/<tag>/`). */
export const isHashtag = at(/^\/feed\/hashtag(\/[^/]+)?$/);
export const isNotifications = at(/^\/notifications$/);
/** A member's activity list: `/in/<id>/recent-activity/all/` (also comments, reactions…). */
export const isActivity = at(/^\/in\/[^/]+\/recent-activity(\/[a-z-]+)?$/);
export const isSearch = at(/^\/search\/results\/(content|all)$/);

/** The activity id a post page's URL names, when it names an activity. */
export function activityOfUrl(url: URL): string | undefined {
  if (!onLinkedIn(url)) return undefined;
  const m = POST.exec(decodeURIComponent(path(url)));
  return m && (m[1] ?? m[3]) === 'activity' ? (m[2] ?? m[4]) : undefined;
}

export const pages = {
  feed: isFeed,
  post: isPost,
  hashtag: isHashtag,
  notifications: isNotifications,
  activity: isActivity,
  search: isSearch,
};
