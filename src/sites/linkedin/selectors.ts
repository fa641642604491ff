/**
 * LinkedIn, both DOM generations at once (research/SITES-DOM.md §6):
 * - SDUI, the 2026 server-driven UI: every class is a content hash that changes per deploy, so
 *   nothing here matches an SDUI class. Hooks: componentkey, id, data-testid, role, aria-label
 *   prefixes, /in/ link shapes.
 * - Legacy Ember, still served to older buckets and some surfaces: its BEM classes are stable.
 * Counts are proven on tests/fixtures/linkedin/ (feed.html and thread.html are SDUI,
 * feed-legacy.html and thread-legacy.html legacy). Confirmed against the cited sources 2026-11.
 */
import { defineSelectors } from '../selectors';

const SDUI_POST = 'div[role="listitem"][componentkey^="expanded"]';
const SDUI_DETAIL = 'div[id^="expanded"][id$="FeedType_FEED_DETAIL"]';
const SDUI_COMMENT = 'div[id^="replaceableComment_urn:li:comment:"], div[componentkey^="replaceableComment_urn:li:comment:"]';
const LEGACY_POST = 'div.feed-shared-update-v2[data-urn], div.feed-shared-update-v2[data-id]';
const LEGACY_COMMENT = 'article.comments-comment-entity';

