/**
 * Mastodon pages → items. Ids are `mastodon:<host>/<status id>` with the id the viewed instance
 * shows. Thread pages carry no parent ids: parents come from thread order and the classes
 * status.jsx derives from it (see inferParent).
 */
import { normaliseHandle } from '../../core/handles';
import { parseDate } from '../../core/time';
import { insertByEditor } from '../shared/insert';
import { readText, tagOf } from '../shared/text';
import { NOT_AN_ITEM, type MountPoint, type ReadContext, type ReadResult, type SiteAdapter } from '../types';
import { sel } from './selectors';
import { pages } from './urls';

const BUILT_IN_HOSTS = new Set(['mastodon.social']);

/** The first match inside `el` that belongs to `el` itself, not to an item nested in it (a quote). */
function own(el: Element, css: string): Element | undefined {
  for (const found of el.querySelectorAll(css)) if (found.closest(sel.item) === el) return found;
  return undefined;
}
function ownAll(el: Element, css: string): Element[] {
  return [...el.querySelectorAll(css)].filter((found) => found.closest(sel.item) === el);
}

/** `/@bob`, `/@bob@fosstodon.org`, `https://fosstodon.org/@bob` → normalised `user@domain`. */
export function handleFromHref(href: string | null, host: string): string | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href, `https://${host}`);
  } catch {
    return undefined;
  }
  const m = /^\/@([^/@]+)(?:@([^/]+))?\/?$/.exec(url.pathname) ?? /^\/users\/([^/]+)\/?$/.exec(url.pathname);
  if (!m) return undefined;
  return normaliseHandle('mastodon', `${m[1]}@${m[2] ?? url.host}`);
}

