/**
 * A challenge streak from the user's own posts, counted in the days they live in: a post counts on
 * the local day it was made, in the zone it was made in, so a flight across the date line neither
 * breaks a streak nor counts one day twice. Grace days forgive a short gap, as challengers forgive
 * themselves a sick day, and are listed so the user sees what they used.
 */
import { addDays, dayKey, daysBetween } from '../days';

export interface StreakPost {
  at: number;
  /** The zone the post was made in, when known (the user travels); the streak's own otherwise. */
  timeZone?: string;
}

export interface StreakOptions {
  cadence: 'daily' | 'weekly';
  /** Missed days (weeks, for a weekly cadence) in a row that do not break the streak. */
  graceDays: number;
  now: number;
  timeZone?: string;
}

export interface Streak {
  /** Days (weeks) posted in the run still alive; 0 when it is broken. */
  current: number;
  /** The longest run ever, in days (weeks) posted. */
  best: number;
  /** The last local day with a post. */
  lastDay?: string;
  /** Days (Mondays of weeks) missed within the current run but forgiven by grace, oldest first. */
  missedDays: string[];
  /** Whether today (this week, for a weekly cadence) already has a post. */
  postedToday: boolean;
  /** Every local day with a post, for a calendar. */
  days: Set<string>;
}

/** A known Sunday: weekdays are counted from it by calendar arithmetic alone. */
const SUNDAY = '1970-01-04';

/** The day of the week of a day key, 0 for Sunday as Date counts them. */
export function weekdayOf(key: string): number {
  return (((daysBetween(SUNDAY, key) % 7) + 7) % 7);
}

/** The Monday that starts the ISO week of `key`, which names that week. */
export function isoWeekOf(key: string): string {
  return addDays(key, -((weekdayOf(key) + 6) % 7));
}

/**
 * The streak `posts` make as of `now`. It is alive while the last post is today or within
 * yesterday plus the grace; a weekly cadence counts ISO weeks, so any day of the week keeps it.
 */
export function streakOf(posts: readonly StreakPost[], opts: StreakOptions): Streak {
  const days = new Set(posts.map((p) => dayKey(p.at, p.timeZone ?? opts.timeZone)));
  const weekly = opts.cadence === 'weekly';
  const step = weekly ? 7 : 1;
  const unitOf = weekly ? isoWeekOf : (key: string) => key;
  const units = [...new Set([...days].map(unitOf))].sort();
  const today = unitOf(dayKey(opts.now, opts.timeZone));
  const lastDay = [...days].sort().at(-1);

  let run = 0;
  let best = 0;
  let missed: string[] = [];
  units.forEach((unit, i) => {
    const previous = units[i - 1];
    const gap = previous === undefined ? Infinity : daysBetween(previous, unit) / step - 1;
    if (gap > opts.graceDays) {
      run = 0;
      missed = [];
    } else if (previous !== undefined) {
      missed.push(...between(previous, unit, step));
    }
    run += 1;
    best = Math.max(best, run);
  });

  const last = units.at(-1);
  const sinceLast = last === undefined ? Infinity : daysBetween(last, today) / step;
  const alive = sinceLast <= 1 + opts.graceDays;
  return {
    current: alive ? run : 0,
    best,
    ...(lastDay === undefined ? {} : { lastDay }),
    // Units already gone by since the last post count as grace used; today is still open.
    missedDays: alive && last !== undefined ? [...missed, ...between(last, today, step)] : [],
    postedToday: last === today,
    days,
  };
}

/** The units strictly between `from` and `to`, `step` days apart. */
function between(from: string, to: string, step: number): string[] {
  const out: string[] = [];
  for (let k = addDays(from, step); k < to; k = addDays(k, step)) out.push(k);
  return out;
}
