import { describe, expect, it } from 'vitest';
import { ExportFile, exportChunks, parseExportData, parseImport, type ExportData } from '../../src/core/io/format';
import { peopleCsv } from '../../src/core/io/csv';
import {
  mergeAccount,
  mergeIdentity,
  mergeItem,
  mergePerson,
  mergeTag,
  newInteractions,
  remapPeople,
  withPersonIds,
} from '../../src/core/io/merge';
import { planImport } from '../../src/core/io/plan';
import { parseResBackup, resToRapport, type ResUserTag } from '../../src/core/io/res';
import type { AccountRow, IdentityRow, InteractionRow, ItemRow, PersonRow, TagRow } from '../../src/shared/db';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const HOUR = 3_600_000;

function item(over: Partial<ItemRow> = {}): ItemRow {
  return {
    id: 'x:1001',
    site: 'x',
    kind: 'reply',
    author: { handle: 'bob', name: 'Bob Li' },
    url: 'https://x.com/bob/status/1001',
    text: 'Great thread @maya, one question',
    createdAt: T0,
    parentId: 'x:1000',
    parentAuthor: 'maya',
    mentions: ['maya'],
    hashtags: [],
    host: 'x.com',
    authorKey: 'x:bob',
    firstSeenAt: T0 + HOUR,
    lastSeenAt: T0 + 2 * HOUR,
    sortAt: T0,
    byMe: 0,
    toMe: 1,
    awaiting: 1,
    ...over,
  };
}

function account(key: string, personId: string, over: Partial<AccountRow> = {}): AccountRow {
  const [site, handle] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)] as [AccountRow['site'], string];
  return { key, site, handle, name: handle, personId, firstSeenAt: T0, lastSeenAt: T0 + HOUR, ...over };
}

/** A person as the settle job leaves them: derived fields filled in. */
function person(id: string, over: Partial<PersonRow> = {}): PersonRow {
  return {
    id,
    name: id.split(':')[1]!,
    createdAt: T0,
    updatedAt: T0 + HOUR,
    notes: '',
    tags: [],
    stats: { firstAt: T0, lastAt: T0 + HOUR, inCount: 3, outCount: 1, recent: [T0 + HOUR, T0], startedByThem: 1, startedByMe: 0, addressedToMe: 2, answeredByMe: 1, oneToOne: 1 },
    score: 42,
    lastAt: T0 + HOUR,
    dueAt: T0 + 30 * 24 * HOUR,
    terms: [id],
    handles: [],
    notSame: [],
    stale: 0,
    ...over,
  };
}

function interaction(itemId: string, accountKey: string, personId: string, kind: InteractionRow['kind'], at: number): InteractionRow {
  const direction = kind.startsWith('they') ? 'in' : 'out';
  const handle = accountKey.slice(accountKey.indexOf(':') + 1);
  return { id: `${itemId}|${kind}|${handle}`, site: accountKey.split(':')[0] as InteractionRow['site'], accountKey, personId, itemId, kind, direction, at };
}

/** What one machine holds: Bob on X and Mastodon (linked), Carol on Reddit. */
function sample(): ExportData {
  return {
    items: [
      item({ answeredAt: T0 + 3 * HOUR, answerId: 'x:1002' }),
      item({ id: 'x:1003', url: 'https://x.com/bob/status/1003', text: 'and another', parentId: undefined, parentAuthor: undefined, mentions: [], doneAt: T0 + 4 * HOUR }),
      item({
        id: 'reddit:t1_abc',
        site: 'reddit',
        url: 'https://www.reddit.com/r/rust/comments/xyz/_/abc/',
        host: 'www.reddit.com',
        author: { handle: 'carol', name: 'carol' },
        authorKey: 'reddit:carol',
        parentId: 'reddit:t3_xyz',
        snoozedUntil: T0 + 48 * HOUR,
      }),
    ],
    accounts: [
      account('x:bob', 'x:bob', { name: 'Bob Li', nativeId: '4401', lastInteractionAt: T0 }),
      account('mastodon:bob@fosstodon.org', 'x:bob', { name: 'Bob' }),
      account('reddit:carol', 'reddit:carol'),
    ],
    people: [
      person('x:bob', { name: 'Bob Li', notes: 'Met at RustConf.', tags: ['rust', 'speaker'], stage: 'regular', cadence: { idealDays: 14, maxDays: 30 } }),
      person('reddit:carol', { scorePin: 80, notSame: ['x:bob'] }),
    ],
    interactions: [
      interaction('x:1001', 'x:bob', 'x:bob', 'they_replied', T0),
      interaction('x:1002', 'x:bob', 'x:bob', 'i_replied', T0 + 3 * HOUR),
      interaction('reddit:t1_abc', 'reddit:carol', 'reddit:carol', 'they_mentioned', T0),
    ],
    identities: [
      { site: 'x', detected: [{ handle: 'maya', host: 'x.com', at: T0 }], manual: 'maya' },
      { site: 'mastodon', detected: [{ handle: 'maya@mastodon.social', host: 'mastodon.social', at: T0 }] },
    ],
    tags: [
      { name: 'rust', color: '#dea584' },
      { name: 'speaker', color: '#1f6feb', cadence: { idealDays: 30, maxDays: 60 } },
    ],
  };
}

