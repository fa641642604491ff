/**
 * User tags from a Reddit Enhancement Suite (RES) backup, so people tagged there arrive in Rapport
 * with their tags. What RES writes, from its source (github.com/honestbleeps/Reddit-Enhancement-Suite):
 *
 * - lib/modules/backupAndRestore.js + backupAndRestore/serialization.js: a `.resbackup` file is
 *   RES's whole storage as JSON. `serialize` writes `{ SCHEMA_VERSION: 2, data: { <key>: value } }`;
 *   `deserialize` also reads `{ SCHEMA_VERSION: 1, <key>: value }` and, with no SCHEMA_VERSION
 *   (version 0), `{ <key>: "<value as JSON text>" }`.
 * - lib/modules/userTagger.js (RES 4.x to 5.6.0): one storage key, `RESmodules.userTagger.tags`,
 *   a map from the lower-cased username to `{ tag, color, ignore, link, votes }` (`votes` is the
 *   net count of your up and down votes; RES reads it with parseInt, so it may be text).
 * - lib/core/migrate/migrate.js, migration `5.6.1-shard-tags`: every entry of that map is copied
 *   as it is to a key `tag.<username lower-cased>` (so such a key may still hold the old fields);
 *   `5.6.2-remove-old-tags` then drops the map.
 * - lib/modules/userTagger.js (later, the `Tag` class on `Storage.wrapPrefix('tag.', …)`): an entry
 *   is `{ text, color, link, votesUp, votesDown }`, plus `ignored` in the versions where ignoring
 *   lived in the tag; only fields that differ from the defaults (null, 0, false) are stored, and
 *   `color: 'none'` is a legacy "no colour". Later still ignoring moved to filteReddit's user list,
 *   which is not read here.
 * - Colours are the names in RES's `bgToTextColorMap` (aqua … yellow, and none).
 *
 * Entries without tag text are not user tags (RES keeps one for every user you voted on, and
 * writes the text "ignored" when you ignore someone untagged) and are left out; entries with an
 * unusable username or field are skipped and counted.
 */
import * as z from 'zod/mini';
import type { AccountRow, PersonRow, TagRow } from '../../shared/db';
import { isRecord, parseJson } from './json';
import { DEFAULT_TAG_COLOR } from '../tags';
import { unsettled } from './merge';

