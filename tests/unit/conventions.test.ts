/**
 * The project's conventions, checked: features are registered and hold no site knowledge; the
 * WebExtension API is imported in one module; only the background writes to the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { features } from '../../src/features';
import { adapters } from '../../src/sites';
import { selectorModules } from './site-modules';

const SRC = path.resolve(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const code = files(SRC).filter((f) => /\.(ts|tsx)$/.test(f));
const rel = (f: string) => path.relative(SRC, f);

describe('conventions', () => {
  it('every feature folder is registered under its own name', () => {
    const folders = fs.readdirSync(path.join(SRC, 'features'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(features.map((f) => f.id).sort()).toEqual(folders.sort());
  });

  it('feature and content code hold no selectors, hostnames or URL shapes', () => {
    const offenders = code
      .filter((f) => /^(features|content)\//.test(rel(f)))
      .filter((f) => /querySelector(All)?\(\s*['"`]|\.closest\(\s*['"`]|\.matches\(\s*['"`]|https?:\/\/|\.(social|com|app)\b/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('webextension-polyfill is imported in one module only', () => {
    const importers = code.filter((f) => /from ['"]webextension-polyfill['"]/.test(fs.readFileSync(f, 'utf8')));
    expect(importers.map(rel)).toEqual(['shared/browser.ts']);
  });

  it('only the background writes to the database', () => {
    const writes = /\.(put|bulkPut|add|bulkAdd|update|delete|bulkDelete|clear|modify)\(/;
    const offenders = code
      .filter((f) => !rel(f).startsWith('background/'))
      .filter((f) => /\bdb\(\)|RapportDB/.test(fs.readFileSync(f, 'utf8')))
      .filter((f) => fs.readFileSync(f, 'utf8').split('\n').some((line) => /\b(items|accounts|people|interactions|identities|health|meta|tags|restat)\b/.test(line) && writes.test(line)));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('content scripts never open the database', () => {
    const offenders = code.filter((f) => /^(content|features|sites)\//.test(rel(f))).filter((f) => /shared\/db['"]/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('every site has a selector module with specs', () => {
    for (const a of adapters) expect(Object.keys(selectorModules[a.id]?.specs ?? {}).length).toBeGreaterThan(0);
  });
});
