import type { UrlExamples } from './types';

export const examples: UrlExamples = {
  pages: {
    watch: [
      'https://www.youtube.com/watch?v=Rp7mQ2xLk9A',
      'https://www.youtube.com/watch?v=Lg4cY8nW2eE&lc=UgxsqJhM-pNcCI9f2g54AaABAg',
      'https://www.youtube.com/watch?v=Jb2nT6vHq0s&list=PL0123456789abcdef&index=2&t=62s',
    ],
  },
  /** Other YouTube pages and other sites' URLs: no predicate of this site may match them. */
  foreign: [
    'https://www.youtube.com/',
    'https://www.youtube.com/@MayaCodes',
    'https://www.youtube.com/shorts/Rp7mQ2xLk9A',
    'https://www.youtube.com/results?search_query=synth',
    'https://www.youtube.com/watch',
    'https://m.youtube.com/watch?v=Rp7mQ2xLk9A',
    'https://x.com/maya/status/1',
    'https://mastodon.social/@maya/113400000000000100',
    'https://www.reddit.com/r/x/comments/abc/t/',
  ],
};
