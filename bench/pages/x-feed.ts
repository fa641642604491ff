/**
 * An X home timeline for the content-script benchmarks: the shell of the fixture home page
 * (tests/fixtures/x/home.html, signed in as @MayaChen, with its AppTabBar_Profile_Link) with an
 * empty timeline, plus a page script that renders cells with the fixtures' own renderer
 * (tests/fixtures/x/src/render.js, `XRender.renderCell`) and appends them as
 * `div[data-testid="cellInnerDiv"]` in batches, the way X's timeline appends older posts.
 *
 * The posts come from a seeded generator: about 150 accounts, Maya's own posts and replies,
 * replies to her ("Replying to @MayaChen") and mentions of her, reposts, replies between others,
 * hashtags, links, cards, emoji and the odd ad. The page does not emulate X's virtualised list
 * (cells scrolled away are not unmounted): every appended cell stays rendered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../../tests/fixtures/serve';
import { random, sentence } from '../lib/random';
import { NOW } from './mastodon-feed';

const ME = 'me';
const TWEPOCH = 1288834974657;

type Token = string | { mention: string } | { tag: string } | { link: string; tco: string } | { emoji: string; code: string; title: string };

interface User {
  handle: string;
  name: (string | { emoji: string; code: string; title: string })[];
  imageId: string;
  verified?: boolean;
}

interface Tweet {
  id: string;
  user: string;
  created_at: string;
  lang: string;
  text: Token[];
  counts: { reply: number; retweet: number; like: number; bookmark: number; view: number };
  replyingTo?: string[];
  card?: { tco: string; domain: string; title: string };
}

interface Cell {
  kind: 'tweet';
  id: string;
  repostedBy?: string;
  promoted?: boolean;
}

export interface XFeedData {
  now: string;
  cells: Cell[];
  store: { users: Record<string, User>; tweets: Record<string, Tweet> };
}

export interface XFeedSummary {
  /** Item ids the extension should store, in cell order (an ad's is null: not an item). */
  itemIds: (string | null)[];
  addressedToMe: number;
  byMe: number;
  reposts: number;
  replies: number;
  ads: number;
}

const FIRST = ['ana', 'bob', 'carol', 'dan', 'erin', 'fatima', 'gus', 'hana', 'ines', 'jonas', 'kofi', 'lena', 'mo', 'nia', 'omar', 'priya', 'quinn', 'rui', 'sam', 'tomas', 'uma', 'vik', 'wen', 'xia', 'yusuf', 'zoe'];
const LAST = ['Ito', 'Díaz', 'Mensah', 'Vogel', 'Moreira', 'Li', 'Lima', 'Chen', 'Okafor', 'Novak', 'Haddad', 'Sato', 'Kowalski', 'Silva', 'Berg'];
const TAGS = ['buildinpublic', '100DaysOfCode', 'devrel', 'TypeScript', 'rustlang', 'webdev', 'design', 'AI', 'opensource', 'gamedev'];
const EMOJI = [
  { emoji: '✨', code: '2728', title: 'Sparkles' },
  { emoji: '🚀', code: '1f680', title: 'Rocket' },
  { emoji: '🎉', code: '1f389', title: 'Party popper' },
  { emoji: '🦀', code: '1f980', title: 'Crab' },
];

