/**
 * Typing into YouTube's comment boxes on the extension's behalf: the browser's own contenteditable
 * (`#contenteditable-root`) with the fixture's Polymer-like input handling (the submit button follows
 * the text). At the caret, keeping the draft and a pre-inserted @mention, lines kept, undoable,
 * never posted.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { FIXTURES } from '../fixtures/serve';
import { expect, test } from './test';

interface Expected {
  url: string;
  items: string[];
  awaiting: string[];
  replyOpen?: string;
}
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'youtube/expected.json'), 'utf8')) as Record<string, Expected>;
const watch = expected['watch.html']!;
const composerPage = expected['watch-composer.html']!;
const TAB = 'https://www.youtube.com/*';
const nativeId = (id: string) => id.slice('youtube:'.length);

type Fixture = Record<string, (...args: string[]) => unknown>;
const fixture = <T>(page: Page, method: string, ...args: string[]) =>
  page.evaluate(({ method, args }) => (window as unknown as { __fixture: Fixture }).__fixture[method]!(...args), { method, args }) as Promise<T>;
const submitted = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: { submitted: unknown[] } }).__fixture.submitted.length);

/** The comment element whose permalink is `id` (its own: replies are not inside it). */
const commentOf = (page: Page, id: string) => page.locator(`ytd-comment-view-model:has(a[href$="lc=${nativeId(id)}"])`);

/** Puts the caret at `offset` in the box's first text node (or at its end), then leaves the box. */
async function caretAt(page: Page, box: Locator, offset?: number) {
  await box.evaluate((el, at) => {
    const range = document.createRange();
    const text = [...el.childNodes].find((n) => n.nodeType === 3 && n.nodeValue!.trim());
    if (at !== undefined && text) range.setStart(text, at);
    else range.selectNodeContents(el);
    range.collapse(at !== undefined);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, offset);
  // The user clicks elsewhere, as when picking a suggestion in Rapport.
  await page.locator('#secondary').click();
}

test('a reply goes into the box at the caret, keeping the draft and lines; the submit button enables; undo takes it out', async ({ page, insertViaExtension }) => {
  await page.goto(watch.url);
  const carol = watch.awaiting[1]!; // a top-level comment: its reply box starts empty
  await commentOf(page, carol).locator('[id="reply-button-end"] button').click();
  const box = commentOf(page, carol).locator('[id="reply-dialog"] [id="contenteditable-root"]');
  await expect(box).toBeFocused();
  expect(await fixture(page, 'submitEnabled', nativeId(carol))).toBe(false);
  await page.keyboard.type('Hello  there');
  await caretAt(page, box, 6);

  const outcome = await insertViaExtension(TAB, 'Carol,\nthanks', carol);
  expect(outcome).toEqual({ ok: true, via: 'execCommand' });
  expect(await fixture(page, 'composerText', nativeId(carol))).toBe('Hello Carol,\nthanks there');
  // The lines are the editor's own: a paragraph break, as pressing Enter makes.
  expect(await box.evaluate((el: HTMLElement) => el.innerText)).toMatch(/^Hello Carol,\nthanks\s+there$/);
  expect(await fixture(page, 'submitEnabled', nativeId(carol))).toBe(true);

  // Undo: the browser's own history takes the insertion back out in one step, keeping the draft.
  await box.focus();
  await page.keyboard.press('Control+z');
  expect(await fixture(page, 'composerText', nativeId(carol))).toBe('Hello  there');
  expect(await fixture(page, 'submitEnabled', nativeId(carol))).toBe(true);

  expect(await submitted(page)).toBe(0);
  await expect(page.locator('ytd-comment-view-model')).toHaveCount(watch.items.length);
});

test('a reply to a reply keeps the @mention YouTube pre-inserted', async ({ page, insertViaExtension }) => {
  await page.goto(composerPage.url);
  const target = composerPage.replyOpen!;
  const box = commentOf(page, target).locator('[id="reply-dialog"] [id="contenteditable-root"]');
  await expect(box.locator('a')).toHaveText('@vic.embedded');
  await box.click();
  await page.keyboard.press('End');
  await page.keyboard.type('Yes, ');
  await caretAt(page, box);

  const outcome = await insertViaExtension(TAB, 'it works on ARM too.', target);
  expect(outcome).toEqual({ ok: true, via: 'execCommand' });
  expect(await fixture(page, 'composerText', nativeId(target))).toBe('@vic.embedded Yes, it works on ARM too.');
  await expect(box.locator('a')).toHaveText('@vic.embedded');
  await expect(box.locator('a')).toHaveAttribute('href', /^\/channel\/UC/);
  expect(await fixture(page, 'submitEnabled', nativeId(target))).toBe(true);
  expect(await submitted(page)).toBe(0);
});

test('the top-level box, opened from "Add a comment...", takes a new comment', async ({ page, insertViaExtension }) => {
  await page.goto(watch.url);
  await page.locator('[id="simplebox-placeholder"]').click();
  const box = page.locator('ytd-comment-simplebox-renderer [id="contenteditable-root"]');
  await expect(box).toBeFocused();
  expect(await fixture(page, 'submitEnabled', 'composer')).toBe(false);
  await caretAt(page, box);

  const text = 'Thanks for all the questions!\nPart 2 is next week.';
  const outcome = await insertViaExtension(TAB, text, 'composer');
  expect(outcome).toEqual({ ok: true, via: 'execCommand' });
  expect(await fixture(page, 'composerText', 'composer')).toBe(text);
  expect(await fixture(page, 'submitEnabled', 'composer')).toBe(true);
  expect(await submitted(page)).toBe(0);
});
