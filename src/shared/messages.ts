/**
 * The messaging contract: every request a content script or extension page can make of the
 * background, with its input and output schemas. zod validates on both ends; replies travel in an
 * `{ok, value} | {ok: false, error}` envelope so a failure reaches the caller as a typed error.
 */
import * as z from 'zod/mini';
import { STAGES } from '../core/stages';
import type { CardData } from './card';
import { SettingsPatch } from './settings';
import type { SuggestInfo } from './suggest-info';
import { Handle, ItemId, ItemInput, SiteIdSchema } from './schema';

export const ItemState = z.object({
  id: ItemId,
  awaiting: z.boolean(),
  /** When the item started waiting (its time, or when first seen). */
  since: z.number(),
  /** Written by you (no person button on your own items). */
  byMe: z.boolean(),
});
export type ItemState = z.infer<typeof ItemState>;

const Host = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+(:\d+)?$/i));
const Empty = z.strictObject({});
const PersonId = z.string().check(z.minLength(1), z.maxLength(300));
const AccountKey = z.string().check(z.maxLength(300), z.regex(/^(x|reddit|mastodon|bluesky|linkedin|youtube):\S+$/, 'not an account'));
const Days = z.number().check(z.int(), z.minimum(1), z.maximum(3650));
export const CadenceSchema = z
  .object({ idealDays: Days, maxDays: Days })
  .check(z.refine((c) => c.maxDays >= c.idealDays, 'the maximum window is shorter than the ideal one'));
export const TagName = z.pipe(
  z.string().check(z.minLength(1), z.maxLength(60)),
  z.transform((s: string) => s.trim().replace(/\s+/g, ' ')),
);
const Color = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'not a colour'));
/** Absent: unchanged; null: cleared. */
const clearable = <T extends z.ZodMiniType>(t: T) => z.optional(z.nullable(t));
const max = (n: number) => z.maxLength(n);

