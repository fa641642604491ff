/**
 * What the background tells the rest of the browser after a write: the toolbar count, a revision
 * number pages watch to refresh their badges, and the last storage error for the popup.
 */
import { badgeText } from '../core/awaiting';
import browser from '../shared/browser';
import type { RapportDB } from '../shared/db';
import { awaitingCount } from '../shared/queries';
import { coalesced } from './coalesce';
import { ERROR_KEY, PEOPLE_REV_KEY, REV_KEY, type StoredError } from '../shared/storage-keys';

export async function refreshToolbar(d: RapportDB): Promise<number> {
  const count = await awaitingCount(d);
  await browser.action.setBadgeText({ text: badgeText(count) });
  return count;
}

let refreshSoon: (() => void) | undefined;

/**
 * Refreshes the toolbar count once writes pause: a burst of writes (a long page read in batches)
 * costs one count, not one per batch. A worker stopped before it runs recounts when it starts.
 */
export function refreshToolbarSoon(d: RapportDB): void {
  refreshSoon ??= coalesced(() => refreshToolbar(d), 250, reportStorageError);
  refreshSoon();
}

/** Pages listen for this key (storage.onChanged) and re-ask the states of the items they show. */
export async function announceChange(): Promise<void> {
  await browser.storage.local.set({ [REV_KEY]: Date.now() });
}

/** Cards listen for this key and re-ask what they show. */
export async function announcePeopleChange(): Promise<void> {
  await browser.storage.local.set({ [PEOPLE_REV_KEY]: Date.now() });
}

export async function reportStorageError(error: unknown): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  errorShown = true;
  await browser.storage.local.set({ [ERROR_KEY]: { message, at: Date.now() } satisfies StoredError });
}

/** Whether an error may be on show in the popup (unknown when the worker starts). */
let errorShown = true;

export async function clearStorageError(): Promise<void> {
  if (!errorShown) return;
  await browser.storage.local.remove(ERROR_KEY);
  errorShown = false;
}
