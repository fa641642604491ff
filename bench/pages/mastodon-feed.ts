/**
 * A Mastodon home timeline for the content-script benchmarks: the shell of the fixture home page
 * (tests/fixtures/mastodon/home.html, signed in as maya) with an empty feed, plus a page script
 * that renders statuses with the fixtures' own renderer (tests/fixtures/mastodon/src/render.js,
 * legacy status components as on mastodon.social) and appends them as `article[data-id]` in
 * batches, the way Mastodon's infinite scroll appends older statuses to the feed.
 *
 * The statuses come from a seeded generator: about 150 accounts on several instances, Maya's own
 * posts and replies, replies and mentions addressed to her (some direct), boosts, content warnings,
 * replies between others, hashtags, links and custom emoji. The page does not emulate Mastodon's
 * virtualised list (articles scrolled away are not un-rendered): every appended status stays
 * rendered, so the content script reads each of them once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../../tests/fixtures/serve';
import { random, sentence } from '../lib/random';

const DOMAIN = 'mastodon.social';
const ME = '109000000000000001';
/** The fixtures' frozen "now". */
export const NOW = '2026-11-27T12:00:00.000Z';

type Token = string | { m: string } | { tag: string } | { emoji: string } | { link: string } | { uemoji: string; label: string; code: string };

interface CustomEmoji {
  shortcode: string;
  url: string;
  static_url: string;
  visible_in_picker: boolean;
}

interface Account {
  id: string;
  username: string;
  acct: string;
  display_name: string;
  url: string;
  avatar: string;
  avatar_static: string;
  emojis: CustomEmoji[];
  noindex: boolean;
}

interface Status {
  id: string;
  account: string;
  created_at: string;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
  spoiler_text: string;
  hidden: boolean;
  language: string;
  body: Token[][];
  tags: string[];
  emojis: CustomEmoji[];
  replies_count: number;
  reblogs_count: number;
  favourites_count: number;
  reblog: string | null;
}

export interface FeedData {
  now: string;
  /** Article ids in feed order (newest first); a boost's article id is the boost's own id. */
  order: string[];
  store: { accounts: Record<string, Account>; statuses: Record<string, Status> };
}

export interface FeedSummary {
  /** Item ids the extension should store, in feed order (a boost's item is the boosted status). */
  itemIds: string[];
  /** Items by someone else that mention maya (replies to her included): what should await her reply. */
  addressedToMe: number;
  byMe: number;
  boosts: number;
  replies: number;
}

function account(id: string, username: string, domain: string | null, displayName: string, extra: Partial<Account> = {}): Account {
  const local = !domain;
  const acct = local ? username : `${username}@${domain}`;
  const p = id.replace(/^(\d{3})(\d{3})(\d{3})(\d{3})(\d{3})(\d{3})$/, '$1/$2/$3/$4/$5/$6');
  const file = `${((BigInt(id) * 2654435761n) % 0xffffffffffffn).toString(16).padStart(12, '0')}${local ? '.png' : '.jpg'}`;
  const avatar = local
    ? `https://files.${DOMAIN}/accounts/avatars/${p}/original/${file}`
    : `https://files.${DOMAIN}/cache/accounts/avatars/${p}/original/${file}`;
  return {
    id,
    username,
    acct,
    display_name: displayName,
    url: local ? `https://${DOMAIN}/@${username}` : `https://${domain}/@${username}`,
    avatar,
    avatar_static: avatar,
    emojis: [],
    noindex: false,
    ...extra,
  };
}

const SPARKLES: CustomEmoji = {
  shortcode: 'sparkles',
  url: `https://files.${DOMAIN}/custom_emojis/images/000/012/345/original/5c1a2b3d4e5f6a7b.png`,
  static_url: `https://files.${DOMAIN}/custom_emojis/images/000/012/345/static/5c1a2b3d4e5f6a7b.png`,
  visible_in_picker: true,
};
const BLOBCAT: CustomEmoji = {
  shortcode: 'blobcat_thumbsup',
  url: `https://files.${DOMAIN}/cache/custom_emojis/images/000/310/772/original/8d0e7c1f2a3b4c5d.png`,
  static_url: `https://files.${DOMAIN}/cache/custom_emojis/images/000/310/772/static/8d0e7c1f2a3b4c5d.png`,
  visible_in_picker: true,
};

