import type { UrlExamples } from './types';

export const examples: UrlExamples = {
  pages: {
    thread: [
      'https://www.reddit.com/r/webdev/comments/1h8k2m4/i_rebuilt_my_portfolio_without_a_framework_ask_me/',
      'https://www.reddit.com/r/webdev/comments/1h8k2m4/comment/m2k7a03/',
      'https://www.reddit.com/comments/1h8k2m4',
      'https://old.reddit.com/r/webdev/comments/1h8k2m4/i_rebuilt_my_portfolio/m2k7a03/?context=3',
    ],
    feed: [
      'https://www.reddit.com/',
      'https://www.reddit.com/best/',
      'https://www.reddit.com/r/webdev/',
      'https://www.reddit.com/r/popular/hot/',
      'https://old.reddit.com/r/all/new/',
    ],
    profile: ['https://www.reddit.com/user/Maya_Builds/', 'https://www.reddit.com/user/Maya_Builds/comments/', 'https://old.reddit.com/u/bob_codes'],
    inbox: ['https://old.reddit.com/message/inbox/', 'https://old.reddit.com/message/mentions/', 'https://www.reddit.com/notifications'],
  },
  /** URLs of other sites that no predicate of this site may match. */
  foreign: ['https://x.com/home', 'https://mastodon.social/', 'https://mastodon.social/@maya/113400000000000100', 'https://example.com/r/webdev/comments/abc/'],
};
