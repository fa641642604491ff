/**
 * YouTube's comment boxes: a plain contenteditable (`#contenteditable-root`) inside ytd-commentbox.
 * A reply box opens in the #reply-dialog of the comment it answers; the top-level box in the
 * "Add a comment..." simplebox. Any other box (editing your own comment) is not a composer here.
 */
import type { Composer } from '../types';
import { own, permalinkOf } from './comment';
import { sel } from './selectors';

export function readComposer(field: Element): Composer | undefined {
  if (!(field instanceof HTMLElement)) return undefined;
  const comment = field.closest(sel.item);
  if (comment) {
    const lc = own(comment, sel.replyDialog)?.contains(field) ? permalinkOf(comment)?.lc : undefined;
    return lc ? { field, editor: 'contenteditable', replyTo: `youtube:${lc}` } : undefined;
  }
  return field.closest(sel.simplebox) ? { field, editor: 'contenteditable', replyTo: 'composer' } : undefined;
}
