/**
 * Firefox smoke for YouTube: in Debian's firefox-esr (puppeteer-core over WebDriver BiDi) with the
 * built dist/firefox, the handle typed in the options page makes the creator's watch page show its
 * badges, inside the comments they are for. @playwright/test is only the runner here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIXTURES } from '../fixtures/serve';
import { launchFirefox, type FirefoxLaunched } from './firefox';
import { expect, test } from './test';

test.describe.configure({ mode: 'serial' });

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'youtube/expected.json'), 'utf8')) as Record<string, { url: string; awaiting: string[] }>;
const watch = expected['watch.html']!;
const sorted = (a: string[]) => [...a].sort();

// Shadow-root changes are invisible to puppeteer's mutation-based waits: poll with evaluate.
const badgeIds = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('rapport-ui[data-kind="unanswered-badge"]')].map((h) => h.getAttribute('data-for') ?? ''));

let ff: FirefoxLaunched;
test.beforeAll(async () => {
  ff = await launchFirefox();
});
test.afterAll(async () => {
  await ff?.browser.close();
});

const youtubeTab = () => ff.newPage();

test('firefox: the handle typed in the options page badges the creator\'s watch page', async () => {
  const options = await ff.browser.newPage();
  // The tab switches into the extension's process: goto rejects with "Frame detached", the page works.
  options.goto(ff.extensionUrl('options')).catch(() => undefined);
  await expect
    .poll(() => options.evaluate(() => !!document.querySelector('input[name="identity.youtube"]:not([disabled])')).catch(() => false))
    .toBe(true);
  await options.type('input[name="identity.youtube"]', '@MayaCodes');

  const page = await youtubeTab();
  await page.goto(watch.url);
  await expect.poll(() => badgeIds(page).then(sorted), { timeout: 15_000 }).toEqual(sorted(watch.awaiting));
  const placed = await page.evaluate(() =>
    [...document.querySelectorAll('rapport-ui')].every((h) => h.parentElement?.id === 'header-author' && h.closest('ytd-comment-view-model') !== null),
  );
  expect(placed).toBe(true);
  const badge = await page.evaluate(() => document.querySelector('rapport-ui[data-kind="unanswered-badge"]')?.shadowRoot?.querySelector('.badge')?.textContent);
  expect(badge).toMatch(/^(now|\d+[mhdwy])$/);
});
