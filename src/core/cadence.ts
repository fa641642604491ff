/**
 * Keep in touch. A cadence says how often the user wants to hear from someone: yellow (due) once
 * `idealDays` pass without an interaction, red (overdue) once more than `maxDays` pass. Days are
 * the user's local civil days (core/days), so "every 7 days" falls on the same weekday all year.
 *
 * Reminders reset by themselves: the caller passes the last interaction as `since`, and a new
 * interaction moves it, which starts a new period.
 */
import type { Cadence, TagRow } from '../shared/db';
import { addDays, dayKey, daysBetween, startOfDay } from './days';

export type CadenceSource = 'person' | { tag: string };

/** The cadence that applies to a person: their own, else the strictest of their tags' (and which tag). */
export function effectiveCadence(
  person: { cadence?: Cadence; tags: string[] },
  tags: ReadonlyMap<string, TagRow>,
): { cadence: Cadence; from: CadenceSource } | undefined {
  if (person.cadence) return { cadence: person.cadence, from: 'person' };
  let best: { cadence: Cadence; from: CadenceSource } | undefined;
  for (const name of person.tags) {
    const cadence = tags.get(name)?.cadence;
    if (!cadence) continue;
    const stricter =
      !best || cadence.maxDays < best.cadence.maxDays || (cadence.maxDays === best.cadence.maxDays && cadence.idealDays < best.cadence.idealDays);
    if (stricter) best = { cadence, from: { tag: name } };
  }
  return best;
}

export interface KeepInTouch {
  state: 'none' | 'ok' | 'due' | 'overdue';
  daysSince?: number;
  /** The local day it turns yellow, and the one it turns red. */
  dueDay?: string;
  overdueDay?: string;
}

/** Judges one period from day keys, so a pass over many people reads today's key once. */
function judge(sinceDay: string, cadence: Cadence, today: string): Required<KeepInTouch> {
  // An interaction stamped later than now (a clock ahead on another device) counts as today's.
  const daysSince = Math.max(0, daysBetween(sinceDay, today));
  const state = daysSince > cadence.maxDays ? 'overdue' : daysSince >= cadence.idealDays ? 'due' : 'ok';
  return { state, daysSince, dueDay: addDays(sinceDay, cadence.idealDays), overdueDay: addDays(sinceDay, cadence.maxDays + 1) };
}

/** Where keeping in touch with someone stands at `now`; `none` without a cadence or a starting time. */
export function keepInTouch(since: number | undefined, cadence: Cadence | undefined, now: number, timeZone?: string): KeepInTouch {
  if (since === undefined || !cadence) return { state: 'none' };
  return judge(dayKey(since, timeZone), cadence, dayKey(now, timeZone));
}

/** When the ideal window ends (start of the local day it turns yellow): an index for "most overdue first". */
export function dueAtOf(since: number, cadence: Cadence, timeZone?: string): number {
  return startOfDay(addDays(dayKey(since, timeZone), cadence.idealDays), timeZone);
}

export interface DigestCandidate {
  id: string;
  since?: number;
  cadence?: Cadence;
  /** The `since` whose period a digest already named. */
  remindedFor?: number;
}

/**
 * Whom today's keep-in-touch digest names: everyone due or overdue whose current period no digest
 * named yet, overdue first, then by how long ago they became due. At most one digest per local
 * day. When it sends, the caller records `now` as the last digest and each named person's `since`
 * as their `remindedFor`, so a period is named once and a new interaction opens a new one.
 */
export function digestPlan(
  people: readonly DigestCandidate[],
  now: number,
  lastDigestAt: number | undefined,
  timeZone?: string,
): { send: boolean; ids: string[] } {
  const today = dayKey(now, timeZone);
  // A digest stamped later than today (after flying west) also counts as today's.
  if (lastDigestAt !== undefined && daysBetween(dayKey(lastDigestAt, timeZone), today) < 1) return { send: false, ids: [] };
  const named: { id: string; overdue: boolean; dueDay: string }[] = [];
  for (const p of people) {
    if (p.since === undefined || !p.cadence || p.remindedFor === p.since) continue;
    const { state, dueDay } = judge(dayKey(p.since, timeZone), p.cadence, today);
    if (state === 'due' || state === 'overdue') named.push({ id: p.id, overdue: state === 'overdue', dueDay });
  }
  named.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDay < b.dueDay ? -1 : a.dueDay > b.dueDay ? 1 : 0));
  return { send: named.length > 0, ids: named.map((n) => n.id) };
}
