/**
 * db.* and popup.*: Rapport's database at 100,000 items, in the real extension.
 *
 * - db.ingest_100k_ms: 100,000 Mastodon items sent from an extension page through the real write
 *   path (`page.items` → zod validation → ingestItems → toolbar count), in batches of 200 like the
 *   content script (src/content/items.ts BATCH), one after the other; timed end to end in the page.
 *   The sending page is a plain extension document (an icon), not the popup, so no live query
 *   re-runs in between.
 * - db.inbox_query_100k_ms: the inbox query (src/shared/queries.ts `inbox`) in the service worker.
 * - popup.first_render_100k_ms: popup navigation start → first `ul.inbox > li` in the DOM (a
 *   MutationObserver registered before the popup's own scripts), in a fresh tab each time.
 */
import { TAG } from '../src/shared/messages';
import { extensionPage } from '../tests/e2e/chromium';
import { clearSeen, sleep, waitFor, type Bench } from './lib/browser';
import { figure, fmt, median, repeat, type Figures, type Repeat } from './lib/figures';

export interface DbOptions {
  items: number;
  batch: number;
  ingestRuns: Repeat;
  queryRuns: number;
  popupOpens: number;
  wantIngest: boolean;
  wantQuery: boolean;
  wantPopup: boolean;
  log: (line: string) => void;
}

/**
 * Page code (a string: it runs in the browser as written) that builds `total` items the way the
 * Mastodon adapter reports them: 2,000 authors on a dozen instances; Maya's posts (5%); replies to
 * them (30%, each mentioning her: they await her reply); Maya answering some of those replies (5%:
 * they mark their parent answered); replies between others (15%); mentions of Maya (3%); posts.
 */
const GENERATE = String.raw`((total, batchSize) => {
  let a = 20261127;
  const rnd = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const pick = (l) => l[Math.floor(rnd() * l.length)];
  const WORDS = 'the a of to and in is it that for on with as was at by this from be have are or not but sync offline merge conflict release build test bread sourdough crumb oven weekend morning coffee train rust typescript compiler cache latency queue browser extension database index query garden rain photo film camera thesis draft review conference talk meetup music synth book privacy security patch update bug fix feature design mobile battery phone really maybe today finally again still'.split(' ');
  const text = (n) => { const w = []; for (let i = 0; i < n; i++) w.push(pick(WORDS)); return w.join(' ') + '.'; };
  const HOST = 'mastodon.social';
  const DOMAINS = [HOST, HOST, HOST, 'fosstodon.org', 'hachyderm.io', 'chaos.social', 'mas.to', 'infosec.exchange', 'sigmoid.social', 'techhub.social', 'mastodon.online', 'social.coop'];
  const NAMES = ['Ana', 'Bob', 'Carol', 'Dan', 'Erin', 'Fatima', 'Gus', 'Hana', 'Ines', 'Jonas', 'Kofi', 'Lena', 'Mo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rui', 'Sam', 'Tomas'];
  const authors = [];
  for (let i = 0; i < 2000; i++) {
    const first = NAMES[i % NAMES.length];
    authors.push({ handle: (first + i).toLowerCase() + '@' + pick(DOMAINS), name: first + ' ' + String.fromCharCode(65 + (i % 26)) + '.', nativeId: '10900000000000' + String(2000 + i) });
  }
  const maya = { handle: 'maya@' + HOST, name: 'Maya Chen', nativeId: '109000000000000001' };
  const now = Date.parse('2026-11-27T12:00:00.000Z');
  const mayaPosts = [];
  const repliesToMaya = [];
  const batches = [];
  let batch = [];
  for (let i = 0; i < total; i++) {
    const sid = '1135' + String(i * 16).padStart(14, '0');
    const id = 'mastodon:' + HOST + '/' + sid;
    const createdAt = now - (total - i) * 37000;
    const roll = rnd();
    let author = pick(authors);
    let kind = 'post';
    let parentId, parentAuthor;
    let mentions = [];
    const hashtags = rnd() < 0.2 ? [pick(['LocalFirst', 'Sourdough', 'photography', 'infosec', 'NLP', 'rustlang', 'DIY'])] : [];
    let body = text(10 + Math.floor(rnd() * 40));
    if (roll < 0.05 || mayaPosts.length === 0) {
      author = maya;
      mayaPosts.push(id);
    } else if (roll < 0.35) {
      kind = 'reply';
      parentId = pick(mayaPosts.slice(-200));
      parentAuthor = maya.handle;
      mentions = [maya.handle];
      body = '@maya ' + body;
      repliesToMaya.push({ id, author: author.handle });
    } else if (roll < 0.40 && repliesToMaya.length) {
      const to = pick(repliesToMaya.slice(-500));
      author = maya;
      kind = 'reply';
      parentId = to.id;
      parentAuthor = to.author;
      mentions = [to.author];
      body = '@' + to.author.split('@')[0] + ' ' + body;
    } else if (roll < 0.55) {
      const to = pick(authors);
      kind = 'reply';
      parentId = 'mastodon:' + HOST + '/1134' + String(Math.floor(rnd() * 1e12)).padStart(14, '0');
      parentAuthor = to.handle;
      mentions = [to.handle];
      body = '@' + to.handle.split('@')[0] + ' ' + body;
    } else if (roll < 0.58) {
      mentions = [maya.handle];
      body = body + ' cc @maya';
    }
    const item = {
      id, site: 'mastodon', kind,
      author: { handle: author.handle, name: author.name, nativeId: author.nativeId },
      url: 'https://' + HOST + '/@' + (author.handle.endsWith('@' + HOST) ? author.handle.split('@')[0] : author.handle) + '/' + sid,
      text: body, createdAt, mentions, hashtags,
    };
    if (parentId) { item.parentId = parentId; item.parentAuthor = parentAuthor; }
    batch.push(item);
    if (batch.length === batchSize) { batches.push(batch); batch = []; }
  }
  if (batch.length) batches.push(batch);
  window.__batches = batches;
  return { batches: batches.length, mayaPosts: mayaPosts.length, repliesToMaya: repliesToMaya.length };
})`;

