/**
 * people.* and io.*: the relationship memory at 20,000 people and 500,000 interactions, in the real
 * extension.
 *
 * Seeding: the rows are generated in the service worker (seeded PRNG, so every run stores the same
 * data) and written straight into Rapport's database through `rapport.db`, bulkPut in chunks of
 * 10,000. Half a million interactions through the real content-script path (page.items, batches of
 * 200 items) would take hours, and what is measured here is reading, settling, exporting and
 * importing them, not ingesting them (db.ingest_100k_ms measures that path). People are written as
 * ingest writes them (`emptyPerson` of src/shared/db.ts, `stale: 1`): 20,000 people across the six
 * sites, about 10% with a second linked account, names from a pool (some accented, Cyrillic and
 * Japanese), about 30% with notes and 20% with tags; interactions spread unevenly (a few people with
 * thousands, a couple of hundred with hundreds, most with a handful, some with none) over the last
 * two years; 50,000 items (one per tenth interaction: theirs addressed to you, or yours to them),
 * tags with colours (three with a keep-in-touch cadence), and who you are on each site.
 *
 * - people.settle_20k_ms: `rapport.settle()` in the worker with every person stale (settlePeople,
 *   which computes each person's stats, score, due time and search terms from their rows). The
 *   first run settles the freshly seeded people; further runs (BENCH_SETTLE_RUNS) mark everyone
 *   stale again first.
 * - people.search_ms: `searchPeople(db, q, 'last')` (src/shared/queries.ts) called in the popup's
 *   own realm, in a popup tab opened on the People view: the function and the `db()` it uses are
 *   found among the exports of the modules the popup page loaded (by their code: the builds are
 *   minified), so it is the shipped function on the popup's own Dexie instance. Queries: a name
 *   prefix, a handle, a tag, a note word, two words, one matching nothing; each run BENCH_SEARCH_RUNS
 *   times after a warm-up. The value is the median over all of them; the note gives p95 and each
 *   query's median, and what one typed letter ("m", not in the median) costs. When the function
 *   cannot be found (a build that inlines it differently), the figure falls back to the UI
 *   measurement below, and the note says so.
 *   Also measured (the note): the UI. Typing a query into `input[name="people-search"]` (value set,
 *   `input` dispatched) → the DOM holds that query's rows (a MutationObserver set before typing; the
 *   time the rows reached their final state), BENCH_SEARCH_UI_RUNS per query.
 *   Checked: what each query returns against every matching person (the index read in full, no
 *   candidate cap); a difference is printed and noted, not hidden.
 * - people.first_render_ms: popup `?view=people` navigation start → first `li[data-person]` in the
 *   DOM (a MutationObserver registered before the popup's own scripts), in a fresh tab each time.
 * - io.export_ms: click "Export everything (JSON)" in the options page → `data-state="done"` (timed
 *   in the page); the file is saved, its size noted, and each table's rows in it counted against
 *   the database.
 * - io.import_ms: the six exported tables emptied in the worker, the options page reloaded, the
 *   exported file set on `input[name="import"]`: its `change` event → `data-state="done"` (timed in
 *   the page). Then every table's count must equal the file's; otherwise (or on an import error)
 *   the figure is reported as FAILED with no value, and the run exits non-zero. The note gives rows per second and where the time goes (the page's own check, the
 *   rows sent in parts, the background's commit), from when the worker saw each message. After
 *   an import the background settles the imported people by itself; before another import run
 *   (and after the last with BENCH_IMPORT_SETTLE=1) that is waited for and noted.
 *
 * Time: at the full size on a two-core machine, seeding and one import each take two to four
 * minutes (both are IndexedDB writes of half a million interaction rows and their indexes), so
 * the whole run is 8–11 minutes with one import run, the default.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STAGES } from '../src/core/stages';
import { emptyPerson } from '../src/shared/db';
import { extensionPage } from '../tests/e2e/chromium';
import { sleep, waitFor, type Bench, type Page } from './lib/browser';
import { figure, fmt, median, percentile, repeat, type Figures, type Repeat } from './lib/figures';

export interface PeopleOptions {
  people: number;
  interactions: number;
  items: number;
  settleRuns: Repeat;
  searchRuns: number;
  searchUiRuns: number;
  popupOpens: number;
  exportRuns: Repeat;
  importRuns: Repeat;
  /** Wait for the background to settle the imported people after the last import too (and note how long). */
  waitImportSettle: boolean;
  want: { settle: boolean; search: boolean; render: boolean; export: boolean; import: boolean };
  log: (line: string) => void;
}

const TABLES = ['items', 'accounts', 'people', 'interactions', 'identities', 'tags'] as const;
type Table = (typeof TABLES)[number];
type Counts = Record<Table, number>;

/**
 * Worker code (a string: it runs in the service worker as written) that builds every row and keeps
 * them in `globalThis.__seed`. Returns the shape of what it built and sample values for the queries.
 */
