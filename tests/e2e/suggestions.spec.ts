/**
 * Reply suggestions end to end, in Chromium with the built extension: a "Reply ideas" control on
 * every item awaiting a reply (and beside the reply box in use); the suggestions frame shows what
 * the comment is and three built-in replies; one picked is typed into the site's real editor, never
 * sent; the user's own endpoint (a real OpenAI-compatible server on 127.0.0.1, streaming) adds its
 * suggestions, and when it is down the built-in ones stand with a note.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { FIXTURES } from '../fixtures/serve';
import { startOpenAiServer } from '../helpers/openai-server';
import { ENDPOINT_KEY } from '../../src/shared/storage-keys';
import { expect, helperIds, test } from './test';

const thread = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'mastodon/expected.json'), 'utf8'))['thread.html'] as { url: string; awaiting: string[] };
const sorted = (a: string[]) => [...a].sort();

async function openIdeas(page: Page, itemId: string): Promise<FrameLocator> {
  await page.locator(`rapport-ui[data-kind="reply-suggestions"][data-for="${itemId}"] >> button`).click();
  await expect(page.locator('html > rapport-ui[data-kind="reply-suggestions"]')).toHaveAttribute('data-for', itemId);
  return page.frameLocator('html > rapport-ui[data-kind="reply-suggestions"] >> iframe');
}

test('every item awaiting a reply has a Reply ideas control, and only those', async ({ page }) => {
  await page.goto(thread.url);
  await expect.poll(async () => sorted(await helperIds(page, 'reply-suggestions'))).toEqual(sorted(thread.awaiting));
});

test('Mastodon: three built-in suggestions for what the comment is; one picked goes into the real compose box, unsent', async ({ page }) => {
  await page.goto(thread.url);
  const box = page.locator('textarea.autosuggest-textarea__textarea');
  await box.click();
  // The reply box in use gets its own control.
  await expect(page.locator('rapport-ui[data-kind="reply-suggestions"][data-for="composer"]')).toHaveCount(1);
  const frame = await openIdeas(page, thread.awaiting[0]!);
  await expect(frame.locator('[data-testid="suggestions-builtin"] li')).toHaveCount(3);
  const intents = await frame.locator('[data-testid="suggestions-builtin"] [data-suggestion]').evaluateAll((b) => b.map((x) => x.getAttribute('data-suggestion')));
  expect(new Set(intents).size).toBe(3);
  await expect(frame.locator('.kind')).toHaveAttribute('data-kind', /question|praise|feedback|concern|other/);
  const pick = frame.locator('[data-testid="suggestions-builtin"] button').first();
  const text = (await pick.evaluate((b) => b.firstChild?.textContent ?? '')).trim();
  expect(text.length).toBeGreaterThan(5);
  await pick.click();
  await expect(frame.getByTestId('insert-status')).toHaveAttribute('data-ok', 'true');
  await expect(box).toHaveValue(new RegExp(text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // The suggestion texts live in the frame, not in the page, until one is picked.
  const others = await frame.locator('[data-testid="suggestions-builtin"] button').evaluateAll((b) => b.slice(1).map((x) => (x.firstChild?.textContent ?? '').trim()));
  const dom = await page.evaluate(() => document.documentElement.outerHTML);
  for (const other of others) expect(dom).not.toContain(other);
});

test('your endpoint: a real server on 127.0.0.1 streams its suggestions; when it is down, the built-in ones stand with a note', async ({ page, worker }) => {
  const server = await startOpenAiServer({ reply: () => '1. Thanks for asking! Offline mode syncs when you are back.\n2. Great question — I will write it up.\n3. Happy to share more details.' });
  try {
    // As saved from the options page (whose permission prompt automation cannot answer; the test server allows any origin).
    await worker.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [ENDPOINT_KEY, { baseUrl: server.url, model: 'test-model' }] as const);
    await page.goto(thread.url);
    await expect.poll(async () => (await helperIds(page, 'reply-suggestions')).length).toBeGreaterThan(0);
    const frame = await openIdeas(page, thread.awaiting[0]!);
    await expect(frame.locator('[data-testid="suggestions-endpoint"] li')).toHaveCount(3);
    await expect(frame.locator('[data-testid="suggestions-endpoint"] [data-provider="endpoint"]').first()).toContainText('Thanks for asking!');
    await expect(frame.locator('[data-testid="suggestions-builtin"] li')).toHaveCount(3);
    expect(server.requests.length).toBeGreaterThan(0);
    const body = server.requests.at(-1)!.body as { model: string; stream: boolean; messages: { role: string; content: string }[] };
    expect(body).toMatchObject({ model: 'test-model', stream: true });
  } finally {
    await server.close();
  }
  // Down: the same endpoint no longer answers.
  await page.keyboard.press('Escape');
  const frame = await openIdeas(page, thread.awaiting[0]!);
  await expect(frame.getByTestId('provider-note')).toContainText('built-in');
  await expect(frame.locator('[data-testid="suggestions-builtin"] li')).toHaveCount(3);
  await expect(frame.locator('[data-testid="suggestions-endpoint"]')).toHaveCount(0);
});

test('the on-device model, where the browser has one: offered, downloaded and asked only on a click, its suggestions stream in', async ({ page, ext }) => {
  // Debian's Chromium has no on-device model: this stands in for Chrome's Prompt API in extension pages.
  await ext.context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    Object.assign(globalThis, {
      LanguageModel: {
        availability: async () => 'downloadable',
        create: async (options: { monitor?: (m: EventTarget) => void }) => {
          const m = new EventTarget();
          options.monitor?.(m);
          for (const loaded of [0.4, 1]) m.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
          return {
            promptStreaming: () =>
              new ReadableStream<string>({
                start(c) {
                  for (const piece of ['1. Thanks so much', ' for asking, Bob!\n2. Good point, let me check.\n', '3. Tell me more about your setup?']) c.enqueue(piece);
                  c.close();
                },
              }),
            destroy() {},
          };
        },
      },
    });
  });
  await page.goto(thread.url);
  await expect.poll(async () => (await helperIds(page, 'reply-suggestions')).length).toBeGreaterThan(0);
  const frame = await openIdeas(page, thread.awaiting[0]!);
  const button = frame.locator('[data-action="on-device"]');
  await expect(button).toHaveText('Download and use the on-device model');
  // Nothing is started before the click.
  await expect(frame.locator('[data-testid="suggestions-on-device"]')).toHaveCount(0);
  await button.click();
  await expect(frame.locator('[data-testid="suggestions-on-device"] [data-provider="on-device"]')).toHaveCount(3);
  await expect(frame.locator('[data-testid="suggestions-on-device"] li').first()).toContainText('Thanks so much for asking, Bob!');
  await expect(frame.locator('[data-testid="suggestions-builtin"] li')).toHaveCount(3);
});

test('X: from the inline reply box\'s own control, a suggestion goes into the real Draft.js editor, unsent', async ({ page }) => {
  const x = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'x/expected.json'), 'utf8'))['thread.html'] as { url: string; composers: { replyTo: string }[] };
  const replyTo = x.composers[0]!.replyTo;
  await page.goto(x.url);
  const field = page.locator('[data-testid="primaryColumn"] .public-DraftEditor-content[data-testid="tweetTextarea_0"]');
  await field.click();
  const control = page.locator(`rapport-ui[data-kind="reply-suggestions"][data-for="${replyTo}"]`).filter({ hasNot: page.locator('iframe') });
  await expect(control).toHaveCount(1);
  await control.locator('button').click();
  const frame = page.frameLocator('html > rapport-ui[data-kind="reply-suggestions"] >> iframe');
  const pick = frame.locator('[data-testid="suggestions-builtin"] button').first();
  await expect(pick).toBeVisible();
  const text = (await pick.evaluate((b) => b.firstChild?.textContent ?? '')).trim();
  await pick.click();
  await expect(frame.getByTestId('insert-status')).toHaveAttribute('data-ok', 'true');
  const composerText = () => page.evaluate(() => (window as unknown as { __fixture: { composerText(w: string): string | null } }).__fixture.composerText('reply'));
  await expect.poll(composerText).toBe(text);
  expect(await page.evaluate(() => (window as unknown as { __fixture: { posted: unknown[] } }).__fixture.posted.length)).toBe(0);
});

for (const e of [
  { name: 'LinkedIn TipTap', file: 'thread.html', field: '[data-testid="ui-core-tiptap-text-editor-wrapper"] div.tiptap.ProseMirror[contenteditable="true"][role="textbox"]' },
  { name: 'LinkedIn Quill', file: 'thread-legacy.html', field: '.ql-editor[contenteditable="true"]' },
]) {
  test(`${e.name}: a suggestion picked for the post goes into the real editor, unsent`, async ({ page }) => {
    const li = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'linkedin/expected.json'), 'utf8'))[e.file] as { url: string; composers: { replyTo: string }[] };
    await page.goto(li.url);
    await page.locator(e.field).first().click();
    const replyTo = li.composers[0]!.replyTo;
    const control = page.locator(`rapport-ui[data-kind="reply-suggestions"][data-for="${replyTo}"]`).filter({ hasNot: page.locator('iframe') });
    await control.first().locator('button').click();
    const frame = page.frameLocator('html > rapport-ui[data-kind="reply-suggestions"] >> iframe');
    const pick = frame.locator('[data-testid="suggestions-builtin"] button').nth(1);
    await expect(pick).toBeVisible();
    const text = (await pick.evaluate((b) => b.firstChild?.textContent ?? '')).trim();
    await pick.click();
    await expect(frame.getByTestId('insert-status')).toHaveAttribute('data-ok', 'true');
    type Fixture = { __fixture: { composerText(i: number): string; submitted: string[] } };
    await expect.poll(() => page.evaluate(() => (window as unknown as Fixture).__fixture.composerText(0))).toBe(text);
    expect(await page.evaluate(() => (window as unknown as Fixture).__fixture.submitted.length)).toBe(0);
  });
}

test('saved replies: made in the options page with variables, offered filled for the person, inserted like any suggestion', async ({ page, openExtensionPage }) => {
  const options = await openExtensionPage('options');
  await options.locator('input[name="saved-name"]').fill('Thanks');
  await options.locator('input[name="saved-text"]').fill('Thanks {first_name}, that means a lot!');
  await options.locator('button[type="submit"]', { hasText: 'Save reply' }).click();
  await expect(options.locator('[data-saved-reply="Thanks"]')).toBeVisible();
  await options.locator('select[name="tone"]').selectOption('professional');

  await page.goto(thread.url);
  const box = page.locator('textarea.autosuggest-textarea__textarea');
  await box.click();
  const frame = await openIdeas(page, thread.awaiting[0]!);
  const saved = frame.locator('[data-testid="suggestions-saved"] [data-suggestion="saved"]');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText(/^Thanks \S+, that means a lot!/);
  // Professional: no emoji in the built-in ones.
  const builtin = await frame.locator('[data-testid="suggestions-builtin"] button').evaluateAll((b) => b.map((x) => x.firstChild?.textContent ?? ''));
  expect(builtin.join(' ')).not.toMatch(/\p{Extended_Pictographic}/u);
  await saved.click();
  await expect(box).toHaveValue(/that means a lot!/);
});
