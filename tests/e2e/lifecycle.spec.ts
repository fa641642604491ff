/**
 * The extension's own life: the worker may be stopped at any moment and the extension may be
 * reloaded or updated, and the page must keep working with no write lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { FIXTURES } from '../fixtures/serve';
import { DIST } from './chromium';
import { expect, helperIds, test } from './test';

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'mastodon/expected.json'), 'utf8')) as Record<
  string,
  { url: string; items: string[]; awaiting: string[] }
>;
const thread = expected['thread.html']!;
const home = expected['home.html']!;
const sorted = (a: string[]) => [...a].sort();
const badges = async (page: Page) => sorted(await helperIds(page, 'unanswered-badge'));

async function stopWorker(context: BrowserContext): Promise<void> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!sw) throw new Error('no extension service worker running');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: true });
  // Ask the worker's own debugger to close it, as Chrome does after 30 s idle.
  await cdp.send('Target.closeTarget', { targetId: sw.targetId }).catch(() => undefined);
  void sessionId;
  await expect
    .poll(async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === sw.targetId))
    .toBe(false);
  await cdp.detach();
}

test('a stopped worker wakes for the next page, loses no write and recomputes the count from the database', async ({
  ext,
  page,
  toolbarText,
  inDb,
}) => {
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  await expect.poll(toolbarText).toBe(String(thread.awaiting.length));
  // Make the toolbar lie, then stop the worker: only the database can make it right again.
  await ext.worker.evaluate(() => chrome.action.setBadgeText({ text: 'x' }));
  await stopWorker(ext.context);

  await page.goto(home.url);
  await expect.poll(() => badges(page)).toEqual(sorted(home.awaiting));
  const total = thread.awaiting.length + home.awaiting.length;
  await expect.poll(toolbarText).toBe(String(total));
  const stored = await inDb((db, ids) => db.items.bulkGet(ids).then((rows) => rows.filter(Boolean).length), [...thread.items, ...home.items]);
  expect(stored).toBe(new Set([...thread.items, ...home.items]).size);
});

test('reloading the extension leaves the page working, with its badges shown once', async ({ ext, page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));

  // Count the new copies of the content script that announce themselves in the page.
  await page.evaluate(() => {
    const w = window as unknown as { takeovers: number };
    w.takeovers = 0;
    document.addEventListener('rapport:takeover', () => w.takeovers++);
  });
  // Load the build again over the running one, as an update or a reload in chrome://extensions does.
  const cdp = await ext.context.browser()!.newBrowserCDPSession();
  const workerTarget = async () => (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'service_worker')?.targetId;
  const before = await workerTarget();
  const loaded: unknown = await cdp.send('Extensions.loadUnpacked' as never, { path: DIST } as never);
  expect(loaded).toEqual({ id: ext.extensionId });
  await expect.poll(workerTarget).not.toBe(before);
  await expect.poll(() => page.evaluate(() => (window as unknown as { takeovers: number }).takeovers)).toBe(1);
  // The new content script takes over from the old one: the same badges, exactly once each.
  await expect.poll(() => helperIds(page, 'unanswered-badge').then(sorted)).toEqual(sorted(thread.awaiting));
  await page.waitForTimeout(500);
  expect(await helperIds(page, 'unanswered-badge').then(sorted)).toEqual(sorted(thread.awaiting));

  // The page itself still works, and so does Rapport in it: a reply Maya posts is seen.
  const answered = thread.awaiting[0]!;
  await page.evaluate((id) => (window as unknown as { __fixture: { postReply(id: string, t: string): string } }).__fixture.postReply(id, 'On it!'), answered.split('/').pop()!);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting.filter((id) => id !== answered)));
  expect(errors).toEqual([]);
});