const SEND_ALL = `(async (tag) => {
  const t0 = performance.now();
  for (const items of window.__batches) {
    const reply = await chrome.runtime.sendMessage({ tag, method: 'page.items', input: { host: 'mastodon.social', url: 'https://mastodon.social/home', items } });
    if (!reply || !reply.ok) throw new Error('page.items failed: ' + JSON.stringify(reply && reply.error));
  }
  return performance.now() - t0;
})`;

const INBOX = `db.items.where('[awaiting+sortAt]').between([1, -Infinity], [1, Infinity]).reverse().limit(200).toArray()`;

const MARK_INBOX = `(() => {
  const mark = () => {
    if (window.__inboxAt === undefined && document.querySelector('ul.inbox > li')) window.__inboxAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
})();`;

export async function dbFigures(b: Bench, opts: DbOptions): Promise<Figures> {
  const { log } = opts;
  const n = opts.items.toLocaleString('en-US');
  const figures: Figures = {};
  const driver = await b.context.newPage();
  // Any document of the extension's origin can message the background; this one runs no code of its own.
  await driver.goto(b.extensionUrl('icons/icon-16.png'));
  const identity = (await driver.evaluate(`chrome.runtime.sendMessage({ tag: ${JSON.stringify(TAG)}, method: 'identity.set', input: { site: 'mastodon', handle: 'maya@mastodon.social' } })`)) as { ok: boolean };
  if (!identity.ok) throw new Error(`identity.set failed: ${JSON.stringify(identity)}`);
  const shape = (await driver.evaluate(`${GENERATE}(${opts.items}, ${opts.batch})`)) as { batches: number; mayaPosts: number; repliesToMaya: number };
  log(`db: ${n} items in ${shape.batches} batches of ${opts.batch} (${shape.mayaPosts} posts by maya, ${shape.repliesToMaya} replies to her)`);

  const ingestMs: number[] = [];
  const runs = await repeat(opts.wantIngest ? opts.ingestRuns : { min: 1, max: 1, budgetMs: 0 }, async (i) => {
    await clearSeen(b);
    await sleep(500);
    const ms = (await driver.evaluate(`${SEND_ALL}(${JSON.stringify(TAG)})`)) as number;
    ingestMs.push(ms);
    log(`  ingest run ${i + 1}: ${fmt(ms)} ms (${fmt(ms / shape.batches)} ms per batch of ${opts.batch})`);
  });
  const [count, awaiting] = await b.inWorker<[number, number]>(`Promise.all([db.items.count(), db.items.where('[awaiting+sortAt]').between([1, -Infinity], [1, Infinity]).count()])`);
  if (count !== opts.items) throw new Error(`expected ${opts.items} items stored, found ${count}`);
  log(`  stored: ${count} items, ${awaiting} awaiting a reply`);
  await driver.close();
  if (opts.wantIngest) {
    figures['db.ingest_100k_ms'] = figure(
      'db.ingest_100k_ms',
      median(ingestMs),
      `${n} Mastodon items via page.items from an extension page, ${shape.batches} sequential batches of ${opts.batch}; ${runs > 1 ? `median of ${runs} runs (${ingestMs.map(fmt).join(', ')})` : '1 run'}${runs < opts.ingestRuns.max ? ' (more would overrun the time budget)' : ''}`,
    );
  }

  if (opts.wantQuery) {
    const times = await b.inWorker<number[]>(`(async () => {
      const times = [];
      await ${INBOX};
      for (let i = 0; i < ${opts.queryRuns}; i++) {
        const t = performance.now();
        const rows = await ${INBOX};
        times.push(performance.now() - t);
        if (rows.length !== Math.min(200, ${awaiting})) throw new Error('inbox returned ' + rows.length + ' rows');
      }
      return times;
    })()`);
    log(`  inbox query: ${times.map(fmt).join(' ')} ms`);
    figures['db.inbox_query_100k_ms'] = figure('db.inbox_query_100k_ms', median(times), `inbox(db) (200 newest of ${awaiting.toLocaleString('en-US')} awaiting) in the service worker, ${n} items; median of ${opts.queryRuns} after 1 warm-up`);
  }

  if (opts.wantPopup) {
    const times: number[] = [];
    const loaded: number[] = [];
    // One open first, not counted: the popup's scripts get compiled and cached, as for anyone who uses it.
    for (let i = -1; i < opts.popupOpens; i++) {
      const page = await b.context.newPage();
      await page.addInitScript(MARK_INBOX);
      await page.goto(extensionPage(b.extensionId, 'popup', b.dist));
      await page.waitForSelector('ul.inbox > li', { timeout: 30_000 });
      // page.evaluate, not waitForFunction: a string predicate would need eval, which the popup's CSP forbids.
      const at = await waitFor('the inbox mark', async () => (await page.evaluate('window.__inboxAt')) as number | undefined, 5_000);
      const dcl = (await page.evaluate(`performance.getEntriesByType('navigation')[0].domContentLoadedEventStart`)) as number;
      if (i >= 0) {
        times.push(at);
        loaded.push(dcl);
      }
      await page.close();
    }
    log(`  popup first render: ${times.map(fmt).join(' ')} ms (DOMContentLoaded at ${loaded.map(fmt).join(' ')} ms)`);
    figures['popup.first_render_100k_ms'] = figure(
      'popup.first_render_100k_ms',
      median(times),
      `popup in a tab: navigation start → first ul.inbox > li, ${n} items stored; median of ${opts.popupOpens} opens after 1 warm-up (DOMContentLoaded: median ${fmt(median(loaded))} ms)`,
    );
  }
  return figures;
}