const GENERATE = String.raw`((P, I, K, TEMPLATE, STAGES, now) => {
  let a = 20261128;
  const rnd = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const int = (n) => Math.floor(rnd() * n);
  const pick = (l) => l[int(l.length)];
  const DAY = 86400000;
  const WORDS = ('the a of to and in is it that for on with as was at by this from met we talked about their new ' +
    'sync offline merge conflict release build test bread sourdough crumb oven weekend morning coffee train bike ' +
    'rust typescript python compiler parser cache latency queue worker server browser extension database ' +
    'index query garden tomato rain river bridge photo film camera lens paper thesis draft review conference ' +
    'talk slides meetup friends music synth guitar record vinyl book novel chapter library privacy security patch ' +
    'climbing bouldering running marathon kids school berlin lisbon tokyo montreal nairobi startup funding hiring ' +
    'podcast interview newsletter design sketch font layout mobile keyboard really maybe finally great').split(' ');
  const sentence = (n) => { const w = []; for (let i = 0; i < n; i++) w.push(pick(WORDS)); const s = w.join(' '); return s[0].toUpperCase() + s.slice(1) + pick(['.', '.', '.', '!', '?']); };
  // [as shown, as a handle would spell it]
  const FIRST = [['Anna','anna'],['Maria','maria'],['Marco','marco'],['Marta','marta'],['Martin','martin'],['James','james'],['Priya','priya'],['Wei','wei'],['Fatima','fatima'],['Kofi','kofi'],
    ['Lena','lena'],['Omar','omar'],['Sofia','sofia'],['Lucas','lucas'],['Emma','emma'],['Noah','noah'],['Aisha','aisha'],['Yuki','yuki'],['Carlos','carlos'],['Ines','ines'],
    ['Zoë','zoe'],['José','jose'],['Søren','soren'],['Ольга','olga'],['Дмитрий','dmitry'],['太郎','taro'],['花子','hanako'],['Chloé','chloe'],['Björn','bjorn'],['Nia','nia'],
    ['Sam','sam'],['Alex','alex'],['Jordan','jordan'],['Rui','rui'],['Hana','hana'],['Tomas','tomas'],['Quinn','quinn'],['Gus','gus'],['Erin','erin'],['Dan','dan'],
    ['Mei','mei'],['Ravi','ravi'],['Leila','leila'],['Ben','ben'],['Clara','clara'],['Felix','felix'],['Ada','ada'],['Hugo','hugo'],['Ivy','ivy'],['Theo','theo']];
  const LAST = [['Kowalski','kowalski'],['Chen','chen'],['Garcia','garcia'],['Müller','muller'],['Smith','smith'],['Okafor','okafor'],['Nguyễn','nguyen'],['Rossi','rossi'],['Silva','silva'],['Patel','patel'],
    ['Kim','kim'],['Ivanova','ivanova'],['山田','yamada'],['佐藤','sato'],['O\'Brien','obrien'],['Dubois','dubois'],['Novak','novak'],['Larsen','larsen'],['Haddad','haddad'],['Mensah','mensah'],
    ['Schmidt','schmidt'],['Lopez','lopez'],['Brown','brown'],['Wilson','wilson'],['Tanaka','tanaka'],['Ferreira','ferreira'],['Kaur','kaur'],['Singh','singh'],['Andersson','andersson'],['Moreau','moreau'],
    ['Costa','costa'],['Jensen','jensen'],['Yilmaz','yilmaz'],['Ali','ali'],['Park','park'],['Lee','lee'],['Wright','wright'],['Baker','baker'],['Hughes','hughes'],['Fischer','fischer']];
  const TAGS = ['friend', 'work', 'family', 'climbing', 'investor', 'oss', 'press', 'design', 'rustlang', 'photography', 'conference', 'neighbor', 'mentor', 'client', 'podcast'];
  const CADENCE = { friend: { idealDays: 30, maxDays: 60 }, family: { idealDays: 14, maxDays: 30 }, mentor: { idealDays: 60, maxDays: 120 } };
  const SITES = ['x', 'x', 'x', 'reddit', 'reddit', 'mastodon', 'mastodon', 'bluesky', 'bluesky', 'linkedin', 'youtube'];
  const ME = { x: 'maya_chen', reddit: 'mayachen', mastodon: 'maya@mastodon.social', bluesky: 'maya.bsky.social', linkedin: 'maya-chen-1a2b3c', youtube: 'mayachen' };
  const HOSTS = { x: 'x.com', reddit: 'www.reddit.com', mastodon: 'mastodon.social', bluesky: 'bsky.app', linkedin: 'www.linkedin.com', youtube: 'www.youtube.com' };
  const INSTANCES = ['mastodon.social', 'mastodon.social', 'fosstodon.org', 'hachyderm.io', 'chaos.social', 'mas.to', 'infosec.exchange'];
  const SUBS = ['programming', 'rust', 'Breadit', 'photography', 'climbing', 'AskHistorians', 'LocalLLaMA'];
  const handleOf = (site, f, l, i) => {
    switch (site) {
      case 'x': return f + '_' + l + i;
      case 'reddit': return f + l.slice(0, 3) + i;
      case 'mastodon': return f + i + '@' + pick(INSTANCES);
      case 'bluesky': return f + l + i + '.bsky.social';
      case 'linkedin': return f + '-' + l + '-' + i.toString(36);
      default: return f + l + i;
    }
  };

  // How many interactions each person has (at 20,000 people and 500,000 interactions): ten with
  // thousands, two hundred with hundreds, the rest a handful (exponential), one in ten of them none
  // at all; exactly I in all. Other sizes scale these.
  const counts = new Array(P).fill(0);
  const order = Array.from({ length: P }, (_, i) => i);
  for (let i = P - 1; i > 0; i--) { const j = int(i + 1); [order[i], order[j]] = [order[j], order[i]]; }
  const heavy = Math.min(P, Math.max(1, Math.round(P / 2000))), medium = Math.min(P - heavy, Math.round(P / 100));
  const scale = I / P / 25;
  let left = I;
  for (let r = 0; r < heavy + medium && left > 0; r++) {
    const n = Math.min(left, Math.round(scale * (r < heavy ? 2000 + int(3000) : 100 + int(700))));
    counts[order[r]] = n;
    left -= n;
  }
  const rest = order.slice(heavy + medium).filter(() => rnd() >= 0.1);
  const weights = rest.map(() => -Math.log(1 - rnd()));
  const wsum = weights.reduce((s, w) => s + w, 0) || 1;
  let given = 0;
  rest.forEach((p, i) => { const n = Math.floor((weights[i] / wsum) * left); counts[p] = n; given += n; });
  for (let k = 0; given < left && rest.length; k++, given++) counts[rest[int(rest.length)]]++;

  const people = [], accounts = [], interactions = [], items = [];
  const itemEvery = Math.max(1, Math.floor(I / Math.max(1, K)));
  let nativeN = 0, madeItems = 0;
  const nativeOf = (site, account) => {
    const n = nativeN++;
    switch (site) {
      case 'x': return { id: 'x:' + (1790000000000000000n + BigInt(n) * 4096n).toString(), url: (id) => 'https://x.com/' + account.handle + '/status/' + id.slice(2) };
      case 'reddit': return { id: 'reddit:t1_' + (1e8 + n).toString(36), url: (id) => 'https://www.reddit.com/r/' + SUBS[n % SUBS.length] + '/comments/' + (2e8 + (n >> 4)).toString(36) + '/_/' + id.slice(10) + '/' };
      case 'mastodon': return { id: 'mastodon:mastodon.social/' + '1135' + String(n).padStart(14, '0'), url: (id) => 'https://mastodon.social/@' + account.handle + '/' + id.split('/')[1] };
      case 'bluesky': return { id: 'bluesky:at://did:plc:' + account.did + '/app.bsky.feed.post/3l' + n.toString(36).padStart(11, '0'), url: (id) => 'https://bsky.app/profile/' + account.handle + '/post/' + id.split('/').pop() };
      case 'linkedin': return { id: 'linkedin:urn:li:activity:7' + String(n).padStart(18, '0'), url: (id) => 'https://www.linkedin.com/feed/update/' + id.slice(9) + '/' };
      default: return { id: 'youtube:Ugx' + n.toString(36).padStart(22, '0'), url: (id) => 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=' + id.slice(8) };
    }
  };
  const KINDS = ['they_replied', 'they_replied', 'they_replied', 'i_replied', 'i_replied', 'i_replied', 'they_mentioned', 'they_mentioned', 'i_mentioned'];
  let linked = 0, withNotes = 0, withTags = 0;
  const sample = {};
  for (let p = 0; p < P; p++) {
    const [fs, fa] = pick(FIRST), [ls, la] = pick(LAST);
    const name = fs + ' ' + ls;
    const sites = [pick(SITES)];
    if (rnd() < 0.1) { let s2; do s2 = pick(SITES); while (s2 === sites[0]); sites.push(s2); linked++; }
    const own = sites.map((site) => {
      const handle = handleOf(site, fa, la, p);
      return { key: site + ':' + handle, site, handle, name: site === 'reddit' ? '' : name, nativeId: site === 'x' ? String(1e9 + p) : site === 'bluesky' ? 'did:plc:' + (p * 7919).toString(36).padStart(12, 'a') : undefined, did: (p * 7919).toString(36).padStart(12, 'a'), lastAt: 0 };
    });
    const personId = own[0].key;
    let first = now;
    for (let k = 0; k < counts[p]; k++) {
      const acc = own.length > 1 && rnd() < 0.3 ? own[1] : own[0];
      const kind = pick(KINDS);
      const direction = kind.startsWith('they_') ? 'in' : 'out';
      const at = now - Math.floor(730 * DAY * Math.pow(rnd(), 1.4)) - int(3600000);
      first = Math.min(first, at);
      acc.lastAt = Math.max(acc.lastAt, at);
      const native = nativeOf(acc.site, acc);
      interactions.push({ id: native.id + '|' + kind + '|' + acc.handle, site: acc.site, accountKey: acc.key, personId, itemId: native.id, kind, direction, at });
      if (interactions.length % itemEvery === 0 && madeItems < K) {
        madeItems++;
        const mine = direction === 'out';
        const author = mine ? { handle: ME[acc.site], name: 'Maya Chen' } : { handle: acc.handle, name: acc.name };
        if (!mine && acc.nativeId) author.nativeId = acc.nativeId;
        const firstSeenAt = Math.min(now, at + int(DAY));
        const item = {
          id: native.id, site: acc.site, kind: kind.endsWith('_replied') ? 'reply' : 'post', author,
          url: native.url(native.id), text: sentence(8 + int(40)), createdAt: at,
          mentions: kind.endsWith('_mentioned') ? [mine ? acc.handle : ME[acc.site]] : [], hashtags: rnd() < 0.15 ? [pick(['LocalFirst', 'Sourdough', 'photography', 'rustlang', 'climbing'])] : [],
          host: HOSTS[acc.site], authorKey: acc.site + ':' + author.handle,
          firstSeenAt, lastSeenAt: Math.min(now, firstSeenAt + int(7 * DAY)), sortAt: at,
          byMe: mine ? 1 : 0, toMe: mine ? 0 : 1, awaiting: 0,
        };
        if (kind.endsWith('_replied')) { item.parentId = nativeOf(acc.site, acc).id; item.parentAuthor = mine ? acc.handle : ME[acc.site]; }
        if (!mine) {
          const r = rnd();
          if (r < 0.6) { item.answeredAt = Math.min(now, at + int(2 * DAY)); item.answerId = nativeOf(acc.site, acc).id; }
          else if (r < 0.8) item.doneAt = Math.min(now, at + int(5 * DAY));
          else item.awaiting = 1;
        }
        items.push(item);
      }
    }
    for (const acc of own) {
      const row = { key: acc.key, site: acc.site, handle: acc.handle, name: acc.name, personId, firstSeenAt: first - int(DAY), lastSeenAt: Math.max(acc.lastAt, now - int(30 * DAY)) };
      if (acc.nativeId) row.nativeId = acc.nativeId;
      if (acc.lastAt) row.lastInteractionAt = acc.lastAt;
      accounts.push(row);
    }
    const person = { ...structuredClone(TEMPLATE), id: personId, name, createdAt: first - int(DAY), updatedAt: now - int(60 * DAY), stale: 1 };
    if (rnd() < 0.3) { person.notes = sentence(6 + int(14)) + (rnd() < 0.5 ? ' ' + sentence(5 + int(10)) : ''); withNotes++; }
    if (rnd() < 0.2) { const t = new Set(); const n = 1 + int(3); while (t.size < n) t.add(pick(TAGS)); person.tags = [...t]; withTags++; }
    if (rnd() < 0.05) person.stage = pick(STAGES);
    if (rnd() < 0.02) person.cadence = { idealDays: 21, maxDays: 45 };
    if (rnd() < 0.01) person.scoreAdjust = int(21) - 10;
    if (rnd() < 0.005) person.scorePin = int(101);
    person.updatedAt = Math.max(person.updatedAt, person.createdAt);
    people.push(person);
    // Sample values for the queries: a handle of someone with a few dozen interactions.
    if (!sample.handle && counts[p] >= 20 && counts[p] < 100 && own[0].site === 'x') sample.handle = own[0].handle;
  }
  const identities = Object.entries(ME).map(([site, handle]) => ({ site, detected: [{ handle, host: HOSTS[site], at: now - 90 * DAY }] }));
  const tags = TAGS.map((name, i) => { const t = { name, color: '#' + ((i * 0x3b5f1d + 0x1f6feb) & 0xffffff).toString(16).padStart(6, '0') }; if (CADENCE[name]) t.cadence = CADENCE[name]; return t; });
  globalThis.__seed = { items, accounts, people, interactions, identities, tags };
  const sorted = [...counts].sort((x, y) => y - x);
  return {
    rows: { items: items.length, accounts: accounts.length, people: people.length, interactions: interactions.length, identities: identities.length, tags: tags.length },
    linked, withNotes, withTags, none: counts.filter((n) => n === 0).length, top: sorted.slice(0, 3), median: sorted[sorted.length >> 1], sample,
  };
})`;

