/**
 * The relationship score, 0–100, and the reasons for it in words the user reads on a person's card.
 *
 * Five parts, each worth at most its weight:
 *   recency        35  how lately you two interacted: halves with every 30 days of silence
 *   frequency      25  interactions in the last 90 days, log-scaled: full at 30
 *   reciprocity    20  10 for the balance of their interactions and yours, 10 for the balance of
 *                      who starts conversations
 *   responsiveness 10  your median time to answer what they address to you: full within a day,
 *                      then inversely to the time (2 days: half); half while unknown
 *   oneToOne       10  the share of replies between you two and direct messages, against mentions in public
 * The parts are rounded so that they add up to the computed score. Then the user's word: `adjust`
 * (−50..50) is added to it, or `pin` replaces it.
 */
import type { PersonStats } from '../shared/db';
import { RECENT_MAX } from './person-stats';
import { DURATION } from './time';

const { MINUTE, HOUR, DAY, WEEK } = DURATION;

export const SCORE_WEIGHTS = { recency: 35, frequency: 25, reciprocity: 20, responsiveness: 10, oneToOne: 10 } as const;
export type ScorePart = keyof typeof SCORE_WEIGHTS;

const RECENCY_HALF_LIFE_DAYS = 30;
const FREQUENCY_WINDOW = 90 * DAY;
const FREQUENCY_FULL = 30;
/** Silence from the user long enough to be worth saying on the card. */
const QUIET_FROM_YOU = 2 * WEEK;

export interface Score {
  /** What is shown and stored: the computed score with the user's word applied. */
  value: number;
  computed: number;
  pinned: boolean;
  parts: Record<ScorePart, number>;
  /** Short sentences, the user's own word first, then the parts by weight. */
  reasons: string[];
}

/** Computed live for the card and stored by the settle job, so both show the same number and reasons. */
export function scorePerson(stats: PersonStats, now: number, user: { pin?: number; adjust?: number } = {}): Score {
  const own: string[] = [];
  const pin = user.pin === undefined ? undefined : clamp(Math.round(user.pin), 0, 100);
  const adjust = pin === undefined ? clamp(Math.round(user.adjust ?? 0), -50, 50) : 0;
  if (pin !== undefined) own.push(`pinned at ${pin} by you`);
  if (adjust) own.push(`adjusted ${adjust > 0 ? '+' : ''}${adjust} by you`);

  const lastAt = stats.inCount + stats.outCount > 0 ? stats.lastAt : undefined;
  const parts =
    lastAt === undefined ? { recency: 0, frequency: 0, reciprocity: 0, responsiveness: 0, oneToOne: 0 } : roundParts(partsOf(stats, now, lastAt));
  const computed = Object.values(parts).reduce((a, b) => a + b, 0);
  return {
    value: pin ?? clamp(computed + adjust, 0, 100),
    computed,
    pinned: pin !== undefined,
    parts,
    reasons: [...own, ...(lastAt === undefined ? ['no interactions yet'] : reasonsOf(stats, now, lastAt))],
  };
}

/** The unrounded points of each part. */
function partsOf(stats: PersonStats, now: number, lastAt: number): Record<ScorePart, number> {
  const w = SCORE_WEIGHTS;
  const quietDays = Math.max(0, now - lastAt) / DAY;
  const total = stats.inCount + stats.outCount;
  return {
    recency: w.recency * 2 ** (-quietDays / RECENCY_HALF_LIFE_DAYS),
    frequency: w.frequency * Math.min(1, Math.log1p(recentCount(stats, now)) / Math.log1p(FREQUENCY_FULL)),
    reciprocity: (w.reciprocity / 2) * (balance(stats.inCount, stats.outCount) + balance(stats.startedByThem, stats.startedByMe)),
    responsiveness: w.responsiveness * (stats.replyMsMedian === undefined ? 0.5 : Math.min(1, DAY / Math.max(1, stats.replyMsMedian))),
    oneToOne: (w.oneToOne * Math.min(stats.oneToOne, total)) / total,
  };
}

