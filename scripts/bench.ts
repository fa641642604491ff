/**
 * `npm run bench`: Rapport's performance figures (see BENCH.md for what each one means), printed as
 * a table and written to bench/out/latest.json.
 *
 *   npm run bench                      every figure
 *   npm run bench -- --only db.        the figures whose name starts with "db." (repeatable, or comma-separated)
 *   npm run bench -- --only content.x  the X timeline's content figures only (content.reddit: Reddit's)
 *
 * Browser figures run the built extension (dist/chrome, rebuilt first when older than src/) in
 * Debian's Chromium, headless. Repetitions are set by environment variables:
 *
 *   BENCH_FEED_SIZE=2000  BENCH_FEED_BATCH=100   content, content.x: items in the feed, appended per batch
 *   BENCH_THREAD_SIZE=1000                       content.reddit: comments in the thread (batches as above)
 *   BENCH_PROFILED_RUNS=5  BENCH_PROFILED_BUDGET_S=150
 *                                                content: profiled runs with the extension (per-item figures)
 *   BENCH_PAIRS=4  BENCH_PAIRS_BUDGET_S=150       content: with/without pairs (long tasks, overhead ratio)
 *   BENCH_SETTLE_MS=100                          content: pause after each batch once idle
 *   BENCH_DB_ITEMS=100000
 *   BENCH_INGEST_RUNS=3  BENCH_INGEST_BUDGET_S=60 db: items stored, ingest repetitions
 *   BENCH_QUERY_RUNS=20  BENCH_POPUP_OPENS=10    db/popup/people: inbox query runs, popup opens
 *   BENCH_PEOPLE=20000  BENCH_INTERACTIONS=500000  BENCH_PEOPLE_ITEMS=50000
 *                                                people, io: the data set (seeded straight into the database)
 *   BENCH_SETTLE_RUNS=2  BENCH_SETTLE_BUDGET_S=60  people.settle: settle runs (every person stale)
 *   BENCH_SEARCH_RUNS=20  BENCH_SEARCH_UI_RUNS=3  people.search: searchPeople runs per query, typed runs per query
 *   BENCH_EXPORT_RUNS=3  BENCH_IMPORT_RUNS=1  BENCH_IO_BUDGET_S=150
 *                                                io: export and import repetitions (each within the budget)
 *   BENCH_IMPORT_SETTLE=0                        io.import: 1 = also wait for (and note) the background's settle after the last import
 *   BENCH_SUGGEST_ROUNDS=20                      suggest: rounds over the 384 labelled comments
 *   BENCH_DIST=dist/chrome                       the build to load
 *   BENCH_PROFILES=bench/out/profiles            also write each profiled batch's .cpuprofile there (DevTools opens them)
 *
 * Repetitions: at least 3 profiled runs, 2 pairs (with, without, without, with) and 1 ingest; more,
 * up to the counts above, while the next one is expected to end within the budget. So a slow
 * extension still finishes in about ten minutes on a two-core machine, and a fast one gets more runs.
 *
 * For readable function names in the content profile summary, profile an unminified build:
 *   npx vite build --mode chrome --minify false --outDir /tmp/rapport-unminified
 *   BENCH_DIST=/tmp/rapport-unminified npm run bench -- --only content.per_item
 *
 * Never used by tests: times are reported, not asserted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleFigures } from '../bench/bundle';
import { contentFigures, mastodonSite, redditSite, xSite, type BenchSite } from '../bench/content';
import { dbFigures } from '../bench/db';
import { suggestFigures } from '../bench/suggest';
import { peopleFigures } from '../bench/people';
import { DIST, ensureChromeBuild, launch, ROOT } from '../bench/lib/browser';
import { FIGURES, table, type FigureName, type Figures } from '../bench/lib/figures';

const argv = process.argv.slice(2);
const only: string[] = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--only') only.push(...(argv[++i] ?? '').split(','));
  else if (a.startsWith('--only=')) only.push(...a.slice('--only='.length).split(','));
  else if (a === '--help' || a === '-h') {
    console.log('usage: npm run bench [-- --only <prefix>[,<prefix>…]]');
    process.exit(0);
  } else {
    console.error(`unknown argument ${a} (usage: npm run bench [-- --only <prefix>])`);
    process.exit(2);
  }
}
const prefixes = only.map((p) => p.trim()).filter(Boolean);
const wanted = (name: FigureName) => !prefixes.length || prefixes.some((p) => name.startsWith(p));
const names = Object.keys(FIGURES) as FigureName[];
if (!names.some(wanted)) {
  console.error(`no figure starts with ${prefixes.join(' or ')}; figures: ${names.join(', ')}`);
  process.exit(2);
}

const int = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got ${raw}`);
  return n;
};

const runs = (max: string, maxDefault: number, min: number, budget: string, budgetDefaultS: number) => {
  const most = Math.max(1, int(max, maxDefault));
  return { min: Math.min(min, most), max: most, budgetMs: int(budget, budgetDefaultS) * 1000 };
};

const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : DIST;

const figures: Figures = {};
let chromium = '';

const needsBrowser = names.some((n) => wanted(n) && !n.startsWith('bundle.'));
if (dist === DIST && (needsBrowser || wanted('bundle.content_entry_gzip_kb'))) ensureChromeBuild(log);

if (wanted('bundle.content_entry_gzip_kb')) Object.assign(figures, bundleFigures(dist));
if (wanted('suggest.builtin_ms.median') || wanted('suggest.builtin_ms.p95') || wanted('suggest.classify_per_s')) {
  for (const [k, v] of Object.entries(suggestFigures(ROOT, int('BENCH_SUGGEST_ROUNDS', 20))) as [FigureName, NonNullable<Figures[FigureName]>][]) if (wanted(k)) figures[k] = v;
}

const feedSize = int('BENCH_FEED_SIZE', 2000);
const batch = int('BENCH_FEED_BATCH', 100);
const contentSites: { perItem: boolean; paired: boolean; size: number; make: () => BenchSite }[] = [
  {
    perItem: wanted('content.per_item_ms.median') || wanted('content.per_item_ms.p95'),
    paired: wanted('content.long_tasks_added') || wanted('content.overhead_ratio'),
    size: feedSize,
    make: () => mastodonSite(feedSize, batch),
  },
  {
    perItem: wanted('content.x.per_item_ms.median') || wanted('content.x.per_item_ms.p95'),
    paired: wanted('content.x.long_tasks_added'),
    size: feedSize,
    make: () => xSite(feedSize, batch),
  },
  {
    perItem: wanted('content.reddit.per_item_ms.median') || wanted('content.reddit.per_item_ms.p95'),
    paired: wanted('content.reddit.long_tasks_added'),
    size: int('BENCH_THREAD_SIZE', 1000),
    make: () => redditSite(int('BENCH_THREAD_SIZE', 1000), batch),
  },
].filter((s) => s.perItem || s.paired);
if (contentSites.length) {
  const b = await launch(dist);
  try {
    chromium = await b.chromiumVersion();
    for (const site of contentSites) {
      const got = await contentFigures(b, site.make(), {
        size: site.size,
        batch,
        profiledRuns: runs('BENCH_PROFILED_RUNS', 5, 3, 'BENCH_PROFILED_BUDGET_S', 150),
        pairs: runs('BENCH_PAIRS', 4, 2, 'BENCH_PAIRS_BUDGET_S', 150),
        settleMs: int('BENCH_SETTLE_MS', 100),
        saveProfiles: process.env.BENCH_PROFILES ? path.resolve(process.env.BENCH_PROFILES) : undefined,
        perItem: site.perItem,
        paired: site.paired,
        log,
      });
      for (const [k, v] of Object.entries(got) as [FigureName, NonNullable<Figures[FigureName]>][]) if (wanted(k)) figures[k] = v;
    }
  } finally {
    await b.close();
  }
}

const db = { wantIngest: wanted('db.ingest_100k_ms'), wantQuery: wanted('db.inbox_query_100k_ms'), wantPopup: wanted('popup.first_render_100k_ms') };
if (db.wantIngest || db.wantQuery || db.wantPopup) {
  const b = await launch(dist);
  try {
    chromium ||= await b.chromiumVersion();
    Object.assign(
      figures,
      await dbFigures(b, {
        items: int('BENCH_DB_ITEMS', 100_000),
        batch: 200,
        ingestRuns: runs('BENCH_INGEST_RUNS', 3, 1, 'BENCH_INGEST_BUDGET_S', 60),
        queryRuns: Math.max(1, int('BENCH_QUERY_RUNS', 20)),
        popupOpens: Math.max(1, int('BENCH_POPUP_OPENS', 10)),
        ...db,
        log,
      }),
    );
  } finally {
    await b.close();
  }
}

const people = {
  settle: wanted('people.settle_20k_ms'),
  search: wanted('people.search_ms'),
  render: wanted('people.first_render_ms'),
  export: wanted('io.export_ms'),
  import: wanted('io.import_ms'),
};
if (Object.values(people).some(Boolean)) {
  const b = await launch(dist);
  try {
    chromium ||= await b.chromiumVersion();
    Object.assign(
      figures,
      await peopleFigures(b, {
        people: int('BENCH_PEOPLE', 20_000),
        interactions: int('BENCH_INTERACTIONS', 500_000),
        items: int('BENCH_PEOPLE_ITEMS', 50_000),
        settleRuns: runs('BENCH_SETTLE_RUNS', 2, 1, 'BENCH_SETTLE_BUDGET_S', 60),
        searchRuns: Math.max(1, int('BENCH_SEARCH_RUNS', 20)),
        searchUiRuns: int('BENCH_SEARCH_UI_RUNS', 3),
        popupOpens: Math.max(1, int('BENCH_POPUP_OPENS', 10)),
        exportRuns: runs('BENCH_EXPORT_RUNS', 3, 2, 'BENCH_IO_BUDGET_S', 150),
        importRuns: runs('BENCH_IMPORT_RUNS', 1, 1, 'BENCH_IO_BUDGET_S', 150),
        waitImportSettle: int('BENCH_IMPORT_SETTLE', 0) > 0,
        want: people,
        log,
      }),
    );
  } finally {
    await b.close();
  }
}

// In the order BENCH.md lists them.
const ordered: Figures = {};
for (const name of names) if (figures[name]) ordered[name] = figures[name];

const out = { at: new Date().toISOString(), node: process.version, chromium: chromium || undefined, figures: ordered };
const file = path.join(ROOT, 'bench/out/latest.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);

console.log(`\n${table(ordered)}\n`);
console.log(`${path.relative(process.cwd(), file) || file} written; ${((performance.now() - started) / 1000).toFixed(0)} s in all${dist === DIST ? '' : ` (build: ${dist})`}`);
