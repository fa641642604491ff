/**
 * The user's settings, kept in the database's `meta` table (written by the background through
 * `settings.set`, read anywhere). Defaults fill whatever was never set.
 */
import * as z from 'zod/mini';
import { COMMENT_KINDS } from '../core/comment-kinds';
import { SITE_IDS } from '../core/sites';
import { LENGTHS, TONES } from '../core/suggest/types';
import type { RapportDB } from './db';

export const SETTINGS_KEY = 'settings';

export const SavedReplySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
  kinds: z.array(z.enum(COMMENT_KINDS)).check(z.maxLength(5)),
});

export const SettingsPatch = z.object({
  /** A daily browser notification naming who is due for a reconnect (off by default). */
  digest: z.optional(z.boolean()),
  tone: z.optional(z.enum(TONES)),
  length: z.optional(z.enum(LENGTHS)),
  /** A tone or length for one site that differs from the default (LinkedIn professional, say). */
  bySite: z.optional(z.partialRecord(z.enum(SITE_IDS), z.object({ tone: z.optional(z.enum(TONES)), length: z.optional(z.enum(LENGTHS)) }))),
  savedReplies: z.optional(z.array(SavedReplySchema).check(z.maxLength(200))),
  /** Whether your notes on a person may go to your own endpoint with a request (off by default). */
  notesToEndpoint: z.optional(z.boolean()),
});
export type Settings = Required<z.output<typeof SettingsPatch>>;

export const DEFAULT_SETTINGS: Settings = { digest: false, tone: 'warm', length: 'short', bySite: {}, savedReplies: [], notesToEndpoint: false };

export async function readSettings(d: RapportDB): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...((await d.meta.get(SETTINGS_KEY))?.value as Partial<Settings> | undefined) };
}
