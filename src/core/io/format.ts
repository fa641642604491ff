/**
 * The export file: everything Rapport keeps, in one JSON document the user owns (documented in
 * docs/export-format.md), and the checks an import passes before anything is written.
 *
 * An import is untrusted input like page text: every row is validated, every string and array is
 * bounded, and any failure rejects the whole file with one readable reason, so a damaged or hostile
 * file changes nothing. Fields the database derives (search terms, account summaries, stats, score, due time, the
 * awaiting flag) are not read from a file at all: rows come out marked stale for the settle job.
 */
import * as z from 'zod/mini';
import type { AccountRow, IdentityRow, InteractionRow, ItemRow, PersonRow, TagRow } from '../../shared/db';
import { Handle, ItemId, SiteIdSchema } from '../../shared/schema';
import { SITE_IDS, siteOfItemId } from '../sites';
import { STAGES } from '../stages';
import { isRecord, parseJson } from './json';
import { unsettled } from './merge';
import { parseResBackup, type ResUserTag } from './res';

export const EXPORT_FORMAT = 'rapport-export';
export const EXPORT_VERSION = 1;

export interface ExportData {
  items: ItemRow[];
  accounts: AccountRow[];
  people: PersonRow[];
  interactions: InteractionRow[];
  identities: IdentityRow[];
  tags: TagRow[];
}

/** The tables in the order a file lists them. */
export const EXPORT_TABLES = ['items', 'accounts', 'people', 'interactions', 'identities', 'tags'] as const satisfies readonly (keyof ExportData)[];

export type ExportCounts = Record<keyof ExportData, number>;

/**
 * Limits of what a file may hold (docs/export-format.md lists them). A caller can hold `fileChars`
 * against `File.size` before reading a huge file into memory at all.
 */
export const LIMITS = {
  name: 200,
  notes: 20_000,
  itemText: 4_000,
  url: 2_048,
  id: 300,
  /** `<item id>|<kind>|<handle>`: an item id, a kind and a handle. */
  interactionId: 600,
  tag: 60,
  tagsPerPerson: 50,
  notSame: 1_000,
  /** Epoch ms of 2100-01-01: later times are damage, not dates. */
  time: 4_102_444_800_000,
  rows: { items: 2_000_000, accounts: 1_000_000, people: 1_000_000, interactions: 5_000_000, identities: SITE_IDS.length, tags: 10_000 },
  /** Characters of file text (one per UTF-16 unit): 300 MB of plain text. */
  fileChars: 300 * 1024 * 1024,
} as const;

const ROWS_PER_PIECE = 1_000;

/**
 * The export file's text in pieces, for a `Blob`: half a million interactions would make one string
 * of hundreds of megabytes, pieces of a thousand rows never do. Rows are written as stored.
 */
export function exportChunks(data: ExportData, meta: { exportedAt: number; appVersion: string }): string[] {
  const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: meta.exportedAt, app: { version: meta.appVersion } };
  const pieces = [`${JSON.stringify(head).slice(0, -1)},"data":{`];
  EXPORT_TABLES.forEach((table, t) => {
    const rows: readonly unknown[] = data[table];
    pieces.push(`${t ? ',' : ''}${JSON.stringify(table)}:[`);
    for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) {
      pieces.push((i ? ',' : '') + rows.slice(i, i + ROWS_PER_PIECE).map((row) => JSON.stringify(row)).join(','));
    }
    pieces.push(']');
  });
  pieces.push('}}');
  return pieces;
}

// Rows as a file holds them.

