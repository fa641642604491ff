import type { UrlExamples } from './types';

export const examples: UrlExamples = {
  pages: {
    feed: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed/?sortBy=RECENT', 'https://www.linkedin.com/feed'],
    post: [
      'https://www.linkedin.com/feed/update/urn:li:activity:7531325816832095028/',
      'https://www.linkedin.com/feed/update/urn:li:ugcPost:7490079826100297728/?commentUrn=urn%3Ali%3Acomment%3A(ugcPost%3A7490079826100297728%2C7490100000000000000)',
      'https://www.linkedin.com/posts/maya-chen_oncall-sre-activity-7531325816832095028-Xy9Z/',
    ],
    hashtag: ['https://www.linkedin.com/feed/hashtag/?keywords=buildinpublic', 'https://www.linkedin.com/feed/hashtag/opensource/'],
    notifications: ['https://www.linkedin.com/notifications/', 'https://www.linkedin.com/notifications/?filter=all'],
    activity: ['https://www.linkedin.com/in/maya-chen/recent-activity/all/', 'https://www.linkedin.com/in/maya-chen/recent-activity/comments/'],
    search: ['https://www.linkedin.com/search/results/content/?keywords=%23buildinpublic', 'https://www.linkedin.com/search/results/all/?keywords=%23sre&origin=HASH_TAG_FROM_FEED'],
  },
  /** URLs of other sites that no predicate of this site may match. */
  foreign: ['https://mastodon.social/notifications', 'https://x.com/search?q=feed', 'https://www.reddit.com/r/x/comments/abc/t/', 'https://bsky.app/profile/a.bsky.social/post/3k'],
};
