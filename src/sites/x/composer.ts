/**
 * X's composers are Draft.js editors (SITES-DOM §1.4): the home box, the inline reply under the
 * focused post of a /status/ page, and the modal at /compose/post. What each one answers:
 * - in the modal, the post it shows above the editor (X renders a copy of the post answered;
 *   public code reads its permalink, other code says the copy has none: then the post is found in
 *   the page behind the modal by its author and time); no post shown: a new post;
 * - the inline reply: the focused post, named by the URL;
 * - the home box: a new post.
 * While the modal is open, composers behind it are not offered (SITES-DOM: scope to the dialog).
 */
import type { Composer, ReadContext } from '../types';
import { authorOf, own, permalinkOf, statusIdFromHref } from './post';
import { sel } from './selectors';
import { statusIdOf } from './urls';

export function readComposer(field: Element, ctx: ReadContext): Composer | undefined {
  if (!(field instanceof HTMLElement)) return undefined;
  const dialog = field.closest(sel.dialog);
  if (!dialog && field.ownerDocument.querySelector(`${sel.dialog} ${sel.composer}`)) return undefined;
  const id = dialog ? answeredInModal(dialog) : statusIdOf(ctx.url);
  return { field, editor: 'draft', replyTo: id ? `x:${id}` : 'composer' };
}

function answeredInModal(dialog: Element): string | undefined {
  const copy = dialog.querySelector(sel.item);
  if (!copy) return undefined;
  const linked = statusIdFromHref(permalinkOf(copy)?.getAttribute('href'));
  if (linked) return linked;
  const author = authorOf(copy)?.handle;
  const time = own(copy, 'time[datetime]')?.getAttribute('datetime');
  for (const post of dialog.ownerDocument.querySelectorAll(sel.item)) {
    if (dialog.contains(post)) continue;
    const link = permalinkOf(post);
    if (link && link.querySelector('time')?.getAttribute('datetime') === time && authorOf(post)?.handle === author) {
      return statusIdFromHref(link.getAttribute('href'));
    }
  }
  return undefined;
}
