/**
 * Keep-in-touch over time: once a day the scores are brought up to date (recency decays while
 * nothing happens) and, if the user turned it on, one notification names who is newly due.
 * The alarm is re-created whenever the worker starts; the day's work is keyed by the local day,
 * so an alarm firing twice, or a worker restarted, never sends a second digest.
 */
import { digestPlan, effectiveCadence } from '../core/cadence';
import { dayKey } from '../core/days';
import { scorePerson } from '../core/score';
import browser from '../shared/browser';
import { db, type RapportDB } from '../shared/db';
import { readSettings } from '../shared/settings';
import { tagMap } from './people';

export const DAILY_ALARM = 'people-daily';
const RESCORED = 'people.rescoredDay';
const DIGEST = 'digest.lastAt';

export function scheduleDaily(): void {
  void browser.alarms.create(DAILY_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
}

/** Rescores everyone once per local day, from the stats already stored. */
export async function rescore(d: RapportDB, now = Date.now()): Promise<boolean> {
  const today = dayKey(now);
  return d.transaction('rw', [d.people, d.meta], async () => {
    if ((await d.meta.get(RESCORED))?.value === today) return false;
    await d.people.toCollection().modify((p) => {
      p.score = scorePerson(p.stats, now, { pin: p.scorePin, adjust: p.scoreAdjust }).value;
    });
    await d.meta.put({ key: RESCORED, value: today });
    return true;
  });
}

/** Who the digest names now (and marks them named for this overdue period); empty when none is due. */
export async function takeDigest(d: RapportDB, now = Date.now()): Promise<string[]> {
  return d.transaction('rw', [d.people, d.tags, d.meta], async () => {
    const due = await d.people.where('dueAt').belowOrEqual(now).toArray();
    const tags = await tagMap(d);
    const lastAt = (await d.meta.get(DIGEST))?.value as number | undefined;
    const plan = digestPlan(
      due.map((p) => ({ id: p.id, since: p.stats.lastAt ?? p.createdAt, cadence: effectiveCadence(p, tags)?.cadence, remindedFor: p.remindedFor })),
      now,
      lastAt,
    );
    if (!plan.send) return [];
    const named = new Set(plan.ids);
    const people = due.filter((p) => named.has(p.id));
    await d.people.bulkPut(people.map((p) => ({ ...p, remindedFor: p.stats.lastAt ?? p.createdAt })));
    await d.meta.put({ key: DIGEST, value: now });
    return people.map((p) => p.name);
  });
}

export async function onDailyAlarm(): Promise<void> {
  const d = db();
  await rescore(d);
  if (!(await readSettings(d)).digest) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const names = await takeDigest(d);
  if (!names.length) return;
  const shown = names.slice(0, 3).join(', ');
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  await browser.notifications.create(DIGEST, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: 'Time to reconnect',
    message: `${shown}${more} ${names.length === 1 ? 'has' : 'have'} not heard from you in a while.`,
  });
}
