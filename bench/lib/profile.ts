/**
 * Attribution from a V8 CPU profile (CDP `Profiler.stop`): the time of the samples whose stack holds
 * a frame from a given URL prefix (`chrome-extension://`: the content script runs in an isolated
 * world of the page's main thread, and its frames carry the extension's URL).
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The parts of CDP's `Profiler.Profile` used here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Attribution {
  /** Sampled wall time of the profile, ms. */
  totalMs: number;
  /** Samples that were not `(idle)`: the thread was busy (JS, or native work such as layout). */
  busyMs: number;
  /** Samples with a `urlPrefix` frame anywhere on the stack. */
  matchedMs: number;
  /** Matched time by the innermost matching frame ("function url:line:col"). */
  byFrame: Map<string, number>;
}

const frameKey = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;

export function attribute(profile: CpuProfile, urlPrefix = 'chrome-extension://'): Attribution {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // For every node: the innermost frame on its stack (itself included) that matches, if any.
  const innermost = new Map<number, CallFrame | null>();
  const resolve = (id: number): CallFrame | null => {
    const known = innermost.get(id);
    if (known !== undefined) return known;
    const chain: number[] = [];
    let cur: number | undefined = id;
    let found: CallFrame | null = null;
    while (cur !== undefined) {
      const k = innermost.get(cur);
      if (k !== undefined) {
        found = k;
        break;
      }
      const node = byId.get(cur)!;
      if (node.callFrame.url.startsWith(urlPrefix)) {
        // The first match walking up is the innermost one for every node walked so far.
        found = node.callFrame;
        chain.push(cur);
        break;
      }
      chain.push(cur);
      cur = parent.get(cur);
    }
    for (const c of chain) innermost.set(c, found);
    return found;
  };

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const stamps: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) stamps.push((t += deltas[i] ?? 0));
  const result: Attribution = { totalMs: (profile.endTime - profile.startTime) / 1000, busyMs: 0, matchedMs: 0, byFrame: new Map() };
  for (let i = 0; i < samples.length; i++) {
    // A sample stands for the time until the next one.
    const ms = ((i + 1 < samples.length ? stamps[i + 1]! : profile.endTime) - stamps[i]!) / 1000;
    const node = byId.get(samples[i]!)!;
    if (node.callFrame.functionName !== '(idle)') result.busyMs += ms;
    const frame = resolve(node.id);
    if (!frame) continue;
    result.matchedMs += ms;
    const key = frameKey(frame);
    result.byFrame.set(key, (result.byFrame.get(key) ?? 0) + ms);
  }
  return result;
}

/** Inclusive time per matching function (a function counted once per sample however deep it recurs). */
export function inclusiveByFunction(profile: CpuProfile, urlPrefix = 'chrome-extension://'): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let cur: number | undefined = samples[i]; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (!f.url.startsWith(urlPrefix)) continue;
      const key = frameKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      out.set(key, (out.get(key) ?? 0) + ms);
    }
  }
  return out;
}
