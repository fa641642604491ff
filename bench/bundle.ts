/**
 * bundle.content_entry_gzip_kb: what a content script loads before it reads its first item: the
 * files the built manifest names in content_scripts, plus any module they import or load through
 * `runtime.getURL` (a loader-style build), gzipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { figure, fmt, type Figures } from './lib/figures';

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/** Files a script pulls in at load: static and dynamic imports, and getURL'd scripts. */
function dependencies(dist: string, file: string, code: string): string[] {
  const found = new Set<string>();
  const patterns = [/\bimport\s*(?:[^'"()]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g, /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g, /\bgetURL\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g];
  for (const re of patterns) {
    for (const m of code.matchAll(re)) {
      const spec = m[1]!;
      if (/^[a-z]+:/i.test(spec)) continue;
      const abs = spec.startsWith('/') ? path.join(dist, spec) : spec.startsWith('.') ? path.join(path.dirname(path.join(dist, file)), spec) : path.join(dist, spec);
      if (fs.existsSync(abs)) found.add(path.relative(dist, abs));
    }
  }
  return [...found];
}

/** One content script's files (what it imports or loads included), raw and gzipped. */
function closure(dist: string, entry: string[]): { raw: number; gzip: number } {
  const queue = [...entry];
  const files = new Map<string, { raw: number; gzip: number }>();
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    const buf = fs.readFileSync(path.join(dist, file));
    files.set(file, { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
    if (/\.m?js$/.test(file)) queue.push(...dependencies(dist, file, buf.toString('utf8')));
  }
  return [...files.values()].reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 });
}

/** Each site has its own content script; a page loads one: the figure is the largest. */
export function bundleFigures(dist: string): Figures {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const entries = (manifest.content_scripts ?? []).map((c) => [...(c.js ?? []), ...(c.css ?? [])]).filter((e) => e.length);
  if (!entries.length) throw new Error(`no content_scripts in ${dist}/manifest.json`);
  const sizes = entries.map((e) => ({ name: e.join('+'), ...closure(dist, e) })).sort((a, b) => b.gzip - a.gzip);
  const list = sizes.map((s) => `${s.name} ${fmt(s.gzip / 1000)} kB`).join(', ');
  return {
    'bundle.content_entry_gzip_kb': figure('bundle.content_entry_gzip_kb', sizes[0]!.gzip / 1000, `largest of the per-site content scripts, gzip -9: ${list}; kB = 1,000 bytes`),
  };
}
