/**
 * What the background tells the rest of the browser after a write: the toolbar count, a revision
 * number pages watch to refresh their badges, and the last storage error for the popup.
 */
import { badgeText } from '../core/awaiting';
import browser from '../shared/browser';
import type { RapportDB } from '../shared/db';
import { awaitingCount } from '../shared/queries';
import { ERROR_KEY, REV_KEY, type StoredError } from '../shared/storage-keys';

export async function refreshToolbar(d: RapportDB): Promise<number> {
  const count = await awaitingCount(d);
  await browser.action.setBadgeText({ text: badgeText(count) });
  return count;
}

/** Pages listen for this key (storage.onChanged) and re-ask the states of the items they show. */
export async function announceChange(): Promise<void> {
  await browser.storage.local.set({ [REV_KEY]: Date.now() });
}

export async function reportStorageError(error: unknown): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await browser.storage.local.set({ [ERROR_KEY]: { message, at: Date.now() } satisfies StoredError });
}

export async function clearStorageError(): Promise<void> {
  await browser.storage.local.remove(ERROR_KEY);
}