/** What an import leaves of a row: the derived fields reset for the background to recompute. */
function asImported(data: ExportData): ExportData {
  return {
    ...data,
    items: data.items.map((i) => ({ ...i, awaiting: 0 })),
    people: data.people.map(({ dueAt: _dueAt, ...p }) => ({
      ...p,
      stats: { inCount: 0, outCount: 0, recent: [], startedByThem: 0, startedByMe: 0, addressedToMe: 0, answeredByMe: 0, oneToOne: 0 },
      score: 0,
      lastAt: 0,
      terms: [],
      stale: 1 as const,
    })),
  };
}

const fileText = (data: ExportData = sample()) => exportChunks(data, { exportedAt: T0 + 5 * HOUR, appVersion: '0.1.0' }).join('');
const reasonOf = (text: string) => {
  const r = parseImport(text);
  return r.ok ? `accepted: ${r.kind}` : r.reason;
};
/** The sample as a parsed file, to break one thing in it. */
type FileJson = { data: Record<keyof ExportData, Record<string, unknown>[]> } & Record<string, unknown>;
type Edit = (file: FileJson) => unknown;
const fileWith = (edit: Edit) => {
  const file = JSON.parse(fileText());
  edit(file);
  return JSON.stringify(file);
};

describe('exportChunks', () => {
  it('writes the documented head, then every table in order', () => {
    const text = fileText();
    expect(text.startsWith(`{"format":"rapport-export","version":1,"exportedAt":${T0 + 5 * HOUR},"app":{"version":"0.1.0"},"data":{"items":[`)).toBe(true);
    const file = JSON.parse(text);
    expect(Object.keys(file.data)).toEqual(['items', 'accounts', 'people', 'interactions', 'identities', 'tags']);
    expect(file.data.people[0]).toEqual(sample().people[0]);
    expect(ExportFile.safeParse(file).success).toBe(true);
  });

  it('writes rows as they are stored, derived fields included', () => {
    const file = JSON.parse(fileText());
    expect(file.data.people[0].score).toBe(42);
    expect(file.data.items[0].awaiting).toBe(1);
  });

  it('cuts large tables into pieces of a thousand rows and writes empty ones as []', () => {
    const many = Array.from({ length: 2_500 }, (_, i) => interaction(`x:${i}`, 'x:bob', 'x:bob', 'they_replied', T0 + i));
    const pieces = exportChunks({ ...sample(), interactions: many, tags: [] }, { exportedAt: T0, appVersion: '0.1.0' });
    const rowPieces = pieces.filter((p) => p.includes('they_replied'));
    expect(rowPieces.map((p) => (p.match(/"kind":/g) ?? []).length)).toEqual([1_000, 1_000, 500]);
    const file = JSON.parse(pieces.join(''));
    expect(file.data.interactions).toHaveLength(2_500);
    expect(file.data.interactions[1_000].itemId).toBe('x:1000');
    expect(file.data.tags).toEqual([]);
  });
});