/** Writes `globalThis.__seed` in chunks of `chunk` rows per bulkPut (one transaction each); returns ms per table. */
const WRITE_SEED = String.raw`(async (chunk) => {
  const s = globalThis.__seed;
  const ms = {};
  for (const table of ['people', 'accounts', 'tags', 'identities', 'items', 'interactions']) {
    const t = performance.now();
    const rows = s[table];
    for (let i = 0; i < rows.length; i += chunk) await db[table].bulkPut(rows.slice(i, i + chunk));
    ms[table] = performance.now() - t;
  }
  delete globalThis.__seed;
  return ms;
})`;

const COUNTS = `Promise.all(${JSON.stringify(TABLES)}.map((t) => db[t].count())).then((n) => Object.fromEntries(${JSON.stringify(TABLES)}.map((t, i) => [t, n[i]])))`;
const CLEAR = `db.transaction('rw', ${JSON.stringify(TABLES)}.map((t) => db[t]), () => Promise.all(${JSON.stringify(TABLES)}.map((t) => db[t].clear()))).then(() => undefined)`;
const STALE = `db.people.where('stale').equals(1).count()`;

const MARK_PERSON = `(() => {
  const mark = () => {
    if (window.__personAt === undefined && document.querySelector('li[data-person]')) window.__personAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
})();`;

