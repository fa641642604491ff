/**
 * Reply suggestions: what they are made from and what they are. Providers (the built-in
 * templates, the browser's on-device model, an endpoint the user configures) all take a
 * `SuggestContext` and give `Suggestion`s; none of them ever posts anything.
 */
import type { CommentKind } from '../comment-kinds';
import type { SiteId } from '../sites';

export const TONES = ['warm', 'brief', 'professional', 'playful'] as const;
export type Tone = (typeof TONES)[number];
export const LENGTHS = ['short', 'medium'] as const;
export type Length = (typeof LENGTHS)[number];

/** Which tier produced a suggestion (shown beside it). */
export type ProviderId = 'builtin' | 'on-device' | 'endpoint';

/** Why a reply is offered: three suggestions carry three different intents. */
export type Intent = 'answer' | 'thank' | 'acknowledge' | 'follow-up' | 'invite-more' | 'welcome' | 'ask-back' | 'keep-in-touch' | 'saved' | 'reply';

export interface SuggestContext {
  /** The item being answered (page text: untrusted data). */
  item: { id: string; site: SiteId; text: string; kind: CommentKind; hashtags: string[] };
  /** The author as Rapport knows them. */
  person: {
    name: string;
    handle: string;
    /** Items of theirs seen before this one (0: a first-time commenter). */
    seenBefore: number;
    /** Days since your last interaction before this item; undefined when none. */
    daysSinceLast?: number;
    /** A few words of what you last talked about (their or your last item's text). */
    lastTopic?: string;
    /** The user's own notes on them (private; never sent to an endpoint unless the user allows). */
    notes?: string;
  };
  tone: Tone;
  length: Length;
}

export interface Suggestion {
  text: string;
  intent: Intent;
  provider: ProviderId;
}

/** A reply the user saved, with `{first_name}`-style variables filled when it is offered. */
export interface SavedReply {
  id: string;
  name: string;
  text: string;
  /** Offered first for these kinds of comment; for all when empty. */
  kinds: CommentKind[];
}
