/**
 * A person's history in numbers: what the score and the card read, derived from their
 * interactions and the items of theirs addressed to the user. Recomputed from scratch by the
 * settle job, so it holds only what can be rebuilt from stored rows.
 */
import type { InteractionKind, PersonStats } from '../shared/db';
import { DURATION } from './time';

/** A week or more of silence ends a conversation; the next interaction starts a new one. */
export const CONVERSATION_GAP = DURATION.WEEK;
/** How many interaction times `recent` keeps: well past what the score's frequency counts as full, and bounded. */
export const RECENT_MAX = 100;

export interface StatsInteraction {
  kind: InteractionKind;
  direction: 'in' | 'out';
  at: number;
  /** In a direct message: between the two of you even when it is a mention. */
  oneToOne?: boolean;
}

export interface AddressedItem {
  sortAt: number;
  answeredAt?: number;
}

/** Rebuilt whole from the person's rows (never patched), so it cannot drift from what is stored. */
export function personStats(interactions: readonly StatsInteraction[], addressed: readonly AddressedItem[]): PersonStats {
  const stats: PersonStats = {
    inCount: 0,
    outCount: 0,
    recent: [],
    startedByThem: 0,
    startedByMe: 0,
    addressedToMe: addressed.length,
    answeredByMe: 0,
    oneToOne: 0,
  };
  const inOrder = [...interactions].sort((a, b) => a.at - b.at);
  let previous: number | undefined;
  for (const i of inOrder) {
    if (previous === undefined || i.at - previous >= CONVERSATION_GAP) {
      if (i.direction === 'in') stats.startedByThem++;
      else stats.startedByMe++;
    }
    previous = i.at;
    if (i.direction === 'in') {
      stats.inCount++;
      stats.lastInAt = i.at;
    } else {
      stats.outCount++;
      stats.lastOutAt = i.at;
    }
    // Replies go to the other person's own post or comment; mentions are said in public.
    if (i.oneToOne || i.kind === 'they_replied' || i.kind === 'i_replied') stats.oneToOne++;
  }
  const first = inOrder[0];
  const last = inOrder.at(-1);
  if (first && last) {
    stats.firstAt = first.at;
    stats.lastAt = last.at;
  }
  stats.recent = inOrder
    .slice(-RECENT_MAX)
    .map((i) => i.at)
    .reverse();

  // An answer seen before the item was first seen (no time on the page) was quick, not negative.
  const replyMs = addressed.flatMap((a) => (a.answeredAt === undefined ? [] : [Math.max(0, a.answeredAt - a.sortAt)]));
  stats.answeredByMe = replyMs.length;
  const median = medianOf(replyMs);
  if (median !== undefined) stats.replyMsMedian = median;
  return stats;
}

function medianOf(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = values.sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}
