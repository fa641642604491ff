/**
 * Typing into Mastodon's composer on the extension's behalf: at the caret, keeping the draft, never
 * posting. The compose textarea is the real React-controlled one (tests/fixtures/editors), so the
 * text must reach React's state, which is what Mastodon posts and what enables the Post button.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test';

const THREAD = 'https://mastodon.social/@maya/113400000000000100';

const composerText = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: { composerText(): string } }).__fixture.composerText());

/** Counts form submissions (there must be none: Rapport never posts). */
async function watchSubmits(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { submits: number };
    w.submits = 0;
    document.querySelector('form.compose-form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      w.submits += 1;
    });
  });
  return () => page.evaluate(() => (window as unknown as { submits: number }).submits);
}

test('text goes into the compose textarea at the caret, keeping the draft and lines, into React state', async ({ page, insertViaExtension }) => {
  await page.goto(THREAD);
  const submits = await watchSubmits(page);
  const box = page.locator('textarea.autosuggest-textarea__textarea');
  await box.click();
  await box.pressSequentially('Hello  there');
  expect(await composerText(page)).toBe('Hello  there');
  // Caret between the two spaces, then the user clicks elsewhere (as when picking a suggestion).
  await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(6, 6));
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const outcome = await insertViaExtension('https://mastodon.social/*', 'Bob,\nthanks');
  expect(outcome).toEqual({ ok: true, via: 'execCommand' });
  await expect(box).toHaveValue('Hello Bob,\nthanks there');
  expect(await composerText(page)).toBe('Hello Bob,\nthanks there');
  // Undo takes the insertion back out in one step, in React's state too.
  await box.focus();
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('Hello  there');
  expect(await composerText(page)).toBe('Hello  there');
  expect(await submits()).toBe(0);
});

test('the Post button follows React state: disabled on a blank draft, enabled once the text is in', async ({ page, insertViaExtension }) => {
  await page.goto(THREAD);
  const submits = await watchSubmits(page);
  const post = page.locator('.compose-form__submit button[type="submit"]');
  // compose_form.jsx canSubmit(): an empty text may be submitted (the action ignores it), blanks may not.
  await expect(post).toBeEnabled();
  const box = page.locator('textarea.autosuggest-textarea__textarea');
  await box.click();
  await box.pressSequentially('  ');
  await expect(post).toBeDisabled();
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  expect(await insertViaExtension('https://mastodon.social/*', 'Thanks Bob!')).toEqual({ ok: true, via: 'execCommand' });
  expect(await composerText(page)).toBe('  Thanks Bob!');
  await expect(post).toBeEnabled();

  await box.focus();
  await page.keyboard.press('Control+z');
  expect(await composerText(page)).toBe('  ');
  await expect(post).toBeDisabled();
  expect(await submits()).toBe(0);
});