const max = z.maxLength;
const Time = z.number().check(z.minimum(0), z.maximum(LIMITS.time));
const Flag = z.literal([0, 1]);
const Id = z.string().check(z.minLength(1), max(LIMITS.id));
const Name = z.string().check(max(LIMITS.name));
const Host = z.string().check(z.minLength(1), max(253), z.regex(/^[a-z0-9.-]+(:\d+)?$/i, 'not a host name'));
const AccountKey = z.string().check(max(LIMITS.id), z.regex(new RegExp(`^(${SITE_IDS.join('|')}):\\S+$`), 'not an account key'));
const TagName = z.string().check(z.minLength(1), max(LIMITS.tag));
const Color = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'not a colour like #1f6feb'));
const Days = z.number().check(z.int(), z.minimum(1), z.maximum(3650));
const Cadence = z.object({ idealDays: Days, maxDays: Days }).check(z.refine((c) => c.maxDays >= c.idealDays, 'the maximum window is shorter than the ideal one'));

const ItemFile = z.pipe(
  z
    .object({
      id: ItemId,
      site: SiteIdSchema,
      kind: z.enum(['post', 'reply']),
      author: z.object({ handle: Handle, name: Name, nativeId: z.optional(Id) }),
      // Links are opened from extension pages: web addresses only, never `javascript:`.
      url: z.url({ protocol: /^https?$/ }).check(max(LIMITS.url)),
      text: z.string().check(max(LIMITS.itemText)),
      createdAt: z.optional(Time),
      parentId: z.optional(ItemId),
      parentAuthor: z.optional(Handle),
      mentions: z.array(Handle).check(max(100)),
      hashtags: z.array(z.string().check(z.minLength(1), max(140))).check(max(100)),
      direct: z.optional(z.boolean()),
      host: Host,
      authorKey: AccountKey,
      firstSeenAt: Time,
      lastSeenAt: Time,
      sortAt: Time,
      byMe: Flag,
      toMe: Flag,
      // The user's own state: what they answered, marked done or snoozed.
      answeredAt: z.optional(Time),
      answerId: z.optional(ItemId),
      doneAt: z.optional(Time),
      snoozedUntil: z.optional(Time),
    })
    .check(z.refine((row) => siteOfItemId(row.id) === row.site, { error: 'the id names another site', path: ['id'] })),
  z.transform((row): ItemRow => ({ ...row, awaiting: 0 })),
);

const AccountFile = z
  .object({
    key: AccountKey,
    site: SiteIdSchema,
    handle: Handle,
    name: Name,
    nativeId: z.optional(Id),
    personId: Id,
    firstSeenAt: Time,
    lastSeenAt: Time,
    lastInteractionAt: z.optional(Time),
  })
  .check(z.refine((a) => a.key === `${a.site}:${a.handle}`, { error: 'the key is not <site>:<handle>', path: ['key'] }));

const PersonFile = z.pipe(
  z.object({
    id: Id,
    name: Name,
    createdAt: Time,
    updatedAt: Time,
    notes: z.string().check(max(LIMITS.notes)),
    tags: z.array(TagName).check(max(LIMITS.tagsPerPerson)),
    stage: z.optional(z.enum(STAGES)),
    cadence: z.optional(Cadence),
    scorePin: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
    scoreAdjust: z.optional(z.number().check(z.int(), z.minimum(-50), z.maximum(50))),
    remindedFor: z.optional(Time),
    notSame: z.array(Id).check(max(LIMITS.notSame)),
  }),
  // Stats, score, due time and search terms are recomputed by the settle job from what was imported.
  z.transform((p): PersonRow => unsettled(p)),
);

const INBOUND: ReadonlySet<string> = new Set(['they_replied', 'they_mentioned']);
const InteractionFile = z
  .object({
    id: z.string().check(z.minLength(1), max(LIMITS.interactionId)),
    site: SiteIdSchema,
    accountKey: AccountKey,
    personId: Id,
    itemId: ItemId,
    kind: z.enum(['they_replied', 'i_replied', 'they_mentioned', 'i_mentioned']),
    direction: z.enum(['in', 'out']),
    at: Time,
  })
  .check(z.refine((x) => (x.direction === 'in') === INBOUND.has(x.kind), { error: 'the direction does not match the kind', path: ['direction'] }));

