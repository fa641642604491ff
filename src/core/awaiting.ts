/**
 * The awaiting-reply rules. Pure: the background feeds them rows and writes what they decide.
 *
 * An item awaits your reply when it is by someone else, addressed to you (a reply to your post or
 * comment, a top-level comment on your post, or a mention of you), no reply of yours has been seen
 * under it, and you have not marked it done or snoozed it. Likes, pins and reply counts are not answers.
 */
import { sameHandle } from './handles';
import type { SiteId } from './sites';

/** What the rules need to know about an item. */
export interface ItemFacts {
  site: SiteId;
  author: string;
  mentions: readonly string[];
  direct?: boolean;
  /** Author of the parent, when the parent is known. */
  parentAuthor?: string;
  /** Mentions in the parent, when the parent item itself has been seen. */
  parentMentions?: readonly string[];
}

export interface Addressing {
  byMe: boolean;
  toMe: boolean;
  /** Why it is addressed to you, for interactions and explanations. */
  reason?: 'reply' | 'mention' | 'direct';
}

/** You: your handle on the site, or all of them (one account per Mastodon instance, say). */
export type Me = string | readonly string[] | undefined;

const handlesOf = (me: Me): readonly string[] => (me === undefined ? [] : typeof me === 'string' ? [me] : me);

export function addressing(item: ItemFacts, me: Me): Addressing {
  const mine = handlesOf(me);
  if (!mine.length) return { byMe: false, toMe: false };
  const isMe = (h: string | undefined) => mine.some((m) => sameHandle(item.site, h, m));
  if (isMe(item.author)) return { byMe: true, toMe: false };
  if (isMe(item.parentAuthor)) return { byMe: false, toMe: true, reason: 'reply' };
  if (!item.mentions.some(isMe)) return { byMe: false, toMe: false };
  if (item.direct) return { byMe: false, toMe: true, reason: 'direct' };
  // Sites carry the conversation's mentions into every reply (Mastodon pre-fills them): a mention
  // of you that the parent already had is the thread's, not one addressed to you.
  if (item.parentMentions?.some(isMe)) return { byMe: false, toMe: false };
  return { byMe: false, toMe: true, reason: 'mention' };
}

export interface AwaitingFacts {
  byMe: 0 | 1 | boolean;
  toMe: 0 | 1 | boolean;
  answeredAt?: number;
  doneAt?: number;
  snoozedUntil?: number;
}

export function isAwaiting(row: AwaitingFacts, now: number): boolean {
  return (
    !row.byMe &&
    !!row.toMe &&
    row.answeredAt === undefined &&
    row.doneAt === undefined &&
    !(row.snoozedUntil !== undefined && row.snoozedUntil > now)
  );
}

/** Toolbar badge text: empty when none, `99+` past 99. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

export interface ObservedInteraction {
  kind: 'they_replied' | 'i_replied' | 'they_mentioned' | 'i_mentioned';
  direction: 'in' | 'out';
  /** The other account's handle. */
  with: string;
}

/** The interactions an item shows between you and others. */
export function interactionsOf(item: ItemFacts, me: Me): ObservedInteraction[] {
  const mine = handlesOf(me);
  if (!mine.length) return [];
  const a = addressing(item, mine);
  if (a.toMe) {
    const kind = a.reason === 'reply' ? 'they_replied' : 'they_mentioned';
    return [{ kind, direction: 'in', with: item.author }];
  }
  if (!a.byMe) return [];
  const out: ObservedInteraction[] = [];
  const seen = new Set<string>();
  const add = (kind: ObservedInteraction['kind'], handle: string) => {
    const key = handle.toLowerCase();
    if (seen.has(key) || mine.some((m) => sameHandle(item.site, handle, m))) return;
    seen.add(key);
    out.push({ kind, direction: 'out', with: handle });
  };
  if (item.parentAuthor) add('i_replied', item.parentAuthor);
  const inherited = new Set((item.parentMentions ?? []).map((m) => m.toLowerCase()));
  for (const m of item.mentions) if (!inherited.has(m.toLowerCase())) add('i_mentioned', m);
  return out;
}
