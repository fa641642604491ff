/**
 * "Enable Rapport on this site", Chromium part: on a Mastodon instance that is not built in
 * (fosstodon.org, fixture page routed at its real host) Rapport does nothing until the user grants
 * the host, and the popup offers the grant for that tab. Chromium cannot accept the permission
 * prompt under automation, so the grant and what follows it are proven in firefox.spec.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../fixtures/serve';
import { expect, test } from './test';

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'mastodon/expected.json'), 'utf8')) as Record<string, { url: string; items: string[] }>;
const other = expected['thread-fosstodon.html']!;
const HOST = new URL(other.url).host;

test('another instance: nothing runs without the host, and the popup offers to enable it', async ({ page, openExtensionPage, inDb }) => {
  await page.goto(other.url);
  await page.waitForFunction(() => '__fixture' in window);
  // Not built in and not granted: the content script does not run there, nothing is stored.
  await page.waitForTimeout(2_000);
  await expect(page.locator('rapport-ui')).toHaveCount(0);
  const stored = await inDb((db, host) => db.items.filter((i) => i.host === host).count(), HOST);
  expect(stored).toBe(0);

  // The page's tab as the extension sees it: its URL is hidden without the host, so it is the one
  // tab that is not the extension page asking.
  const probe = await openExtensionPage('popup');
  const tabs = await probe.evaluate(async () => {
    const self = await chrome.tabs.getCurrent();
    return (await chrome.tabs.query({})).filter((t) => t.id !== self?.id).map((t) => ({ id: t.id!, url: t.url }));
  });
  await probe.close();
  expect(tabs).toHaveLength(1);
  expect(tabs[0]!.url).toBeUndefined();

  // The popup for that tab. Its URL being hidden from the popup as well, the test names it too.
  const popup = await openExtensionPage('popup', `?tab=${tabs[0]!.id}&url=${encodeURIComponent(other.url)}`);
  const enable = popup.locator('[data-action="enable-site"]');
  await expect(enable).toBeVisible();
  await expect(enable).toHaveText('Enable Rapport on this site');
  await expect(popup.locator('.enable')).toContainText(HOST);
  expect(await popup.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), `https://${HOST}/*`)).toBe(false);
});
