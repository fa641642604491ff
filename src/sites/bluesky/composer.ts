/**
 * The web composer: the dialog `composePostView` holds a TipTap (ProseMirror) editor. A reply's
 * dialog shows the post being answered (ComposerReplyTo: the author's avatar, name and text, no
 * link, no rkey) in the Pressable right above the ComposerPost that holds the editor. Which item
 * that is comes from the page behind the dialog: the item by the same account (did from the avatar
 * URL, else the name) whose text matches.
 */
import { readText } from '../shared/text';
import { isSkip, type Composer, type ReadContext, type ReadResult } from '../types';
import { didOf } from './post';
import { sel } from './selectors';

type ReadItem = (el: Element, ctx: ReadContext) => ReadResult;

export function readComposer(field: Element, ctx: ReadContext, readItem: ReadItem): Composer | undefined {
  const dialog = field.closest(sel.composerView);
  if (!(field instanceof HTMLElement) || !dialog) return undefined;
  const shown = replyToBlock(field, dialog);
  return { field, editor: 'prosemirror', replyTo: (shown && matchItem(shown, dialog, ctx, readItem)) ?? 'composer' };
}

/** ComposerReplyTo: the button (with the author's avatar) just before the post holding the field. */
function replyToBlock(field: Element, dialog: Element): Element | undefined {
  for (let node = field.parentElement; node && node !== dialog; node = node.parentElement) {
    const before = node.previousElementSibling;
    if (before?.matches(sel.composerReplyTo) && before.querySelector(sel.avatar)) return before;
  }
  return undefined;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function matchItem(block: Element, dialog: Element, ctx: ReadContext, readItem: ReadItem): string | undefined {
  const did = didOf(block);
  const [name = '', ...lines] = readText(block).split('\n');
  const text = squash(lines.join('\n'));
  let best: { id: string; score: number } | undefined;
  for (const el of block.ownerDocument.querySelectorAll(sel.item)) {
    if (dialog.contains(el)) continue;
    const item = readItem(el, ctx);
    if (isSkip(item)) continue;
    const sameAuthor = did ? item.author.nativeId === did : squash(item.author.name ?? '') === squash(name);
    if (!sameAuthor) continue;
    const score = similarity(squash(item.text), text);
    if (!best || score > best.score) best = { id: item.id, score };
  }
  return best?.id;
}

/** Shared leading characters, relative to the longer text (links are shortened in posts, not here). */
function similarity(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i / Math.max(a.length, b.length, 1);
}
