/**
 * YouTube's desktop watch page, see research/SITES-DOM.md §7. Polymer renders with Shady DOM, so
 * everything is light DOM, but ids repeat in every comment (`#body`, `#main`, `#contents`…): every
 * chain below starts at a known element (a comment, a thread) and is walked from it with `within()`.
 * Two comment generations live side by side: `ytd-comment-view-model` (2024+) and the older
 * `ytd-comment-renderer`; chains shared by both are written once per generation by `fromComment`.
 * Counts are proven on tests/fixtures/youtube/ (built from the sources in its README).
 */
import { defineSelectors } from '../selectors';

const COMMENT_TAGS = ['ytd-comment-view-model', 'ytd-comment-renderer'];
/** `<comment tag> > chain` for both generations. */
const fromComment = (...chains: string[]) => COMMENT_TAGS.flatMap((tag) => chains.map((c) => `${tag} > ${c}`)).join(', ');

export const sel = defineSelectors({
  item: {
    css: COMMENT_TAGS.join(', '),
    note: 'a comment or reply: ytd-comment-view-model (2024+, RYCU nameRewriteOfCommentViewModel) or ytd-comment-renderer (RYCU reply.ts). Replies are siblings of their comment, never inside it. 2026-11',
    expect: { 'watch.html': 14, 'watch-legacy.html': 9, 'watch-other.html': 6, 'watch-composer.html': 4 },
  },
  thread: {
    css: 'ytd-comment-thread-renderer',
    note: 'one top-level comment and its replies (RYCU getCommentElem). 2026-11',
    expect: { 'watch.html': 7, 'watch-legacy.html': 5, 'watch-other.html': 4, 'watch-composer.html': 2 },
  },
  threadComment: {
    css: 'ytd-comment-thread-renderer > #comment-container > ytd-comment-view-model, ytd-comment-thread-renderer > ytd-comment-renderer',
    note: "a thread's own comment: #comment-container > ytd-comment-view-model#comment (SITES-DOM §7), ytd-comment-renderer#comment directly in the thread. 2026-11",
    expect: { 'watch.html': 7, 'watch-legacy.html': 5, 'watch-other.html': 4, 'watch-composer.html': 2 },
  },
  reply: {
    css: ['#teaser-replies', '#expander > #expander-contents > #contents']
      .flatMap((list) => COMMENT_TAGS.map((tag) => `ytd-comment-thread-renderer > #replies > ytd-comment-replies-renderer > ${list} > ${tag}`))
      .join(', '),
    note: 'replies of a thread in page order: teaser replies, then the loaded ones (RYCU reply.ts, rewriteTeaserReplytNameFromContinuationItems). 2026-11',
    expect: { 'watch.html': 7, 'watch-legacy.html': 4, 'watch-other.html': 2, 'watch-composer.html': 2 },
  },
  permalink: {
    css: fromComment('#body > #main > #header > #header-author > #published-time-text > a[href*="lc="]'),
    note: 'href="/watch?v=<video>&lc=<comment id>" (a reply: <thread id>.<reply id>); its text is the relative time, there is no <time>. 2026-11',
    expect: { 'watch.html': 14, 'watch-legacy.html': 9, 'watch-other.html': 6, 'watch-composer.html': 4 },
  },
  authorLink: {
    css: fromComment('#body > #main > #header > #header-author > h3 > a#author-text'),
    note: 'href="/@handle" (older renderer: /channel/UC…), text "@handle"; hidden and empty on the channel owner\'s comments. 2026-11',
    expect: { 'watch.html': 14, 'watch-legacy.html': 9, 'watch-other.html': 6, 'watch-composer.html': 4 },
  },
  ownerBadgeLink: {
    css: fromComment('#body > #main > #header > #header-author > #author-comment-badge > ytd-author-comment-badge-renderer > a'),
    note: "the channel owner's name chip, which replaces the author link on the owner's comments (RYCU nameRewriteOfCommentViewModel). 2026-11",
    expect: { 'watch.html': 3, 'watch-legacy.html': 3, 'watch-other.html': 1, 'watch-composer.html': 1 },
  },
  headerAuthor: {
    css: fromComment('#body > #main > #header > #header-author'),
    note: "the comment's own name-and-time row: badges go here, after the time. 2026-11",
    expect: { 'watch.html': 14, 'watch-legacy.html': 9, 'watch-other.html': 6, 'watch-composer.html': 4 },
  },
  content: {
    css: fromComment('#body > #main > #expander > #content > #content-text', '#body > #main > #comment-content > #expander > #content > #content-text'),
    note: 'yt-attributed-string#content-text > span.ytAttributedStringHost (view model), #comment-content > ytd-expander > #content > yt-formatted-string#content-text (older; RYCU mentionRewriteOfCommentRenderer). 2026-11',
    expect: { 'watch.html': 14, 'watch-legacy.html': 9, 'watch-other.html': 6, 'watch-composer.html': 4 },
  },
  textLink: {
    // `[id=…]` rather than `#content-text`: the id repeats in every comment, and jsdom's engine
    // resolves a leading `#id` to the first element with it.
    css: '[id="content-text"] a[href]',
    note: 'links in a comment: mentions (text "@handle", href /@handle or /channel/UC…), hashtags (/hashtag/<tag>), timestamps (&t=). 2026-11',
    expect: { 'watch.html': 7, 'watch-legacy.html': 2, 'watch-other.html': 1, 'watch-composer.html': 1 },
  },
  replyDialog: {
    css: fromComment('#body > #main > #action-buttons > #reply-dialog'),
    note: "where a comment's reply box opens: #action-buttons > #reply-dialog > ytd-comment-reply-dialog-renderer > ytd-commentbox (SITES-DOM §7; older: ytd-comment-action-buttons-renderer#action-buttons). 2026-11",
    expect: { 'watch.html': 14, 'watch-legacy.html': 9, 'watch-other.html': 6, 'watch-composer.html': 4 },
  },
  composer: {
    css: 'ytd-commentbox div#contenteditable-root[contenteditable]',
    note: 'ytd-commentbox … yt-formatted-string#contenteditable-textarea > div#contenteditable-root: a plain contenteditable (SITES-DOM §0.1, §7). 2026-11',
    expect: { 'watch.html': 0, 'watch-legacy.html': 0, 'watch-other.html': 0, 'watch-composer.html': 2 },
  },
  simplebox: {
    css: 'ytd-comment-simplebox-renderer',
    note: 'the "Add a comment..." box; clicking it mounts the top-level ytd-commentbox in its #comment-dialog. 2026-11',
    expect: { 'watch.html': 1, 'watch-legacy.html': 1, 'watch-other.html': 1, 'watch-composer.html': 1 },
  },
  videoOwner: {
    css: 'ytd-watch-flexy ytd-video-owner-renderer > a[href]',
    note: "the video's channel, href=\"/@handle\" (#owner > ytd-video-owner-renderer > a in several scrapers): a top-level comment answers it. 2026-11",
    expect: { 'watch.html': 1, 'watch-legacy.html': 1, 'watch-other.html': 1, 'watch-composer.html': 1 },
  },
  accountHandle: {
    css: 'ytd-active-account-header-renderer #channel-handle',
    note: 'the signed-in "@handle", only in the account menu YouTube renders once the avatar button was clicked (several 2025-26 extensions; SITES-DOM §9.4 gap). 2026-11',
    expect: { 'watch.html': 0, 'watch-legacy.html': 0, 'watch-other.html': 1, 'watch-composer.html': 0 },
  },
});

const parsed = new Map<string, string[][]>();
/** The steps of each `<anchor tag> > a > b` alternative, below the anchor: `[['a', 'b'], …]`. */
function stepsOf(css: string): string[][] {
  let steps = parsed.get(css);
  if (!steps) {
    steps = css.split(', ').map((alt) => alt.split(' > ').slice(1));
    parsed.set(css, steps);
  }
  return steps;
}

/**
 * What a selector written as `<anchor tag> > …` alternatives matches under `el` itself, in page
 * order: each chain is walked child by child from `el`, so it never reaches into a nested renderer
 * that reuses the same ids. (`:scope > …` would say the same; jsdom's engine binds a cached
 * `:scope` selector to the first element it ran on, so the unit tests could not trust it.)
 */
export function within(el: Element, css: string): Element[] {
  const found: Element[] = [];
  for (const steps of stepsOf(css)) {
    let level = [el];
    for (const step of steps) level = level.flatMap((e) => [...e.children].filter((c) => c.matches(step)));
    found.push(...level);
  }
  return found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
