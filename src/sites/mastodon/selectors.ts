/**
 * Mastodon web UI (mastodon/mastodon, app/javascript/mastodon), see research/SITES-DOM.md §4.
 * Mastodon's BEM classes are stable across versions; the opt-in redesign renders `article[data-id]`
 * with CSS-module classes, so it is read through `article[data-id]`, `time[datetime]` and link shapes.
 * Counts are proven on tests/fixtures/mastodon/ (captured from the 2026 source).
 */
import { defineSelectors } from '../selectors';

export const sel = defineSelectors({
  item: {
    css: '.status[data-id], .detailed-status, article[data-id]',
    note: 'legacy .status (data-id = the shown status, the boosted one for boosts); the thread focus .detailed-status; redesign article[data-id] (legacy articles only wrap a .status). 2026-11',
    expect: { 'home.html': 31, 'thread.html': 9, 'notifications.html': 11, 'thread-redesign.html': 4 },
  },
  legacyStatus: {
    css: '.status[data-id]',
    note: 'components/status/legacy/status.jsx, 2026-11',
    expect: { 'home.html': 14, 'thread.html': 8, 'notifications.html': 3, 'thread-redesign.html': 0 },
  },
  detailed: {
    css: '.detailed-status',
    note: 'features/status/components/detailed_status.tsx; its time is FormattedDate text, no <time>. 2026-11',
    expect: { 'home.html': 0, 'thread.html': 1, 'notifications.html': 0, 'thread-redesign.html': 0 },
  },
  focused: {
    css: '.detailed-status, article[class*="_variantPage_"]',
    note: 'the focused status of a thread page: legacy .detailed-status; the redesign renders it with the CSS-module variant class "variantPage" (hashed suffix, so matched by prefix). 2026-11',
    expect: { 'home.html': 0, 'thread.html': 1, 'notifications.html': 0, 'thread-redesign.html': 1 },
  },
  authorLink: {
    css: 'a.status__display-name, a.detailed-status__display-name',
    note: 'header.tsx: href="/@acct", data-id = account id. 2026-11',
    expect: { 'home.html': 15, 'thread.html': 9, 'notifications.html': 3, 'thread-redesign.html': 0 },
  },
  displayName: {
    css: '.display-name__html',
    note: 'components/display_name: bdi > strong.display-name__html holds the name with custom emoji <img alt>. 2026-11',
    expect: { 'home.html': 14, 'thread.html': 9, 'notifications.html': 7, 'thread-redesign.html': 4 },
  },
  permalink: {
    css: 'a.status__relative-time, a.detailed-status__datetime',
    note: 'href="/@acct/<id>"; legacy wraps time[datetime]. 2026-11',
    expect: { 'home.html': 14, 'thread.html': 9, 'notifications.html': 3, 'thread-redesign.html': 0 },
  },
  content: {
    css: '.status__content__text, div[lang]',
    note: 'legacy content.jsx .status__content__text[lang] holds the server-sanitised <p>s; the redesign\'s text div has only a hashed class and lang. 2026-11',
    expect: { 'home.html': 13, 'thread.html': 8, 'notifications.html': 7, 'thread-redesign.html': 4 },
  },
  spoiler: {
    css: '.content-warning, .spoiler-input, .status__content__spoiler-text',
    note: 'ContentWarning text shown instead of a collapsed body. 2026-11',
    expect: { 'home.html': 1, 'thread.html': 1, 'notifications.html': 0, 'thread-redesign.html': 0 },
  },
  mention: {
    css: 'a.mention:not(.hashtag)',
    note: 'text_formatter.rb: span.h-card > a.u-url.mention[href=https://host/@user]. 2026-11',
    expect: { 'home.html': 3, 'thread.html': 8, 'notifications.html': 3, 'thread-redesign.html': 3 },
  },
  hashtag: {
    css: 'a.hashtag, a[rel~="tag"], a[href*="/tags/"]',
    note: 'in-text a.mention.hashtag (/tags/<tag>); last-line tags move to .hashtag-bar; the redesign links /tags/<tag> with hashed classes. Only "#…" link text counts. 2026-11',
    expect: { 'home.html': 18, 'thread.html': 2, 'notifications.html': 0, 'thread-redesign.html': 1 },
  },
  initialState: {
    css: 'script#initial-state',
    note: 'shared/_web_app.html.haml: JSON with meta.me and accounts. 2026-11',
    expect: { 'home.html': 1, 'thread.html': 1, 'notifications.html': 1, 'thread-redesign.html': 1 },
  },
  appRoot: {
    css: '#mastodon[data-props], #mastodon.app-holder',
    note: 'shared/_web_app.html.haml: the app holder every Mastodon page renders. 2026-11',
    expect: { 'home.html': 1, 'thread.html': 1, 'notifications.html': 1, 'thread-redesign.html': 1 },
  },
  statusInfo: {
    css: '.status__info',
    note: 'legacy header row (permalink + author): where badges sit. 2026-11',
    expect: { 'home.html': 14, 'thread.html': 8, 'notifications.html': 3, 'thread-redesign.html': 0 },
  },
  detailedMeta: {
    css: '.detailed-status__meta',
    note: 'focused status footer with the date link. 2026-11',
    expect: { 'home.html': 0, 'thread.html': 1, 'notifications.html': 0, 'thread-redesign.html': 0 },
  },
  threadColumn: {
    css: '.scrollable, .column, [role="region"], main',
    note: 'the column a thread page renders its ancestors, focus and replies in (features/status: ScrollContainer div.scrollable), or the column/main around it. 2026-11',
    expect: { 'home.html': 3, 'thread.html': 3, 'notifications.html': 3, 'thread-redesign.html': 2, 'thread-fosstodon.html': 3 },
  },
  composer: {
    css: 'textarea.autosuggest-textarea__textarea',
    note: 'components/autosuggest_textarea.jsx: the React-controlled textarea of form.compose-form. 2026-11',
    expect: { 'home.html': 1, 'thread.html': 1, 'notifications.html': 1, 'thread-redesign.html': 1 },
  },
  threadLine: {
    css: '.status__line',
    note: 'status.jsx: drawn when the status connects to its neighbours; --full when the next one replies to it. 2026-11',
    expect: { 'home.html': 0, 'thread.html': 8, 'notifications.html': 0, 'thread-redesign.html': 0 },
  },
});