describe('parseImport: a Rapport export', () => {
  it('reads back what was exported, with derived fields reset for the background', () => {
    const r = parseImport(fileText());
    expect(r).toEqual({
      ok: true,
      kind: 'rapport',
      data: asImported(sample()),
      counts: { items: 3, accounts: 3, people: 2, interactions: 3, identities: 2, tags: 2 },
    });
  });

  it("keeps the user's own state on items", () => {
    const r = parseImport(fileText());
    if (!r.ok || r.kind !== 'rapport') throw new Error(JSON.stringify(r));
    expect(r.data.items.map((i) => [i.answeredAt, i.answerId, i.doneAt, i.snoozedUntil])).toEqual([
      [T0 + 3 * HOUR, 'x:1002', undefined, undefined],
      [undefined, undefined, T0 + 4 * HOUR, undefined],
      [undefined, undefined, undefined, T0 + 48 * HOUR],
    ]);
  });

  it('drops fields it does not know, anywhere', () => {
    const text = fileWith((f) => {
      f.extra = 1;
      f.data.items[0]!.secret = 'x';
      (f.data.items[0]!.author as Record<string, unknown>).evil = true;
      f.data.people[0]!.stale = 'whatever';
    });
    const r = parseImport(text);
    if (!r.ok || r.kind !== 'rapport') throw new Error(JSON.stringify(r));
    expect(r.data.items[0]).not.toHaveProperty('secret');
    expect(r.data.items[0]!.author).toEqual({ handle: 'bob', name: 'Bob Li' });
    expect(r.data.people[0]!.stale).toBe(1);
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(parseImport(`\uFEFF${fileText()}`).ok).toBe(true);
  });

  it.each([
    [(f: Record<string, unknown>) => (f.version = 3), 'This file was made by a newer Rapport (format 3); this one reads up to 1.'],
    [(f: Record<string, unknown>) => (f.version = 0), "This file's format version (0) is not one Rapport ever wrote; this one reads 1 to 1."],
    [(f: Record<string, unknown>) => delete f.version, 'This Rapport export does not say which format version it is, so it cannot be read safely.'],
    [(f: Record<string, unknown>) => (f.version = '1'), `This Rapport export's format version ("1") is not a version number.`],
    [(f: Record<string, unknown>) => (f.format = 'rapport-backup'), `This file's format is "rapport-backup", not "rapport-export": it is not a Rapport export.`],
  ])('names what is wrong with the format or version (%#)', (edit, reason) => {
    expect(reasonOf(fileWith(edit))).toBe(reason);
  });

  it('names the first bad path and counts the problems', () => {
    const one = fileWith((f) => (f.data.people[1]!.name = 7));
    expect(reasonOf(one)).toBe('This file has one problem and cannot be imported; the first is at data.people[1].name: expected a string.');
    const three = fileWith((f) => {
      delete f.data.items[2]!.url;
      f.data.tags[0]!.color = 'red';
      f.data.accounts[0]!.lastSeenAt = -5;
    });
    expect(reasonOf(three)).toBe('This file has 3 problems and cannot be imported; the first is at data.items[2].url: missing (expected a string).');
  });

  it.each([
    ['a web address that runs script', (f: FileJson) => (f.data.items[0]!.url = 'javascript:alert(1)'), 'data.items[0].url: not a web address (http or https)'],
    ['an item id of another site', (f: FileJson) => (f.data.items[0]!.id = 'reddit:t1_zz'), 'data.items[0].id: the id names another site'],
    ['an account key that is not its site and handle', (f: FileJson) => (f.data.accounts[0]!.key = 'x:someone'), 'data.accounts[0].key: the key is not <site>:<handle>'],
    ['a direction against the kind', (f: FileJson) => (f.data.interactions[0]!.direction = 'out'), 'data.interactions[0].direction: the direction does not match the kind'],
    ['an unknown stage', (f: FileJson) => (f.data.people[0]!.stage = 'boss'), 'data.people[0].stage: expected "audience" or "regular" or "close" or "collaborator"'],
    ['an unknown site', (f: FileJson) => (f.data.identities[0]!.site = 'myspace'), 'data.identities[0].site: expected "x" or "reddit"'],
    ['a cadence upside down', (f: FileJson) => (f.data.tags[1]!.cadence = { idealDays: 60, maxDays: 30 }), 'data.tags[1].cadence: the maximum window is shorter than the ideal one'],
    ['a fractional cadence', (f: FileJson) => (f.data.tags[1]!.cadence = { idealDays: 1.5, maxDays: 30 }), 'data.tags[1].cadence.idealDays: expected a whole number'],
    ['a time past 2100', (f: FileJson) => (f.data.items[0]!.doneAt = 9e15), 'data.items[0].doneAt: above 4102444800000'],
    ['an empty tag', (f: FileJson) => (f.data.people[0]!.tags = ['']), 'data.people[0].tags[0]: empty'],
    ['51 tags on a person', (f: FileJson) => (f.data.people[0]!.tags = Array.from({ length: 51 }, (_, i) => `t${i}`)), 'data.people[0].tags: more entries than 50'],
  ])('rejects %s', (_what, edit, reason) => {
    expect(reasonOf(fileWith(edit))).toContain(reason);
  });

  it.each([
    ['an interaction with an account the file does not hold', (f: FileJson) => (f.data.interactions[1]!.accountKey = 'x:nobody'), 'data.interactions[1].accountKey names the account "x:nobody", which is not in the file'],
    ['an interaction with a person the file does not hold', (f: FileJson) => (f.data.interactions[2]!.personId = 'reddit:ghost'), 'data.interactions[2].personId names the person "reddit:ghost", who is not in the file'],
    ['an account of a person the file does not hold', (f: FileJson) => (f.data.accounts[2]!.personId = 'reddit:ghost'), 'data.accounts[2].personId names the person "reddit:ghost", who is not in the file'],
    ['the same person twice', (f: FileJson) => f.data.people.push({ ...f.data.people[0]! }), 'data.people[2] repeats "x:bob", which an earlier row already holds'],
  ])('rejects %s', (_what, edit, reason) => {
    expect(reasonOf(fileWith(edit))).toBe(`The file does not hold together: ${reason}.`);
  });

  it('checks the tables alone for a caller that received them in parts', () => {
    expect(parseExportData(JSON.parse(fileText()).data)).toMatchObject({ ok: true, counts: { people: 2 } });
    expect(parseExportData({ ...JSON.parse(fileText()).data, tags: 'none' })).toEqual({
      ok: false,
      reason: 'This file has one problem and cannot be imported; the first is at tags: expected a list.',
    });
  });

  it('refuses a file larger than the limit before reading it', () => {
    const text = fileText();
    expect(parseImport(text, { maxBytes: 1024 })).toEqual({ ok: false, reason: `This file is too large to import (${Math.ceil(text.length / 1024)} KB; the limit is 1 KB).` });
    expect(parseImport(fileText(), { maxBytes: 1024 * 1024 }).ok).toBe(true);
  });
});

// The import, composed over in-memory tables the way the background composes it over Dexie.