/**
 * Popup code: finds `searchPeople` and `db` among the exports of the modules the page loaded (by
 * their code; exports are renamed by the minifier), keeps them as `window.__search` / `window.__db`.
 */
const FIND_SEARCH = String.raw`(async () => {
  const urls = [...document.querySelectorAll('script[type="module"][src], link[rel="modulepreload"][href]')].map((e) => e.src || e.href);
  let search, dbFn;
  for (const url of urls) {
    let mod;
    try { mod = await import(url); } catch { continue; }
    for (const v of Object.values(mod)) {
      if (typeof v !== 'function') continue;
      const code = Function.prototype.toString.call(v);
      if (/where\(\W?terms\W?\)\.startsWith\(/.test(code) && /primaryKeys\(\)/.test(code)) search = v;
      else if (v.length === 0 && code.length < 120 && /\?\?=/.test(code)) {
        try { const d = v(); if (d && d.name === 'rapport' && d.people && typeof d.people.where === 'function') dbFn = v; } catch {}
      }
    }
  }
  if (!search || !dbFn) return { found: false, search: !!search, db: !!dbFn, urls };
  window.__search = search;
  window.__db = dbFn();
  return { found: true };
})()`;

/** Popup code: times `searchPeople` for each query (one warm-up each), round-robin so no query gets a quieter moment. */
const TIME_SEARCH = String.raw`(async (queries, runs) => {
  const times = Object.fromEntries(queries.map((q) => [q, []]));
  const rows = {};
  for (const q of queries) rows[q] = (await window.__search(window.__db, q, 'last')).map((v) => v.person.id);
  for (let r = 0; r < runs; r++) {
    for (const q of queries) {
      const t = performance.now();
      const got = await window.__search(window.__db, q, 'last');
      times[q].push(performance.now() - t);
      if (got.length !== rows[q].length) throw new Error('searchPeople(' + JSON.stringify(q) + ') returned ' + got.length + ' rows, then ' + rows[q].length);
    }
  }
  return { times, rows };
})`;

