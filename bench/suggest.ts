/**
 * suggest.*: the built-in tier of reply suggestions, in Node (it is pure logic: the suggestions
 * frame runs the same code).
 *
 * - suggest.builtin_ms.median / .p95: time to the first suggestions for one comment: classifying it
 *   (core/classify) and making the built-in suggestions (core/suggest/builtin) from a context as the
 *   background builds it, for each of the 384 labelled comments in tests/fixtures/comments, after a
 *   warm-up pass; repeated `rounds` times; median and p95 over every comment and round.
 * - suggest.classify_per_s: classifier throughput, comments per second over the labelled set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { classifyComment } from '../src/core/classify';
import { builtinSuggestions } from '../src/core/suggest/builtin';
import type { SuggestContext } from '../src/core/suggest/types';
import { figure, median, percentile, type Figures } from './lib/figures';

interface Row {
  id: string;
  site: SuggestContext['item']['site'];
  text: string;
}

export function suggestFigures(root: string, rounds: number): Figures {
  const rows = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/comments/labelled.json'), 'utf8')) as Row[];
  const first = (row: Row, i: number) => {
    const { kind } = classifyComment(row.text);
    const ctx: SuggestContext = {
      item: { id: `${row.site}:${row.id}`, site: row.site, text: row.text, kind, hashtags: [] },
      person: { name: 'Ana Lima', handle: 'ana', seenBefore: i % 25, daysSinceLast: i % 3 ? 12 : undefined, lastTopic: i % 2 ? 'the offline sync release' : undefined, notes: i % 5 ? undefined : 'Promised to send the slides' },
      tone: 'warm',
      length: 'short',
    };
    return builtinSuggestions(ctx);
  };
  rows.forEach(first);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    rows.forEach((row, i) => {
      const t = performance.now();
      first(row, i);
      times.push(performance.now() - t);
    });
  }
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const row of rows) classifyComment(row.text);
  const perSecond = (rows.length * rounds) / ((performance.now() - started) / 1000);
  const note = `${rows.length} labelled comments × ${rounds} rounds, Node ${process.version}`;
  return {
    'suggest.builtin_ms.median': figure('suggest.builtin_ms.median', median(times), note),
    'suggest.builtin_ms.p95': figure('suggest.builtin_ms.p95', percentile(times, 95), note),
    'suggest.classify_per_s': figure('suggest.classify_per_s', perSecond, note),
  };
}
