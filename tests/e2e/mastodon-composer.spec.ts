/** Typing into Mastodon's composer on the extension's behalf: at the caret, keeping the draft, never posting. */
import { expect, test } from './test';

const THREAD = 'https://mastodon.social/@maya/113400000000000100';

test('text goes into the compose textarea at the caret, keeping the draft and lines', async ({ page, insertViaExtension }) => {
  await page.goto(THREAD);
  const box = page.locator('textarea.autosuggest-textarea__textarea');
  await box.click();
  await box.pressSequentially('Hello  there');
  // Caret between the two spaces, then the user clicks elsewhere (as when picking a suggestion).
  await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(6, 6));
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const outcome = await insertViaExtension('https://mastodon.social/*', 'Bob,\nthanks');
  expect(outcome).toEqual({ ok: true, via: 'execCommand' });
  await expect(box).toHaveValue('Hello Bob,\nthanks there');
  // Undo takes the insertion back out in one step.
  await box.focus();
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('Hello  there');
});
