/**
 * bsky.app (bluesky-social/social-app, React Native Web), see research/SITES-DOM.md §5. RNW turns
 * `testID` into `data-testid` and styles into atomic `css-175oi2r r-…` classes, so nothing here
 * leans on a class except the ProseMirror editor's own. Counts are proven on tests/fixtures/bluesky/
 * (built from the 2026 source; composer.html freezes the editor TipTap renders).
 */
import { defineSelectors } from '../selectors';

const PAGES = ['home.html', 'thread.html', 'thread-tree.html', 'thread-reply.html', 'notifications.html', 'composer.html'] as const;
/** Expected counts in page order (PAGES). */
const on = (...counts: number[]) => Object.fromEntries(PAGES.map((p, i) => [p, counts[i]!]));

export const sel = defineSelectors({
  item: {
    css: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
    note: 'PostFeedItem / notification rows (feedItem-by-<handle>) and thread posts (postThreadItem-by-<handle>, PostHider or the anchor View). 2026-11',
    expect: on(11, 9, 11, 4, 8, 2),
  },
  threadItem: {
    css: '[data-testid^="postThreadItem-by-"]',
    note: 'screens/PostThread/components: ThreadItemAnchor, ThreadItemPost (linear), ThreadItemTreePost (tree). 2026-11',
    expect: on(0, 9, 11, 4, 0, 2),
  },
  threadScreen: {
    css: '[data-testid="postThreadScreen"]',
    note: 'screens/PostThread: the thread list, whose order carries the nesting. 2026-11',
    expect: on(0, 1, 1, 1, 0, 1),
  },
  notificationLink: {
    css: 'a[data-testid^="feedItem-by-"]',
    note: 'NotificationFeedItem: like/repost/follow rows are one Link (an anchor) labelled "X liked your post · <date>"; reply/mention/quote rows are a View around a Post. 2026-11',
    expect: on(0, 0, 0, 0, 3, 0),
  },
  permalink: {
    css: 'a[href*="/post/"][title]',
    note: 'PostMeta timestamp: WebOnlyInlineLinkText to /profile/<handle>/post/<rkey>, label and title = niceDate, text "· 3h". Quoted posts have their own. 2026-11',
    expect: on(12, 8, 10, 3, 6, 1),
  },
  postText: {
    css: 'div[data-word-wrap="1"]',
    note: 'components/RichText.tsx: the post text Text (dataSet wordWrap; testID postText in feeds only); links in it are anchors with the same data attribute. 2026-11',
    expect: on(12, 9, 11, 4, 6, 2),
  },
  textLeaf: {
    css: 'div[dir="auto"]',
    note: 'React Native Web Text (dir="auto"): the anchor prints its niceDate in one. 2026-11',
    expect: on(41, 38, 36, 28, 30, 26),
  },
  profileLink: {
    css: 'a[href^="/profile/"]',
    note: 'avatar (aria-label "<name>\'s avatar"), PostMeta name and @handle links, mentions (/profile/<did>). 2026-11',
    expect: on(52, 42, 48, 18, 30, 11),
  },
  hashtag: {
    css: 'a[href^="/hashtag/"]',
    note: 'components/RichTextTag.tsx: InlineLinkText to the Hashtag route (opens a tag menu on web). 2026-11',
    expect: on(4, 2, 1, 1, 1, 0),
  },
  avatarImage: {
    css: 'img[src*="/img/avatar"]',
    note: 'UserAvatar: cdn.bsky.app/img/avatar(_thumbnail)/plain/<did>/<cid>@jpeg — the did names the account. 2026-11',
    expect: on(12, 11, 13, 6, 12, 5),
  },
  avatar: {
    css: 'img[src*="/img/avatar"], [data-testid="userAvatarFallback"]',
    note: 'UserAvatar: the avatar image, or DefaultAvatar\'s svg (testID userAvatarFallback) for accounts without one. 2026-11',
    expect: on(13, 11, 13, 6, 12, 6),
  },
  profileNavLink: {
    css: 'a[aria-label="Profile"][href^="/profile/"]',
    note: 'desktop LeftNav NavItem "Profile" → makeProfileLink(currentAccount). 2026-11',
    expect: on(1, 1, 1, 1, 1, 1),
  },
  composerView: {
    css: '[data-testid="composePostView"]',
    note: 'view/com/composer/Composer.tsx KeyboardAvoidingView testID, inside the role="dialog" layer. 2026-11',
    expect: on(0, 0, 0, 0, 0, 1),
  },
  composerField: {
    css: '[data-testid="composePostView"] [contenteditable="true"]',
    note: 'TextInput.web.tsx TipTap EditorContent: div.tiptap.ProseMirror[contenteditable]; web has no composerTextInput testID. 2026-11',
    expect: on(0, 0, 0, 0, 0, 1),
  },
  composerReplyTo: {
    css: 'button, [role="button"]',
    note: 'ComposerReplyTo: a Pressable (role button) with the replied-to avatar, name and text, right before the ComposerPost. 2026-11',
    expect: on(70, 59, 71, 29, 32, 22),
  },
});
