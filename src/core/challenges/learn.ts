/**
 * Challenges Rapport does not ship with, learned from what the user reads: a tag many people post
 * with day numbers is a challenge, and so is a tag several people keep coming back to day after
 * day (or on the same weekday, week after week). Built-in challenges are left to the catalogue.
 */
import { findChallenge } from './catalogue';
import { weekdayOf } from './streak';

export interface TagObservation {
  tag: string;
  author: string;
  /** The local day of the post, `YYYY-MM-DD`. */
  day: string;
  dayNumber?: number;
}

export interface LearnOptions {
  /** People needed before a tag is taken for a challenge (3 when omitted). */
  minAuthors?: number;
  /** Distinct days a tag without day numbers must recur on (3 when omitted). */
  minDays?: number;
}

export interface LearnedChallenge {
  tag: string;
  cadence: 'daily' | 'weekly';
  authors: number;
  days: number;
  numbered: boolean;
  /** Why it was learned, in a sentence the user can read. */
  why: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Tally {
  tag: string;
  authors: Set<string>;
  numberedAuthors: Set<string>;
  days: Set<string>;
}

/** The tags that behave like challenges, most widely followed first. */
export function learnChallenges(observations: readonly TagObservation[], opts: LearnOptions = {}): LearnedChallenge[] {
  const minAuthors = opts.minAuthors ?? 3;
  const minDays = opts.minDays ?? 3;
  const tallies = new Map<string, Tally>();
  for (const o of observations) {
    const tag = o.tag.startsWith('#') ? o.tag.slice(1) : o.tag;
    const key = tag.toLowerCase();
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { tag, authors: new Set(), numberedAuthors: new Set(), days: new Set() }));
    t.authors.add(o.author);
    t.days.add(o.day);
    if (o.dayNumber !== undefined) t.numberedAuthors.add(o.author);
  }

  const learned: LearnedChallenge[] = [];
  for (const t of tallies.values()) {
    if (findChallenge(t.tag)) continue;
    const numbered = t.numberedAuthors.size >= minAuthors;
    if (!numbered && !(t.days.size >= minDays && t.authors.size >= minAuthors)) continue;
    const weekday = sharedWeekday(t.days);
    const cadence = weekday === undefined ? 'daily' : 'weekly';
    const why = numbered
      ? `${t.numberedAuthors.size} people post it with day numbers`
      : `${t.authors.size} people post it on ${t.days.size} different days${weekday === undefined ? '' : `, always on a ${WEEKDAYS[weekday]}`}`;
    learned.push({ tag: t.tag, cadence, authors: t.authors.size, days: t.days.size, numbered, why });
  }
  return learned.sort((a, b) => b.authors - a.authors || b.days - a.days || a.tag.localeCompare(b.tag));
}

/** The weekday every one of several days falls on, if they all fall on one. */
function sharedWeekday(days: Set<string>): number | undefined {
  if (days.size < 2) return undefined;
  const weekdays = new Set([...days].map(weekdayOf));
  return weekdays.size === 1 ? [...weekdays][0] : undefined;
}
