/**
 * Firefox smoke for LinkedIn: in Debian's firefox-esr with the built dist/firefox (puppeteer-core
 * over WebDriver BiDi), the legacy feed's identity card names Maya and the legacy post page then
 * shows badges exactly on the comments awaiting her, nested replies included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../fixtures/serve';
import { helperIds, launchFirefox, type FirefoxLaunched } from './firefox';
import { expect, test } from './test';

test.describe.configure({ mode: 'serial' });

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'linkedin/expected.json'), 'utf8')) as Record<string, { url: string; awaiting: string[] }>;
const sorted = (a: string[]) => [...a].sort();


let ff: FirefoxLaunched;
test.beforeAll(async () => {
  ff = await launchFirefox();
});
test.afterAll(async () => {
  await ff?.browser.close();
});

test('firefox: badges on the LinkedIn legacy post page once the feed has named Maya', async () => {
  const feed = expected['feed-legacy.html']!;
  const thread = expected['thread-legacy.html']!;
  const page = await ff.newPage();
  await page.goto(feed.url);
  await expect.poll(() => helperIds(page, 'unanswered-badge').then(sorted), { timeout: 15_000 }).toEqual(sorted(feed.awaiting));
  await page.goto(thread.url);
  await expect.poll(() => helperIds(page, 'unanswered-badge').then(sorted), { timeout: 15_000 }).toEqual(sorted(thread.awaiting));
  const badge = await page.evaluate(() => document.querySelector('rapport-ui[data-kind="unanswered-badge"]')?.shadowRoot?.querySelector('.badge')?.textContent);
  expect(badge).toMatch(/^(now|\d+[mhdwy])$/);
  // Each badge is in the comment article it names, not in a nested reply.
  const misplaced = await page.evaluate(() =>
    [...document.querySelectorAll('rapport-ui')].filter((h) => {
      const [, post, comment] = /^linkedin:comment:(\d+),(\d+)$/.exec(h.getAttribute('data-for') ?? '') ?? [];
      const article = h.closest('article.comments-comment-entity');
      return !article || !new RegExp(`\\(.*activity:${post},${comment}\\)$`).test(article.getAttribute('data-id') ?? '');
    }).length,
  );
  expect(misplaced).toBe(0);
});