/**
 * 1 when both sides are equal, towards 0 the more one side has. The +1 keeps a short history from
 * reading as one-sided: one conversation has to be started by someone.
 */
const balance = (a: number, b: number) => 1 - Math.abs(a - b) / (a + b + 1);

function recentCount(stats: PersonStats, now: number): number {
  let n = 0;
  for (const at of stats.recent) {
    if (at < now - FREQUENCY_WINDOW) break;
    n++;
  }
  return n;
}

/** Whole points that add up to the rounded total: each part floored, the rest to the largest remainders. */
function roundParts(raw: Record<ScorePart, number>): Record<ScorePart, number> {
  const names = Object.keys(raw) as ScorePart[];
  const rounded = { ...raw };
  for (const n of names) rounded[n] = Math.floor(raw[n]);
  const left = Math.round(names.reduce((s, n) => s + raw[n], 0)) - names.reduce((s, n) => s + rounded[n], 0);
  const byRemainder = [...names].sort((a, b) => raw[b] - rounded[b] - (raw[a] - rounded[a]));
  for (const n of byRemainder.slice(0, left)) rounded[n]++;
  return rounded;
}

function reasonsOf(stats: PersonStats, now: number, lastAt: number): string[] {
  const reasons: string[] = [];
  const since = (at: number) => humanDuration(now - at);

  if (stats.lastOutAt !== undefined && now - stats.lastOutAt >= QUIET_FROM_YOU) reasons.push(`they have not heard from you in ${since(stats.lastOutAt)}`);
  else reasons.push(`last interaction ${since(lastAt)} ago`);

  const recent = recentCount(stats, now);
  // `recent` keeps only the newest times: when all of them fall in the window there may be more.
  const more = recent >= RECENT_MAX && recent === stats.recent.length ? '+' : '';
  reasons.push(recent ? `${recent}${more} interaction${recent === 1 ? '' : 's'} in the last 3 months` : 'no interactions in the last 3 months');

  if (!stats.outCount) reasons.push('they have not heard from you yet');
  else if (!stats.inCount) reasons.push('you have not heard from them yet');
  else {
    const started = stats.startedByThem + stats.startedByMe;
    if (started === 1) reasons.push(`${stats.startedByThem ? 'they' : 'you'} started the only conversation so far`);
    else if (stats.startedByThem === stats.startedByMe) reasons.push(`you each started ${stats.startedByMe} of ${started} conversations`);
    else if (stats.startedByThem > stats.startedByMe) reasons.push(`they started ${stats.startedByThem} of ${started} conversations`);
    else reasons.push(`you started ${stats.startedByMe} of ${started} conversations`);
    if (balance(stats.inCount, stats.outCount) < 0.5) reasons.push(`they reached you ${times(stats.inCount)}, you reached them ${times(stats.outCount)}`);
  }

  const median = stats.replyMsMedian;
  if (median !== undefined) {
    reasons.push(median < HOUR ? 'you answer within an hour' : median <= DAY ? 'you answer within a day' : `you take about ${humanDuration(median)} to answer`);
  } else if (stats.addressedToMe) reasons.push('you have not answered them yet');

  const total = stats.inCount + stats.outCount;
  const direct = stats.oneToOne / total;
  reasons.push(direct >= 2 / 3 ? 'mostly replies between you two' : direct <= 1 / 3 ? 'mostly public mentions' : 'a mix of replies and public mentions');
  return reasons;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** A length of time as a person says it, rounded down: "5 hours", "3 days", "5 weeks", "4 months". */
export function humanDuration(ms: number): string {
  const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (ms < MINUTE) return 'less than a minute';
  if (ms < HOUR) return count(Math.floor(ms / MINUTE), 'minute');
  if (ms < DAY) return count(Math.floor(ms / HOUR), 'hour');
  if (ms < 2 * WEEK) return count(Math.floor(ms / DAY), 'day');
  if (ms < 60 * DAY) return count(Math.floor(ms / WEEK), 'week');
  if (ms < 365 * DAY) return count(Math.floor(ms / (30 * DAY)), 'month');
  return count(Math.floor(ms / (365 * DAY)), 'year');
}