function statusIdFromHref(href: string | null | undefined): string | undefined {
  return /\/(\d+)\/?(?:[?#].*)?$/.exec(href ?? '')?.[1];
}

/** A redesign status is an article keyed by a status id (notification groups use other keys). */
const isRedesign = (el: Element) => el.tagName === 'ARTICLE' && /^\d+$/.test(el.getAttribute('data-id') ?? '');

/** A status shown inside another one (a quote), rather than an entry of the list or thread. */
function isNested(el: Element): boolean {
  const outer = el.parentElement?.closest(sel.item);
  // A legacy list article is only the wrapper of its .status.
  return !!outer && !(outer.tagName === 'ARTICLE' && el.matches(sel.legacyStatus) && outer.parentElement?.closest(sel.item) == null);
}

function authorOf(el: Element, host: string): { handle: string; name: string; nativeId?: string } | undefined {
  const legacy = own(el, sel.authorLink);
  // The redesign has no author-link class: its author links are the profile links before the text.
  const links = legacy ? [legacy] : ownAll(el, 'a[href]').filter((a) => handleFromHref(a.getAttribute('href'), host) && !a.closest(sel.content));
  const first = links[0];
  const handle = handleFromHref(first?.getAttribute('href') ?? null, host);
  if (!first || !handle) return undefined;
  const named = links.find((a) => a.querySelector(sel.displayName)) ?? first;
  const name = readText(named.querySelector(sel.displayName) ?? named.querySelector('bdi, strong') ?? undefined);
  return { handle, name, nativeId: first.getAttribute('data-id') ?? undefined };
}

function timeOf(el: Element, permalink: Element | undefined): number | undefined {
  const time = permalink?.querySelector('time[datetime]') ?? own(el, 'time[datetime]');
  if (time) return parseDate(time.getAttribute('datetime'));
  // The focused status prints a formatted date with no <time> element.
  return parseDate(permalink?.getAttribute('title')) ?? parseDate(readText(permalink).replace(/·.*$/, ''));
}

interface ThreadEntry {
  id: string;
  el: Element;
}

interface Thread {
  list: ThreadEntry[];
  focus: number;
  index: Map<Element, number>;
}

/** The statuses of a thread page's column, in page order, and where the focused one is. */
function readThread(column: Element): Thread | undefined {
  const list: ThreadEntry[] = [];
  let focus = -1;
  for (const item of column.querySelectorAll(sel.item)) {
    if (isNested(item)) continue;
    const id = itemNativeId(item);
    if (!id) continue;
    if (item.matches(sel.focused)) focus = list.length;
    list.push({ id, el: item });
  }
  return focus < 0 ? undefined : { list, focus, index: new Map(list.map((e, i) => [e.el, i])) };
}

/** One read of each thread per pass over the page (a pass shares its `now`): reading n statuses walks it once. */
let threads: { now: number; byColumn: Map<Element, Thread | undefined> } | undefined;

function threadOf(el: Element, now: number): Thread | undefined {
  const column = el.closest(sel.threadColumn);
  if (!column) return undefined;
  if (threads?.now !== now) threads = { now, byColumn: new Map() };
  if (!threads.byColumn.has(column)) threads.byColumn.set(column, readThread(column));
  return threads.byColumn.get(column);
}

function itemNativeId(el: Element): string | undefined {
  if (el.matches(sel.legacyStatus) || isRedesign(el)) return el.getAttribute('data-id') ?? undefined;
  return statusIdFromHref(own(el, sel.permalink)?.getAttribute('href'));
}

/** Accounts a reply pre-filled by Mastodon would mention if it answered `entry`: its author and its mentions. */
function addressees(entry: ThreadEntry, host: string, replier: string): Set<string> {
  const set = new Set(ownAll(entry.el, sel.mention).map((a) => handleFromHref(a.getAttribute('href'), host)));
  set.add(authorOf(entry.el, host)?.handle);
  set.delete(replier);
  set.delete(undefined);
  return set as Set<string>;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common || 1);
}

/**
 * The parent of a status on a thread page, which shows no parent ids. What the page does show:
 * legacy status.jsx marks a status `status--first-in-thread` when it does not reply to the one
 * above, and gives a status that replies to the focus a plain `.status__line`; the redesign marks a
 * status whose next one replies to it `data-connect-next="true"`. Failing those, the parent is the
 * earlier status whose author and mentions best match the mentions this reply carries (Mastodon
 * pre-fills them from the status being answered), the nearest on a tie, else the focus.
 */
function inferParent(el: Element, mentions: string[], host: string, replier: string, now: number): ThreadEntry | undefined {
  const thread = threadOf(el, now);
  if (!thread) return undefined;
  const { list, focus } = thread;
  const idx = thread.index.get(el) ?? -1;
  if (idx <= 0) return undefined;
  const root = list[focus]!;
  const prev = list[idx - 1]!;
  if (idx <= focus) return prev; // ancestors and the focus each reply to the one above
  const legacy = el.matches(sel.legacyStatus);
  if (legacy ? !el.classList.contains('status--first-in-thread') : prev.el.getAttribute('data-connect-next') === 'true') return prev;
  const line = legacy ? el.querySelector(`:scope > ${sel.threadLine}`) : null;
  if (line && !line.classList.contains('status__line--full')) return root;
  // Legacy, no line at all: neither the focus nor the status above is the parent.
  const exclude = legacy && !line ? new Set([root, prev]) : new Set<ThreadEntry>();
  const carried = new Set(mentions);
  let best: ThreadEntry | undefined;
  let bestScore = 0;
  for (let i = idx - 1; i >= focus; i--) {
    const entry = list[i]!;
    if (exclude.has(entry)) continue;
    const score = overlap(carried, addressees(entry, host, replier));
    if (score > bestScore) [best, bestScore] = [entry, score];
  }
  return best ?? root;
}

function readItem(el: Element, ctx: ReadContext): ReadResult {
  const host = ctx.url.host;
  // List articles only wrap what is read on its own (a legacy .status, a notification group); an
  // off-screen article is an empty placeholder until Mastodon renders it again.
  if (el.tagName === 'ARTICLE' && (!isRedesign(el) || el.querySelector(sel.legacyStatus) || !el.querySelector('a[href]'))) return NOT_AN_ITEM;
  if (isNested(el)) return NOT_AN_ITEM;
  const nativeId = itemNativeId(el);
  if (!nativeId) return { skip: 'item.id' };
  const author = authorOf(el, host);
  if (!author) return { skip: 'item.author' };
  const permalink = own(el, sel.permalink) ?? ownAll(el, 'a[href]').find((a) => statusIdFromHref(a.getAttribute('href')) === nativeId);
  const mentions = ownAll(el, sel.mention)
    .map((a) => handleFromHref(a.getAttribute('href'), host))
    .filter((h): h is string => !!h);
  const hashtags = [...new Set(ownAll(el, sel.hashtag).map((a) => tagOf(a.textContent)).filter((t): t is string => !!t))];
  const spoiler = readText(own(el, sel.spoiler));
  const body = readText(own(el, sel.content));
  // Only thread pages show parents (by order); timelines do not.
  const parent = pages.thread(ctx.url) ? inferParent(el, mentions, host, author.handle, ctx.now) : undefined;
  const isReply = el.classList.contains('status-reply') || !!parent;
  return {
    id: `mastodon:${host}/${nativeId}`,
    site: 'mastodon',
    kind: isReply ? 'reply' : 'post',
    author,
    url: new URL(permalink?.getAttribute('href') ?? `/@${author.handle}/${nativeId}`, ctx.url).href,
    text: spoiler && body ? `${spoiler}\n\n${body}` : spoiler || body,
    createdAt: timeOf(el, permalink),
    parentId: parent ? `mastodon:${host}/${parent.id}` : undefined,
    parentAuthor: parent ? authorOf(parent.el, host)?.handle : undefined,
    mentions,
    hashtags,
    direct: el.classList.contains('status-direct') || undefined,
  };
}

function mountPoint(el: Element): MountPoint | undefined {
  const permalink = own(el, sel.permalink);
  if (permalink?.parentElement) return { parent: permalink.parentElement, before: permalink.nextSibling };
  const header = own(el, sel.statusInfo) ?? own(el, sel.detailedMeta);
  return header ? { parent: header, before: null } : { parent: el, before: el.firstChild };
}

function viewer(doc: Document, url: URL): string | undefined {
  const script = doc.querySelector(sel.initialState);
  if (!script?.textContent) return undefined;
  try {
    const state = JSON.parse(script.textContent) as {
      meta?: { me?: string; domain?: string };
      accounts?: Record<string, { acct?: string; username?: string }>;
    };
    const me = state.meta?.me;
    const acct = me ? (state.accounts?.[me]?.acct ?? state.accounts?.[me]?.username) : undefined;
    return acct ? normaliseHandle('mastodon', acct, state.meta?.domain ?? url.host) : undefined;
  } catch {
    return undefined;
  }
}

export const adapter: SiteAdapter = {
  id: 'mastodon',
  matches: (url, doc) => BUILT_IN_HOSTS.has(url.hostname) || (!!doc.querySelector(sel.appRoot) && !!doc.querySelector(sel.initialState)),
  selfHostedMarkers: [sel.appRoot, sel.initialState],
  pages,
  itemSelector: sel.item,
  readItem,
  mountPoint,
  viewer,
  composerSelector: sel.composer,
  // The compose form's reply indicator names the account, not the status: which status a reply
  // answers is not in the form.
  readComposer: (field) => (field instanceof HTMLTextAreaElement ? { field, editor: 'react-textarea', replyTo: 'composer' } : undefined),
  insertText: insertByEditor,
};