interface State {
  items: Map<string, ItemRow>;
  accounts: Map<string, AccountRow>;
  people: Map<string, PersonRow>;
  interactions: Map<string, InteractionRow>;
  identities: Map<string, IdentityRow>;
  tags: Map<string, TagRow>;
}

function stateOf(data: ExportData): State {
  return {
    items: new Map(data.items.map((r) => [r.id, r])),
    accounts: new Map(data.accounts.map((r) => [r.key, r])),
    people: new Map(data.people.map((r) => [r.id, r])),
    interactions: new Map(data.interactions.map((r) => [r.id, r])),
    identities: new Map(data.identities.map((r) => [r.site, r])),
    tags: new Map(data.tags.map((r) => [r.name, r])),
  };
}

/** Imports `data` the way the background does: plan against the local rows, then write the plan. */
function applyImport(local: State, data: ExportData): State {
  const plan = planImport({ ...local, interactionIds: new Set(local.interactions.keys()) }, data);
  const next: State = {
    items: new Map(local.items),
    accounts: new Map(local.accounts),
    people: new Map(local.people),
    interactions: new Map(local.interactions),
    identities: new Map(local.identities),
    tags: new Map(local.tags),
  };
  for (const r of plan.items) next.items.set(r.id, r);
  for (const r of plan.accounts) next.accounts.set(r.key, r);
  for (const r of plan.people) next.people.set(r.id, r);
  // An account that changed person takes its history along, as linking does.
  for (const [id, x] of next.interactions) {
    const to = plan.moved.get(x.accountKey);
    if (to) next.interactions.set(id, { ...x, personId: to });
  }
  for (const r of plan.interactions) next.interactions.set(r.id, r);
  for (const r of plan.identities) next.identities.set(r.site, r);
  for (const r of plan.tags) next.tags.set(r.name, r);
  return next;
}

const imported = (data: ExportData = sample()) => {
  const r = parseImport(fileText(data));
  if (!r.ok || r.kind !== 'rapport') throw new Error(JSON.stringify(r));
  return r.data;
};

describe('importing into what the user has', () => {
  /** The other machine: Bob seen later with more to say, Dan new, Bob's history partly shared. */
  function otherMachine(): ExportData {
    const s = sample();
    return {
      items: [
        item({ createdAt: undefined, parentId: undefined, sortAt: T0 + 5 * HOUR, firstSeenAt: T0 + 5 * HOUR, lastSeenAt: T0 + 9 * HOUR, text: 'Great thread @maya, one question (edited)', doneAt: T0 + 6 * HOUR }),
        item({ id: 'x:2001', url: 'https://x.com/dan/status/2001', author: { handle: 'dan', name: 'Dan' }, authorKey: 'x:dan' }),
      ],
      accounts: [account('x:bob', 'x:bob', { name: 'Bob Li (away)', lastSeenAt: T0 + 9 * HOUR }), account('x:dan', 'x:dan')],
      people: [person('x:bob', { notes: 'Met at RustConf. Wants a guest post.', tags: ['Rust', 'podcast'], stage: 'close' }), person('x:dan', { notes: 'Dan runs the meetup.' })],
      interactions: [s.interactions[0]!, interaction('x:2001', 'x:dan', 'x:dan', 'they_replied', T0 + 8 * HOUR)],
      identities: [{ site: 'x', detected: [{ handle: 'maya', host: 'x.com', at: T0 + 9 * HOUR }], manual: 'maya_other' }],
      tags: [
        { name: 'rust', color: '#000000', cadence: { idealDays: 7, maxDays: 14 } },
        { name: 'podcast', color: '#8250df' },
      ],
    };
  }

  it('merges rows field by field and adds what is new', () => {
    const after = applyImport(stateOf(sample()), imported(otherMachine()));
    const bob = after.people.get('x:bob')!;
    expect(bob.notes).toBe('Met at RustConf. Wants a guest post.');
    expect(bob.tags).toEqual(['rust', 'speaker', 'podcast']);
    expect(bob.stage).toBe('regular');
    expect(bob.name).toBe('Bob Li');
    expect(bob.stale).toBe(1);
    expect(after.people.get('x:dan')!.notes).toBe('Dan runs the meetup.');
    expect(after.accounts.get('x:bob')).toMatchObject({ name: 'Bob Li (away)', nativeId: '4401', lastSeenAt: T0 + 9 * HOUR, firstSeenAt: T0 });
    const first = after.items.get('x:1001')!;
    expect(first).toMatchObject({ createdAt: T0, parentId: 'x:1000', sortAt: T0, text: 'Great thread @maya, one question (edited)', answeredAt: T0 + 3 * HOUR, doneAt: T0 + 6 * HOUR });
    expect([...after.interactions.keys()].sort()).toEqual(['reddit:t1_abc|they_mentioned|carol', 'x:1001|they_replied|bob', 'x:1002|i_replied|bob', 'x:2001|they_replied|dan']);
    expect(after.identities.get('x')).toEqual({ site: 'x', detected: [{ handle: 'maya', host: 'x.com', at: T0 + 9 * HOUR }], manual: 'maya' });
    expect(after.tags.get('rust')).toEqual({ name: 'rust', color: '#dea584', cadence: { idealDays: 7, maxDays: 14 } });
  });

  it('changes nothing when the same file is imported again', () => {
    const data = imported(otherMachine());
    const once = applyImport(stateOf(sample()), data);
    const twice = applyImport(once, data);
    expect(twice).toEqual(once);
    expect(twice.people.size).toBe(3);
    expect(twice.interactions.size).toBe(4);
  });

  it('an export imported into an empty Rapport, twice, gives the rows once', () => {
    const empty = stateOf({ items: [], accounts: [], people: [], interactions: [], identities: [], tags: [] });
    const once = applyImport(empty, imported());
    expect(applyImport(once, imported())).toEqual(once);
    expect([once.items.size, once.accounts.size, once.people.size, once.interactions.size, once.identities.size, once.tags.size]).toEqual([3, 3, 2, 3, 2, 2]);
  });

  it('a person linked in the file stays one person, and the accounts follow the local person', () => {
    // Here, Bob's Mastodon account is a person of its own and his X account belongs to "bob-x".
    const local = stateOf({
      ...sample(),
      accounts: [account('x:bob', 'bob-x'), account('mastodon:bob@fosstodon.org', 'mastodon:bob@fosstodon.org')],
      people: [person('bob-x'), person('mastodon:bob@fosstodon.org', { notes: 'toots a lot' })],
      interactions: [
        interaction('mastodon:m1', 'mastodon:bob@fosstodon.org', 'mastodon:bob@fosstodon.org', 'they_replied', T0),
        interaction('x:9', 'x:bob', 'bob-x', 'they_mentioned', T0),
      ],
    });
    const after = applyImport(local, imported());
    // mastodon:… sorts before x:…, so the Mastodon account's local person wins, whatever the row order.
    expect(after.accounts.get('x:bob')!.personId).toBe('mastodon:bob@fosstodon.org');
    expect(after.accounts.get('mastodon:bob@fosstodon.org')!.personId).toBe('mastodon:bob@fosstodon.org');
    expect(after.people.get('mastodon:bob@fosstodon.org')!.notes).toBe('toots a lot\n\nMet at RustConf.');
    expect(after.people.has('x:bob')).toBe(false);
    expect(after.interactions.get('x:1001|they_replied|bob')!.personId).toBe('mastodon:bob@fosstodon.org');
    expect(after.interactions.get('mastodon:m1|they_replied|bob@fosstodon.org')!.personId).toBe('mastodon:bob@fosstodon.org');
    // Bob's X account left "bob-x" and took its history along.
    expect(after.interactions.get('x:9|they_mentioned|bob')!.personId).toBe('mastodon:bob@fosstodon.org');
  });
});

