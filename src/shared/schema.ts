/**
 * What crosses from a page into Rapport. Page text is untrusted: every field is bounded and
 * validated here, in the background, before it touches the database.
 *
 * zod/mini (the tree-shakable form of zod 4) keeps the content script small.
 */
import * as z from 'zod/mini';
import { SITE_IDS } from '../core/sites';

// Extension pages run under a CSP without 'unsafe-eval': keep zod from probing `new Function`.
z.config({ jitless: true });

export const SiteIdSchema = z.enum(SITE_IDS);

export const ItemId = z.string().check(z.maxLength(300), z.regex(/^(x|reddit|mastodon|bluesky|linkedin|youtube):\S+$/, 'not an item id'));

export const Handle = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^\s<>"]+$/, 'not a handle'));

/** Text cut to `max` characters (with an ellipsis) rather than rejected. */
const Text = (max: number) => z.pipe(z.string(), z.transform((s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)));

export const ItemInput = z.object({
  id: ItemId,
  site: SiteIdSchema,
  /** post: starts a conversation; reply: answers another item. */
  kind: z.enum(['post', 'reply']),
  author: z.object({
    handle: Handle,
    name: z._default(Text(200), ''),
    /** The most stable id the site shows for the account, when it shows one. */
    nativeId: z.optional(z.string().check(z.maxLength(100))),
  }),
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(2048)),
  text: Text(4000),
  /** Epoch ms; absent when the page shows no usable time. */
  createdAt: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(4_102_444_800_000))),
  parentId: z.optional(ItemId),
  /** The parent's author when the page shows it, even if the parent item itself is not on the page. */
  parentAuthor: z.optional(Handle),
  mentions: z._default(z.array(Handle).check(z.maxLength(100)), []),
  hashtags: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(140))).check(z.maxLength(100)), []),
  /** Private/direct message: addressed to those mentioned. */
  direct: z.optional(z.boolean()),
});
export type ItemInput = z.input<typeof ItemInput>;
export type Item = z.output<typeof ItemInput>;
