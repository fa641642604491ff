/**
 * What the product requires of an import: a damaged, hostile or foreign file is rejected with a
 * reason and never throws, never pollutes prototypes, and a large valid file still imports.
 * Random cases come from a seeded generator, so a failure names a case that can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { exportChunks, formatPath, parseImport, type ExportData } from '../../src/core/io/format';
import { mergeAccount, mergeItem, mergePerson, newInteractions, remapPeople, withPersonIds } from '../../src/core/io/merge';
import type { AccountRow, InteractionRow, ItemRow, PersonRow } from '../../src/shared/db';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const T0 = Date.UTC(2025, 2, 1);

/** A valid export of `people` people on X, each with `perPerson` items they addressed to you. */
function generated(people: number, perPerson: number, textLength = 40): ExportData {
  const data: ExportData = { items: [], accounts: [], people: [], interactions: [], identities: [], tags: [{ name: 'friend', color: '#1f6feb' }] };
  data.identities.push({ site: 'x', detected: [{ handle: 'maya', host: 'x.com', at: T0 }] });
  const body = 'Thanks for the thread, here is what I think about it. '.repeat(Math.ceil(textLength / 55)).slice(0, textLength);
  for (let p = 0; p < people; p++) {
    const handle = `user${p}`;
    const key = `x:${handle}`;
    data.accounts.push({ key, site: 'x', handle, name: `User ${p}`, personId: key, firstSeenAt: T0, lastSeenAt: T0 + p, lastInteractionAt: T0 + p });
    data.people.push({
      id: key,
      name: `User ${p}`,
      createdAt: T0,
      updatedAt: T0 + p,
      notes: p % 3 ? '' : `Met ${handle} at a meetup.`,
      tags: p % 2 ? ['friend'] : [],
      stats: { inCount: perPerson, outCount: 0, recent: [], startedByThem: 1, startedByMe: 0, addressedToMe: perPerson, answeredByMe: 0, oneToOne: 0 },
      score: 10,
      lastAt: T0 + p,
      terms: [handle],
      handles: [{ key, site: 'x', handle }],
      notSame: [],
      stale: 0,
    });
    for (let i = 0; i < perPerson; i++) {
      const id = `x:${p * 1_000 + i}`;
      data.items.push({
        id,
        site: 'x',
        kind: 'reply',
        author: { handle, name: `User ${p}` },
        url: `https://x.com/${handle}/status/${p * 1_000 + i}`,
        text: body,
        createdAt: T0 + i,
        parentId: 'x:1',
        parentAuthor: 'maya',
        mentions: ['maya'],
        hashtags: ['rust'],
        host: 'x.com',
        authorKey: key,
        firstSeenAt: T0 + i,
        lastSeenAt: T0 + i,
        sortAt: T0 + i,
        byMe: 0,
        toMe: 1,
        awaiting: 1,
      });
      data.interactions.push({ id: `${id}|they_replied|${handle}`, site: 'x', accountKey: key, personId: key, itemId: id, kind: 'they_replied', direction: 'in', at: T0 + i });
    }
  }
  return data;
}

const textOf = (data: ExportData) => exportChunks(data, { exportedAt: T0, appVersion: '0.1.0' }).join('');
const small = textOf(generated(4, 2));

/** parseImport must answer, not throw; the reason is what the user reads. */
function rejection(text: string): string {
  const r = parseImport(text);
  if (r.ok) throw new Error(`accepted (${r.kind}) what should have been rejected: ${text.slice(0, 200)}`);
  expect(r.reason.length).toBeGreaterThan(10);
  return r.reason;
}

