import type { UrlExamples } from './types';

export const examples: UrlExamples = {
  pages: {
    thread: ['https://x.com/MayaChen/status/2126239604536250371', 'https://twitter.com/lena_vogel/status/2125907415659450384/', 'https://x.com/i/web/status/1234567890'],
    home: ['https://x.com/home', 'https://twitter.com/home', 'https://x.com/'],
    notifications: ['https://x.com/notifications', 'https://x.com/notifications/verified', 'https://twitter.com/notifications/mentions'],
    mentions: ['https://x.com/notifications/mentions'],
    profile: ['https://x.com/MayaChen', 'https://twitter.com/bob_ito/with_replies', 'https://x.com/lena_vogel/media'],
    search: ['https://x.com/search?q=%23buildinpublic&src=typed_query', 'https://x.com/hashtag/100DaysOfCode'],
    compose: ['https://x.com/compose/post', 'https://twitter.com/compose/tweet', 'https://x.com/intent/post?in_reply_to=2126254704030650394'],
    timeline: ['https://x.com/i/lists/1500000000000000000'],
  },
  overlaps: {
    timeline: ['home', 'profile', 'search'],
    home: ['timeline'],
    profile: ['timeline'],
    search: ['timeline'],
    notifications: ['mentions'],
    mentions: ['notifications'],
  },
  /** URLs of other sites that no predicate of this site may match. */
  foreign: ['https://mastodon.social/@maya/113400000000000100', 'https://www.reddit.com/r/x/comments/abc/t/', 'https://bsky.app/profile/a.bsky.social/post/3k', 'https://x.example.com/home'],
};
