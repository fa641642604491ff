/**
 * content.*: what the content script costs a page while it grows, per site, in Chromium with the
 * built extension: a Mastodon home timeline from 0 to 2,000 statuses (content.*,
 * bench/pages/mastodon-feed.ts), an X home timeline from 0 to 2,000 posts (content.x.*,
 * bench/pages/x-feed.ts), a Reddit thread from 0 to 1,000 comments (content.reddit.*,
 * bench/pages/reddit-thread.ts), in batches of 100. A `BenchSite` says where the page is served,
 * with and without the extension, and when the extension is done with a batch.
 *
 * - Profiled runs (with the extension): a CDP CPU profile (200 µs sampling) per batch; the samples
 *   whose stack holds a `chrome-extension://` frame are the extension's time, over the batch size.
 *   After each batch the run waits until the extension is done with it: every status of the feed
 *   stored by the background, and a badge in the page for every item it says awaits a reply.
 * - Paired runs, without the profiler, alternating with and without the extension (ABBA): long
 *   tasks (PerformanceObserver 'longtask' in the page) and main-thread busy time (CDP
 *   `Performance.getMetrics` TaskDuration in thread ticks: CPU time, which a loaded machine does
 *   not inflate) over the same growth. "Without" is the same page in the
 *   same browser at a host the content script does not match (https://mastodon.example/home,
 *   https://x.example/home, https://www.reddit.example/r/…).
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { answer } from '../tests/fixtures/serve';
import { clearSeen, sleep, waitFor, type Bench } from './lib/browser';
import { figure, fmt, median, percentile, repeat, type FigureName, type Figures, type Repeat } from './lib/figures';
import { attribute, inclusiveByFunction, type CpuProfile } from './lib/profile';
import { feedData, feedPage } from './pages/mastodon-feed';
import { redditThreadData, redditThreadPage } from './pages/reddit-thread';
import { xFeedData, xFeedPage } from './pages/x-feed';

/** A site the content benchmark grows a page on. */
export interface BenchSite {
  /** Figure names: the per-item figures, long tasks added, and (Mastodon only) the overhead ratio. */
  names: { median: FigureName; p95: FigureName; longTasks: FigureName; overhead?: FigureName };
  /** Where the content script runs, and a host serving the same page where it does not match. */
  withHost: string;
  withoutHost: string;
  /** The page's path on both hosts. */
  path: string;
  html: string;
  script: string;
  /** Items the extension should have stored once `shown` items are on the page: done with a batch when stored, and badged. */
  expected(shown: number): number;
  /** What awaits a reply in the page, for the log. */
  awaitingNote: string;
  /** For figure notes, e.g. "Mastodon home, 0→2,000 statuses in batches of 100". */
  note: string;
  /** A line about the generated page, for the log. */
  describe: string;
}

const uniqueUpTo = (ids: readonly (string | null)[]) => (shown: number) => new Set(ids.slice(0, shown).filter((x) => x !== null)).size;

export function mastodonSite(size: number, batch: number): BenchSite {
  const { data, summary } = feedData(size);
  const { html, script } = feedPage(data);
  return {
    names: { median: 'content.per_item_ms.median', p95: 'content.per_item_ms.p95', longTasks: 'content.long_tasks_added', overhead: 'content.overhead_ratio' },
    withHost: 'mastodon.social',
    withoutHost: 'mastodon.example',
    path: '/home',
    html,
    script,
    expected: uniqueUpTo(summary.itemIds),
    awaitingNote: `feed has ${summary.addressedToMe} addressed to maya`,
    note: `Mastodon home, 0→${size.toLocaleString('en-US')} statuses in batches of ${batch}`,
    describe: `content: Mastodon feed of ${size} statuses (${summary.addressedToMe} addressed to maya, ${summary.byMe} by her, ${summary.boosts} boosts, ${summary.replies} replies), batches of ${batch}`,
  };
}

export function xSite(size: number, batch: number): BenchSite {
  const { data, summary } = xFeedData(size);
  const { html, script } = xFeedPage(data);
  return {
    names: { median: 'content.x.per_item_ms.median', p95: 'content.x.per_item_ms.p95', longTasks: 'content.x.long_tasks_added' },
    withHost: 'x.com',
    withoutHost: 'x.example',
    path: '/home',
    html,
    script,
    expected: uniqueUpTo(summary.itemIds),
    awaitingNote: `timeline has ${summary.addressedToMe} addressed to @MayaChen`,
    note: `X home, 0→${size.toLocaleString('en-US')} posts in batches of ${batch}`,
    describe: `content.x: X timeline of ${size} cells (${summary.addressedToMe} addressed to @MayaChen, ${summary.byMe} by her, ${summary.reposts} reposts, ${summary.replies} replies, ${summary.ads} ads), batches of ${batch}`,
  };
}

