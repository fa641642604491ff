/**
 * The messaging contract: every request a content script or extension page can make of the
 * background, with its input and output schemas. zod validates on both ends; replies travel in an
 * `{ok, value} | {ok: false, error}` envelope so a failure reaches the caller as a typed error.
 */
import * as z from 'zod/mini';
import { Handle, ItemId, ItemInput, SiteIdSchema } from './schema';

export const ItemState = z.object({
  id: ItemId,
  awaiting: z.boolean(),
  /** When the item started waiting (its time, or when first seen). */
  since: z.number(),
});
export type ItemState = z.infer<typeof ItemState>;

const Host = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+(:\d+)?$/i));
const Empty = z.strictObject({});
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
