/**
 * X end to end, in Chromium with the built extension and the fixture pages at https://x.com (and
 * https://twitter.com): badges exactly on the posts awaiting Maya's reply, each inside its own post,
 * kept through the virtualised list's re-mounts without duplicates, on lazily loaded posts too; gone
 * when she replies in the page; the toolbar count, the detected account and adapter health agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../fixtures/serve';
import { expect, helperIds, test } from './test';

interface Expected {
  url: string;
  viewer: string;
  items: string[];
  awaiting: string[];
  byMe: string[];
  more?: string[];
  moreAwaiting?: string[];
}
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'x/expected.json'), 'utf8')) as Record<string, Expected>;
const page_ = (file: string) => expected[file]!;
const BADGE = 'unanswered-badge';
const sorted = (a: string[]) => [...a].sort();
const badges = async (page: Page) => sorted(await helperIds(page, BADGE));

interface Fixture {
  postReply(parentId: string, text: string): string;
  unmountAll(): number;
  remountAll(): number;
  mountedIds(): string[];
  isVirtualising(): boolean;
}
const fx = <T>(page: Page, fn: (f: Fixture) => T) => page.evaluate(`(${fn.toString()})(window.__fixture)`) as Promise<T>;

/** Badges that are not inside the post they name, or sit in a quoted post, or twice in one post. */
function misplacedBadges(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('rapport-ui[data-kind="unanswered-badge"]')].filter((host) => {
      const post = host.closest('article[data-testid="tweet"]');
      const link = post?.querySelector('a[href*="/status/"] > time')?.parentElement;
      const id = /\/status\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
      const twice = post ? post.querySelectorAll('rapport-ui[data-kind="unanswered-badge"]').length > 1 : false;
      return !post || post.parentElement?.closest('article') || `x:${id}` !== host.getAttribute('data-for') || twice;
    }).length,
  );
}

test('thread: badges exactly the replies awaiting you, each inside its own post', async ({ page }) => {
  const thread = page_('thread.html');
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  expect(await misplacedBadges(page)).toBe(0);
  const label = await page.locator(`rapport-ui[data-kind="${BADGE}"] >> .badge`).first().textContent();
  expect(label).toMatch(/^(now|\d+[mhdwy])$/);
});

test('the focused post is a reply: its ancestor, chains told apart by thread lines only', async ({ page }) => {
  const thread = page_('thread-reply.html');
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  expect(await misplacedBadges(page)).toBe(0);
});

test('twitter.com is the same site: the same posts, the same ids, the same badges', async ({ page }) => {
  const thread = page_('thread.html');
  await page.goto(thread.url.replace('https://x.com', 'https://twitter.com'));
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  expect(await misplacedBadges(page)).toBe(0);
});

test('timeline: re-mounted posts get their badge back, never twice; lazily loaded posts get theirs', async ({ page }) => {
  const home = page_('home.html');
  await page.goto(home.url);
  await expect.poll(() => badges(page)).toEqual(sorted(home.awaiting));
  expect(await fx(page, (f) => f.unmountAll())).toBeGreaterThan(10);
  await expect.poll(() => badges(page)).toEqual([]);
  await fx(page, (f) => f.remountAll());
  await expect.poll(() => badges(page)).toEqual(sorted(home.awaiting));
  expect(await misplacedBadges(page)).toBe(0);

  // Really scrolling: the list un-mounts what leaves the window and mounts it again on the way
  // back; at the end it loads the next posts (one of them mentions Maya).
  const withMore = sorted([...home.awaiting, ...home.moreAwaiting!]);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 800);
  await expect.poll(() => fx(page, (f) => f.mountedIds().length)).toBeGreaterThan(0);
  expect(await fx(page, (f) => f.isVirtualising())).toBe(true);
  await expect.poll(() => fx(page, (f) => f.mountedIds())).toEqual(expect.arrayContaining(home.more!.map((id) => id.slice(2))));
  const mountedAtEnd = await fx(page, (f) => f.mountedIds());
  expect(mountedAtEnd.length).toBeLessThan(home.items.length + home.more!.length);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -800);
  await expect.poll(() => fx(page, (f) => f.mountedIds()[0])).toBe(home.items[0]!.slice(2));
  await page.mouse.wheel(0, 20_000);
  await page.waitForTimeout(300);
  await page.mouse.wheel(0, -40_000);
  // The list keeps mounting as the scroll settles: compare the badges with what is mounted at that moment.
  const mismatch = async () => {
    const mounted = new Set((await fx(page, (f) => f.mountedIds())).map((id) => `x:${id}`));
    const want = withMore.filter((id) => mounted.has(id));
    const got = await badges(page);
    return { mounted: mounted.size > 0, same: got.length === want.length && got.every((id, i) => id === want[i]) };
  };
  await expect.poll(mismatch).toEqual({ mounted: true, same: true });
  expect(await misplacedBadges(page)).toBe(0);
});