export const contract = {
  /** A page shows these items: remember them, decide what awaits a reply, answer with their states. */
  'page.items': {
    input: z.object({ host: Host, url: z.url(), items: z.array(ItemInput).check(max(500)) }),
    output: z.object({ states: z.array(ItemState) }),
  },
  /** The signed-in account a page revealed. */
  'page.identity': {
    input: z.object({ site: SiteIdSchema, host: Host, handle: Handle }),
    output: Empty,
  },
  /** Markup the adapter could not read: counted per site and selector for the adapter-health view. */
  'page.health': {
    input: z.object({
      site: SiteIdSchema,
      url: z.url(),
      skipped: z.record(z.string().check(max(80)), z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000))),
    }),
    output: Empty,
  },
  /** Current states of items a page is showing (after something changed elsewhere). */
  'items.states': {
    input: z.object({ ids: z.array(ItemId).check(max(5000)) }),
    output: z.object({ states: z.array(ItemState) }),
  },
  'items.done': { input: z.object({ id: ItemId }), output: Empty },
  'items.snooze': { input: z.object({ id: ItemId, until: z.number().check(z.int(), z.positive()) }), output: Empty },
  'items.reopen': { input: z.object({ id: ItemId }), output: Empty },
  /** The handle typed in the options page ('' clears it). */
  'identity.set': {
    input: z.object({ site: SiteIdSchema, handle: z.union([Handle, z.literal('')]) }),
    output: Empty,
  },

  // Relationship memory. People are read by extension pages straight from the database; every
  // change goes through here.
  /** Everything a person card shows: of a person, or of the author of an item; null when unknown. */
  'person.card': {
    input: z.union([z.object({ person: PersonId }), z.object({ item: ItemId })]),
    output: z.nullable(z.custom<CardData>((v) => typeof v === 'object' && v !== null && 'person' in v)),
  },
  /** Edit what you keep about a person. */
  'person.update': {
    input: z.object({
      id: PersonId,
      name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
      notes: z.optional(z.string().check(z.maxLength(20_000))),
      tags: z.optional(z.array(TagName).check(max(50))),
      stage: clearable(z.enum(STAGES)),
      cadence: clearable(CadenceSchema),
      scorePin: clearable(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
      scoreAdjust: clearable(z.number().check(z.int(), z.minimum(-50), z.maximum(50))),
    }),
    output: Empty,
  },
  /** These two are one person: `from` joins `into` with all its accounts, history, notes and tags. */
  'person.link': { input: z.object({ into: PersonId, from: PersonId }), output: z.object({ id: PersonId }) },
  /** These two are not the same person: never suggest linking them again. */
  'person.notSame': { input: z.object({ a: PersonId, b: PersonId }), output: Empty },
  /** One account was not this person after all: it becomes a person of its own, with its history. */
  'person.split': { input: z.object({ account: AccountKey }), output: z.object({ id: PersonId }) },
  /** Forget a person: their accounts, interactions and items. */
  'person.delete': { input: z.object({ id: PersonId }), output: Empty },
  /** A tag's colour and optional keep-in-touch cadence for everyone carrying it. */
  'tag.set': { input: z.object({ name: TagName, color: Color, cadence: clearable(CadenceSchema) }), output: Empty },
  /** Forget everything from one site, or everything. */
  'data.deleteSite': { input: z.object({ site: SiteIdSchema }), output: Empty },
  'data.deleteAll': { input: Empty, output: Empty },
  /**
   * Import a Rapport export in parts (a large file does not fit one message): begin, rows per
   * table, commit. The background checks the whole file again at commit and writes it in one
   * transaction, or nothing.
   */
  'io.import.begin': { input: z.object({ id: z.string().check(z.maxLength(64)) }), output: Empty },
  'io.import.rows': {
    input: z.object({
      id: z.string().check(z.maxLength(64)),
      table: z.enum(['items', 'accounts', 'people', 'interactions', 'identities', 'tags']),
      rows: z.array(z.unknown()).check(max(5000)),
    }),
    output: Empty,
  },
  'io.import.commit': {
    input: z.object({ id: z.string().check(z.maxLength(64)) }),
    output: z.object({ added: z.record(z.string(), z.number()), merged: z.record(z.string(), z.number()) }),
  },
  /** Reddit Enhancement Suite user tags, already read from its backup file (checked again here). */
  'io.import.res': {
    input: z.object({ tags: z.array(z.unknown()).check(max(200_000)) }),
    output: z.object({ people: z.number(), tags: z.number() }),
  },
  /** Settings the background acts on. */
  'settings.set': { input: SettingsPatch, output: Empty },
  /** What reply suggestions for an item are made from: the context, the classifier's cues, saved replies. */
  'suggest.context': {
    input: z.object({ item: ItemId }),
    output: z.nullable(z.custom<SuggestInfo>((v) => typeof v === 'object' && v !== null && 'context' in v)),
  },
  /** Type a chosen suggestion into the composer of the tab asking (replying to `for`); never sends it. */
  'suggest.insert': {
    input: z.object({ for: z.string().check(z.maxLength(300)), text: z.string().check(z.minLength(1), z.maxLength(10_000)) }),
    output: z.object({ ok: z.boolean(), via: z.string(), reason: z.optional(z.string()) }),
  },
} as const satisfies Contract;

/**
 * Requests the extension makes of a content script in a tab (sent with tabs.sendMessage).
 */
export const tabContract = {
  /** Type text into the page's composer at the caret: the one replying to `for`, else the last used. */
  'composer.insert': {
    input: z.object({ text: z.string().check(z.minLength(1), z.maxLength(10_000)), for: z.optional(z.string().check(z.maxLength(300))) }),
    output: z.object({ ok: z.boolean(), via: z.string(), reason: z.optional(z.string()) }),
  },
} as const satisfies Contract;

export type Contract = Record<string, { input: z.ZodMiniType; output: z.ZodMiniType }>;
export type BackgroundContract = typeof contract;
export type TabContract = typeof tabContract;
export type Method<C extends Contract = BackgroundContract> = keyof C & string;
export type In<M extends keyof C, C extends Contract = BackgroundContract> = z.input<C[M]['input']>;
export type Out<M extends keyof C, C extends Contract = BackgroundContract> = z.output<C[M]['output']>;
export type Parsed<M extends keyof C, C extends Contract = BackgroundContract> = z.output<C[M]['input']>;

/** Tag on every request so listeners can tell our messages from anything else. */
export const TAG = 'rapport/1';

export const Request = z.object({ tag: z.literal(TAG), method: z.string(), input: z.unknown() });

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string } };

/** A failed call, rethrown on the caller's side with the method it was for. */
export class RemoteError extends Error {
  constructor(
    readonly method: string,
    readonly remoteName: string,
    message: string,
  ) {
    super(`${method}: ${message}`);
    this.name = 'RemoteError';
  }
}