const IdentityFile = z.object({
  site: SiteIdSchema,
  detected: z.array(z.object({ handle: Handle, host: Host, at: Time })).check(max(50)),
  manual: z.optional(Handle),
});

const TagFile = z.object({ name: TagName, color: Color, cadence: z.optional(Cadence) });

const table = <T extends z.ZodMiniType>(row: T, k: keyof ExportData) => z.array(row).check(max(LIMITS.rows[k]));

/** The tables of an export, as `data` holds them in a file. */
export const ExportDataSchema = z.object({
  items: table(ItemFile, 'items'),
  accounts: table(AccountFile, 'accounts'),
  people: table(PersonFile, 'people'),
  interactions: table(InteractionFile, 'interactions'),
  identities: table(IdentityFile, 'identities'),
  tags: table(TagFile, 'tags'),
});

const ExportHead = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: Time,
  app: z.object({ version: z.string().check(max(50)) }),
});

/** The whole file. Unknown fields anywhere are dropped, never stored. */
export const ExportFile = z.extend(ExportHead, { data: ExportDataSchema });

// Reading a file.

export type ImportResult =
  | { ok: true; kind: 'rapport'; data: ExportData; counts: ExportCounts }
  | { ok: true; kind: 'res'; tags: ResUserTag[]; counts: { users: number; skipped: number } }
  | { ok: false; reason: string };

export type DataResult = { ok: true; data: ExportData; counts: ExportCounts } | { ok: false; reason: string };

/**
 * Reads a file the user picked: a Rapport export or a Reddit Enhancement Suite backup. Never
 * throws; anything wrong comes back as `{ ok: false, reason }` in words the user can act on.
 */
export function parseImport(text: string, opts: { maxBytes?: number } = {}): ImportResult {
  const limit = opts.maxBytes ?? LIMITS.fileChars;
  if (text.length > limit) return { ok: false, reason: `This file is too large to import (${size(text.length)}; the limit is ${size(limit)}).` };
  // Editors on some systems save a byte-order mark, which JSON does not allow.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, reason: 'The file is empty.' };
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (isRecord(value) && 'format' in value) return readExport(value);
  const res = parseResBackup(value);
  if ('reason' in res) return { ok: false, reason: res.reason };
  return { ok: true, kind: 'res', tags: res.tags, counts: { users: res.tags.length, skipped: res.skipped } };
}

function readExport(file: Record<string, unknown>): ImportResult {
  const { format, version } = file;
  if (format !== EXPORT_FORMAT) return { ok: false, reason: `This file's format is ${quote(format)}, not "${EXPORT_FORMAT}": it is not a Rapport export.` };
  if (version === undefined) return { ok: false, reason: 'This Rapport export does not say which format version it is, so it cannot be read safely.' };
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: `This Rapport export's format version (${quote(version)}) is not a version number.` };
  }
  if (version > EXPORT_VERSION) {
    return { ok: false, reason: `This file was made by a newer Rapport (format ${version}); this one reads up to ${EXPORT_VERSION}.` };
  }
  if (version < 1) return { ok: false, reason: `This file's format version (${version}) is not one Rapport ever wrote; this one reads 1 to ${EXPORT_VERSION}.` };
  const head = ExportHead.safeParse(file, { reportInput: true });
  if (!head.success) return { ok: false, reason: problems(head.error.issues, []) };
  const data = parseExportData(file.data, ['data']);
  return data.ok ? { ok: true, kind: 'rapport', data: data.data, counts: data.counts } : data;
}

/**
 * Checks the tables of an export (what `data` holds in a file): every row, then that rows point at
 * rows that exist. `at` is where they sit, for the reason's path.
 */
export function parseExportData(value: unknown, at: readonly PropertyKey[] = []): DataResult {
  const result = ExportDataSchema.safeParse(value, { reportInput: true });
  if (!result.success) return { ok: false, reason: problems(result.error.issues, at) };
  const data: ExportData = result.data;
  const broken = danglingReference(data);
  if (broken) return { ok: false, reason: `The file does not hold together: ${formatPath([...at, ...broken.path])} ${broken.what}.` };
  const counts = Object.fromEntries(EXPORT_TABLES.map((t) => [t, data[t].length])) as ExportCounts;
  return { ok: true, data, counts };
}