export function redditSite(size: number, batch: number): BenchSite {
  const { data, summary } = redditThreadData(size);
  const { html, script, path: pagePath } = redditThreadPage(data);
  return {
    names: { median: 'content.reddit.per_item_ms.median', p95: 'content.reddit.per_item_ms.p95', longTasks: 'content.reddit.long_tasks_added' },
    withHost: 'www.reddit.com',
    withoutHost: 'www.reddit.example',
    path: pagePath,
    html,
    script,
    // The post, and every comment shown.
    expected: (shown) => 1 + shown,
    awaitingNote: `thread has ${summary.repliesToMe} replies to Maya_Builds, ${summary.mentionsOfMe} mentions`,
    note: `Reddit thread, 0→${size.toLocaleString('en-US')} comments in batches of ${batch}`,
    describe:
      `content.reddit: Reddit thread of ${size} comments (${summary.topLevel} top-level, depth up to ${summary.maxDepth}, ${summary.byMe} by Maya_Builds, ` +
      `${summary.repliesToMe} replies to her, ${summary.mentionsOfMe} mentions), batches of ${batch}`,
  };
}

export interface ContentOptions {
  size: number;
  batch: number;
  /** Profiled runs with the extension (content.per_item_ms.*). */
  profiledRuns: Repeat;
  /** With/without pairs (content.long_tasks_added, content.overhead_ratio). */
  pairs: Repeat;
  /** Pause after each batch once the page (and the extension) is idle, ms. */
  settleMs: number;
  /** A folder to write each profiled batch's CPU profile to (DevTools opens .cpuprofile files). */
  saveProfiles?: string;
  perItem: boolean;
  paired: boolean;
  log: (line: string) => void;
}

/** Page script, before anything else runs: long tasks, and a flag the content script's start raises. */
const INIT = `(() => {
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  document.addEventListener('rapport:takeover', () => { window.__rapportStarted = true; });
})();`;

const BADGES = `document.querySelectorAll('rapport-ui[data-kind="unanswered-badge"]').length`;
const AWAITING = `db.items.where('[awaiting+sortAt]').between([1, -Infinity], [1, Infinity]).count()`;

interface BatchResult {
  /** Statuses appended in the batch. */
  items: number;
  /** Extension time in the batch (profiled runs), ms. */
  extMs?: number;
  busyMs?: number;
  /** extMs as a share of the main thread's CPU time in the batch (TaskDuration, thread ticks), ms. */
  extCpuMs?: number;
  /** From append to the extension done with the batch, ms. */
  latencyMs: number;
}

interface RunResult {
  withExt: boolean;
  batches: BatchResult[];
  taskMs: number;
  longTasks: number[];
  /** With the extension, at the end: items stored, awaiting a reply, badges in the page. */
  final?: { stored: number; awaiting: number; badges: number };
  profiles: CpuProfile[];
}

async function routeSite(context: BrowserContext, site: BenchSite): Promise<void> {
  // Registered after the fixture routes, so these win for the bench URLs.
  const hosts = new Set([site.withHost, site.withoutHost]);
  await context.route(
    (url) => hosts.has(url.host),
    async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === site.path) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: site.html });
      if (url.pathname === '/bench-feed.js') return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: site.script });
      if (url.host === site.withoutHost) {
        // Same answers as the fixture server gives the real host (images: a pixel; the rest: 404).
        const r = answer(`https://${site.withHost}${url.pathname}`);
        return route.fulfill({ status: r.status, contentType: r.contentType, body: r.body });
      }
      return route.fallback();
    },
  );
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