/**
 * Popup code: types `q` into the search box and resolves once the DOM has been quiet for 400 ms:
 * when the rows (or "Nobody matches.") reached their final state, from the `input` event.
 */
const TYPE_AND_WAIT = String.raw`((q) => new Promise((resolve) => {
  const sig = () => {
    const ul = document.querySelector('ul.people');
    if (ul) return 'rows:' + [...ul.querySelectorAll('li[data-person]')].map((li) => li.dataset.person).join(',');
    return document.querySelector('p.empty') ? 'empty' : 'other';
  };
  const input = document.querySelector('input[name="people-search"]');
  const before = sig();
  const log = [];
  let lastAt = performance.now();
  const obs = new MutationObserver(() => { lastAt = performance.now(); log.push([lastAt, sig()]); });
  obs.observe(document.body, { childList: true, subtree: true, characterData: true });
  const t0 = performance.now();
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const check = () => {
    if (performance.now() - lastAt < 400 && performance.now() - t0 < 20000) return setTimeout(check, 50);
    obs.disconnect();
    const final = sig();
    let j = log.length - 1;
    while (j >= 0 && log[j][1] === final) j--;
    const at = j + 1 < log.length ? log[j + 1][0] : undefined;
    resolve({ ms: at === undefined ? null : at - t0, final: final.slice(0, 200), rows: final.startsWith('rows:') ? final.split(',').length : 0, same: final === before });
  };
  setTimeout(check, 50);
}))`;

/** Options page code: clicks export, or waits for the import input's `change`; resolves at data-state done or error. */
const TIME_STATUS = String.raw`((trigger, limitMs) => new Promise((resolve) => {
  let t0;
  setTimeout(() => resolve({ ms: NaN, state: 'timeout', text: 'neither done nor error after ' + limitMs / 1000 + ' s', startedAt: Date.now() }), limitMs);
  const done = () => {
    const s = document.querySelector('[data-testid="data-status"]');
    const state = s && s.getAttribute('data-state');
    if (t0 !== undefined && (state === 'done' || state === 'error')) {
      obs.disconnect();
      resolve({ ms: performance.now() - t0, state, text: s.textContent, startedAt: Date.now() - (performance.now() - t0) });
    }
  };
  const obs = new MutationObserver(done);
  obs.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'], characterData: true });
  if (trigger === 'import') {
    document.addEventListener('change', (e) => { if (e.target && e.target.name === 'import' && t0 === undefined) t0 = performance.now(); }, { capture: true, once: true });
  } else {
    t0 = performance.now();
    document.querySelector('[data-action="export-json"]').click();
  }
}))`;

/** Worker code: notes when each import message arrives (a listener of our own; it never answers). */
const WATCH_IMPORT = String.raw`(() => {
  globalThis.__importLog = [];
  if (!globalThis.__importWatch) {
    globalThis.__importWatch = (msg) => { if (msg && typeof msg.method === 'string' && msg.method.startsWith('io.import.')) globalThis.__importLog.push([msg.method, Date.now(), msg.input && msg.input.rows ? msg.input.rows.length : 0]); };
    chrome.runtime.onMessage.addListener(globalThis.__importWatch);
  }
})()`;

const n = (v: number) => v.toLocaleString('en-US');

