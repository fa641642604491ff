/** Keys in `storage.local` that tie contexts together. */

/** Bumped by the background whenever an item stored earlier changed state; pages re-ask their states. */
export const REV_KEY = 'rapport.rev';
/** The last storage error the background hit, shown in the popup until a write succeeds again. */
export const ERROR_KEY = 'rapport.lastError';

export interface StoredError {
  message: string;
  at: number;
}

/** Bumped by the background whenever people changed (edits, links, settled stats); cards re-ask. */
export const PEOPLE_REV_KEY = 'rapport.peopleRev';

/** The user's model endpoint (base URL, model, key): local to this browser, never synced. */
export const ENDPOINT_KEY = 'rapport.endpoint';