describe('merge rules', () => {
  it('mergeItem keeps what only one view has and the user state of both', () => {
    const local = item({ createdAt: undefined, parentId: undefined, sortAt: T0 + HOUR, snoozedUntil: T0 + 10 * HOUR, answeredAt: T0 + 7 * HOUR, answerId: 'x:late', awaiting: 0 });
    const incoming = item({ lastSeenAt: T0, answeredAt: T0 + 5 * HOUR, answerId: 'x:early', snoozedUntil: T0 + 20 * HOUR, firstSeenAt: T0, author: { handle: 'bob', name: '' } });
    expect(mergeItem(local, incoming)).toEqual({
      ...local,
      createdAt: T0,
      parentId: 'x:1000',
      sortAt: T0,
      firstSeenAt: T0,
      lastSeenAt: T0 + 2 * HOUR,
      answeredAt: T0 + 5 * HOUR,
      answerId: 'x:early',
      snoozedUntil: T0 + 20 * HOUR,
      author: { handle: 'bob', name: 'Bob Li', nativeId: undefined },
      awaiting: 0,
    });
    expect(mergeItem(undefined, incoming)).toEqual(incoming);
  });

  it('mergeAccount takes the newer name, never an empty one, and the person it is given', () => {
    const local = account('x:bob', 'p1', { name: 'Bob', lastSeenAt: T0 + 5 * HOUR });
    expect(mergeAccount(local, account('x:bob', 'x:bob', { name: 'Robert', firstSeenAt: T0 - HOUR, lastSeenAt: T0 + 6 * HOUR }), 'p1')).toMatchObject({
      name: 'Robert',
      personId: 'p1',
      firstSeenAt: T0 - HOUR,
      lastSeenAt: T0 + 6 * HOUR,
    });
    expect(mergeAccount(local, account('x:bob', 'x:bob', { name: '', lastSeenAt: T0 + 6 * HOUR }), 'p1').name).toBe('Bob');
    expect(mergeAccount(local, account('x:bob', 'x:bob', { name: 'Old Bob', lastSeenAt: T0 }), 'p1').name).toBe('Bob');
  });

  it('remapPeople keeps new people and sends known accounts to their local person', () => {
    const local = new Map([['x:bob', account('x:bob', 'local-bob')]]);
    const incoming = [account('x:dan', 'dan'), account('x:bob', 'bob'), account('mastodon:bob@a.example', 'bob')];
    expect(remapPeople(incoming, local)).toEqual(new Map([['bob', 'local-bob'], ['dan', 'dan']]));
  });

  it('remapPeople picks, between two local people, the one of the first account in key order', () => {
    const local = new Map([
      ['x:bob', account('x:bob', 'px')],
      ['bluesky:bob.bsky.social', account('bluesky:bob.bsky.social', 'pb')],
    ]);
    const rows = [account('x:bob', 'bob'), account('bluesky:bob.bsky.social', 'bob')];
    expect(remapPeople(rows, local).get('bob')).toBe('pb');
    expect(remapPeople([...rows].reverse(), local).get('bob')).toBe('pb');
  });

  it('mergePerson keeps the longer note when one holds the other, else both', () => {
    const local = person('p', { notes: 'Likes Rust.' });
    expect(mergePerson(local, person('p', { notes: 'Likes Rust.' })).notes).toBe('Likes Rust.');
    expect(mergePerson(local, person('p', { notes: 'Likes Rust. And Zig.' })).notes).toBe('Likes Rust. And Zig.');
    expect(mergePerson(local, person('p', { notes: 'Rust' })).notes).toBe('Likes Rust.');
    expect(mergePerson(local, person('p', { notes: 'Has a dog.' })).notes).toBe('Likes Rust.\n\nHas a dog.');
    expect(mergePerson(person('p'), person('p', { notes: 'Has a dog.' })).notes).toBe('Has a dog.');
  });

  it('mergePerson: what was set here wins, lists are combined, the person waits for the settle job', () => {
    const local = person('p', { name: 'Ann', tags: ['Rust', 'friend'], stage: undefined, scorePin: 70, notSame: ['q'], createdAt: T0, updatedAt: T0 });
    const incoming = person('p', { name: 'Annie', tags: ['rust', 'speaker'], stage: 'close', cadence: { idealDays: 7, maxDays: 14 }, scorePin: 10, scoreAdjust: 5, notSame: ['r', 'q', 'p'], createdAt: T0 - HOUR, updatedAt: T0 + HOUR });
    expect(mergePerson(local, incoming)).toEqual({
      ...local,
      tags: ['Rust', 'friend', 'speaker'],
      stage: 'close',
      cadence: { idealDays: 7, maxDays: 14 },
      scorePin: 70,
      scoreAdjust: 5,
      notSame: ['q', 'r'],
      createdAt: T0 - HOUR,
      updatedAt: T0 + HOUR,
      remindedFor: undefined,
      stale: 1,
    });
  });

  it('withPersonIds moves a person and the ids they are "not the same as"', () => {
    const p = person('bob', { notSame: ['carol', 'bob2'] });
    expect(withPersonIds(p, new Map([['bob', 'b'], ['bob2', 'b'], ['carol', 'c']]))).toMatchObject({ id: 'b', notSame: ['c'] });
  });

  it('mergeTag keeps the colour here and adds a cadence only the file has', () => {
    expect(mergeTag({ name: 'rust', color: '#111111' }, { name: 'rust', color: '#222222', cadence: { idealDays: 7, maxDays: 9 } })).toEqual({
      name: 'rust',
      color: '#111111',
      cadence: { idealDays: 7, maxDays: 9 },
    });
    expect(mergeTag(undefined, { name: 'new', color: '#222222' })).toEqual({ name: 'new', color: '#222222' });
  });

  it('mergeIdentity unites detected accounts by host and keeps the handle typed here', () => {
    const local: IdentityRow = { site: 'mastodon', detected: [{ handle: 'maya@mastodon.social', host: 'mastodon.social', at: T0 + HOUR }] };
    const incoming: IdentityRow = {
      site: 'mastodon',
      detected: [
        { handle: 'maya@mastodon.social', host: 'mastodon.social', at: T0 },
        { handle: 'maya@fosstodon.org', host: 'fosstodon.org', at: T0 },
      ],
      manual: 'maya@fosstodon.org',
    };
    expect(mergeIdentity(local, incoming)).toEqual({
      site: 'mastodon',
      detected: [local.detected[0], incoming.detected[1]],
      manual: 'maya@fosstodon.org',
    });
    expect(mergeIdentity({ ...local, manual: 'maya' }, incoming).manual).toBe('maya');
  });

  it('newInteractions skips events already here and files the rest under the chosen people', () => {
    const rows = [interaction('x:1', 'x:bob', 'bob', 'they_replied', T0), interaction('x:2', 'x:bob', 'bob', 'they_replied', T0)];
    expect(newInteractions(rows, new Set([rows[0]!.id]), new Map([['bob', 'local-bob']]))).toEqual([{ ...rows[1], personId: 'local-bob' }]);
  });
});