export async function peopleFigures(b: Bench, opts: PeopleOptions): Promise<Figures> {
  const { log, want } = opts;
  const figures: Figures = {};
  const size = `${n(opts.people)} people, ${n(opts.interactions)} interactions`;

  // Seed, once the worker's own start-up work is over (it settles stale people 200 ms after it
  // starts: it would settle some of these while they are being written).
  await sleep(2000);
  const now = Date.now();
  await b.inWorker(CLEAR);
  let t = performance.now();
  const shape = await b.inWorker<{
    rows: Counts;
    linked: number;
    withNotes: number;
    withTags: number;
    none: number;
    top: number[];
    median: number;
    sample: { handle?: string };
  }>(`${GENERATE}(${opts.people}, ${opts.interactions}, ${opts.items}, ${JSON.stringify(emptyPerson('', '', 0))}, ${JSON.stringify(STAGES)}, ${now})`);
  const generatedMs = performance.now() - t;
  t = performance.now();
  const writeMs = await b.inWorker<Record<string, number>>(`${WRITE_SEED}(10000)`);
  const seedMs = performance.now() - t;
  const seeded = await b.inWorker<Counts>(COUNTS);
  for (const table of TABLES) {
    if (seeded[table] !== shape.rows[table]) throw new Error(`seeding: expected ${shape.rows[table]} ${table}, found ${seeded[table]}`);
  }
  log(
    `people: seeded ${TABLES.map((t) => `${n(seeded[t])} ${t}`).join(', ')} in ${fmt(seedMs / 1000)} s (generated in ${fmt(generatedMs / 1000)} s; ` +
      `interactions ${fmt(writeMs.interactions! / 1000)} s, items ${fmt(writeMs.items! / 1000)} s)`,
  );
  log(
    `  ${n(shape.linked)} people with two accounts, ${n(shape.withNotes)} with notes, ${n(shape.withTags)} with tags; interactions per person: ` +
      `top ${shape.top.map(n).join(', ')}, median ${shape.median}, ${n(shape.none)} with none`,
  );

  const staleBefore = await b.inWorker<number>(STALE);
  if (staleBefore !== seeded.people) throw new Error(`before settling: ${staleBefore} of ${seeded.people} people stale (did something settle them meanwhile?)`);

  // Settle (always: search and export need settled people).
  const settleMs: number[] = [];
  const settleRuns = await repeat(want.settle ? opts.settleRuns : { min: 1, max: 1, budgetMs: 0 }, async (i) => {
    if (i > 0) await b.inWorker(`db.people.toCollection().modify({ stale: 1 }).then(() => undefined)`);
    const [ms, settled] = await b.inWorker<[number, number]>(`(async () => { const t = performance.now(); const n = await rapport.settle(); return [performance.now() - t, n]; })()`);
    const stale = await b.inWorker<number>(STALE);
    if (settled !== seeded.people || stale !== 0) throw new Error(`settle: settled ${settled} of ${seeded.people} people, ${stale} still stale`);
    settleMs.push(ms);
    log(`  settle run ${i + 1}: ${n(settled)} people in ${fmt(ms)} ms (${fmt(ms / settled)} ms per person)`);
  });
  if (want.settle) {
    figures['people.settle_20k_ms'] = figure(
      'people.settle_20k_ms',
      median(settleMs),
      `rapport.settle() in the worker, all ${n(seeded.people)} people stale, ${size}; ${settleRuns > 1 ? `median of ${settleRuns} runs (${settleMs.map(fmt).join(', ')})` : '1 run'}` +
        `${settleRuns < opts.settleRuns.max ? ' (more would overrun the time budget)' : ''}; ${fmt(median(settleMs) / seeded.people)} ms per person (seeding them by bulkPut took ${fmt(seedMs / 1000)} s)`,
    );
  }
  const settledStats = await b.inWorker<{ due: number; topTerms: number; maxTerms: number }>(
    `db.people.toArray().then((ps) => ({ due: ps.filter((p) => p.dueAt !== undefined).length, topTerms: ps.reduce((s, p) => s + p.terms.length, 0), maxTerms: Math.max(...ps.map((p) => p.terms.length)) }))`,
  );
  log(`  after settle: ${n(settledStats.due)} people with a due time; ${n(settledStats.topTerms)} search terms in all (at most ${settledStats.maxTerms} for one person)`);

  if (want.search || want.render) {
    const popupUrl = `${extensionPage(b.extensionId, 'popup', b.dist)}?view=people`;
    if (want.search) await searchFigure(b, popupUrl, shape.sample.handle, opts, figures, size);
    if (want.render) {
      const times: number[] = [];
      const loaded: number[] = [];
      for (let i = -1; i < opts.popupOpens; i++) {
        const page = await b.context.newPage();
        await page.addInitScript(MARK_PERSON);
        await page.goto(popupUrl);
        await page.waitForSelector('li[data-person]', { timeout: 30_000 });
        const at = await waitFor('the first person row', async () => (await page.evaluate('window.__personAt')) as number | undefined, 5_000);
        const dcl = (await page.evaluate(`performance.getEntriesByType('navigation')[0].domContentLoadedEventStart`)) as number;
        if (i >= 0) {
          times.push(at);
          loaded.push(dcl);
        }
        await page.close();
      }
      log(`  people first render: ${times.map(fmt).join(' ')} ms (DOMContentLoaded at ${loaded.map(fmt).join(' ')} ms)`);
      figures['people.first_render_ms'] = figure(
        'people.first_render_ms',
        median(times),
        `popup?view=people in a tab: navigation start → first li[data-person], ${size}; median of ${opts.popupOpens} opens after 1 warm-up (min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}; DOMContentLoaded: median ${fmt(median(loaded))} ms)`,
      );
    }
  }

  if (want.export || want.import) await ioFigures(b, seeded, opts, figures, size);
  return figures;
}

