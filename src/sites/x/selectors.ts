/**
 * X web app (x.com / twitter.com), see research/SITES-DOM.md §1. X's classes are generated atomic
 * classes (`css-175oi2r r-…`) that change between deploys, so everything here stands on
 * `data-testid`, `role`, link shapes and, for the thread line, element structure.
 * Counts are proven on tests/fixtures/x/ (built from the 2025–26 captures and extensions cited
 * there). Checked 2026-11.
 */
import { defineSelectors } from '../selectors';

const FILES = ['home.html', 'thread.html', 'thread-reply.html', 'notifications.html', 'mentions.html', 'compose.html'] as const;
type Counts = Record<(typeof FILES)[number], number>;
const counts = (...n: number[]): Counts => Object.fromEntries(FILES.map((f, i) => [f, n[i]!])) as Counts;

export const sel = defineSelectors({
  item: {
    css: 'article[data-testid="tweet"]',
    note: 'a post (SITES-DOM §1.1, tweetyoink capture); quoted posts may nest one, the reply modal shows a copy of the post answered. Likes/reposts/follows in notifications are article[data-testid="notification"], not posts. 2026-11',
    expect: counts(13, 12, 7, 4, 6, 14),
  },
  cell: {
    css: '[data-testid="cellInnerDiv"]',
    note: 'one entry of a virtualised list, absolutely placed with translateY (CPFT, defuddle); posts, spacers, headings and buttons each get one. 2026-11',
    expect: counts(16, 19, 9, 7, 6, 16),
  },
  focused: {
    css: 'article[data-testid="tweet"][tabindex="-1"]',
    note: 'the focused post of a /status/ page (CPFT isFocusedTweet: tabIndex == -1); timeline posts have tabindex 0. 2026-11',
    expect: counts(0, 1, 1, 0, 0, 0),
  },
  promoted: {
    css: '[data-testid="placementTracking"]',
    note: 'ancestor of an ad (CPFT getTweetType PROMOTED_TWEET). 2026-11',
    expect: counts(1, 0, 0, 0, 0, 1),
  },
  userName: {
    css: '[data-testid="User-Name"]',
    note: 'author block: 1st a[href="/<handle>"] holds the display name, the 2nd the @handle; timeline posts add the permalink. Quoted posts have their own (handle as text). 2026-11',
    expect: counts(14, 13, 7, 5, 6, 15),
  },
  avatar: {
    css: '[data-testid="Tweet-User-Avatar"]',
    note: 'avatar column of a post (and of the composers); the thread line below it is its next sibling. 2026-11',
    expect: counts(13, 13, 8, 4, 6, 15),
  },
  permalinkTime: {
    css: 'a[href*="/status/"] > time[datetime]',
    note: 'the permalink wraps the <time>; a quoted post shows its time without a link, photo/analytics links hold no <time>. 2026-11',
    expect: counts(11, 12, 7, 4, 6, 12),
  },
  text: {
    css: '[data-testid="tweetText"]',
    note: 'div[lang][dir=auto] with the text in pre-wrap spans, emoji as <img alt>; a quoted post has its own. 2026-11',
    expect: counts(14, 13, 7, 5, 6, 15),
  },
  hashtag: {
    css: '[data-testid="tweetText"] a[href^="/hashtag/"]',
    note: 'href /hashtag/<Tag>?src=hashtag_click, text #Tag. 2026-11',
    expect: counts(2, 2, 0, 0, 1, 2),
  },
  mention: {
    css: '[data-testid="tweetText"] a[href^="/"]:not([href^="/hashtag/"]):not([href^="/search"])',
    note: 'a[href="/<handle>"] text @handle (defuddle formatTweetText); cashtags link to /search?q=%24… (format not verified). 2026-11',
    expect: counts(2, 2, 1, 1, 3, 3),
  },
  quote: {
    css: 'div[role="link"][tabindex="0"]',
    note: 'the clickable block of a quoted post (CPFT getQuotedTweetDetails: after the hidden "Quote" label); an affiliate badge in a name is one too, but holds no post parts. 2026-11',
    expect: counts(2, 2, 0, 1, 1, 2),
  },
  socialContext: {
    css: '[data-testid="socialContext"]',
    note: '"<name> reposted" / "Pinned" row above a post (CPFT getTweetType). 2026-11',
    expect: counts(1, 0, 0, 0, 0, 1),
  },
  lineUp: {
    css: 'article[data-testid="tweet"] > div > div > div:first-child > div > div:first-child > div:first-child:empty',
    note: 'the 2px thread line above the avatar: the post continues the one in the cell above. CPFT isReplyToPreviousTweet walks the same six first children and checks width 2px; an empty leaf there is the line (an empty slot has no child, a social context has content). 2026-11',
    expect: counts(1, 4, 2, 0, 0, 1),
  },
  topSlot: {
    css: 'article[data-testid="tweet"] > div > div > div:first-child > div > div:first-child',
    note: 'the slot lineUp lives in: where it is missing, the layout is not the one we know and thread order alone decides. 2026-11',
    expect: counts(13, 12, 7, 4, 6, 15),
  },
  lineDown: {
    css: '[data-testid="Tweet-User-Avatar"] + div:empty',
    note: 'the 2px thread line below the avatar: the post in the next cell continues this one. 2026-11',
    expect: counts(1, 4, 2, 0, 0, 2),
  },
  heading: {
    css: '[data-testid="cellInnerDiv"] h2[role="heading"]',
    note: 'a section heading cell ("Discover more" under a conversation, "Who to follow"): posts after it are not replies. 2026-11',
    expect: counts(1, 1, 1, 0, 0, 1),
  },
  dialog: {
    css: '[role="dialog"]',
    note: 'the reply/compose modal at /compose/post (aria-labelledby="modal-header"); it shows the post being answered. 2026-11',
    expect: counts(0, 0, 0, 0, 0, 1),
  },
  composer: {
    css: '[data-testid^="tweetTextarea_"][role="textbox"]',
    note: 'Draft.js div.public-DraftEditor-content[contenteditable]: tweetTextarea_0 (thread drafts _1, _2…) in the home box, the inline reply and the modal (CPFT, tweetGPT find_closest_input). 2026-11',
    expect: counts(1, 1, 1, 0, 0, 2),
  },
  profileTab: {
    css: 'a[data-testid="AppTabBar_Profile_Link"][href^="/"]',
    note: 'the signed-in account: href="/<handle>" (CPFT getUserScreenName fallback). 2026-11',
    expect: counts(1, 1, 1, 1, 1, 1),
  },
  accountSwitcher: {
    css: '[data-testid="SideNav_AccountSwitcher_Button"]',
    note: 'the account menu button; its text ends with "@<handle>". 2026-11',
    expect: counts(1, 1, 1, 1, 1, 1),
  },
});