describe('peopleCsv', () => {
  const row = (over: Partial<PersonRow>, accounts: AccountRow[] = [account('x:bob', 'x:bob')]) => ({ person: person('x:bob', over), accounts });

  it('writes the header, one line per person, CRLF line ends and ISO dates', () => {
    const csv = peopleCsv([
      row({ name: 'Bob Li', stage: 'close', tags: ['rust', 'speaker'], cadence: { idealDays: 14, maxDays: 30 } }, [
        account('x:bob', 'x:bob'),
        account('mastodon:bob@fosstodon.org', 'x:bob'),
        account('x:bob_alt', 'x:bob'),
      ]),
      row({ name: 'Carol', stats: { inCount: 0, outCount: 0, recent: [], startedByThem: 0, startedByMe: 0, addressedToMe: 0, answeredByMe: 0, oneToOne: 0 }, score: 7 }, []),
    ]);
    expect(csv).toBe(
      'name,handles,sites,stage,tags,notes,first_interaction,last_interaction,score,cadence_ideal_days,cadence_max_days\r\n' +
        'Bob Li,bob; bob@fosstodon.org; bob_alt,X; Mastodon,close,rust; speaker,,2025-01-06T09:00:00.000Z,2025-01-06T10:00:00.000Z,42,14,30\r\n' +
        'Carol,,,,,,,,7,,\r\n',
    );
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('quotes cells with quotes, commas and line breaks (RFC 4180)', () => {
    const csv = peopleCsv([row({ name: 'Li, Bob "the builder"', notes: 'line one\nline two\r\nthree' })]);
    expect(csv.split('\r\n')[1]).toBe('"Li, Bob ""the builder""",bob,X,,,"line one\nline two');
    expect(csv).toContain('"line one\nline two\r\nthree",2025');
  });

  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', `"'\rreturn"`],
    ['a=b', 'a=b'],
  ])('defuses a cell that a spreadsheet would run: %j', (name, cell) => {
    expect(peopleCsv([row({ name })]).split('\r\n')[1]!.startsWith(`${cell},`)).toBe(true);
  });

  it('defuses tags and notes too, but not the numbers it writes', () => {
    const line = peopleCsv([row({ tags: ['=cmd'], notes: '@here', score: 0 })]).split('\r\n')[1];
    expect(line).toBe("bob,bob,X,,'=cmd,'@here,2025-01-06T09:00:00.000Z,2025-01-06T10:00:00.000Z,0,,");
  });
});

