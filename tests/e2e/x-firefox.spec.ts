/**
 * Firefox (Debian's firefox-esr with the built dist/firefox, puppeteer-core over WebDriver BiDi):
 * badges on the X thread fixture, and text typed into X's real Draft.js inline reply through the
 * extension (tabs.sendMessage → composer.insert from an extension page), where the paste built in
 * the content script has to reach the page's Draft through Xray wrappers.
 * @playwright/test is only the runner here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TAG } from '../../src/shared/messages';
import { FIXTURES } from '../fixtures/serve';
import { helperIds, launchFirefox, type FirefoxLaunched } from './firefox';
import { expect, test } from './test';

test.describe.configure({ mode: 'serial' });

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'x/expected.json'), 'utf8')) as Record<
  string,
  { url: string; awaiting: string[]; composers: { replyTo: string }[] }
>;
const sorted = (a: string[]) => [...a].sort();


let ff: FirefoxLaunched;
test.beforeAll(async () => {
  ff = await launchFirefox();
});
test.afterAll(async () => {
  await ff?.browser.close();
});


test('firefox: badges on the X thread, each in its own post, and the toolbar count agrees', async () => {
  const thread = expected['thread.html']!;
  const page = await ff.newPage();
  await page.goto(thread.url);
  await expect.poll(() => helperIds(page, 'unanswered-badge').then(sorted), { timeout: 15_000 }).toEqual(sorted(thread.awaiting));
  const misplaced = await page.evaluate(
    () =>
      [...document.querySelectorAll('rapport-ui')].filter((h) => {
        const link = h.closest('article[data-testid="tweet"]')?.querySelector('a[href*="/status/"] > time')?.parentElement;
        return `x:${/\/status\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1]}` !== h.getAttribute('data-for');
      }).length,
  );
  expect(misplaced).toBe(0);
  const badge = await page.evaluate(() => document.querySelector('rapport-ui[data-kind="unanswered-badge"]')?.shadowRoot?.querySelector('.badge')?.textContent);
  expect(badge).toMatch(/^(now|\d+[mhdwy])$/);
  const popup = await ff.extensionTab('popup');
  const toolbar = await popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({}));
  expect(toolbar).toBe(String(thread.awaiting.length));
  await popup.close();
  await page.close();
});

test('firefox: composer.insert types into the Draft.js inline reply, lines kept, in the editor state', async () => {
  const thread = expected['thread.html']!;
  const page = await ff.newPage();
  await page.goto(thread.url);
  await page.waitForFunction(() => '__fixture' in window && !!document.querySelector('.public-DraftEditor-content[data-testid="tweetTextarea_0"]'));
  const editorText = () => page.evaluate(() => (window as unknown as { __fixture: { composerText(w: string): string } }).__fixture.composerText('reply'));
  await page.type('.public-DraftEditor-content[data-testid="tweetTextarea_0"]', 'Hi ');
  await expect.poll(editorText).toBe('Hi ');
  // The content script must be listening before the extension asks it.
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('rapport-ui').length), { timeout: 15_000 }).toBeGreaterThan(0);

  const popup = await ff.extensionTab('popup');
  const reply = await popup.evaluate(
    async ({ tag, text, target }) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [tab] = await b.tabs.query({ url: 'https://x.com/*' });
      return b.tabs.sendMessage(tab!.id!, { tag, method: 'composer.insert', input: { text, for: target } });
    },
    { tag: TAG, text: 'Carol,\nthanks!', target: thread.composers[0]!.replyTo },
  );
  expect(reply).toEqual({ ok: true, value: { ok: true, via: 'paste' } });
  await expect.poll(editorText).toBe('Hi Carol,\nthanks!');
  const enabled = await page.evaluate(() => (window as unknown as { __fixture: { submitEnabled(w: string): boolean } }).__fixture.submitEnabled('reply'));
  expect(enabled).toBe(true);
  await popup.close();
  await page.close();
});