/** One RES user tag, read and checked; `color` is a CSS colour (`#rrggbb`). */
export const ResUserTag = z.object({
  username: z.string().check(z.regex(/^[a-z0-9_-]{1,30}$/, 'not a Reddit username')),
  text: z.string().check(z.minLength(1), z.maxLength(2_000)),
  color: z.optional(z.string().check(z.regex(/^#[0-9a-f]{6}$/))),
  votes: z.optional(z.number().check(z.int(), z.minimum(-1_000_000), z.maximum(1_000_000))),
  ignored: z.optional(z.boolean()),
  link: z.optional(z.string().check(z.minLength(1), z.maxLength(2_048))),
});
export type ResUserTag = z.infer<typeof ResUserTag>;

/** RES's colour names as the CSS colours they stand for ('none', and anything else, is no colour). */
const RES_COLORS: ReadonlyMap<string, string> = new Map([
  ['aqua', '#00ffff'],
  ['black', '#000000'],
  ['blue', '#0000ff'],
  ['cornflowerblue', '#6495ed'],
  ['fuchsia', '#ff00ff'],
  ['gray', '#808080'],
  ['green', '#008000'],
  ['lime', '#00ff00'],
  ['maroon', '#800000'],
  ['navy', '#000080'],
  ['olive', '#808000'],
  ['orange', '#ffa500'],
  ['orangered', '#ff4500'],
  ['pink', '#ffc0cb'],
  ['purple', '#800080'],
  ['red', '#ff0000'],
  ['silver', '#c0c0c0'],
  ['teal', '#008080'],
  ['white', '#ffffff'],
  ['yellow', '#ffff00'],
]);

const OLD_TAGS_KEY = 'RESmodules.userTagger.tags';
const TAG_PREFIX = 'tag.';
/** RES keeps an entry for every user you voted on; more than this is not a backup a person made. */
const MAX_TAGS = 200_000;

export type ResBackup = { tags: ResUserTag[]; skipped: number } | { reason: string };

/** Whether a parsed file looks like a RES backup at all (before anything in it is trusted). */
function looksLikeResBackup(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && ('SCHEMA_VERSION' in value || Object.keys(value).some((k) => k === OLD_TAGS_KEY || k.startsWith(TAG_PREFIX) || k.startsWith('RES')));
}

/** The user tags of a parsed `.resbackup` file, in any form RES has written (see above). */
export function parseResBackup(value: unknown): ResBackup {
  if (!looksLikeResBackup(value)) return { reason: 'This file is neither a Rapport export nor a Reddit Enhancement Suite backup.' };
  const storage = storageOf(value);
  if ('reason' in storage) return storage;
  const entries: [string, unknown][] = [];
  const old = storage.values[OLD_TAGS_KEY];
  if (old !== undefined) {
    const map = storage.decode(old);
    if (!isRecord(map)) return { reason: `This RES backup's user tags (${OLD_TAGS_KEY}) are not readable.` };
    entries.push(...Object.entries(map));
  }
  for (const [key, raw] of Object.entries(storage.values)) {
    if (key.startsWith(TAG_PREFIX)) entries.push([key.slice(TAG_PREFIX.length), storage.decode(raw)]);
  }
  if (entries.length > MAX_TAGS) return { reason: `This RES backup holds ${entries.length} user entries; Rapport imports up to ${MAX_TAGS}.` };

  // A username both in the old map and under its own key (a backup taken between the two
  // migrations) is one user: the per-user key is the newer write and wins.
  const byUser = new Map<string, ResUserTag>();
  let skipped = 0;
  for (const [name, raw] of entries) {
    const entry = readEntry(name, raw);
    if (entry === 'invalid') skipped++;
    else if (entry) byUser.set(entry.username, entry);
  }
  const tags = [...byUser.values()];
  if (!tags.length) return { reason: skipped ? `None of this RES backup's ${skipped} user tags could be read.` : 'This RES backup holds no user tags.' };
  return { tags, skipped };
}

type Storage = { values: Record<string, unknown>; decode: (raw: unknown) => unknown } | { reason: string };

function storageOf(backup: Record<string, unknown>): Storage {
  const { SCHEMA_VERSION: version, ...rest } = backup;
  const asIs = (raw: unknown) => raw;
  if (version === 2) return isRecord(rest.data) ? { values: rest.data, decode: asIs } : { reason: 'This RES backup has no data.' };
  if (version === 1) return { values: rest, decode: asIs };
  // Version 0 kept every value as JSON text. RES falls back to the raw text when it does not parse;
  // a user-tag value that does not parse is simply unreadable here.
  if (version === undefined) return { values: rest, decode: (raw) => (typeof raw === 'string' ? decoded(raw) : raw) };
  return { reason: `This RES backup has SCHEMA_VERSION ${JSON.stringify(version)?.slice(0, 20)}, which this Rapport cannot read (it reads 0 to 2).` };
}

function decoded(text: string): unknown {
  const parsed = parseJson(text);
  return parsed.ok ? parsed.value : undefined;
}

/** One user's entry, old or new fields; undefined when it is not a tag, 'invalid' when unusable. */
function readEntry(name: string, raw: unknown): ResUserTag | 'invalid' | undefined {
  if (raw === null) return undefined;
  if (!isRecord(raw)) return 'invalid';
  const text = raw.text ?? raw.tag;
  if (text === undefined || text === null || (typeof text === 'string' && !text.trim())) return undefined;
  const color = typeof raw.color === 'string' ? RES_COLORS.get(raw.color.toLowerCase()) : undefined;
  const candidate = {
    username: name.toLowerCase(),
    text: typeof text === 'string' ? text.trim() : text,
    color,
    votes: votesOf(raw),
    ignored: raw.ignored === true || raw.ignore === true || undefined,
    link: typeof raw.link === 'string' && raw.link.trim() ? raw.link.trim() : undefined,
  };
  const checked = ResUserTag.safeParse(candidate);
  return checked.success ? checked.data : 'invalid';
}

/** Net votes: `votesUp - votesDown` in the newer entries, `votes` (number or numeric text) in the older. */
function votesOf(raw: Record<string, unknown>): unknown {
  const { votesUp, votesDown, votes } = raw;
  if (votesUp !== undefined || votesDown !== undefined) {
    const up = votesUp ?? 0;
    const down = votesDown ?? 0;
    return typeof up === 'number' && typeof down === 'number' ? up - down || undefined : NaN;
  }
  if (votes === undefined || votes === null) return undefined;
  const n = typeof votes === 'string' && /^-?\d+$/.test(votes.trim()) ? Number(votes) : votes;
  return n === 0 ? undefined : n;
}

// Into Rapport.

const TAG_MAX = 60;

export interface ResImport {
  accounts: AccountRow[];
  people: PersonRow[];
  tags: TagRow[];
}

/**
 * RES tags as Rapport rows, to merge like an export's (format.ts, merge.ts): an account
 * `reddit:<username>` and a person for each user, the tag text as a person tag (text longer than a
 * tag name goes to the notes instead), the colour on the tag, votes, link and ignoring as a note line.
 * A tag name used with several colours takes the first colour in username order.
 */
export function resToRapport(tags: readonly ResUserTag[], now: number): ResImport {
  const accounts: AccountRow[] = [];
  const people: PersonRow[] = [];
  // Tag names are one tag whatever their case: the first spelling and the first colour seen win.
  const tagRows = new Map<string, { name: string; color?: string }>();
  for (const t of [...tags].sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0))) {
    const key = `reddit:${t.username}`;
    const name = t.text.replace(/\s+/g, ' ');
    const asTag = name.length <= TAG_MAX;
    const tag = asTag ? (tagRows.get(name.toLowerCase()) ?? { name }) : undefined;
    if (tag) {
      tag.color ??= t.color;
      tagRows.set(name.toLowerCase(), tag);
    }
    // The display name is unknown to RES: an empty one never replaces the name Rapport has seen.
    accounts.push({ key, site: 'reddit', handle: t.username, name: '', personId: key, firstSeenAt: now, lastSeenAt: now });
    people.push(
      unsettled({
        id: key,
        name: t.username,
        createdAt: now,
        updatedAt: now,
        notes: noteOf(t, asTag),
        tags: tag ? [tag.name] : [],
        notSame: [],
      }),
    );
  }
  return { accounts, people, tags: [...tagRows.values()].map((t) => ({ name: t.name, color: t.color ?? DEFAULT_TAG_COLOR })) };
}

/** "RES tag: <long text>" and "RES: +3 votes; link …; ignored", each on its line when there is one. */
function noteOf(t: ResUserTag, asTag: boolean): string {
  const facts = [
    t.votes ? `${t.votes > 0 ? '+' : ''}${t.votes} ${Math.abs(t.votes) === 1 ? 'vote' : 'votes'}` : '',
    t.link ? `link ${t.link}` : '',
    t.ignored ? 'ignored' : '',
  ].filter(Boolean);
  return [asTag ? '' : `RES tag: ${t.text}`, facts.length ? `RES: ${facts.join('; ')}` : ''].filter(Boolean).join('\n');
}
