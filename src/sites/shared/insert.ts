/**
 * Typing into a site's composer so that its editor framework notices (research/SITES-DOM.md §0.1):
 * each editor family gets the strategies its framework handles, tried in order, each checked by
 * reading the field back. Text goes in at the caret (or the end), keeping the user's draft.
 */
import { insertTextIntoField } from 'text-field-edit';
import type { Composer, EditorKind, InsertOutcome } from '../types';

type Strategy = 'execCommand' | 'paste' | 'setter';

/**
 * What each editor family accepts, best first. Rich editors take a paste (keeps lines as paragraphs).
 * Not execCommand into Draft: it fires no beforeinput/textInput, so into an empty editor or with a
 * paragraph break Draft renders the text a second time beside the browser's and React then fails to
 * reconcile (tests/e2e/editors.spec.ts, real draft-js 0.11.7).
 */
const STRATEGIES: Record<EditorKind, Strategy[]> = {
  draft: ['paste'],
  lexical: ['paste', 'execCommand'],
  prosemirror: ['paste', 'execCommand'],
  quill: ['paste', 'execCommand'],
  'react-textarea': ['execCommand', 'setter'],
  textarea: ['execCommand', 'setter'],
  contenteditable: ['execCommand', 'paste'],
};

export async function insertByEditor(composer: Composer, text: string, strategies = STRATEGIES[composer.editor]): Promise<InsertOutcome> {
  const { field } = composer;
  if (!field.isConnected) return { ok: false, via: 'none', reason: 'the composer is gone' };
  for (const strategy of strategies) {
    const before = valueOf(field);
    placeCaret(field);
    // ProseMirror and others take the caret from the next selection change: let it arrive.
    await settled();
    try {
      run(strategy, field, text);
    } catch {
      continue;
    }
    await settled();
    const after = valueOf(field);
    if (took(before, after, text)) return { ok: true, via: strategy };
    // An editor that took the text partly or twice must not get it again: stop here.
    if (after !== before) return { ok: false, via: 'none', reason: 'the editor changed the text unexpectedly' };
  }
  return { ok: false, via: 'none', reason: `${composer.editor} refused the text` };
}

function run(strategy: Strategy, field: HTMLElement, text: string): void {
  switch (strategy) {
    case 'execCommand':
      if (isTextField(field)) insertTextIntoField(field, text);
      else typeLines(text);
      return;
    case 'paste':
      field.dispatchEvent(pasteEvent(text));
      return;
    case 'setter':
      setNativeValue(field as HTMLTextAreaElement, text);
  }
}

function isTextField(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** execCommand in a contenteditable: lines joined with the editor's own line breaks. */
function typeLines(text: string): void {
  text.split('\n').forEach((line, i) => {
    if (i > 0) document.execCommand('insertParagraph');
    if (line && !document.execCommand('insertText', false, line)) throw new Error('insertText refused');
  });
}

/**
 * A paste the page's editor reads like a real one. In Firefox, objects made in the content script
 * are invisible to page scripts (Xray wrappers), so the event is built from the page's own classes,
 * its init cloned into the page (`wrapReflectors`: it holds a DOM object, which a plain clone
 * refuses). Firefox ignores `clipboardData` in the init: its ClipboardEvent fills a DataTransfer of
 * its own from the Gecko-only `dataType` + `data`, which Chromium ignores; so both are given.
 */
function pasteEvent(text: string): ClipboardEvent {
  const page = (window as unknown as { wrappedJSObject?: typeof window }).wrappedJSObject;
  const clone = (globalThis as { cloneInto?: <T>(o: T, scope: object, options: { wrapReflectors: boolean }) => T }).cloneInto;
  const W = page ?? window;
  const data = new W.DataTransfer();
  data.setData('text/plain', text);
  const init = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true };
  return new W.ClipboardEvent('paste', page && clone ? clone(init, page, { wrapReflectors: true }) : init);
}

/** React tracks a textarea's value: set it through the prototype's setter, then announce it. */
function setNativeValue(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const { selectionStart: start, selectionEnd: end, value } = field;
  const next = value.slice(0, start ?? value.length) + text + value.slice(end ?? value.length);
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, next);
  const caret = (start ?? value.length) + text.length;
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const carets = new WeakMap<HTMLElement, Range | [number, number]>();

/** Remembers where the caret was in a composer, so text goes there after the user clicked elsewhere. */
export function rememberCaret(field: HTMLElement): void {
  if (isTextField(field)) {
    carets.set(field, [field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length]);
    return;
  }
  const sel = document.getSelection();
  if (sel?.rangeCount && field.contains(sel.getRangeAt(0).commonAncestorContainer)) carets.set(field, sel.getRangeAt(0).cloneRange());
}

/** Focuses the field with the caret where it last was, or at the end of the draft. */
function placeCaret(field: HTMLElement): void {
  field.focus();
  const saved = carets.get(field);
  if (isTextField(field)) {
    const [start, end] = Array.isArray(saved) ? saved : [field.value.length, field.value.length];
    field.setSelectionRange(Math.min(start, field.value.length), Math.min(end, field.value.length));
    return;
  }
  const sel = document.getSelection();
  if (!sel) return;
  let range = saved instanceof Range && field.contains(saved.commonAncestorContainer) ? saved : undefined;
  if (!range) {
    // At the end of the last text, inside the last paragraph: editors map that to their model.
    range = document.createRange();
    const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
    let last: Node | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
    if (last) range.setStart(last, last.textContent?.length ?? 0);
    else range.selectNodeContents(field);
    range.collapse(!!last);
  }
  sel.removeAllRanges();
  sel.addRange(range);
}

function valueOf(field: HTMLElement): string {
  return isTextField(field) ? field.value : (field.innerText ?? field.textContent ?? '');
}

/** Whether `after` is `before` with `text` added once (line breaks and spacing aside). */
export function took(before: string, after: string, text: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '');
  const [b, a, t] = [norm(before), norm(after), norm(text)];
  if (a.length !== b.length + t.length || !a.includes(t)) return false;
  const at = a.indexOf(t);
  return a.slice(0, at) + a.slice(at + t.length) === b;
}

/** Editors apply input on the next tick or frame. */
function settled(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