const FIRST = ['ana', 'bob', 'carol', 'dan', 'erin', 'fatima', 'gus', 'hana', 'ines', 'jonas', 'kofi', 'lena', 'mo', 'nia', 'omar', 'priya', 'quinn', 'rui', 'sam', 'tomas', 'uma', 'vik', 'wen', 'xia', 'yusuf', 'zoe'];
const LAST = ['Ito', 'Díaz', 'Mensah', 'Vogel', 'Moreira', 'Li', 'Lima', 'Chen', 'Okafor', 'Novak', 'Haddad', 'Sato', 'Kowalski', 'Silva', 'Berg'];
const INSTANCES = [null, null, null, 'fosstodon.org', 'hachyderm.io', 'chaos.social', 'mas.to', 'infosec.exchange', 'sigmoid.social', 'techhub.social', 'mastodon.online', 'social.coop'];
const TAGS = ['LocalFirst', 'Sourdough', 'photography', 'film', 'infosec', 'NLP', 'rustlang', 'TypeScript', 'DIY', 'synth', 'Baking', 'OfflineFirst', 'CTF', 'fediverse', 'gardening', 'books'];
const UEMOJI = [
  { uemoji: '🎉', label: 'party popper', code: '1f389' },
  { uemoji: '🍞', label: 'bread', code: '1f35e' },
  { uemoji: '🔥', label: 'fire', code: '1f525' },
];

/** The feed: `size` statuses, deterministic for a given seed. */
export function feedData(size = 2000, seed = 20261127): { data: FeedData; summary: FeedSummary } {
  const r = random(seed);
  const nowMs = Date.parse(NOW);
  const maya = account(ME, 'maya', null, 'Maya Chen');
  const others: Account[] = [];
  for (let i = 0; i < 150; i++) {
    const id = String(109000000000001000n + BigInt(i));
    const first = FIRST[i % FIRST.length]!;
    const username = i < FIRST.length ? first : `${first}${i}`;
    const domain = r.pick(INSTANCES);
    let name = `${first[0]!.toUpperCase()}${first.slice(1)} ${r.pick(LAST)}`;
    const extra: Partial<Account> = {};
    if (i % 17 === 3) {
      name += ' :sparkles:';
      extra.emojis = [SPARKLES];
    } else if (i % 23 === 5) {
      name += ' :blobcat_thumbsup:';
      extra.emojis = [BLOBCAT];
    }
    if (i % 31 === 7) extra.noindex = true;
    others.push(account(id, username, domain, name, extra));
  }
  const accounts: Record<string, Account> = { [ME]: maya };
  for (const a of others) accounts[a.id] = a;
  const statuses: Record<string, Status> = {};

  let nextId = 113400000000600000n;
  const newId = () => String((nextId -= BigInt(3 + r.int(40))));
  let ageS = 30;
  const createdAt = () => new Date(nowMs - (ageS += 20 + r.int(400)) * 1000).toISOString();

  const body = (lead: Token[], opts: { tags?: boolean } = {}): { body: Token[][]; tags: string[]; emojis: CustomEmoji[] } => {
    const tags: string[] = [];
    const emojis: CustomEmoji[] = [];
    const first: Token[] = [...lead, sentence(r, 6 + r.int(20))];
    if (r.chance(0.25)) {
      const t = r.pick(TAGS);
      tags.push(t);
      first.push(' ', { tag: t }, ' ', sentence(r, 3 + r.int(6)));
    }
    if (r.chance(0.1)) first.push(' ', { link: `https://example.org/${r.pick(['post', 'notes', 'blog'])}/${r.int(100000)}` });
    if (r.chance(0.1)) first.push(' ', r.pick(UEMOJI));
    if (r.chance(0.05)) {
      first.push(' ', { emoji: 'sparkles' });
      emojis.push(SPARKLES);
    }
    const paras: Token[][] = [first];
    if (r.chance(0.3)) paras.push([sentence(r, 5 + r.int(25))]);
    if (opts.tags !== false && r.chance(0.2)) {
      const bar: Token[] = [];
      for (let i = 0, n = 1 + r.int(4); i < n; i++) {
        const t = r.pick(TAGS);
        if (tags.includes(t)) continue;
        tags.push(t);
        if (bar.length) bar.push(' ');
        bar.push({ tag: t });
      }
      if (bar.length) paras.push(bar);
    }
    return { body: paras, tags, emojis };
  };

  const status = (who: Account, b: ReturnType<typeof body>, extra: Partial<Status> = {}): Status => {
    const s: Status = {
      id: newId(),
      account: who.id,
      created_at: createdAt(),
      in_reply_to_id: null,
      in_reply_to_account_id: null,
      visibility: 'public',
      spoiler_text: '',
      hidden: false,
      language: 'en',
      body: b.body,
      tags: b.tags,
      emojis: b.emojis,
      replies_count: r.chance(0.3) ? r.int(12) : 0,
      reblogs_count: r.chance(0.3) ? r.int(40) : 0,
      favourites_count: r.chance(0.6) ? r.int(120) : 0,
      reblog: null,
      ...extra,
    };
    statuses[s.id] = s;
    return s;
  };

  const someone = () => r.pick(others);
  const mayaPosts: string[] = [String(113400000000000339n)];
  const order: string[] = [];
  const summary: FeedSummary = { itemIds: [], addressedToMe: 0, byMe: 0, boosts: 0, replies: 0 };
  const key = (id: string) => `mastodon:${DOMAIN}/${id}`;

  for (let i = 0; i < size; i++) {
    const roll = r.next();
    let s: Status;
    if (roll < 0.06) {
      // Maya's own post.
      s = status(maya, body([]));
      mayaPosts.push(s.id);
      summary.byMe++;
    } else if (roll < 0.09) {
      // Maya answering someone.
      const to = someone();
      s = status(maya, body([{ m: to.id }, ' '], { tags: false }), { in_reply_to_id: newId(), in_reply_to_account_id: to.id });
      summary.byMe++;
      summary.replies++;
    } else if (roll < 0.19) {
      // A reply to one of Maya's posts (Mastodon pre-fills the @mention).
      const parent = r.pick(mayaPosts);
      s = status(someone(), body([{ m: ME }, ' '], { tags: false }), { in_reply_to_id: parent, in_reply_to_account_id: ME });
      summary.addressedToMe++;
      summary.replies++;
    } else if (roll < 0.23) {
      // A post mentioning Maya.
      s = status(someone(), body([sentence(r, 4), ' ', { m: ME }, ' ']));
      summary.addressedToMe++;
    } else if (roll < 0.25) {
      // A private mention.
      s = status(someone(), body([{ m: ME }, ' '], { tags: false }), { visibility: 'direct' });
      summary.addressedToMe++;
    } else if (roll < 0.31) {
      // A boost: the article is the boost, the status inside it the boosted one.
      const original = status(someone(), body([]));
      const booster = someone();
      const boost: Status = { ...original, id: newId(), account: booster.id, created_at: createdAt(), body: [], tags: [], emojis: [], reblog: original.id };
      statuses[boost.id] = boost;
      order.push(boost.id);
      summary.itemIds.push(key(original.id));
      summary.boosts++;
      continue;
    } else if (roll < 0.45) {
      // A reply between two other people.
      const to = someone();
      s = status(someone(), body([{ m: to.id }, ' '], { tags: false }), { in_reply_to_id: newId(), in_reply_to_account_id: to.id });
      summary.replies++;
    } else if (roll < 0.49) {
      s = status(someone(), body([]), { spoiler_text: r.pick(['US politics', 'food', 'long thread', 'eye contact', 'spoilers for the finale']), hidden: true });
    } else {
      s = status(someone(), body([]), r.chance(0.05) ? { visibility: 'unlisted' } : {});
    }
    order.push(s.id);
    summary.itemIds.push(key(s.id));
  }
  return { data: { now: NOW, order, store: { accounts, statuses } }, summary };
}