async function searchFigure(b: Bench, popupUrl: string, handle: string | undefined, opts: PeopleOptions, figures: Figures, size: string): Promise<void> {
  const { log } = opts;
  const queries: [string, string][] = [
    ['name prefix', 'mar'],
    ['handle', `@${handle ?? 'anna_kowalski1'}`],
    ['tag', 'climbing'],
    ['note word', 'sourdough'],
    ['two words', 'anna kow'],
    ['nothing', 'qzxv'],
  ];
  const letter = 'm';
  const page = await b.context.newPage();
  await page.goto(popupUrl);
  await page.waitForSelector('li[data-person]', { timeout: 30_000 });
  await sleep(500);
  const found = (await page.evaluate(FIND_SEARCH)) as { found: boolean; search?: boolean; db?: boolean; urls?: string[] };

  // The UI: typing each query (and one letter) into the search box.
  const ui: Record<string, number[]> = {};
  const uiRows: Record<string, number> = {};
  const typed = [...queries.map(([, q]) => q), letter];
  const typeRuns = Math.max(found.found ? 0 : 5, opts.searchUiRuns);
  for (let r = 0; r < typeRuns; r++) {
    for (const q of typed) {
      await typeQuery(page, '');
      const got = await typeQuery(page, q);
      if (got.ms === null) throw new Error(`typing ${JSON.stringify(q)}: the rows never changed (from ${got.final})`);
      if (got.same) log(`  warning: typing ${JSON.stringify(q)} shows the same rows as the empty search`);
      (ui[q] ??= []).push(got.ms);
      uiRows[q] = got.rows;
    }
  }
  const uiAll = queries.flatMap(([, q]) => ui[q] ?? []);
  if (typeRuns) log(`  typing → rows: ${typed.map((q) => `${JSON.stringify(q)} ${fmt(median(ui[q]!))} ms (${uiRows[q]} rows)`).join(', ')}`);
  const uiNote = typeRuns
    ? `UI, typing → rows in the DOM: median ${fmt(median(uiAll))} ms, p95 ${fmt(percentile(uiAll, 95))} ms (${typeRuns} per query; "${letter}": ${fmt(median(ui[letter]!))} ms)`
    : '';

  // What each query returns, against every matching person (the index read in full).
  const truth = await b.inWorker<Record<string, { matching: number; entries: number; top: string[] }>>(`(async (queries) => {
    const out = {};
    for (const q of queries) {
      const words = q.toLowerCase().replace(/^@/, '').split(' ').filter(Boolean);
      const lead = [...words].sort((a, b) => b.length - a.length)[0];
      const keys = await db.people.where('terms').startsWith(lead).primaryKeys();
      const ids = [...new Set(keys)];
      const people = (await db.people.bulkGet(ids)).filter((p) => words.every((w) => p.terms.some((t) => t.startsWith(w))));
      people.sort((a, b) => b.lastAt - a.lastAt);
      out[q] = { matching: people.length, entries: keys.length, top: people.slice(0, 100).map((p) => p.id) };
    }
    return out;
  })(${JSON.stringify(typed)})`);

  let method: string;
  let all: number[];
  let perQuery: string;
  const problems: string[] = [];
  if (found.found) {
    const { times, rows } = (await page.evaluate(`${TIME_SEARCH}(${JSON.stringify([...typed, ''])}, ${opts.searchRuns})`)) as { times: Record<string, number[]>; rows: Record<string, string[]> };
    all = queries.flatMap(([, q]) => times[q]!);
    perQuery = queries.map(([what, q]) => `${what} "${q}" ${fmt(median(times[q]!))} (${truth[q]!.matching} match)`).join(', ');
    method = `searchPeople(db, q, 'last') in the popup's realm (popup?view=people tab), ${opts.searchRuns} runs per query after 1 warm-up`;
    log(`  searchPeople: ${[...typed, ''].map((q) => `${JSON.stringify(q)} ${fmt(median(times[q]!))} ms`).join(', ')}`);
    perQuery += `; not in the median: one letter "${letter}" ${fmt(median(times[letter]!))}, empty (what the view opens with) ${fmt(median(times['']!))}`;
    for (const q of typed) {
      const want = truth[q]!;
      const got = rows[q]!;
      const missing = want.top.filter((id) => !got.includes(id)).length;
      if (got.length !== want.top.length || missing) {
        problems.push(`"${q}": ${got.length} rows, ${missing} of the true top ${want.top.length} (of ${n(want.matching)} matching, ${n(want.entries)} index entries) missing`);
      }
    }
  } else {
    log(`  searchPeople not found in the popup's modules (${JSON.stringify(found)}): the figure is the UI measurement`);
    all = uiAll;
    perQuery = queries.map(([what, q]) => `${what} "${q}" ${fmt(median(ui[q]!))} (${truth[q]!.matching} match)`).join(', ');
    method = `UI (searchPeople not reachable in the popup's realm): typing into input[name="people-search"] → the query's rows in the DOM, ${typeRuns} runs per query`;
    for (const q of typed) {
      const want = Math.min(100, truth[q]!.matching);
      if (uiRows[q] !== want) problems.push(`"${q}": ${uiRows[q]} rows shown, ${want} expected (${n(truth[q]!.matching)} matching)`);
    }
  }
  await page.close();
  for (const p of problems) log(`  WRONG RESULTS: ${p}`);
  figures['people.search_ms'] = figure(
    'people.search_ms',
    median(all),
    `${method}, ${size}; p95 ${fmt(percentile(all, 95))} ms; per query (median ms): ${perQuery}` +
      `${uiNote ? `; ${uiNote}` : ''}${problems.length ? `; WRONG RESULTS: ${problems.join('; ')}` : ''}`,
  );
}

async function typeQuery(page: Page, q: string): Promise<{ ms: number | null; final: string; rows: number; same: boolean }> {
  return (await page.evaluate(`${TYPE_AND_WAIT}(${JSON.stringify(q)})`)) as { ms: number | null; final: string; rows: number; same: boolean };
}

