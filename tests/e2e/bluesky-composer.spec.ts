/**
 * Typing into Bluesky's composer (the real TipTap/ProseMirror editor) on the extension's behalf: at
 * the caret, keeping the draft and its lines, in the editor's own state, enabling Publish, undoable,
 * never posting.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../fixtures/serve';
import { expect, test } from './test';

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'bluesky/expected.json'), 'utf8')) as Record<string, { url: string; items: string[]; composerReplyTo?: string }>;
const COMPOSER = expected['composer.html']!;
const FIELD = '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]';

interface Fixture {
  composerText(): string | null;
  publishEnabled(): boolean;
  openComposer(rkey?: string): void;
}
const fx = <T>(page: Page, fn: (f: Fixture) => T) => page.evaluate(`(${fn.toString()})(window.__fixture)`) as Promise<T>;

test('text goes in at the caret of the reply being written, keeping the draft and its lines, and undoes in one step', async ({ page, insertViaExtension }) => {
  await page.goto(COMPOSER.url);
  const field = page.locator(FIELD);
  await expect(field).toBeFocused();
  expect(await fx(page, (f) => f.publishEnabled())).toBe(false);
  await field.pressSequentially('Hello  there');
  await expect.poll(() => fx(page, (f) => f.composerText())).toBe('Hello  there');
  // Caret between the two spaces, then the user clicks elsewhere (as when picking a suggestion).
  await page.keyboard.press('End');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  // ProseMirror takes the caret from the selectionchange that follows, and only while focused: a
  // person's pause before clicking away, not a click in the same millisecond.
  await page.waitForTimeout(100);
  await page.mouse.click(5, 5);
  // The dialog's replied-to block names Dan's post: Rapport's reply target for it.
  const outcome = await insertViaExtension('https://bsky.app/*', 'Dan,\nthanks', COMPOSER.composerReplyTo);
  expect(outcome).toEqual({ ok: true, via: 'paste' });
  await expect.poll(() => fx(page, (f) => f.composerText())).toBe('Hello Dan,\nthanks there');
  await expect(field.locator('p')).toHaveCount(2);
  expect(await fx(page, (f) => f.publishEnabled())).toBe(true);
  await field.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => fx(page, (f) => f.composerText())).toBe('Hello  there');
  // Nothing was posted: the thread shows the same posts.
  expect(await page.locator('[data-testid^="postThreadItem-by-"]').count()).toBe(COMPOSER.items.length);
});

test('a new post from the home screen takes the text too', async ({ page, insertViaExtension }) => {
  await page.goto(expected['home.html']!.url);
  await page.evaluate(() => (window as unknown as { __fixture: Fixture }).__fixture.openComposer());
  await expect(page.locator(FIELD)).toBeFocused();
  const outcome = await insertViaExtension('https://bsky.app/*', 'Weekend plans: #localfirst meetup');
  expect(outcome.ok).toBe(true);
  await expect.poll(() => fx(page, (f) => f.composerText())).toBe('Weekend plans: #localfirst meetup');
  expect(await fx(page, (f) => f.publishEnabled())).toBe(true);
  await expect(page.locator('[data-testid="composerPublishBtn"]')).toHaveAttribute('aria-label', 'Publish post');
});