describe('fuzzing the import', () => {
  it('rejects a file cut short at any point, with a reason', () => {
    const next = random(1);
    const cuts = [0, 1, 2, small.length - 1, ...Array.from({ length: 300 }, () => Math.floor(next() * small.length))];
    for (const at of cuts) rejection(small.slice(0, at));
  });

  it.each([[2], [3], [99], [1e9]])('rejects a newer version (%s), naming it', (version) => {
    const text = small.replace('"version":1', `"version":${version}`);
    expect(rejection(text)).toBe(`This file was made by a newer Rapport (format ${version}); this one reads up to 1.`);
  });

  it.each([['0'], ['-1'], ['1.5'], ['"1"'], ['"2"'], ['null'], ['true'], ['[]'], ['{}']])('rejects the version %s', (version) => {
    expect(rejection(small.replace('"version":1', `"version":${version}`))).toMatch(/version/);
  });

  it('rejects a file with no version', () => {
    expect(rejection(small.replace('"version":1,', ''))).toMatch(/does not say which format version/);
  });

  it.each([['"Rapport-Export"'], ['"rapport-export "'], ['""'], ['5'], ['null'], ['{}']])('rejects the format %s', (format) => {
    expect(rejection(small.replace('"format":"rapport-export"', `"format":${format}`))).toMatch(/is not a Rapport export/);
  });

  it.each([
    ['a note', (d: ExportData) => (d.people[0]!.notes = 'x'.repeat(5_000_000)), 'data.people[0].notes: longer than 20000 characters'],
    ['an item text', (d: ExportData) => (d.items[3]!.text = 'x'.repeat(5_000_000)), 'data.items[3].text: longer than 4000 characters'],
    ['a tag', (d: ExportData) => (d.people[1]!.tags = ['x'.repeat(5_000_000)]), 'data.people[1].tags[0]: longer than 60 characters'],
    ['a name', (d: ExportData) => (d.accounts[2]!.name = 'x'.repeat(5_000_000)), 'data.accounts[2].name: longer than 200 characters'],
    ['an id', (d: ExportData) => (d.interactions[0]!.id = 'x'.repeat(5_000_000)), 'data.interactions[0].id: longer than 600 characters'],
  ])('rejects a 5 MB string in %s, naming where it is', (_what, edit, where) => {
    const data = generated(4, 2);
    edit(data);
    expect(rejection(textOf(data))).toContain(where);
  });

  describe('prototype pollution', () => {
    const payload = '"__proto__":{"polluted":"yes"}';
    it.each([
      ['at the top level', small.replace('{"format"', `{${payload},"format"`), '__proto__'],
      ['in a row', small.replace('{"id":"x:0"', `{${payload},"id":"x:0"`), '__proto__'],
      ['nested in a row', small.replace('"author":{', `"author":{${payload},`), '__proto__'],
      ['in a list', small.replace('"mentions":["maya"]', `"mentions":[{${payload}}]`), '__proto__'],
      ['written with escapes', small.replace('{"format"', '{"\\u005f_proto__":{"polluted":"yes"},"format"'), '__proto__'],
      ['as constructor', small.replace('{"format"', '{"constructor":{"polluted":"yes"},"format"'), 'constructor'],
      ['as constructor.prototype', small.replace('"author":{', '"author":{"constructor":{"prototype":{"polluted":"yes"}},'), 'prototype'],
      ['as prototype', small.replace('"data":{', '"data":{"prototype":{"polluted":"yes"},'), 'prototype'],
      ['in a RES backup', `{"SCHEMA_VERSION":2,"data":{"tag.spez":{"text":"admin",${payload}}}}`, '__proto__'],
    ])('refuses the key %s', (_where, text, key) => {
      expect(text).not.toBe(small);
      expect(rejection(text)).toBe(`The file holds a key named "${key}", which is refused: such keys can tamper with the app.`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  });

  it('rejects a value of the wrong type anywhere in the data, naming its path (300 seeded cases)', () => {
    const base = JSON.parse(small);
    // Fields the database derives are not read from a file: a wrong value there changes nothing.
    const DERIVED = new Set(['awaiting', 'stats', 'score', 'lastAt', 'dueAt', 'terms', 'handles', 'stale']);
    const paths: PropertyKey[][] = [];
    const walk = (value: unknown, path: PropertyKey[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!DERIVED.has(k)) walk(v, [...path, k]);
    };
    walk(base.data, ['data']);
    const next = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    const values: Record<string, () => unknown> = {
      number: () => pick([0, 1, -1, 1.5, 1e308, Math.floor(next() * 1e6)]),
      string: () => pick(['', '0', 'true', 'x'.repeat(Math.floor(next() * 100)), 'x:1', '#ffffff']),
      boolean: () => next() < 0.5,
      null: () => null,
      array: () => pick([[], [1], ['a'], [{}], [null]]),
      object: () => pick([{}, { id: 'x:1' }, { a: [1] }]),
    };
    for (let n = 0; n < 300; n++) {
      const path = pick(paths);
      const file = structuredClone(base);
      let parent = file as Record<PropertyKey, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
      const last = path.at(-1)!;
      const kind = pick(Object.keys(values).filter((k) => k !== kindOf(parent[last])));
      parent[last] = values[kind]!();
      const reason = rejection(JSON.stringify(file));
      expect(reason, `case ${n}: ${formatPath(path)} := ${JSON.stringify(parent[last])}`).toContain(`${formatPath(path)}:`);
    }
  });

  it('ignores derived fields of any type', () => {
    const file = JSON.parse(small);
    Object.assign(file.data.people[0], { stats: 'no', score: [], lastAt: {}, dueAt: 'soon', terms: 5, handles: 'x', stale: null });
    file.data.items[0].awaiting = 'yes';
    const r = parseImport(JSON.stringify(file));
    if (!r.ok || r.kind !== 'rapport') throw new Error(JSON.stringify(r));
    expect(r.data.people[0]).toMatchObject({ score: 0, lastAt: 0, terms: [], handles: [], stale: 1 });
    expect(r.data.people[0]).not.toHaveProperty('dueAt');
    expect(r.data.items[0]!.awaiting).toBe(0);
  });

  it.each([['hello'], ["{'format':'rapport-export'}"], ['<html><body></body></html>'], ['NaN'], ['{"a":1,}'], ['undefined'], ['\u0000\u0001\u0002'], ['{"format":"rapport-export"']])(
    'rejects text that is not JSON: %j',
    (text) => {
      expect(rejection(text)).toBe('The file is not valid JSON (it may be damaged or cut short), so it cannot be imported.');
    },
  );

  it.each([['42'], ['"rapport-export"'], ['null'], ['true'], ['[]'], ['[{"format":"rapport-export","version":1}]'], ['{}'], ['{"name":"something else"}']])(
    'rejects JSON that is neither an export nor a RES backup: %s',
    (text) => {
      expect(rejection(text)).toBe('This file is neither a Rapport export nor a Reddit Enhancement Suite backup.');
    },
  );

  it('rejects binary garbage (100 seeded files)', () => {
    const next = random(42);
    for (let n = 0; n < 100; n++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 4_096) }, () => Math.floor(next() * 256));
      rejection(new TextDecoder('utf-8').decode(bytes));
      rejection(new TextDecoder('latin1').decode(bytes));
    }
  });

  it.each([[''], ['   '], ['\n\t\r\n'], ['\uFEFF']])('rejects an empty file: %j', (text) => {
    expect(rejection(text)).toBe('The file is empty.');
  });

  it('rejects a head without the parts it needs', () => {
    expect(rejection('{"format":"rapport-export","version":1}')).toBe(
      'This file has 2 problems and cannot be imported; the first is at exportedAt: missing (expected a number).',
    );
    expect(rejection(`{"format":"rapport-export","version":1,"exportedAt":${T0},"app":{"version":"0.1.0"}}`)).toBe(
      'This file has one problem and cannot be imported; the first is at data: missing (expected an object).',
    );
  });

  it('parses and plans a 50 MB export into an empty Rapport', { timeout: 120_000 }, () => {
    const data = generated(2_000, 45, 500);
    const text = textOf(data);
    expect(text.length).toBeGreaterThan(50_000_000);
    const r = parseImport(text);
    if (!r.ok || r.kind !== 'rapport') throw new Error(r.ok ? r.kind : r.reason);
    expect(r.counts).toEqual({ items: 90_000, accounts: 2_000, people: 2_000, interactions: 90_000, identities: 1, tags: 1 });

    // The plan the background writes, against an empty database.
    const personIds = remapPeople(r.data.accounts, new Map());
    const accounts: AccountRow[] = r.data.accounts.map((a) => mergeAccount(undefined, a, personIds.get(a.personId)!));
    const people: PersonRow[] = r.data.people.map((p) => mergePerson(undefined, withPersonIds(p, personIds)));
    const items: ItemRow[] = r.data.items.map((i) => mergeItem(undefined, i));
    const interactions: InteractionRow[] = newInteractions(r.data.interactions, new Set(), personIds);
    expect([accounts.length, people.length, items.length, interactions.length]).toEqual([2_000, 2_000, 90_000, 90_000]);
    expect(accounts[1_999]).toEqual(data.accounts[1_999]);
    expect(items[89_999]).toEqual({ ...data.items[89_999], awaiting: 0 });
    expect(people[1_500]).toMatchObject({ id: 'x:user1500', notes: 'Met user1500 at a meetup.', tags: [], stale: 1, score: 0 });
    expect(interactions[12_345]).toEqual(data.interactions[12_345]);
  });
});
