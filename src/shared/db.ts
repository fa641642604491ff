/**
 * Rapport's database. The background is its only writer; extension pages read it with live
 * queries; content scripts never open it (they would get the site's IndexedDB, not ours).
 *
 * Versions are kept as data so a test can open the database as any earlier version, seed it and
 * check that upgrading loses nothing (tests/unit/db-migrations.test.ts). Never edit a shipped
 * version: add a new one with the full store list and, where rows change shape, an `upgrade`.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Item } from './schema';
import type { SiteId } from '../core/sites';
import type { Stage } from '../core/stages';

export type Flag = 0 | 1;

/** One post, comment, reply or mention seen on a site. Keyed by the contract's item id. */
export interface ItemRow extends Item {
  host: string;
  /** `<site>:<handle>` of the author (the `accounts` key). */
  authorKey: string;
  firstSeenAt: number;
  lastSeenAt: number;
  /** createdAt when known, else when first seen: what the inbox sorts on. */
  sortAt: number;
  byMe: Flag;
  toMe: Flag;
  answeredAt?: number;
  answerId?: string;
  doneAt?: number;
  snoozedUntil?: number;
  /** Derived from the fields above by core/awaiting; indexed for the inbox and the toolbar count. */
  awaiting: Flag;
}

/** An account on one site. Several accounts can be one person (`personId`). */
export interface AccountRow {
  key: string;
  site: SiteId;
  handle: string;
  name: string;
  nativeId?: string;
  personId: string;
  firstSeenAt: number;
  lastSeenAt: number;
  lastInteractionAt?: number;
}

export { STAGES, type Stage } from '../core/stages';

/** Keep in touch: yellow once `idealDays` pass without an interaction, red past `maxDays`. */
export interface Cadence {
  idealDays: number;
  maxDays: number;
}

/**
 * What the score and the card need of a person's history, derived from their interactions and the
 * items they addressed to you (core/person-stats). Times are epoch ms.
 */
export interface PersonStats {
  firstAt?: number;
  lastAt?: number;
  /** Last time they reached you / you reached them. */
  lastInAt?: number;
  lastOutAt?: number;
  inCount: number;
  outCount: number;
  /** Times of the most recent interactions, newest first (at most 100): frequency at any `now`. */
  recent: number[];
  /** Conversations (interactions after a week or more of silence) opened by them / by you. */
  startedByThem: number;
  startedByMe: number;
  /** Items of theirs addressed to you, and how many you answered; median time to your answer. */
  addressedToMe: number;
  answeredByMe: number;
  replyMsMedian?: number;
  /** Interactions in direct messages or straight replies between you two (not mentions in public). */
  oneToOne: number;
}

/** The human behind one or more accounts; notes, tags, cadence and score live here. */
export interface PersonRow {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  notes: string;
  tags: string[];
  stage?: Stage;
  /** Their own cadence; else the strictest cadence of their tags. */
  cadence?: Cadence;
  /** The user's word on the score: a pinned value, or points added to the computed one. */
  scorePin?: number;
  scoreAdjust?: number;
  stats: PersonStats;
  /** The score when last computed (settle job and the daily pass); the card recomputes it live. */
  score: number;
  /** stats.lastAt, or 0: indexed for "sort by last interaction". */
  lastAt: number;
  /** When keeping in touch is due (the ideal window ends); absent without a cadence. Indexed. */
  dueAt?: number;
  /** The `lastAt` whose overdue period a digest already named: one reminder per period. */
  remindedFor?: number;
  /** Lower-cased words of name, handles, tags and notes: the People search index. */
  terms: string[];
  /** Their accounts in short, so a list of people needs no second query. */
  handles: AccountSummary[];
  /** Person ids the user said are not this person (no link suggested again). */
  notSame: string[];
  /** 1 while stats, score, due time or terms wait for the settle job. */
  stale: Flag;
}

/** An account as lists of people show it. */
export interface AccountSummary {
  key: string;
  site: SiteId;
  handle: string;
}

/** A tag's colour and, optionally, a keep-in-touch cadence for everyone carrying it. */
export interface TagRow {
  name: string;
  color: string;
  cadence?: Cadence;
}