const RUNTIME = String.raw`
(function () {
  'use strict';
  var R = MastoRender;
  R.useIdState.n = 4000; // as fixture.js: never reuse build-time useId() values
  var nowMs = Date.parse(BENCH_FEED.now);
  var store = BENCH_FEED.store;
  var order = BENCH_FEED.order;
  var shown = 0;
  function feed() { return document.querySelector('.item-list[role="feed"]'); }
  window.__bench = {
    total: order.length,
    count: function () { return shown; },
    /* One React commit of ScrollableList: n older statuses appended, aria-setsize updated on all. */
    append: function (n) {
      var f = feed();
      var end = Math.min(order.length, shown + n);
      var html = '';
      for (var i = shown; i < end; i++) {
        html += R.article(order[i], i, end, R.legacyStatus(store.statuses[order[i]], store, { showThread: true, nowMs: nowMs }));
      }
      var existing = f.querySelectorAll(':scope > article');
      for (var j = 0; j < existing.length; j++) existing[j].setAttribute('aria-setsize', String(end));
      var t = document.createElement('template');
      t.innerHTML = html;
      f.insertBefore(t.content, f.querySelector(':scope > .load-more'));
      shown = end;
      return shown;
    }
  };
})();
`;

/** The page (HTML) and its script, to be served at `https://<host>/home` and `/bench-feed.js`. */
export function feedPage(data: FeedData): { html: string; script: string } {
  const home = fs.readFileSync(path.join(FIXTURES, 'mastodon/home.html'), 'utf8');
  const render = fs.readFileSync(path.join(FIXTURES, 'mastodon/src/render.js'), 'utf8');
  const feedRe = /(<div role="feed" class="item-list">)[\s\S]*?(<button type="button" class="load-more">)/;
  if (!feedRe.test(home) || !home.includes('<script src="/fixture.js" defer></script>')) {
    throw new Error('tests/fixtures/mastodon/home.html changed shape: update bench/pages/mastodon-feed.ts');
  }
  const html = home.replace(feedRe, '$1$2').replace('<script src="/fixture.js" defer></script>', '<script src="/bench-feed.js" defer></script>');
  const script = `/* Rapport benchmark feed: tests/fixtures/mastodon/src/render.js + generated statuses. */\n(function () {\n${render}\nvar BENCH_FEED = ${JSON.stringify(data)};\n${RUNTIME}\n})();\n`;
  return { html, script };
}
