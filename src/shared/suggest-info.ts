import type { SavedReply, SuggestContext } from '../core/suggest/types';

/** What the suggestions frame gets for an item (`suggest.context`). */
export interface SuggestInfo {
  context: SuggestContext;
  /** Why the classifier called the comment what it did ("question mark", "thanks"). */
  cues: string[];
  saved: SavedReply[];
  /** Your display name on the item's site, when a page showed it ('' otherwise). */
  myName: string;
  /** An endpoint is configured and its origin granted: ask it too. */
  endpoint: boolean;
}

/** The port the suggestions frame opens to stream an endpoint's reply. */
export const SUGGEST_PORT = 'rapport/suggest';
export type StreamMessage = { delta: string } | { done: true } | { error: string };
