/**
 * The background: the only writer of Rapport's database. Listeners are registered synchronously at
 * the top level so the event that wakes a stopped worker is never missed; every piece of state is
 * read back from the database when the worker starts.
 */
import 'webext-dynamic-content-scripts';
import browser from '../shared/browser';
import { db } from '../shared/db';
import { serve } from '../shared/serve';
import { serveSuggestionStreams } from './endpoint';
import { handlers } from './handlers';
import { injectIntoOpenTabs } from './reinject';
import { settlePeople, settleSoon } from './people';
import { DAILY_ALARM, onDailyAlarm, scheduleDaily } from './reminders';
import { onSnoozeAlarm, scheduleSnoozeWake, SNOOZE_ALARM } from './snooze';
import { refreshToolbar, reportStorageError } from './status';

serve(handlers);
serveSuggestionStreams();

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SNOOZE_ALARM) void onSnoozeAlarm().catch(reportStorageError);
  if (alarm.name === DAILY_ALARM) void onDailyAlarm().catch(reportStorageError);
});

// The digest opens the Reconnect list.
browser.notifications?.onClicked.addListener(() => {
  void browser.tabs.create({ url: browser.runtime.getURL('src/ui/popup/index.html?view=reconnect') });
});

browser.runtime.onInstalled.addListener(() => {
  void injectIntoOpenTabs();
});

// Worker start (install, browser start, or waking after being stopped): the count and the alarm
// are derived from the database, never from memory.
void Promise.all([refreshToolbar(db()), scheduleSnoozeWake()]).catch(reportStorageError);
scheduleDaily();
settleSoon();
void browser.action.setBadgeBackgroundColor({ color: '#2563eb' });

// For tests, benchmarks and the demo, from the worker's console: `rapport.db`, `rapport.settle()`.
Object.assign(globalThis, { rapport: { db: db(), settle: () => settlePeople(db()) } });
