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

/** The human behind one or more accounts; notes, tags, cadence and score live here. */
export interface PersonRow {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
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
];

export const DB_NAME = 'rapport';

export type RapportDB = Dexie & {
  items: EntityTable<ItemRow, 'id'>;
  accounts: EntityTable<AccountRow, 'key'>;
  people: EntityTable<PersonRow, 'id'>;
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
