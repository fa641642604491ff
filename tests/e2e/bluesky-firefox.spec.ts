/**
 * Firefox (Debian's firefox-esr with the built dist/firefox, puppeteer-core over WebDriver BiDi):
 * badges on the Bluesky thread, and text typed into the real TipTap composer through the
 * extension (tabs.sendMessage → composer.insert from an extension page), where a paste built in the
 * content script has to reach the page's ProseMirror through Xray wrappers.
 * @playwright/test is only the runner here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TAG } from '../../src/shared/messages';
import { FIXTURES } from '../fixtures/serve';
import { helperIds, launchFirefox, type FirefoxLaunched } from './firefox';
import { expect, test } from './test';

test.describe.configure({ mode: 'serial' });

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'bluesky/expected.json'), 'utf8')) as Record<string, { url: string; awaiting: string[]; composerReplyTo?: string }>;
const sorted = (a: string[]) => [...a].sort();


let ff: FirefoxLaunched;
test.beforeAll(async () => {
  ff = await launchFirefox();
});
test.afterAll(async () => {
  await ff?.browser.close();
});


test('firefox: badges on the Bluesky thread, and the toolbar count agrees', async () => {
  const thread = expected['thread.html']!;
  const page = await ff.newPage();
  await page.goto(thread.url);
  await expect.poll(() => helperIds(page, 'unanswered-badge').then(sorted), { timeout: 15_000 }).toEqual(sorted(thread.awaiting));
  const badge = await page.evaluate(() => document.querySelector('rapport-ui[data-kind="unanswered-badge"]')?.shadowRoot?.querySelector('.badge')?.textContent);
  expect(badge).toMatch(/^(now|\d+[mhdwy])$/);
  const popup = await ff.extensionTab('popup');
  const toolbar = await popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({}));
  expect(toolbar).toBe(String(thread.awaiting.length));
  await popup.close();
  await page.close();
});

test('firefox: composer.insert types into the TipTap reply composer, lines kept, in the editor state', async () => {
  const composer = expected['composer.html']!;
  const page = await ff.newPage();
  await page.goto(composer.url);
  await page.waitForFunction(() => '__fixture' in window && !!document.querySelector('[data-testid="composePostView"] .ProseMirror'));
  const editorText = () => page.evaluate(() => (window as unknown as { __fixture: { composerText(): string } }).__fixture.composerText());
  await page.type('[data-testid="composePostView"] .ProseMirror', 'Hi ');
  await expect.poll(editorText).toBe('Hi ');
  // The content script must be listening before the extension asks it.
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('rapport-ui').length), { timeout: 15_000 }).toBeGreaterThan(0);

  const popup = await ff.extensionTab('popup');
  const reply = await popup.evaluate(
    async ({ tag, text, target }) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [tab] = await b.tabs.query({ url: 'https://bsky.app/*' });
      return b.tabs.sendMessage(tab!.id!, { tag, method: 'composer.insert', input: { text, for: target } });
    },
    { tag: TAG, text: 'Dan,\nthanks!', target: composer.composerReplyTo },
  );
  // Which strategy ProseMirror took in Firefox is reported, not assumed: paste when the page sees
  // the content script's ClipboardEvent and its clipboardData, else execCommand.
  console.log('firefox composer.insert →', JSON.stringify(reply));
  expect(reply).toEqual({ ok: true, value: expect.objectContaining({ ok: true }) });
  await expect.poll(editorText).toBe('Hi Dan,\nthanks!');
  const publishEnabled = await page.evaluate(() => (window as unknown as { __fixture: { publishEnabled(): boolean } }).__fixture.publishEnabled());
  expect(publishEnabled).toBe(true);
  await popup.close();
  await page.close();
});