/** The timeline: `size` cells, deterministic for a given seed. */
export function xFeedData(size = 2000, seed = 20261128): { data: XFeedData; summary: XFeedSummary } {
  const r = random(seed);
  const nowMs = Date.parse(NOW);
  let imageSeq = 1790000000000000000n;
  const users: Record<string, User> = { [ME]: { handle: 'MayaChen', name: ['Maya Chen'], imageId: String((imageSeq += 7919n)) } };
  const others: string[] = [];
  for (let i = 0; i < 150; i++) {
    const first = FIRST[i % FIRST.length]!;
    const handle = i < FIRST.length ? `${first}_${r.pick(LAST).toLowerCase().replace(/[^a-z]/g, '')}` : `${first}${i}`;
    const name: User['name'] = [`${first[0]!.toUpperCase()}${first.slice(1)} ${r.pick(LAST)}`];
    if (i % 13 === 4) name.push(' ', r.pick(EMOJI));
    const key = `u${i}`;
    users[key] = { handle: i % 9 === 2 ? handle.toUpperCase() : handle, name, imageId: String((imageSeq += 7919n)), ...(i % 11 === 1 ? { verified: true } : {}) };
    others.push(key);
  }
  const tweets: Record<string, Tweet> = {};
  let ageS = 30;
  let seq = 0;
  const createdAt = () => new Date(nowMs - (ageS += 20 + r.int(400)) * 1000).toISOString();
  const text = (lead: Token[]): Token[] => {
    const t: Token[] = [...lead, sentence(r, 5 + r.int(25))];
    if (r.chance(0.2)) t.push(' ', { tag: r.pick(TAGS) });
    if (r.chance(0.08)) t.push(' ', { link: `https://example.org/${r.pick(['post', 'notes', 'blog'])}/${r.int(100000)}`, tco: `t${r.int(1e9).toString(36)}` });
    if (r.chance(0.1)) t.push(' ', r.pick(EMOJI));
    if (r.chance(0.2)) t.push(`\n\n${sentence(r, 4 + r.int(16))}`);
    return t;
  };
  const tweet = (user: string, t: Token[], extra: Partial<Tweet> = {}): Tweet => {
    const created_at = createdAt();
    const id = (BigInt(Date.parse(created_at) - TWEPOCH) * 4194304n + BigInt(4096 + ++seq)).toString();
    const tw: Tweet = {
      id,
      user,
      created_at,
      lang: 'en',
      text: t,
      counts: { reply: r.chance(0.3) ? r.int(20) : 0, retweet: r.chance(0.3) ? r.int(50) : 0, like: r.chance(0.7) ? r.int(500) : 0, bookmark: r.int(5), view: 50 + r.int(20000) },
      ...extra,
    };
    if (r.chance(0.05)) tw.card = { tco: `c${seq.toString(36)}`, domain: 'example.org', title: sentence(r, 5) };
    tweets[id] = tw;
    return tw;
  };
  const someone = () => r.pick(others);
  const cells: Cell[] = [];
  const summary: XFeedSummary = { itemIds: [], addressedToMe: 0, byMe: 0, reposts: 0, replies: 0, ads: 0 };
  const key = (t: Tweet) => `x:${t.id}`;
  for (let i = 0; i < size; i++) {
    const roll = r.next();
    let t: Tweet;
    const cell: Partial<Cell> = {};
    if (roll < 0.06) {
      t = tweet(ME, text([]));
      summary.byMe++;
    } else if (roll < 0.09) {
      const to = someone();
      t = tweet(ME, text([]), { replyingTo: [users[to]!.handle] });
      summary.byMe++;
      summary.replies++;
    } else if (roll < 0.17) {
      // A reply to one of Maya's posts, shown out of context.
      t = tweet(someone(), text([]), { replyingTo: r.chance(0.2) ? [users[ME]!.handle, users[someone()]!.handle] : [users[ME]!.handle] });
      summary.addressedToMe++;
      summary.replies++;
    } else if (roll < 0.21) {
      // A post mentioning Maya.
      t = tweet(someone(), text([sentence(r, 3), ' ', { mention: users[ME]!.handle }, ' ']));
      summary.addressedToMe++;
    } else if (roll < 0.29) {
      t = tweet(someone(), text([]));
      cell.repostedBy = someone();
      summary.reposts++;
    } else if (roll < 0.43) {
      const to = someone();
      t = tweet(someone(), text([]), { replyingTo: [users[to]!.handle] });
      summary.replies++;
    } else if (roll < 0.44) {
      t = tweet(someone(), text([]));
      cell.promoted = true;
      summary.ads++;
    } else {
      t = tweet(someone(), text([]));
    }
    cells.push({ kind: 'tweet', id: t.id, ...cell });
    summary.itemIds.push(cell.promoted ? null : key(t));
  }
  return { data: { now: NOW, cells, store: { users, tweets } }, summary };
}

const RUNTIME = String.raw`
(function () {
  'use strict';
  var R = XRender;
  R.idState.n = 104729; // never reuse build-time ids
  var nowMs = Date.parse(BENCH_FEED.now);
  var store = BENCH_FEED.store;
  var cells = BENCH_FEED.cells;
  var shown = 0;
  var y = 0;
  function list() { return document.querySelector('[aria-label="Timeline: Your Home Timeline"] > div'); }
  window.__bench = {
    total: cells.length,
    count: function () { return shown; },
    /* One React commit of the timeline: n older cells appended below, the list's height grown. */
    append: function (n) {
      var l = list();
      var end = Math.min(cells.length, shown + n);
      var html = '';
      for (var i = shown; i < end; i++) {
        var d = cells[i];
        var t = store.tweets[d.id];
        html += R.renderCell({ kind: 'tweet', id: d.id, repostedBy: d.repostedBy, promoted: d.promoted, y: y }, store, { nowMs: nowMs, me: 'me' });
        y += 110 + Math.min(400, R.plainText(t.text).length / 2) + (t.card ? 280 : 0) + (d.repostedBy ? 20 : 0);
      }
      var tpl = document.createElement('template');
      tpl.innerHTML = html;
      l.appendChild(tpl.content);
      l.style.minHeight = y + 'px';
      shown = end;
      return shown;
    }
  };
})();
`;

/** The page (HTML) and its script, to be served at `https://<host>/home` and `/bench-feed.js`. */
export function xFeedPage(data: XFeedData): { html: string; script: string } {
  const home = fs.readFileSync(path.join(FIXTURES, 'x/home.html'), 'utf8');
  const render = fs.readFileSync(path.join(FIXTURES, 'x/src/render.js'), 'utf8');
  const timelineRe = /(<div aria-label="Timeline: Your Home Timeline" class="css-175oi2r"><div style="position: relative; min-height: )\d+(px;">)[\s\S]*?(<\/div><\/div><\/section>)/;
  const scripts = '<script src="/__fixture-editors/editors.js" defer></script><script src="/fixture.js" defer></script>';
  if (!timelineRe.test(home) || !home.includes(scripts) || !home.includes('data-testid="AppTabBar_Profile_Link"')) {
    throw new Error('tests/fixtures/x/home.html changed shape: update bench/pages/x-feed.ts');
  }
  const html = home.replace(timelineRe, '$10$2$3').replace(scripts, '<script src="/bench-feed.js" defer></script>');
  const script = `/* Rapport benchmark timeline: tests/fixtures/x/src/render.js + generated posts. */\n(function () {\n${render}\nvar BENCH_FEED = ${JSON.stringify(data)};\n${RUNTIME}\n})();\n`;
  return { html, script };
}