/** The first row that repeats a key, or names an account or person the file does not hold. */
function danglingReference(data: ExportData): { path: PropertyKey[]; what: string } | undefined {
  const keys: Record<keyof ExportData, string[]> = {
    items: data.items.map((r) => r.id),
    accounts: data.accounts.map((r) => r.key),
    people: data.people.map((r) => r.id),
    interactions: data.interactions.map((r) => r.id),
    identities: data.identities.map((r) => r.site),
    tags: data.tags.map((r) => r.name),
  };
  const sets = new Map<keyof ExportData, Set<string>>();
  for (const t of EXPORT_TABLES) {
    const seen = new Set<string>();
    for (const [i, key] of keys[t].entries()) {
      if (seen.has(key)) return { path: [t, i], what: `repeats ${quote(key)}, which an earlier row already holds` };
      seen.add(key);
    }
    sets.set(t, seen);
  }
  const people = sets.get('people')!;
  const accounts = sets.get('accounts')!;
  for (const [i, a] of data.accounts.entries()) {
    if (!people.has(a.personId)) return { path: ['accounts', i, 'personId'], what: `names the person ${quote(a.personId)}, who is not in the file` };
  }
  for (const [i, x] of data.interactions.entries()) {
    if (!accounts.has(x.accountKey)) return { path: ['interactions', i, 'accountKey'], what: `names the account ${quote(x.accountKey)}, which is not in the file` };
    if (!people.has(x.personId)) return { path: ['interactions', i, 'personId'], what: `names the person ${quote(x.personId)}, who is not in the file` };
  }
  return undefined;
}

// Reasons.

function problems(issues: readonly z.core.$ZodIssue[], at: readonly PropertyKey[]): string {
  const first = issues[0]!;
  const where = formatPath([...at, ...first.path]);
  const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
  return `This file has ${count} and cannot be imported; the first is at ${where}: ${describeIssue(first)}.`;
}

/** `data.people[12].name`: how a reader finds the spot in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${quote(String(part))}]`;
  }
  return out || 'the top of the file';
}

const ARTICLE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = ARTICLE[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `missing (expected ${expected})` : `expected ${expected}`;
    }
    case 'too_big': {
      const b = BOUNDS[issue.origin] ?? NUMBER_BOUNDS;
      return `${b.more} ${issue.maximum}${b.unit}`;
    }
    case 'too_small': {
      const b = BOUNDS[issue.origin] ?? NUMBER_BOUNDS;
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'empty' : `${b.less} ${issue.minimum}${b.unit}`;
    }
    case 'invalid_value':
      return `expected ${issue.values.slice(0, 8).map((v) => quote(v)).join(' or ')}${issue.values.length > 8 ? ' or another known value' : ''}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'not a web address (http or https)' : customOr(issue.message, 'not in the expected form');
    default:
      return customOr(issue.message, 'not valid here');
  }
}

/** How a bound is said: strings by their length, lists by their entries, numbers by their value. */
const BOUNDS: Record<string, { more: string; less: string; unit: string }> = {
  string: { more: 'longer than', less: 'shorter than', unit: ' characters' },
  array: { more: 'more entries than', less: 'fewer entries than', unit: '' },
};
const NUMBER_BOUNDS = { more: 'above', less: 'below', unit: '' };

/** zod/mini carries no English messages of its own; ours (given in the schemas) are worth showing. */
const customOr = (message: string, fallback: string) => (message && message !== 'Invalid input' ? message : fallback);

/** A value from the file, short enough for a sentence. */
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const size = (chars: number) => (chars < 1024 * 1024 ? `${Math.ceil(chars / 1024)} KB` : `${Math.ceil(chars / (1024 * 1024))} MB`);
