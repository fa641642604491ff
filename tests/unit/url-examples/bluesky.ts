import type { UrlExamples } from './types';

export const examples: UrlExamples = {
  pages: {
    thread: ['https://bsky.app/profile/maya.bsky.social/post/3n3bmhwqz2223', 'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kabcde2f2g2h/'],
    home: ['https://bsky.app/', 'https://bsky.app/home'],
    notifications: ['https://bsky.app/notifications', 'https://bsky.app/notifications/activity'],
    profile: ['https://bsky.app/profile/maya.bsky.social', 'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur'],
    feed: ['https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/feed/whats-hot', 'https://bsky.app/profile/maya.bsky.social/lists/3kxyz2abc2d2e'],
    hashtag: ['https://bsky.app/hashtag/localfirst', 'https://bsky.app/hashtag/%E6%97%A5%E6%9C%AC'],
    search: ['https://bsky.app/search?q=sync'],
  },
  /** URLs of other sites that no predicate of this site may match. */
  foreign: ['https://mastodon.social/@maya/113400000000000100', 'https://x.com/home', 'https://staging.bsky.app/profile/maya.bsky.social/post/3n3bmhwqz2223'],
};