async function growFeed(b: Bench, site: BenchSite, opts: ContentOptions, run: { withExt: boolean; profile: boolean; size?: number; index?: number }): Promise<RunResult> {
  const size = run.size ?? opts.size;
  if (run.withExt) await clearSeen(b);
  const page: Page = await b.context.newPage();
  try {
    await page.addInitScript(INIT);
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (run.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    }
    await page.goto(`https://${run.withExt ? site.withHost : site.withoutHost}${site.path}`, { waitUntil: 'load' });
    await waitFor('the feed script', async () => (await page.evaluate('!!window.__bench')) as boolean, 15_000);
    if (run.withExt) await waitFor('the content script to start', async () => (await page.evaluate('window.__rapportStarted === true')) as boolean, 15_000);
    await sleep(400);
    const taskBefore = await taskDuration(cdp);
    const startedAt = (await page.evaluate('performance.now()')) as number;
    const result: RunResult = { withExt: run.withExt, batches: [], taskMs: 0, longTasks: [], profiles: [] };

    for (let shown = 0; shown < size; ) {
      const batchTaskBefore = run.profile ? await taskDuration(cdp) : 0;
      if (run.profile) await cdp.send('Profiler.start');
      const t0 = performance.now();
      const before = shown;
      shown = (await page.evaluate(`window.__bench.append(${Math.min(opts.batch, size - shown)})`)) as number;
      if (run.withExt) {
        // Done when the background stored every item shown so far, and the page badges every
        // item the background says awaits a reply.
        const expected = site.expected(shown);
        const awaiting = await waitFor(
          `${expected} items stored`,
          async () => {
            const [count, aw] = await b.inWorker<[number, number]>(`Promise.all([db.items.count(), ${AWAITING}])`);
            return count >= expected ? aw : undefined;
          },
          30_000,
        );
        await waitFor(`${awaiting} badges`, async () => ((await page.evaluate(BADGES)) as number) === awaiting, 10_000);
      } else {
        // The same probe of the page as the runs with the extension make.
        await page.evaluate(BADGES);
      }
      const latencyMs = performance.now() - t0;
      await sleep(opts.settleMs);
      const batch: BatchResult = { items: shown - before, latencyMs };
      if (run.profile) {
        const { profile } = await cdp.send('Profiler.stop');
        const a = attribute(profile);
        batch.extMs = a.matchedMs;
        batch.busyMs = a.busyMs;
        // Samples are taken on wall time: on a loaded machine a descheduled thread still collects
        // them. The thread's CPU time over the batch, shared out in the same proportion, is the
        // estimate that loaded machines do not inflate.
        batch.extCpuMs = a.busyMs > 0 ? ((await taskDuration(cdp)) - batchTaskBefore) * (a.matchedMs / a.busyMs) : 0;
        result.profiles.push(profile);
        if (opts.saveProfiles) {
          fs.mkdirSync(opts.saveProfiles, { recursive: true });
          fs.writeFileSync(path.join(opts.saveProfiles, `run${run.index ?? 0}-batch${String(result.batches.length + 1).padStart(2, '0')}.cpuprofile`), JSON.stringify(profile));
        }
      }
      result.batches.push(batch);
    }
    result.taskMs = (await taskDuration(cdp)) - taskBefore;
    if (run.withExt) {
      const [stored, awaiting, badges] = [...(await b.inWorker<[number, number]>(`Promise.all([db.items.count(), ${AWAITING}])`)), (await page.evaluate(BADGES)) as number];
      result.final = { stored, awaiting, badges };
    }
    const lt = (await page.evaluate('window.__longtasks')) as [number, number][];
    result.longTasks = lt.filter(([start]) => start >= startedAt).map(([, d]) => d);
    await cdp.detach();
    return result;
  } finally {
    await page.close();
  }
}

function topFrames(profiles: CpuProfile[], n: number): { self: [string, number][]; inclusive: [string, number][] } {
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const p of profiles) {
    for (const [k, v] of attribute(p).byFrame) self.set(k, (self.get(k) ?? 0) + v);
    for (const [k, v] of inclusiveByFunction(p)) incl.set(k, (incl.get(k) ?? 0) + v);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self: top(self), inclusive: top(incl) };
}

