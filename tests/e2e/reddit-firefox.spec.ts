/**
 * Firefox smoke for Reddit: in Debian's firefox-esr (puppeteer-core over WebDriver BiDi) the built
 * dist/firefox badges the new Reddit thread, inside each comment's own meta line, declarative
 * shadow roots and all. @playwright/test is only the runner here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIXTURES } from '../fixtures/serve';
import { launchFirefox, type FirefoxLaunched } from './firefox';
import { expect, test } from './test';

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'reddit/expected.json'), 'utf8')) as Record<string, { url: string; awaiting: string[] }>;
const sorted = (a: string[]) => [...a].sort();

// Shadow-root changes are invisible to puppeteer's mutation-based waits: poll with evaluate.
const badges = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('rapport-ui[data-kind="unanswered-badge"]')].map((h) => h.getAttribute('data-for') ?? '')).then(sorted);

let ff: FirefoxLaunched;
test.beforeAll(async () => {
  ff = await launchFirefox();
});
test.afterAll(async () => {
  await ff?.browser.close();
});

test('firefox: badges on the new Reddit thread, each in its comment\'s own meta line', async () => {
  const thread = expected['thread.html']!;
  const page = await ff.newPage();
  await page.goto(thread.url);
  await expect.poll(() => badges(page), { timeout: 15_000 }).toEqual(sorted(thread.awaiting));
  const placed = await page.evaluate(() =>
    [...document.querySelectorAll('rapport-ui[data-kind="unanswered-badge"]')].map((host) => {
      const comment = host.closest('shreddit-comment');
      return {
        own: comment?.getAttribute('thingid') === host.getAttribute('data-for')!.replace('reddit:', ''),
        meta: !!host.closest('[slot="commentMeta"]'),
        label: host.shadowRoot?.querySelector('.badge')?.textContent ?? '',
      };
    }),
  );
  for (const p of placed) expect(p).toEqual({ own: true, meta: true, label: expect.stringMatching(/^(now|\d+[mhdwy])$/) });
  // The shreddit-post's declarative shadow root was parsed: its vote bar is in there.
  expect(await page.evaluate(() => !!document.querySelector('shreddit-post')?.shadowRoot?.querySelector('button[upvote]'))).toBe(true);
});
