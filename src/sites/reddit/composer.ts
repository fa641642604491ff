/**
 * Reddit's composers. New Reddit: shreddit-composer with a Lexical root in its light DOM; under a
 * post it starts collapsed ("Join the conversation"), and a click mounts the editor. Old Reddit: a
 * plain textarea in a form that names what it replies to (thing_id).
 *
 * Lexical takes a paste (SITES-DOM §0.1); a 2026 field note says Reddit's own page drops synthetic
 * input. insertByEditor checks what the editor holds after each try and reports a refusal, and
 * the content script then falls back to the clipboard with an instruction beside the box.
 */
import { insertByEditor } from '../shared/insert';
import type { Composer, InsertOutcome, ReadContext } from '../types';
import { FULLNAME, itemId, postFullnameFrom } from './common';
import { sel } from './selectors';

export const composerSelector = [sel.lexical, sel.trigger, sel.oldTextarea].join(', ');

/** What a new Reddit composer answers: the comment whose action row holds it, else the page's post. */
function shredditTarget(field: Element, ctx: ReadContext): string {
  const row = field.closest(sel.actionRow)?.getAttribute('comment-id');
  const target = row ?? field.closest(sel.comment)?.getAttribute('thingid') ?? postFullnameFrom(ctx.url.pathname);
  return target && FULLNAME.test(target) ? itemId(target) : 'composer';
}

export function readComposer(field: Element, ctx: ReadContext): Composer | undefined {
  if (!(field instanceof HTMLElement)) return undefined;
  if (field instanceof HTMLTextAreaElement) {
    const target = field.form?.querySelector<HTMLInputElement>(sel.oldThingId)?.value ?? '';
    return { field, editor: 'textarea', replyTo: FULLNAME.test(target) ? itemId(target) : 'composer' };
  }
  return { field, editor: 'lexical', replyTo: shredditTarget(field, ctx) };
}

const OPEN_TIMEOUT = 3000;

/** Clicks the collapsed box and waits for the editor Reddit mounts in its place. */
async function open(trigger: HTMLElement): Promise<HTMLElement | undefined> {
  const host = trigger.closest(sel.composerHost) ?? trigger.parentElement;
  const find = () => host?.querySelector<HTMLElement>(sel.lexical) ?? undefined;
  if (!find()) trigger.click();
  const deadline = Date.now() + OPEN_TIMEOUT;
  while (!find() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return find();
}

export async function insertText(composer: Composer, text: string): Promise<InsertOutcome> {
  if (composer.editor !== 'lexical' || composer.field.isContentEditable) return insertByEditor(composer, text);
  const field = await open(composer.field);
  if (!field) return { ok: false, via: 'none', reason: 'the comment box did not open' };
  return insertByEditor({ ...composer, field }, text);
}
