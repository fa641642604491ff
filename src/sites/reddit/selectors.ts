/**
 * Reddit, both UIs (research/SITES-DOM.md §2 new Reddit "shreddit", §3 old Reddit). New Reddit is
 * read through its custom elements' attributes and slot names (its classes are utility junk);
 * old Reddit through r2's stable `.thing` classes and data attributes. Counts are proven on
 * tests/fixtures/reddit/ (built from the 2026 captures the README names).
 */
import { defineSelectors } from '../selectors';

const pages = (feed: number, thread: number, slots: number, composer: number, guarded: number, oldThread: number, inbox: number) => ({
  'feed.html': feed,
  'thread.html': thread,
  'thread-slots.html': slots,
  'composer.html': composer,
  'composer-guarded.html': guarded,
  'old-thread.html': oldThread,
  'old-inbox.html': inbox,
});

export const sel = defineSelectors({
  item: {
    css: 'shreddit-post, shreddit-comment, .thing[data-fullname]',
    note: 'new Reddit posts (id=t3_…) and comments (thingid=t1_…); old Reddit things (data-fullname; also "load more" placeholders and private messages, read as not-items). 2026-11',
    expect: pages(4, 9, 7, 4, 2, 13, 5),
  },
  shreddit: {
    css: 'shreddit-post, shreddit-comment',
    note: 'new Reddit\'s items; everything else the item selector matches is old Reddit\'s. 2026-11',
    expect: pages(4, 9, 7, 4, 2, 0, 0),
  },
  post: {
    css: 'shreddit-post',
    note: 'id="t3_…", author, created-timestamp, permalink, post-title; an open shadow root holds votes and actions. 2026-11',
    expect: pages(4, 1, 1, 1, 1, 0, 0),
  },
  comment: {
    css: 'shreddit-comment',
    note: 'thingid, author, depth, parentid, postid, permalink, created; replies nested inside. 2026-11',
    expect: pages(0, 8, 6, 3, 1, 0, 0),
  },
  datetime: {
    css: 'time[datetime]',
    note: 'faceplate-timeago > time[datetime]: the fallback when an item lacks its time attribute. 2026-11',
    expect: pages(4, 9, 7, 4, 2, 11, 5),
  },
  timeago: {
    css: 'faceplate-timeago[ts]',
    note: 'the ts attribute, when the <time> inside is not rendered yet. 2026-11',
    expect: pages(4, 9, 7, 4, 2, 0, 0),
  },
  userLink: {
    css: 'a[href^="/user/"]',
    note: 'profile links (comment meta author, post credit bar); the meta one names the author when the attribute is missing. 2026-11',
    expect: pages(1, 18, 14, 7, 3, 0, 0),
  },
  oldThing: {
    css: '.thing[data-fullname]',
    note: 'r2 printable.html: every listing entry is a .thing with its fullname. 2026-11',
    expect: pages(0, 0, 0, 0, 0, 13, 5),
  },
  oldEntry: {
    css: '.thing > .entry',
    note: 'the thing\'s own tagline, body and buttons; its replies are in the sibling .child. 2026-11',
    expect: pages(0, 0, 0, 0, 0, 13, 5),
  },
  oldTagline: {
    css: '.entry > .tagline, .entry > .top-matter > .tagline',
    note: 'author link, score and <time>: where a badge sits on old Reddit (a post\'s is in .top-matter). 2026-11',
    expect: pages(0, 0, 0, 0, 0, 11, 5),
  },
  oldPermalink: {
    css: 'a.bylink',
    note: 'the permalink/context link in a thing\'s buttons, for entries without data-permalink (inbox). 2026-11',
    expect: pages(0, 0, 0, 0, 0, 17, 9),
  },
  oldAuthor: {
    css: '.tagline a.author',
    note: 'r2 WrappedUser link, when data-author is missing. 2026-11',
    expect: pages(0, 0, 0, 0, 0, 10, 5),
  },
  oldTime: {
    css: '.tagline time[datetime]:not(.edited-timestamp)',
    note: 'live-timestamp; edits add a second time.edited-timestamp. 2026-11',
    expect: pages(0, 0, 0, 0, 0, 11, 5),
  },
  oldBody: {
    css: '.usertext-body .md',
    note: 'the rendered markdown of a comment, a self post (in .expando) or an inbox message (in .md-container). 2026-11',
    expect: pages(0, 0, 0, 0, 0, 11, 5),
  },
  oldTitle: {
    css: 'a.title',
    note: 'a link\'s title; in the inbox, the thread a comment was left in. 2026-11',
    expect: pages(0, 0, 0, 0, 0, 1, 4),
  },
  oldSubject: {
    css: '.subject-text',
    note: 'r2 message.html subject: "comment reply", "post reply", "username mention" (English UI). 2026-11',
    expect: pages(0, 0, 0, 0, 0, 0, 5),
  },
  oldParentLink: {
    css: 'a.parent-link',
    note: 'r2 message.html "show parent": fetch_parent(this, \'<permalink>/.json\', \'<parent fullname>\'). 2026-11',
    expect: pages(0, 0, 0, 0, 0, 0, 2),
  },
  oldViewer: {
    css: '#header-bottom-right > span.user > a:not(.login-required)',
    note: 'RES lib/utils/user.js: the signed-in user\'s profile link (login-required when signed out). 2026-11',
    expect: pages(0, 0, 0, 0, 0, 1, 1),
  },
  oldTextarea: {
    css: '.usertext-edit textarea[name="text"]',
    note: 'the plain comment textarea (top-level form.cloneable, and the reply forms "reply" clones into .child). 2026-11',
    expect: pages(0, 0, 0, 0, 0, 1, 0),
  },
  oldThingId: {
    css: 'form.usertext input[name="thing_id"]',
    note: 'what a comment form replies to (t3_ the post, t1_ a comment). 2026-11',
    expect: pages(0, 0, 0, 0, 0, 12, 5),
  },
  mentionLink: {
    css: 'a[href*="/u/"], a[href*="/user/"]',
    note: 'u/name in a body: new Reddit links /user/<name>/, old Reddit /u/<name>; only link text "u/…" counts. 2026-11',
    expect: pages(1, 18, 14, 7, 3, 12, 7),
  },
  app: {
    css: 'shreddit-app',
    note: 'toolbox util/platform.ts: user-logged-in="true" when signed in (a boolean only). 2026-11',
    expect: pages(1, 1, 1, 1, 1, 0, 0),
  },
  viewer: {
    css: 'after-login-toast-dispatcher[username], achievements-entrypoint[username], community-author-flair[username]',
    note: 'the 2026 candidates for the signed-in name (SITES-DOM §2.1, unverified and churny); pages may show none. 2026-11',
    expect: pages(1, 1, 1, 0, 0, 0, 0),
  },
  lexical: {
    css: 'shreddit-composer [data-lexical-editor="true"]',
    note: 'the open comment composer\'s Lexical root, light DOM in [slot=rte]. 2026-11',
    expect: pages(0, 0, 0, 1, 0, 0, 0),
  },
  trigger: {
    css: 'comment-composer-host > faceplate-textarea-input, comment-composer-host [data-testid="trigger-button"]',
    note: 'the collapsed "Join the conversation" box; a click mounts the editor (two captures: the input itself, or a button in faceplate-tracker). 2026-11',
    expect: pages(0, 1, 1, 1, 1, 0, 0),
  },
  composerHost: {
    css: 'comment-composer-host',
    note: 'wraps the trigger and, once opened, the shreddit-composer. 2026-11',
    expect: pages(0, 1, 1, 2, 1, 0, 0),
  },
  actionRow: {
    css: 'shreddit-comment-action-row[comment-id]',
    note: 'a comment\'s action row; a reply composer opens inside it. 2026-11',
    expect: pages(0, 8, 6, 3, 1, 0, 0),
  },
});