export async function contentFigures(b: Bench, site: BenchSite, opts: ContentOptions): Promise<Figures> {
  const { log } = opts;
  await routeSite(b.context, site);
  log(site.describe);

  // Warm-up: the identity gets detected, caches fill, code gets compiled.
  await growFeed(b, site, opts, { withExt: true, profile: false, size: Math.min(opts.size, 3 * opts.batch) });
  await growFeed(b, site, opts, { withExt: false, profile: false, size: Math.min(opts.size, 3 * opts.batch) });

  const figures: Figures = {};
  const feedNote = site.note;

  if (opts.perItem) {
    const medians: number[] = [];
    const p95s: number[] = [];
    const cpuMedians: number[] = [];
    const profiles: CpuProfile[] = [];
    const runCount = await repeat(opts.profiledRuns, async (i) => {
      const t = performance.now();
      const r = await growFeed(b, site, opts, { withExt: true, profile: true, index: i + 1 });
      const perItem = r.batches.map((x) => x.extMs! / x.items);
      medians.push(median(perItem));
      p95s.push(percentile(perItem, 95));
      cpuMedians.push(median(r.batches.map((x) => x.extCpuMs! / x.items)));
      profiles.push(...r.profiles);
      const ext = r.batches.reduce((s, x) => s + x.extMs!, 0);
      const busy = r.batches.reduce((s, x) => s + x.busyMs!, 0);
      log(
        `  profiled run ${i + 1}: per item median ${fmt(medians.at(-1)!)} ms (CPU-time estimate ${fmt(cpuMedians.at(-1)!)} ms), p95 ${fmt(p95s.at(-1)!)} ms; ` +
          `extension ${fmt(ext)} ms of ${fmt(busy)} ms busy; per batch ms/item: ${perItem.map(fmt).join(' ')}; ` +
          `latency first/last batch ${fmt(r.batches[0]!.latencyMs)}/${fmt(r.batches.at(-1)!.latencyMs)} ms; ` +
          `${r.final!.stored} items stored, ${r.final!.awaiting} awaiting (${site.awaitingNote}), ${r.final!.badges} badges (${((performance.now() - t) / 1000).toFixed(1)} s)`,
      );
    });
    const budget = runCount < opts.profiledRuns.max ? '; time budget reached' : '';
    const runs = `median of ${runCount} runs (${medians.map(fmt).join(', ')})${budget}`;
    const runs95 = `median of ${runCount} runs (${p95s.map(fmt).join(', ')})${budget}`;
    figures[site.names.median] = figure(site.names.median, median(medians), `${feedNote}; CPU profile, chrome-extension:// frames; median over batches, ${runs}; as a share of thread CPU time: ${fmt(median(cpuMedians))} ms`);
    figures[site.names.p95] = figure(site.names.p95, median(p95s), `${feedNote}; p95 over batches, ${runs95}`);
    const hot = topFrames(profiles, 8);
    const total = hot.inclusive.length ? profiles.reduce((s, p) => s + attribute(p).matchedMs, 0) : 0;
    log(`  extension time, all profiled runs: ${fmt(total)} ms. Innermost extension frame (self):`);
    for (const [k, v] of hot.self) log(`    ${fmt(v).padStart(8)} ms  ${k}`);
    log('  inclusive:');
    for (const [k, v] of hot.inclusive) log(`    ${fmt(v).padStart(8)} ms  ${k}`);
  }

  if (opts.paired) {
    const withRuns: RunResult[] = [];
    const withoutRuns: RunResult[] = [];
    const pairCount = await repeat(opts.pairs, async (i) => {
      // ABBA: with, without, without, with, …
      const order = i % 2 === 0 ? [true, false] : [false, true];
      for (const withExt of order) {
        const r = await growFeed(b, site, opts, { withExt, profile: false });
        (withExt ? withRuns : withoutRuns).push(r);
        log(`  pair ${i + 1} ${withExt ? 'with   ' : 'without'}: busy ${fmt(r.taskMs)} ms, long tasks ${r.longTasks.length} (${r.longTasks.map((d) => fmt(d)).join(', ') || '—'} ms)`);
      }
    });
    const ltWith = median(withRuns.map((r) => r.longTasks.length));
    const ltWithout = median(withoutRuns.map((r) => r.longTasks.length));
    const busyWith = median(withRuns.map((r) => r.taskMs));
    const busyWithout = median(withoutRuns.map((r) => r.taskMs));
    const longest = Math.max(0, ...withRuns.flatMap((r) => r.longTasks));
    figures[site.names.longTasks] = figure(
      site.names.longTasks,
      ltWith - ltWithout,
      `${feedNote}; median long tasks with ${fmt(ltWith)} − without ${fmt(ltWithout)}, ${pairCount} alternating pairs; longest with: ${fmt(longest)} ms`,
    );
    const overhead = `${feedNote}; main-thread task CPU time (CDP TaskDuration, thread ticks), median with ${fmt(busyWith)} ms / without ${fmt(busyWithout)} ms, ${pairCount} alternating pairs`;
    if (site.names.overhead) figures[site.names.overhead] = figure(site.names.overhead, busyWith / busyWithout, overhead);
    else log(`  overhead ratio ${fmt(busyWith / busyWithout)} (${overhead})`);
  }
  return figures;
}
