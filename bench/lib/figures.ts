/** The figures `npm run bench` reports (names, units and goals as in BENCH.md), and how they print. */

export interface Figure {
  value: number;
  unit: string;
  note: string;
}

export interface FigureSpec {
  unit: string;
  /** As BENCH.md states it; `max` is what the value must not exceed. */
  goal?: { text: string; max: number };
}

export const FIGURES = {
  'content.per_item_ms.median': { unit: 'ms', goal: { text: '≤ 0.05', max: 0.05 } },
  'content.per_item_ms.p95': { unit: 'ms', goal: { text: '≤ 0.15', max: 0.15 } },
  'content.long_tasks_added': { unit: 'tasks', goal: { text: '0', max: 0 } },
  'content.overhead_ratio': { unit: '×', goal: { text: '≤ 1.05', max: 1.05 } },
  'content.x.per_item_ms.median': { unit: 'ms', goal: { text: '≤ 0.05', max: 0.05 } },
  'content.x.per_item_ms.p95': { unit: 'ms', goal: { text: '≤ 0.15', max: 0.15 } },
  'content.x.long_tasks_added': { unit: 'tasks', goal: { text: '0', max: 0 } },
  'content.reddit.per_item_ms.median': { unit: 'ms', goal: { text: '≤ 0.05', max: 0.05 } },
  'content.reddit.per_item_ms.p95': { unit: 'ms', goal: { text: '≤ 0.15', max: 0.15 } },
  'content.reddit.long_tasks_added': { unit: 'tasks', goal: { text: '0', max: 0 } },
  'bundle.content_entry_gzip_kb': { unit: 'kB', goal: { text: '≤ 40', max: 40 } },
  'db.ingest_100k_ms': { unit: 'ms', goal: { text: '≤ 3,000', max: 3000 } },
  'db.inbox_query_100k_ms': { unit: 'ms', goal: { text: '≤ 10', max: 10 } },
  'popup.first_render_100k_ms': { unit: 'ms', goal: { text: '≤ 100', max: 100 } },
  'suggest.builtin_ms.median': { unit: 'ms' },
  'suggest.builtin_ms.p95': { unit: 'ms', goal: { text: '≤ 20', max: 20 } },
  'suggest.classify_per_s': { unit: 'comments/s' },
  'people.search_ms': { unit: 'ms', goal: { text: '≤ 50', max: 50 } },
  'people.first_render_ms': { unit: 'ms' },
  'people.settle_20k_ms': { unit: 'ms' },
  'io.export_ms': { unit: 'ms' },
  'io.import_ms': { unit: 'ms' },
} as const satisfies Record<string, FigureSpec>;

export type FigureName = keyof typeof FIGURES;
export type Figures = Partial<Record<FigureName, Figure>>;

export function figure(name: FigureName, value: number, note: string): Figure {
  return { value: Number.isFinite(value) ? Number(value.toPrecision(4)) : value, unit: FIGURES[name].unit, note };
}

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A value with about three significant digits, for tables and notes. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  if (abs === 0) return '0';
  return value.toPrecision(2);
}

export function table(figures: Figures): string {
  const rows = [['figure', 'value', 'unit', 'goal', '', 'note']];
  for (const [name, f] of Object.entries(figures) as [FigureName, Figure][]) {
    const goal = (FIGURES[name] as FigureSpec).goal;
    const verdict = !goal ? '' : f.value <= goal.max ? 'ok' : 'MISS';
    rows.push([name, fmt(f.value), f.unit, goal?.text ?? '—', verdict, f.note]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export interface Repeat {
  /** Always this many. */
  min: number;
  /** At most this many … */
  max: number;
  /** … while the next one is expected to end within this budget (ms, from the first start). */
  budgetMs: number;
}

/** Runs `once` min..max times, stopping early when another run would overrun the budget. */
export async function repeat(r: Repeat, once: (i: number) => Promise<void>): Promise<number> {
  const start = performance.now();
  let done = 0;
  while (done < r.max) {
    const elapsed = performance.now() - start;
    if (done >= r.min && elapsed + elapsed / done > r.budgetMs) break;
    await once(done);
    done++;
  }
  return done;
}