// Reddit Enhancement Suite backups, in the shapes its source writes (see src/core/io/res.ts).

describe('Reddit Enhancement Suite backups', () => {
  it('reads per-user keys written by the Tag class (SCHEMA_VERSION 2)', () => {
    const backup = {
      SCHEMA_VERSION: 2,
      data: {
        'RESoptions.userTagger': { hardIgnore: { type: 'boolean', value: true } },
        'tag.spez': { text: 'admin', color: 'orangered', votesUp: 5, votesDown: 2, link: 'https://www.reddit.com/r/announcements/comments/abc/' },
        'tag.rustacean_42': { text: 'knows async', color: 'none', ignored: true },
        'tag.voter': { votesUp: 1 },
      },
    };
    expect(parseResBackup(backup)).toEqual({
      tags: [
        { username: 'spez', text: 'admin', color: '#ff4500', votes: 3, link: 'https://www.reddit.com/r/announcements/comments/abc/' },
        { username: 'rustacean_42', text: 'knows async', ignored: true },
      ],
      skipped: 0,
    });
  });

  it('reads per-user keys that still hold the old fields (copied by the 5.6.1 migration)', () => {
    const backup = { SCHEMA_VERSION: 2, data: { 'tag.carol': { tag: 'mod of r/rust', color: 'cornflowerblue', ignore: false, link: '/r/rust/comments/x1', votes: '-4' } } };
    expect(parseResBackup(backup)).toEqual({ tags: [{ username: 'carol', text: 'mod of r/rust', color: '#6495ed', votes: -4, link: '/r/rust/comments/x1' }], skipped: 0 });
  });

  it('reads the old single map (SCHEMA_VERSION 1), lower-casing names and skipping bad ones', () => {
    const backup = {
      SCHEMA_VERSION: 1,
      'RESmodules.userTagger.tags': {
        BobLi: { tag: 'friend', color: 'teal', votes: 12 },
        'not a name!': { tag: 'x' },
        a_name_that_is_far_too_long_for_reddit: { tag: 'x' },
        troll: { tag: 'ignored', ignore: true, votes: -30 },
        numbers: { tag: 42 },
        quiet: { votes: 1 },
      },
    };
    expect(parseResBackup(backup)).toEqual({
      tags: [
        { username: 'bobli', text: 'friend', color: '#008080', votes: 12 },
        { username: 'troll', text: 'ignored', ignored: true, votes: -30 },
      ],
      skipped: 3,
    });
  });

  it('reads a backup from before SCHEMA_VERSION, whose values are JSON text', () => {
    const backup = {
      'RESmodules.userTagger.tags': JSON.stringify({ dan: { tag: 'meetup host', color: 'green', link: 'https://www.reddit.com/user/dan' } }),
      'RESoptions.betteReddit': JSON.stringify({ fullCommentsLink: { value: true } }),
      RESOptionsVersion: '4.5.0.2',
    };
    expect(parseResBackup(backup)).toEqual({ tags: [{ username: 'dan', text: 'meetup host', color: '#008000', link: 'https://www.reddit.com/user/dan' }], skipped: 0 });
  });

  it('gives no colour for a colour name RES does not have', () => {
    const backup = { SCHEMA_VERSION: 2, data: { 'tag.ann': { text: 'a', color: 'constructor' }, 'tag.ben': { text: 'b', color: '#ff0000' }, 'tag.cy': { text: 'c', color: 'Teal' } } };
    expect(parseResBackup(backup)).toEqual({ tags: [{ username: 'ann', text: 'a' }, { username: 'ben', text: 'b' }, { username: 'cy', text: 'c', color: '#008080' }], skipped: 0 });
  });

  it('a per-user key wins over the same user in the old map', () => {
    const backup = { SCHEMA_VERSION: 1, 'RESmodules.userTagger.tags': { eve: { tag: 'old' } }, 'tag.eve': { text: 'new' } };
    expect(parseResBackup(backup)).toEqual({ tags: [{ username: 'eve', text: 'new' }], skipped: 0 });
  });

  it.each([
    [{ SCHEMA_VERSION: 3, data: {} }, 'This RES backup has SCHEMA_VERSION 3, which this Rapport cannot read (it reads 0 to 2).'],
    [{ SCHEMA_VERSION: 2, data: { 'RESoptions.nightMode': {} } }, 'This RES backup holds no user tags.'],
    [{ SCHEMA_VERSION: 2, data: { 'tag.a b': { text: 'x' } } }, "None of this RES backup's 1 user tags could be read."],
    [{ SCHEMA_VERSION: 2 }, 'This RES backup has no data.'],
    [{ 'RESmodules.userTagger.tags': '{not json' }, "This RES backup's user tags (RESmodules.userTagger.tags) are not readable."],
    [{ hello: 'world' }, 'This file is neither a Rapport export nor a Reddit Enhancement Suite backup.'],
  ])('explains a backup it cannot use (%#)', (backup, reason) => {
    expect(parseResBackup(backup)).toEqual({ reason });
  });

  it('parseImport recognises a backup by its shape', () => {
    const text = JSON.stringify({ SCHEMA_VERSION: 2, data: { 'tag.spez': { text: 'admin' }, 'tag.bad name': { text: 'x' } } });
    expect(parseImport(text)).toEqual({ ok: true, kind: 'res', tags: [{ username: 'spez', text: 'admin' }], counts: { users: 1, skipped: 1 } });
  });

  it('parseImport refuses pollution keys inside the JSON text of an old backup too', () => {
    const text = JSON.stringify({ 'RESmodules.userTagger.tags': '{"spez":{"tag":"admin"},"__proto__":{"polluted":1}}' });
    expect(parseImport(text)).toEqual({ ok: false, reason: "This RES backup's user tags (RESmodules.userTagger.tags) are not readable." });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const now = T0 + 100 * HOUR;
  const resTags: ResUserTag[] = [
    { username: 'spez', text: 'admin', color: '#ff4500', votes: 3, link: 'https://www.reddit.com/r/a/comments/1/' },
    { username: 'carol', text: 'Admin' },
    { username: 'dan', text: `wrote the best guide to lifetimes I have read, ${'and more '.repeat(5)}`, votes: -1, ignored: true },
  ];

  it('resToRapport makes an account, a person and tags, with the rest in a note line', () => {
    const r = resToRapport(resTags, now);
    expect(r.accounts.map((a) => [a.key, a.handle, a.name, a.personId])).toEqual([
      ['reddit:carol', 'carol', '', 'reddit:carol'],
      ['reddit:dan', 'dan', '', 'reddit:dan'],
      ['reddit:spez', 'spez', '', 'reddit:spez'],
    ]);
    expect(r.tags).toEqual([{ name: 'Admin', color: '#ff4500' }]);
    expect(r.people.map((p) => [p.id, p.name, p.tags, p.notes, p.stale])).toEqual([
      ['reddit:carol', 'carol', ['Admin'], '', 1],
      ['reddit:dan', 'dan', [], `RES tag: ${resTags[2]!.text}\nRES: -1 vote; ignored`, 1],
      ['reddit:spez', 'spez', ['Admin'], 'RES: +3 votes; link https://www.reddit.com/r/a/comments/1/', 1],
    ]);
  });

  it('RES tags merge like an export: known people keep their name, a second import adds nothing', () => {
    const local = stateOf({
      items: [],
      accounts: [account('reddit:spez', 'reddit:spez', { name: 'Steve' })],
      people: [person('reddit:spez', { name: 'Steve H.', tags: ['founder'], notes: 'Runs the place.' })],
      interactions: [],
      identities: [],
      tags: [],
    });
    const rows = { items: [], interactions: [], identities: [], ...resToRapport(resTags, now) };
    const once = applyImport(local, rows);
    expect(once.people.get('reddit:spez')).toMatchObject({ name: 'Steve H.', tags: ['founder', 'Admin'], notes: 'Runs the place.\n\nRES: +3 votes; link https://www.reddit.com/r/a/comments/1/' });
    expect(once.accounts.get('reddit:spez')!.name).toBe('Steve');
    expect(applyImport(once, rows)).toEqual(once);
    expect(once.people.size).toBe(3);
  });
});