export const sel = defineSelectors({
  item: {
    css: [SDUI_POST, SDUI_DETAIL, SDUI_COMMENT, LEGACY_POST, LEGACY_COMMENT].join(', '),
    note: 'every post and comment element of both generations (the contract item elements). 2026-11',
    expect: { 'feed.html': 8, 'thread.html': 12, 'feed-legacy.html': 7, 'thread-legacy.html': 9 },
  },
  post: {
    css: [SDUI_POST, SDUI_DETAIL, LEGACY_POST].join(', '),
    note: 'SDUI feed post: listitem keyed expanded<TOKEN>FeedType_…; SDUI post page: the expanded<TOKEN>FeedType_FEED_DETAIL shell; legacy: .feed-shared-update-v2 with data-urn (or data-id). 2026-11',
    expect: { 'feed.html': 7, 'thread.html': 1, 'feed-legacy.html': 4, 'thread-legacy.html': 1 },
  },
  legacyPost: {
    css: LEGACY_POST,
    note: 'legacy update: role=article, data-urn="urn:li:activity:<id>" (data-id on some surfaces). 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 4, 'thread-legacy.html': 1 },
  },
  sduiPost: {
    css: SDUI_POST,
    note: 'componentkey expanded<TOKEN>FeedType_MAIN_FEED_RELEVANCE; the "expanded" prefix leaves out modules listed in the same LazyColumn. 2026-11',
    expect: { 'feed.html': 7, 'thread.html': 0, 'feed-legacy.html': 0, 'thread-legacy.html': 0 },
  },
  sduiDetail: {
    css: SDUI_DETAIL,
    note: 'post page shell; both ends of the id, other ids on the page share the FEED_DETAIL suffix. 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 1, 'feed-legacy.html': 0, 'thread-legacy.html': 0 },
  },
  comment: {
    css: [SDUI_COMMENT, LEGACY_COMMENT].join(', '),
    note: 'SDUI div#replaceableComment_urn:li:comment:(…) (componentkey the same); legacy article.comments-comment-entity, replies nested in .comments-replies-list. 2026-11',
    expect: { 'feed.html': 1, 'thread.html': 11, 'feed-legacy.html': 3, 'thread-legacy.html': 8 },
  },
  sduiCommentPart: {
    css: '[componentkey^="CommentComponentReference_urn:li:comment:"]',
    note: 'the comment\'s own part (author, body, Reply) inside its replaceableComment wrapper, apart from its replies. 2026-11',
    expect: { 'feed.html': 1, 'thread.html': 11, 'feed-legacy.html': 0, 'thread-legacy.html': 0 },
  },
  facepile: {
    css: '[data-testid^="ReactionFacepileCollection-urn:li:activity:"]',
    note: 'SDUI reactions facepile, testid carries the post\'s activity urn: the one urn an SDUI post itself may show. 2026-11',
    expect: { 'feed.html': 2, 'thread.html': 1, 'feed-legacy.html': 0, 'thread-legacy.html': 0 },
  },
  body: {
    css: '[data-testid="expandable-text-box"], .update-components-text',
    note: 'SDUI post and comment text ("…more" is CSS, the full text is there); legacy commentary and comment text. 2026-11',
    expect: { 'feed.html': 8, 'thread.html': 12, 'feed-legacy.html': 7, 'thread-legacy.html': 9 },
  },
  controlMenu: {
    css: 'button[aria-label^="Open control menu for post by "]',
    note: 'both generations label the post menu with the author\'s name: tells the actor from a "… commented on this" header. 2026-11',
    expect: { 'feed.html': 7, 'thread.html': 1, 'feed-legacy.html': 4, 'thread-legacy.html': 1 },
  },
  memberLink: {
    css: 'a[href*="/in/"]',
    note: 'a member link: /in/<public id>/ (legacy adds ?miniProfileUrn=…); authors, mentions and the header\'s people. 2026-11',
    expect: { 'feed.html': 19, 'thread.html': 28, 'feed-legacy.html': 19, 'thread-legacy.html': 22 },
  },
  companyLink: {
    css: 'a[href*="/company/"]',
    note: 'a company page: such authors are not people, so their posts are not items. 2026-11',
    expect: { 'feed.html': 2, 'thread.html': 0, 'feed-legacy.html': 0, 'thread-legacy.html': 0 },
  },
  hashtag: {
    css: 'a[href*="/feed/hashtag/"], a[href*="keywords=%23"]',
    note: 'hashtag links vary (not verified live): /feed/hashtag/?keywords=<tag> (captured legacy markup) and /search/results/all/?keywords=%23<tag>. 2026-11',
    expect: { 'feed.html': 3, 'thread.html': 3, 'feed-legacy.html': 4, 'thread-legacy.html': 1 },
  },
  srOnly: {
    css: '.visually-hidden',
    note: 'screen-reader twins of visible text (names, times, "hashtag"): left out of read text. 2026-11',
    expect: { 'feed.html': 18, 'thread.html': 16, 'feed-legacy.html': 20, 'thread-legacy.html': 5 },
  },
  sduiHeaderLine: {
    css: 'p',
    note: 'SDUI headers are runs of <p> (name, degree, headline, "3h •"); the time is the one reading as a relative time. 2026-11',
    expect: { 'feed.html': 51, 'thread.html': 58, 'feed-legacy.html': 1, 'thread-legacy.html': 2 },
  },
  legacyActorLink: {
    css: 'a.update-components-actor__meta-link',
    note: 'legacy post author link (href /in/<id>?miniProfileUrn=…). 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 4, 'thread-legacy.html': 1 },
  },
  legacyActorName: {
    css: '.update-components-actor__title',
    note: 'legacy post author name: aria-hidden/visually-hidden twins, then " • 2nd" supplementary info. 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 4, 'thread-legacy.html': 1 },
  },
  legacyActorDegree: {
    css: '.update-components-actor__supplementary-actor-info',
    note: 'the " • 2nd" after a legacy author name. 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 4, 'thread-legacy.html': 1 },
  },
  legacyActorTime: {
    css: '.update-components-actor__sub-description',
    note: 'legacy post time: "1w • 🌐" (aria-hidden), no <time>. 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 4, 'thread-legacy.html': 1 },
  },
  legacyActorMeta: {
    css: '.update-components-actor__meta',
    note: 'legacy author block beside the avatar: where a post\'s badge goes (after the link, not in it). 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 4, 'thread-legacy.html': 1 },
  },
  legacyCommentAuthor: {
    css: 'a.comments-comment-meta__description-container',
    note: 'legacy comment author link. 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 3, 'thread-legacy.html': 8 },
  },
  legacyCommentName: {
    css: '.comments-comment-meta__description-title',
    note: 'legacy comment author name. 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 3, 'thread-legacy.html': 8 },
  },
  legacyCommentTime: {
    css: 'time.comments-comment-meta__data',
    note: 'legacy comment time: relative text ("2d") in a <time> without datetime. 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 3, 'thread-legacy.html': 8 },
  },
  identity: {
    css: 'a[data-view-name="identity-self-profile"][href*="/in/"], [data-view-name="identity-self-profile"] a[href*="/in/"]',
    note: 'legacy feed identity card links the signed-in member\'s /in/<id>/; SDUI shows no public id (not verified live). 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 1, 'thread-legacy.html': 0 },
  },
  commentBox: {
    css: '[componentkey^="commentBox-"], form.comments-comment-box__form',
    note: 'a comment or reply box: SDUI componentkey commentBox-…, legacy form. 2026-11',
    expect: { 'feed.html': 1, 'thread.html': 2, 'feed-legacy.html': 0, 'thread-legacy.html': 2 },
  },
  tiptapEditor: {
    css: '[componentkey^="commentBox-"] [data-testid="ui-core-tiptap-text-editor-wrapper"] div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]',
    note: 'SDUI comment editor (TipTap); takes execCommand insertText and paste. 2026-11',
    expect: { 'feed.html': 1, 'thread.html': 2, 'feed-legacy.html': 0, 'thread-legacy.html': 0 },
  },
  quillEditor: {
    css: 'form.comments-comment-box__form .ql-editor[contenteditable="true"]',
    note: 'legacy comment editor (Quill), data-placeholder "Add a comment…". 2026-11',
    expect: { 'feed.html': 0, 'thread.html': 0, 'feed-legacy.html': 0, 'thread-legacy.html': 2 },
  },
});

/** The composers Rapport writes into: both generations' comment editors. */
export const composerSelector = `${sel.tiptapEditor}, ${sel.quillEditor}`;