export type InteractionKind = 'they_replied' | 'i_replied' | 'they_mentioned' | 'i_mentioned';

/** One observed event between you and an account. Keyed `<item id>|<kind>`, so seeing it twice stores it once. */
export interface InteractionRow {
  id: string;
  site: SiteId;
  accountKey: string;
  personId: string;
  itemId: string;
  kind: InteractionKind;
  direction: 'in' | 'out';
  at: number;
}

/** An account of yours a page revealed (one per host: a Mastodon user may be signed in on several instances). */
export interface DetectedAccount {
  handle: string;
  host: string;
  at: number;
}

/** You on a site: the accounts pages revealed, and the handle typed in the options page. All count as you. */
export interface IdentityRow {
  site: SiteId;
  detected: DetectedAccount[];
  manual?: string;
}

/** Adapter health: how often a site's markup did not look as expected, per selector or field. */
export interface HealthRow {
  key: string;
  site: SiteId;
  name: string;
  count: number;
  lastAt: number;
  lastUrl: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** A v1 person row with the fields v2 added, to be filled in by the settle job. */
export function emptyPerson(id: string, name: string, now: number): PersonRow {
  return {
    id,
    name,
    createdAt: now,
    updatedAt: now,
    notes: '',
    tags: [],
    stats: { inCount: 0, outCount: 0, recent: [], startedByThem: 0, startedByMe: 0, addressedToMe: 0, answeredByMe: 0, oneToOne: 0 },
    score: 0,
    lastAt: 0,
    terms: [],
    handles: [],
    notSame: [],
    stale: 1,
  };
}

export const SCHEMA: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      items: 'id, site, authorKey, parentId, [awaiting+sortAt], snoozedUntil, sortAt',
      accounts: 'key, site, nativeId, personId, lastInteractionAt',
      people: 'id, name',
      interactions: 'id, accountKey, personId, itemId, [accountKey+at], at',
      identities: 'site',
      health: 'key, site',
      meta: 'key',
    },
  },
  {
    // Relationship memory: notes, tags, stage, cadence, score and a search index on people; tags
    // with colours and cadences; interactions by person in time order; accounts by stable id.
    version: 2,
    stores: {
      items: 'id, site, authorKey, parentId, [awaiting+sortAt], snoozedUntil, sortAt',
      accounts: 'key, site, nativeId, personId, lastInteractionAt, [site+nativeId]',
      people: 'id, name, *terms, *tags, lastAt, score, dueAt, stale',
      // Lookups by account or person use the first part of their compound index (Dexie's virtual
      // indexes): fewer indexes, cheaper writes of the busiest table.
      interactions: 'id, itemId, [accountKey+at], [personId+at], site',
      identities: 'site',
      health: 'key, site',
      meta: 'key',
      tags: 'name',
      // People a write touched, to be settled: a key-only row is cheaper to write than the person.
      restat: 'id',
    },
    upgrade: async (tx) => {
      const now = Date.now();
      await tx
        .table('people')
        .toCollection()
        .modify((p: Partial<PersonRow> & { id: string; name: string }) => {
          Object.assign(p, { ...emptyPerson(p.id, p.name, p.createdAt ?? now), ...p, stale: 1 });
        });
    },
  },
];

export const DB_NAME = 'rapport';

export type RapportDB = Dexie & {
  items: EntityTable<ItemRow, 'id'>;
  accounts: EntityTable<AccountRow, 'key'>;
  people: EntityTable<PersonRow, 'id'>;
  tags: EntityTable<TagRow, 'name'>;
  /** People to settle, with when a write last named them. */
  restat: EntityTable<{ id: string; at: number }, 'id'>;
  interactions: EntityTable<InteractionRow, 'id'>;
  identities: EntityTable<IdentityRow, 'site'>;
  health: EntityTable<HealthRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/** Opens the database with every version up to `upTo` (all of them by default). */
export function openDb(name = DB_NAME, upTo = Number.POSITIVE_INFINITY): RapportDB {
  const db = new Dexie(name) as RapportDB;
  for (const v of SCHEMA) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}

let shared: RapportDB | undefined;
/** The database of this extension context. */
export function db(): RapportDB {
  shared ??= openDb();
  return shared;
}
