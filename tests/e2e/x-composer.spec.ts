/**
 * Typing into X's composers (the real Draft.js editor) on the extension's behalf: at the caret,
 * keeping the draft and its lines, in Draft's own EditorState, enabling the submit button, undoable
 * in one step, never posting. The inline reply of a /status/ page, the reply modal (with the
 * answered post's permalink, or a copy without one), and the home box.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../fixtures/serve';
import { expect, test } from './test';

interface Expected {
  url: string;
  items: string[];
  composers: { replyTo: string }[];
}
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'x/expected.json'), 'utf8')) as Record<string, Expected>;
const THREAD = expected['thread.html']!;
const HOME = expected['home.html']!;
const COMPOSE = expected['compose.html']!;
const DRAFT = '.public-DraftEditor-content[data-testid="tweetTextarea_0"]';

interface Fixture {
  composerText(which: string): string | null;
  submitEnabled(which: string): boolean;
  openReplyModal(id: string, options?: { link: boolean }): void;
  posted: unknown[];
}
const fx = <T>(page: Page, fn: (f: Fixture) => T) => page.evaluate(`(${fn.toString()})(window.__fixture)`) as Promise<T>;

test('inline reply: text goes in at the caret, keeping the draft and its lines, and undoes in one step', async ({ page, insertViaExtension }) => {
  await page.goto(THREAD.url);
  const field = page.locator(`[data-testid="primaryColumn"] ${DRAFT}`);
  await field.click();
  await field.pressSequentially('Hello  there');
  await expect.poll(() => fx(page, (f) => f.composerText('reply'))).toBe('Hello  there');
  expect(await fx(page, (f) => f.submitEnabled('reply'))).toBe(true);
  // Caret between the two spaces, then the user clicks elsewhere (as when picking a suggestion).
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(100);
  await page.mouse.click(5, 5);
  const outcome = await insertViaExtension('https://x.com/*', 'Bob,\nthanks', THREAD.composers[0]!.replyTo);
  expect(outcome).toEqual({ ok: true, via: 'paste' });
  await expect.poll(() => fx(page, (f) => f.composerText('reply'))).toBe('Hello Bob,\nthanks there');
  await expect(field.locator('[data-block="true"]')).toHaveCount(2);
  await field.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => fx(page, (f) => f.composerText('reply'))).toBe('Hello  there');
  // Nothing was posted.
  expect(await fx(page, (f) => f.posted.length)).toBe(0);
  expect(await page.locator('[data-testid="primaryColumn"] article[data-testid="tweet"]').count()).toBe(THREAD.items.length);
});

test('an empty inline reply takes the text and its Reply button enables', async ({ page, insertViaExtension }) => {
  await page.goto(THREAD.url);
  expect(await fx(page, (f) => f.submitEnabled('reply'))).toBe(false);
  const outcome = await insertViaExtension('https://x.com/*', 'Thanks Carol!', THREAD.composers[0]!.replyTo);
  expect(outcome.ok).toBe(true);
  await expect.poll(() => fx(page, (f) => f.composerText('reply'))).toBe('Thanks Carol!');
  expect(await fx(page, (f) => f.submitEnabled('reply'))).toBe(true);
  await expect(page.locator('[data-testid="tweetButtonInline"]')).not.toHaveAttribute('aria-disabled', 'true');
});

test('reply modal opened from the timeline: the text goes to the modal, not the home box behind it', async ({ page, insertViaExtension }) => {
  await page.goto(HOME.url);
  const dan = COMPOSE.composers[0]!.replyTo;
  await page.locator('article[data-testid="tweet"]', { has: page.locator(`a[href$="/status/${dan.slice(2)}"]`) }).locator('[data-testid="reply"]').click();
  await expect(page).toHaveURL(/\/compose\/post$/);
  await expect(page.locator(`[role="dialog"] ${DRAFT}`)).toBeVisible();
  expect(await fx(page, (f) => f.submitEnabled('modal'))).toBe(false);
  const outcome = await insertViaExtension('https://x.com/*', 'Not yet,\nwill try today');
  expect(outcome).toEqual({ ok: true, via: 'paste' });
  await expect.poll(() => fx(page, (f) => f.composerText('modal'))).toBe('Not yet,\nwill try today');
  expect(await fx(page, (f) => f.composerText('home'))).toBe('');
  expect(await fx(page, (f) => f.submitEnabled('modal'))).toBe(true);
  await expect(page.locator('[role="dialog"] [data-testid="tweetButton"]')).not.toHaveAttribute('aria-disabled', 'true');
  expect(await fx(page, (f) => f.posted.length)).toBe(0);
});

test('reply modal whose copy of the post has no permalink still answers that post', async ({ page, insertViaExtension }) => {
  await page.goto(COMPOSE.url);
  const dan = COMPOSE.composers[0]!.replyTo;
  await page.evaluate((id) => (window as unknown as { __fixture: Fixture }).__fixture.openReplyModal(id, { link: false }), dan.slice(2));
  await expect(page.locator('[role="dialog"] article[data-testid="tweet"] a[href*="/status/"] > time')).toHaveCount(0);
  const outcome = await insertViaExtension('https://x.com/*', 'On it', dan);
  expect(outcome.ok).toBe(true);
  await expect.poll(() => fx(page, (f) => f.composerText('modal'))).toBe('On it');
});

test('the home box takes a new post', async ({ page, insertViaExtension }) => {
  await page.goto(HOME.url);
  const outcome = await insertViaExtension('https://x.com/*', 'Day 13 of #100DaysOfCode', 'composer');
  expect(outcome).toEqual({ ok: true, via: 'paste' });
  await expect.poll(() => fx(page, (f) => f.composerText('home'))).toBe('Day 13 of #100DaysOfCode');
  expect(await fx(page, (f) => f.submitEnabled('home'))).toBe(true);
  expect(await fx(page, (f) => f.posted.length)).toBe(0);
});
