/**
 * Typing into Reddit's composers on the extension's behalf, never posting: the real Lexical editor
 * (tests/fixtures/editors) in shreddit-composer, opened from the collapsed box or already open under
 * a comment; a page whose editor refuses synthetic input (the 2026 field note), where the text goes
 * to the clipboard with an instruction beside the box; and old Reddit's plain textarea.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../fixtures/serve';
import { expect, test } from './test';

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'reddit/expected.json'), 'utf8')) as Record<string, { url: string }>;
const COMPOSER = expected['composer.html']!.url;
const GUARDED = expected['composer-guarded.html']!.url;
const OLD_THREAD = expected['old-thread.html']!.url;
const NEW = 'https://www.reddit.com/*';

const composerText = (page: Page, fullname?: string) =>
  page.evaluate((f) => (window as unknown as { __fixture: { composerText(f?: string): string | null } }).__fixture.composerText(f), fullname);
const submitted = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: { submitted: number } }).__fixture.submitted);

test('Lexical under the post: text goes in at the caret, keeps the draft and its lines, enables Comment, undoes in one step', async ({ page, insertViaExtension }) => {
  await page.goto(COMPOSER);
  // The collapsed box first; a click mounts the editor in its place.
  await page.locator('comment-composer-host > faceplate-textarea-input').click();
  const editor = page.locator('comment-body-header shreddit-composer [data-lexical-editor="true"]');
  await expect(editor).toBeFocused();
  const submit = page.locator('comment-body-header shreddit-composer button[slot="submit-button"]');
  await expect(submit).toBeDisabled();
  await page.keyboard.type('Hello  there');
  // Caret between the two spaces, then the user clicks elsewhere (as when picking a suggestion).
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  await page.locator('h1[slot="title"]').click();

  const outcome = await insertViaExtension(NEW, 'Sam,\nthanks', 'reddit:t3_1h9r4kl');
  expect(outcome).toEqual({ ok: true, via: 'paste' });
  await expect.poll(() => composerText(page)).toBe('Hello Sam,\nthanks there');
  await expect(submit).toBeEnabled();
  // The reply box under tom's comment is another composer: untouched.
  expect(await composerText(page, 't1_m2r3c02')).toBe('');

  await editor.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => composerText(page)).toBe('Hello  there');
  expect(await submitted(page)).toBe(0);
});

test('Lexical under a comment: the reply box of the comment asked for takes the text', async ({ page, insertViaExtension }) => {
  await page.goto(COMPOSER);
  const submit = page.locator('shreddit-comment[thingid="t1_m2r3c02"] shreddit-composer button[slot="submit-button"]');
  await expect(submit).toBeDisabled();
  const outcome = await insertViaExtension(NEW, 'Yes, since Firefox 112.\nFocus stays inside the dialog.', 'reddit:t1_m2r3c02');
  expect(outcome).toEqual({ ok: true, via: 'paste' });
  await expect.poll(() => composerText(page, 't1_m2r3c02')).toBe('Yes, since Firefox 112.\nFocus stays inside the dialog.');
  await expect(submit).toBeEnabled();
  expect(await submitted(page)).toBe(0);
});

test('the collapsed box is opened for the text when nobody opened it yet', async ({ page, insertViaExtension }) => {
  await page.goto(COMPOSER);
  await expect(page.locator('comment-composer-host > faceplate-textarea-input')).toBeVisible();
  const outcome = await insertViaExtension(NEW, 'Thanks for the checklist!', 'reddit:t3_1h9r4kl');
  expect(outcome).toEqual({ ok: true, via: 'paste' });
  await expect.poll(() => composerText(page)).toBe('Thanks for the checklist!');
  expect(await submitted(page)).toBe(0);
});

test('an editor that refuses synthetic input: the text waits on the clipboard, with the instruction beside the box', async ({ ext, page, insertViaExtension }) => {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.reddit.com' });
  await page.goto(GUARDED);
  await page.locator('comment-composer-host [data-testid="trigger-button"]').click();
  const editor = page.locator('shreddit-composer [data-lexical-editor="true"]');
  await expect(editor).toBeFocused();
  // Typing still works: the page only drops what no person did.
  await page.keyboard.type('Draft: ');
  await expect.poll(() => composerText(page)).toBe('Draft: ');

  const text = 'Lexical too, for the same reason.';
  const outcome = await insertViaExtension(NEW, text, 'reddit:t3_1h9p6mn');
  expect(outcome).toMatchObject({ ok: false, via: 'clipboard' });
  const hint = page.locator('rapport-ui[data-kind="paste-hint"][data-for="reddit:t3_1h9p6mn"]');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('press Ctrl+V');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  // Nothing reached the editor's state, not even half of it.
  expect(await composerText(page)).toBe('Draft: ');

  // The person pastes: a real paste is what this editor takes.
  await editor.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+v');
  await expect.poll(() => composerText(page)).toBe(`Draft: ${text}`);
  expect(await submitted(page)).toBe(0);
});

test('old Reddit: the reply textarea takes the text at the caret, keeps the draft and lines, undoes natively', async ({ page, insertViaExtension }) => {
  await page.goto(OLD_THREAD);
  const formId = await page.evaluate(() => (window as unknown as { __fixture: { openReply(f: string): string } }).__fixture.openReply('t1_m2k7a03'));
  const box = page.locator(`#${formId} textarea[name="text"]`);
  await expect(box).toBeFocused();
  await box.pressSequentially('Hi  there');
  await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
  await page.locator('.panestack-title').click();

  const outcome = await insertViaExtension('https://old.reddit.com/*', 'Bob,\nthe script is below', 'reddit:t1_m2k7a03');
  expect(outcome).toEqual({ ok: true, via: 'execCommand' });
  await expect(box).toHaveValue('Hi Bob,\nthe script is below there');
  // The top-level box is left alone.
  await expect(page.locator('.commentarea > form.cloneable textarea')).toHaveValue('');
  await box.focus();
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('Hi  there');
  expect(await submitted(page)).toBe(0);
});
