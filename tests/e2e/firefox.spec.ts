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
import { FIREFOX_DIST, helperIds, launchFirefox, type FirefoxLaunched } from './firefox';
import { expect, test } from './test';

test.describe.configure({ mode: 'serial' });

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'mastodon/expected.json'), 'utf8')) as Record<string, { url: string; awaiting: string[] }>;
const sorted = (a: string[]) => [...a].sort();


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

test('firefox: badges and reply ideas on the Mastodon thread, and the popup agrees', async () => {
  const thread = expected['thread.html']!;
  const page = await ff.newPage();
  await page.goto(thread.url);
  await expect.poll(() => helperIds(page, 'unanswered-badge').then(sorted), { timeout: 15_000 }).toEqual(sorted(thread.awaiting));
  // Reply ideas beside the same items.
  await expect.poll(() => helperIds(page, 'reply-suggestions').then(sorted)).toEqual(sorted(thread.awaiting));
  const badge = await page.evaluate(() => document.querySelector('rapport-ui[data-kind="unanswered-badge"]')?.shadowRoot?.querySelector('.badge')?.textContent);
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

/** An extension page in a tab of its own, once it has switched into the extension's process. */
async function openExtensionTab(browser: FirefoxLaunched, which: 'popup' | 'options', query = ''): Promise<Page> {
  const page = await browser.browser.newPage();
  // As above: goto rejects with "Frame detached" while the page itself loads fine.
  page.goto(browser.extensionUrl(which) + query).catch(() => undefined);
  await expect
    .poll(() => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false))
    .toBe(true);
  return page;
}

test('firefox: "Enable Rapport on this site" on another instance runs Rapport in the open tab and after a reload', async () => {
  const other = expected['thread-fosstodon.html']!;
  // Grants optional permission requests without the doorhanger, which automation cannot answer.
  const fx = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  try {
    const page = await fx.newPage();
    for (const p of await fx.browser.pages()) if (p !== page) await p.close();
    await page.goto(other.url);
    await page.waitForFunction(() => '__fixture' in window);
    // Not built in and not granted: the content script does not run there.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await page.evaluate(() => document.querySelectorAll('rapport-ui').length)).toBe(0);

    // The page's tab as the extension sees it: its URL is hidden without the host, so it is the
    // one tab that is not the extension page asking.
    const probe = await openExtensionTab(fx, 'popup');
    const tabIds = await probe.evaluate(async () => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const self = await b.tabs.getCurrent();
      return (await b.tabs.query({})).filter((t) => t.id !== self?.id).map((t) => t.id!);
    });
    await probe.close();
    expect(tabIds).toHaveLength(1);

    const popup = await openExtensionTab(fx, 'popup', `?tab=${tabIds[0]}&url=${encodeURIComponent(other.url)}`);
    await expect.poll(() => popup.evaluate(() => document.querySelector('.enable')?.textContent ?? '')).toContain(new URL(other.url).host);
    await popup.click('[data-action="enable-site"]');
    await expect
      .poll(() => popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.permissions.getAll().then((p) => p.origins ?? [])))
      .toContain(`${new URL(other.url).origin}/*`);

    // Injected into the tab that was already open…
    await expect.poll(() => helperIds(page, 'unanswered-badge').then(sorted), { timeout: 15_000 }).toEqual(sorted(other.awaiting));
    // …and registered for the host (webext-dynamic-content-scripts registers the manifest's scripts;
    // the Mastodon one is what reads the page, the others find no page of theirs): a reload runs it again.
    const registered = await popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.scripting.getRegisteredContentScripts());
    expect(registered).toContainEqual(
      expect.objectContaining({ matches: [`${new URL(other.url).origin}/*`], js: [expect.stringMatching(/src\/sites\/mastodon\/main\.iife\.js$/)] }),
    );
    await page.reload();
    await page.waitForFunction(() => '__fixture' in window);
    await expect.poll(() => helperIds(page, 'unanswered-badge').then(sorted), { timeout: 15_000 }).toEqual(sorted(other.awaiting));
    expect(await page.evaluate(() => document.querySelectorAll('rapport-ui[data-kind="unanswered-badge"]').length)).toBe(other.awaiting.length);
    const toolbar = () => popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({}));
    await expect.poll(toolbar).toBe(String(other.awaiting.length));
  } finally {
    await fx.browser.close();
  }
});

test('firefox: person buttons on items by others (on pointer); the card opens in its extension frame and shows the person', async () => {
  const thread = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'mastodon/expected.json'), 'utf8'))['thread.html'] as { url: string; authors: Record<string, string>; byMe: string[] };
  const page = await ff.newPage();
  await page.goto(thread.url);
  const others = Object.keys(thread.authors).filter((id) => !thread.byMe.includes(id));
  await expect.poll(() => helperIds(page, 'unanswered-badge').then((ids) => ids.length), { timeout: 15_000 }).toBeGreaterThan(0);
  // The pointer coming to each status shows its author's button.
  await page.evaluate(() => document.querySelectorAll('[data-id]').forEach((el) => el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))));
  await expect.poll(() => helperIds(page, 'person-button').then(sorted), { timeout: 15_000 }).toEqual(sorted(others));
  const bob = others.find((id) => thread.authors[id] === 'bob@fosstodon.org')!;
  const src = await page.evaluate(async (id) => {
    document.querySelector<HTMLElement>(`rapport-ui[data-kind="person-button"][data-for="${id}"]`)!.shadowRoot!.querySelector('button')!.click();
    const frame = document.querySelector('rapport-ui[data-kind="person-card"]')!.shadowRoot!.querySelector('iframe')!;
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    return frame.src;
  }, bob);
  expect(src).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/src\/ui\/card\/index\.html\?item=/);
  // WebDriver BiDi does not reach into an extension frame inside a page: the same card URL, in a tab
  // of its own, shows what the frame shows.
  const card = await ff.browser.newPage();
  card.goto(src).catch(() => undefined);
  await expect
    .poll(() => card.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="person-name"]')?.value ?? null).catch(() => null), { timeout: 15_000 })
    .toBe('Bob Ito');
  expect(await card.evaluate(() => document.querySelector('[data-account]')?.getAttribute('data-account'))).toBe('mastodon:bob@fosstodon.org');
});
