/**
 * Firefox: the built dist/firefox passes web-ext lint with no errors, and in Debian's firefox-esr
 * (puppeteer-core over WebDriver BiDi) it shows its in-page helpers on the fixture pages.
 * @playwright/test is only the runner here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIXTURES } from '../fixtures/serve';
import { ROOT } from './chromium';
import { FIREFOX_DIST, launchFirefox, type FirefoxLaunched } from './firefox';
import { expect, test } from './test';

test.describe.configure({ mode: 'serial' });

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'mastodon/expected.json'), 'utf8')) as Record<string, { url: string; awaiting: string[] }>;
const sorted = (a: string[]) => [...a].sort();

// Shadow-root changes are invisible to puppeteer's mutation-based waits: poll with evaluate.
const helperIds = (page: Page, kind: string) =>
  page.evaluate((k) => [...document.querySelectorAll(`rapport-ui[data-kind="${k}"]`)].map((h) => h.getAttribute('data-for') ?? ''), kind);

test('web-ext lint reports no errors for the Firefox build', () => {
  const out = execFileSync(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_DIST, '--output', 'json', '--self-hosted', '--no-config-discovery'], {
    encoding: 'utf8',
  });
  const report = JSON.parse(out) as { count: number; summary: { errors: number }; errors: { code: string; message: string }[] };
  expect(report.errors).toEqual([]);
  expect(report.summary.errors).toBe(0);
});

let ff: FirefoxLaunched;
test.beforeAll(async () => {
  ff = await launchFirefox();
});
test.afterAll(async () => {
  await ff?.browser.close();
});

test('firefox: badges on the Mastodon thread, and the popup agrees', async () => {
  const thread = expected['thread.html']!;
  const page = await ff.newPage();
  await page.goto(thread.url);
  await expect.poll(() => helperIds(page, 'unanswered-badge').then(sorted), { timeout: 15_000 }).toEqual(sorted(thread.awaiting));
  const badge = await page.evaluate(() => document.querySelector('rapport-ui')?.shadowRoot?.querySelector('.badge')?.textContent);
  expect(badge).toMatch(/^(now|\d+[mhdwy])$/);

  const popup = await ff.browser.newPage();
  // The tab switches into the extension's process: goto rejects with "Frame detached", the page works.
  popup.goto(ff.extensionUrl('popup')).catch(() => undefined);
  await expect
    .poll(() =>
      popup
        .evaluate(() => (location.protocol === 'moz-extension:' ? [...document.querySelectorAll('ul.inbox > li')].map((li) => li.getAttribute('data-for')) : null))
        .catch(() => null),
    )
    .toEqual(expect.arrayContaining(thread.awaiting));
  const toolbar = await popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({}));
  expect(toolbar).toBe(String(thread.awaiting.length));
});
