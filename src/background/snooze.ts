/** Snoozed items come back by themselves: one alarm, set for the earliest snooze to run out. */
import browser from '../shared/browser';
import { db } from '../shared/db';
import { nextSnoozeEnd, wakeSnoozed } from './recompute';
import { announceChange, refreshToolbar } from './status';

export const SNOOZE_ALARM = 'snooze-wake';

export async function scheduleSnoozeWake(): Promise<void> {
  const when = await nextSnoozeEnd(db());
  if (when === undefined) await browser.alarms.clear(SNOOZE_ALARM);
  else browser.alarms.create(SNOOZE_ALARM, { when: Math.max(when, Date.now() + 1000) });
}

export async function onSnoozeAlarm(): Promise<void> {
  if (await wakeSnoozed(db())) await announceChange();
  await refreshToolbar(db());
  await scheduleSnoozeWake();
}
