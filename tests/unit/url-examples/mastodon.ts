import type { UrlExamples } from './types';

export const examples: UrlExamples = {
  pages: {
    thread: ['https://mastodon.social/@maya/113400000000000100', 'https://fosstodon.org/@bob@mastodon.social/112233', 'https://mastodon.social/deck/@maya/1'],
    home: ['https://mastodon.social/home', 'https://mastodon.social/', 'https://mastodon.social/deck/home'],
    notifications: ['https://mastodon.social/notifications', 'https://mastodon.social/notifications/mentions', 'https://mastodon.social/deck/notifications'],
    profile: ['https://mastodon.social/@maya', 'https://mastodon.social/@bob@fosstodon.org/with_replies', 'https://mastodon.social/@maya/media'],
    timeline: ['https://mastodon.social/public/local', 'https://mastodon.social/explore', 'https://mastodon.social/tags/fedi'],
    conversations: ['https://mastodon.social/conversations'],
  },
  overlaps: { timeline: ['home', 'profile'], home: ['timeline'], profile: ['timeline'] },
  /** URLs of other sites that no predicate of this site may match. */
  foreign: ['https://x.com/maya/status/1', 'https://www.reddit.com/r/x/comments/abc/t/', 'https://bsky.app/profile/a.bsky.social/post/3k'],
};