test('replying in the page answers the post: its badge goes, in every tab, and the toolbar follows', async ({ ext, page, toolbarText }) => {
  const thread = page_('thread.html');
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  await expect.poll(toolbarText).toBe(String(thread.awaiting.length));
  const other = await ext.context.newPage();
  await other.goto(thread.url);
  await expect.poll(() => badges(other)).toEqual(sorted(thread.awaiting));

  // Maya answers the last two awaiting replies (a chain's tail and a lone reply).
  const answered = thread.awaiting.slice(-2);
  for (const id of answered) {
    const mine = await page.evaluate(({ parent }) => (window as unknown as { __fixture: Fixture }).__fixture.postReply(parent, 'Thanks, noted!'), { parent: id.slice(2) });
    expect(mine).toMatch(/^\d+$/);
  }
  const rest = sorted(thread.awaiting.filter((id) => !answered.includes(id)));
  await expect.poll(() => badges(page)).toEqual(rest);
  await expect.poll(() => badges(other)).toEqual(rest);
  await expect.poll(toolbarText).toBe(String(rest.length));
  expect(await misplacedBadges(page)).toBe(0);
});

test('toolbar count and popup inbox agree across the feed, threads and notifications', async ({ page, openExtensionPage, toolbarText }) => {
  const all = new Set<string>();
  for (const file of ['home.html', 'thread.html', 'thread-reply.html', 'notifications.html', 'mentions.html']) {
    const { url, awaiting } = page_(file);
    await page.goto(url);
    await expect.poll(() => badges(page)).toEqual(sorted(awaiting));
    for (const id of awaiting) all.add(id);
  }
  await expect.poll(toolbarText).toBe(String(all.size));
  const popup = await openExtensionPage('popup');
  await expect(popup.getByTestId('awaiting-count')).toHaveText(String(all.size));
  const rows = popup.locator('ul.inbox > li');
  await expect(rows).toHaveCount(all.size);
  expect(sorted(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-for') ?? '')))).toEqual(sorted([...all]));
});

test('the signed-in account is read from the page and shown in the options', async ({ page, openExtensionPage, inDb }) => {
  await page.goto(page_('home.html').url);
  const options = await openExtensionPage('options');
  await expect(options.locator(`[data-detected="${page_('home.html').viewer}"]`)).toBeVisible();
  await expect.poll(() => inDb((db) => db.identities.get('x').then((r) => r?.detected.map((d) => d.handle)))).toEqual([page_('home.html').viewer]);
});

test('a post Rapport cannot read is skipped, counted in adapter health, and never breaks the page', async ({ page, openExtensionPage }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const thread = page_('thread.html');
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  // A post as a redesign might render it: a permalink, but no author block Rapport knows.
  await page.evaluate(() => {
    const list = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
    const cell = document.createElement('div');
    cell.setAttribute('data-testid', 'cellInnerDiv');
    cell.innerHTML = '<article data-testid="tweet" role="article" tabindex="0"><a href="/someone/status/1999"><time datetime="2026-11-27T11:00:00.000Z">1h</time></a><div data-testid="tweetText">From the future</div></article>';
    list.append(cell);
  });
  const options = await openExtensionPage('options');
  await expect(options.locator('[data-health="x:item.author"] td.num')).toHaveText('1', { timeout: 15_000 });
  expect(await badges(page)).toEqual(sorted(thread.awaiting));
  expect(errors).toEqual([]);
});
