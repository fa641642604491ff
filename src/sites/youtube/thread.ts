/**
 * Which comment a YouTube reply answers. Replies are one level deep: a reply's `lc` is
 * `<thread id>.<reply id>`, so the thread is known from the id itself. A reply to a reply is
 * flattened into the same thread and starts with a mention of the author it answers: its parent
 * is the nearest earlier reply in the thread by that author, as the page shows it (else the thread).
 */
import { authorOf, own, permalinkOf, type Permalink } from './comment';
import { sel, within } from './selectors';

export interface Parent {
  lc: string;
  author?: string;
}

export function parentOf(comment: Element, link: Permalink, leading: string | undefined): Parent | undefined {
  const dot = link.lc.indexOf('.');
  if (dot < 0) return undefined;
  const thread = comment.closest(sel.thread);
  if (leading && thread) {
    const replies = within(thread, sel.reply);
    for (let i = replies.indexOf(comment) - 1; i >= 0; i--) {
      const reply = replies[i]!;
      if (authorOf(reply)?.handle !== leading) continue;
      const lc = permalinkOf(reply)?.lc;
      if (lc) return { lc, author: leading };
    }
  }
  const top = thread ? own(thread, sel.threadComment) : null;
  return { lc: link.lc.slice(0, dot), author: top ? authorOf(top)?.handle : undefined };
}