async function ioFigures(b: Bench, seeded: Counts, opts: PeopleOptions, figures: Figures, size: string): Promise<void> {
  const { log, want } = opts;
  const optionsUrl = extensionPage(b.extensionId, 'options', b.dist);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-io-'));
  const file = path.join(dir, 'rapport-export.json');
  const rows = TABLES.reduce((s, t) => s + seeded[t], 0);
  try {
    const page = await b.context.newPage();
    // Export.
    const exportMs: number[] = [];
    const exportRuns = await repeat(want.export ? opts.exportRuns : { min: 1, max: 1, budgetMs: 0 }, async (i) => {
      await page.goto(optionsUrl);
      await page.waitForSelector('[data-action="export-json"]');
      await sleep(300);
      const [download, got] = await Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        page.evaluate(`${TIME_STATUS}('export', 600000)`) as Promise<{ ms: number; state: string; text: string }>,
      ]);
      if (got.state !== 'done') throw new Error(`export failed: ${got.text}`);
      await download.saveAs(file);
      exportMs.push(got.ms);
      log(`  export run ${i + 1}: ${fmt(got.ms)} ms (${got.text})`);
    });
    const mb = fs.statSync(file).size / (1024 * 1024);
    // What the file holds, table by table: what the export stored must be what the database held.
    const exported = (() => {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: string; data?: Record<string, unknown[]> };
      if (parsed.format !== 'rapport-export' || !parsed.data) throw new Error('the exported file is not a Rapport export');
      return Object.fromEntries(TABLES.map((t) => [t, parsed.data![t]?.length ?? -1])) as Counts;
    })();
    const short = TABLES.filter((t) => exported[t] !== seeded[t]);
    if (short.length) throw new Error(`the export holds ${short.map((t) => `${n(exported[t])} ${t} (stored: ${n(seeded[t])})`).join(', ')}`);
    log(`  export file: ${fmt(mb)} MB, every table's rows in it`);
    if (want.export) {
      figures['io.export_ms'] = figure(
        'io.export_ms',
        median(exportMs),
        `options page, export-json click → data-state done, ${size} (${n(rows)} rows in all); file ${fmt(mb)} MB; ` +
          `${exportRuns > 1 ? `median of ${exportRuns} runs (${exportMs.map(fmt).join(', ')})` : '1 run'}${exportRuns < opts.exportRuns.max ? ' (more would overrun the time budget)' : ''}`,
      );
    }

    // Import, into an emptied database.
    if (want.import) {
      const importMs: number[] = [];
      const phases: string[] = [];
      const settleAfter: number[] = [];
      let failed: string | undefined;
      const importRuns = await repeat(opts.importRuns, async (i) => {
        if (failed) return;
        await b.inWorker(CLEAR);
        const empty = await b.inWorker<Counts>(COUNTS);
        if (TABLES.some((t) => empty[t] !== 0)) throw new Error(`the database did not empty: ${JSON.stringify(empty)}`);
        await b.inWorker(WATCH_IMPORT);
        await page.goto(optionsUrl);
        await page.waitForSelector('input[name="import"]');
        await sleep(500);
        const timing = page.evaluate(`${TIME_STATUS}('import', 1200000)`) as Promise<{ ms: number; state: string; text: string; startedAt: number }>;
        await page.locator('input[name="import"]').setInputFiles(file);
        const got = await timing;
        const doneAt = Date.now();
        const after = await b.inWorker<Counts>(COUNTS);
        const wrong = TABLES.filter((t) => after[t] !== exported[t]);
        if (got.state !== 'done') failed = `run ${i + 1}: the import failed after ${fmt(got.ms)} ms: ${got.text}`;
        else if (wrong.length) failed = `run ${i + 1}: counts differ from the export: ${wrong.map((t) => `${t} ${n(after[t])} (exported ${n(exported[t])})`).join(', ')}`;
        if (failed) {
          log(`  io.import_ms FAILED: ${failed}`);
          return;
        }
        importMs.push(got.ms);
        const msgs = await b.inWorker<[string, number, number][]>('globalThis.__importLog');
        const begin = msgs.find((m) => m[0] === 'io.import.begin')?.[1];
        const commit = msgs.find((m) => m[0] === 'io.import.commit')?.[1];
        const parts = msgs.filter((m) => m[0] === 'io.import.rows').length;
        const phase =
          begin && commit
            ? `page reads and checks the file ${fmt((begin - got.startedAt) / 1000)} s, ${parts} parts sent ${fmt((commit - begin) / 1000)} s, background commit ${fmt((got.startedAt + got.ms - commit) / 1000)} s`
            : 'phases unknown';
        phases.push(phase);
        log(`  import run ${i + 1}: ${fmt(got.ms)} ms, counts match (${phase}; ${got.text})`);
        // The background settles what it imported by itself (all of them are stale now). Before
        // another run, wait for it, so that run starts from a quiet worker.
        if (opts.waitImportSettle || i + 1 < opts.importRuns.max) {
          const stale = await waitFor('the imported people to settle', async () => ((await b.inWorker<number>(STALE)) === 0 ? Date.now() : undefined), 900_000, 500);
          settleAfter.push(stale - doneAt);
          log(`  the background settled the imported people ${fmt((stale - doneAt) / 1000)} s after the import was done`);
        }
      });
      if (failed) {
        // A failed import has no time worth reporting: the figure says so, and the run exits non-zero.
        figures['io.import_ms'] = figure('io.import_ms', Number.NaN, `FAILED ${failed}`);
        process.exitCode = 1;
        await page.close();
        return;
      }
      const ms = median(importMs);
      figures['io.import_ms'] = figure(
        'io.import_ms',
        ms,
        `options page, exported file (${fmt(mb)} MB) set on input[name=import] into an emptied database → data-state done; every table's count matches the export; ` +
          `${n(rows)} rows, ${n(Math.round(rows / (ms / 1000)))} rows/s; ${importRuns > 1 ? `median of ${importRuns} runs (${importMs.map(fmt).join(', ')})` : '1 run'}` +
          `${importRuns < opts.importRuns.max ? ' (more would overrun the time budget)' : ''}; ${phases[0]}${settleAfter.length ? `; the background then settled the imported people in ${settleAfter.map((s) => fmt(s / 1000)).join(', ')} s` : ''}`,
      );
    }
    await page.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
