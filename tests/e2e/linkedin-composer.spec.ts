/**
 * Typing into LinkedIn's comment boxes on the extension's behalf, against the real editors: TipTap
 * (SDUI) and Quill (legacy). The text goes in at the caret keeping the draft, lines stay lines in
 * the editor's own state, the submit button enables, Ctrl+Z takes the insertion back, and nothing
 * is submitted. A reply box under a comment is found by the comment it replies to.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../fixtures/serve';
import { expect, test } from './test';

interface Expected {
  url: string;
  composers: { replyTo: string; editor: string }[];
}
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'linkedin/expected.json'), 'utf8')) as Record<string, Expected>;

const fixture = (page: Page) => ({
  text: (i: number) => page.evaluate((n) => (window as unknown as { __fixture: { composerText(i: number): string } }).__fixture.composerText(n), i),
  submitted: () => page.evaluate(() => (window as unknown as { __fixture: { submitted: string[] } }).__fixture.submitted.length),
});

const EDITORS = [
  {
    name: 'SDUI TipTap',
    file: 'thread.html',
    box: '[componentkey^="commentBox-"]',
    field: '[data-testid="ui-core-tiptap-text-editor-wrapper"] div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]',
    submit: 'button[componentkey^="commentButtonSection"]',
  },
  {
    name: 'legacy Quill',
    file: 'thread-legacy.html',
    box: 'form.comments-comment-box__form',
    field: '.ql-editor[contenteditable="true"]',
    submit: 'button.comments-comment-box__submit-button--cr',
  },
];

for (const e of EDITORS) {
  test(`${e.name}: text goes in at the caret, keeps the draft and its lines, enables Comment, undoes, never posts`, async ({ page, insertViaExtension }) => {
    const { url, composers } = expected[e.file]!;
    await page.goto(url);
    const box = page.locator(e.box).first();
    const field = box.locator(e.field);
    const submit = box.locator(e.submit);
    const f = fixture(page);
    await expect(submit).toBeDisabled();
    await field.click();
    await page.keyboard.type('Hello  there');
    await expect.poll(() => f.text(0)).toBe('Hello  there');
    // Caret between the two spaces, then the user clicks elsewhere (as when picking a suggestion).
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    // Editors fold edits made in quick succession into one undo step (Quill within 1 s, TipTap
    // 0.5 s): let the typing settle so undo can show the insertion is a step of its own.
    await page.waitForTimeout(1100);
    const outcome = await insertViaExtension('https://www.linkedin.com/*', 'Bob,\nthanks', composers[0]!.replyTo);
    expect(outcome).toEqual({ ok: true, via: 'paste' });
    await expect.poll(() => f.text(0)).toBe('Hello Bob,\nthanks there');
    await expect(submit).toBeEnabled();
    // Undo takes the insertion back out in one step, leaving the typed draft.
    await field.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => f.text(0)).toBe('Hello  there');
    expect(await f.submitted()).toBe(0);
  });

  test(`${e.name}: a reply box under a comment is the one written to for that comment`, async ({ page, insertViaExtension }) => {
    const { url, composers } = expected[e.file]!;
    await page.goto(url);
    const f = fixture(page);
    const reply = composers[1]!;
    const outcome = await insertViaExtension('https://www.linkedin.com/*', 'Per incident.', reply.replyTo);
    expect(outcome.ok).toBe(true);
    await expect.poll(() => f.text(1)).toBe('Per incident.');
    expect(await f.text(0)).toBe('');
    await expect(page.locator(e.box).nth(1).locator(e.submit)).toBeEnabled();
    await expect(page.locator(e.box).first().locator(e.submit)).toBeDisabled();
    expect(await f.submitted()).toBe(0);
  });
}
