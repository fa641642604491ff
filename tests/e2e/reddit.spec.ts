/**
 * Reddit end to end, both UIs, in Chromium with the built extension and the fixture pages at
 * https://www.reddit.com and https://old.reddit.com: badges exactly on the comments awaiting
 * Maya's reply, each in the comment's own meta line (also when that line is slotted into a closed
 * shadow root), kept through partial loads and re-sorts without duplicates, gone when her reply is
 * seen; the same ids on both UIs; toolbar and popup agree; her account read from the page or typed
 * in the options page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES } from '../fixtures/serve';
import { expect, helperIds, test } from './test';

interface Expected {
  url: string;
  viewer: string | null;
  items: string[];
  awaiting: string[];
  byMe: string[];
  afterLoading?: { items: string[]; awaiting: string[]; loaded: string[] };
}
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'reddit/expected.json'), 'utf8')) as Record<string, Expected>;
const page_ = (file: string) => expected[file]!;
const BADGE = 'unanswered-badge';
const sorted = (a: string[]) => [...a].sort();
const badges = async (page: Page) => sorted(await helperIds(page, BADGE));
const fixture = <T>(page: Page, call: string, ...args: unknown[]) =>
  page.evaluate(({ call, args }) => (window as unknown as Record<string, Record<string, (...a: unknown[]) => T>>).__fixture![call]!(...args), { call, args });

/**
 * Badges that are not where they belong: each must sit in the meta line of the item it names
 * (a comment's commentMeta, a post's credit bar, an old Reddit thing's own tagline), never in a
 * reply nested in it, and be laid out (slotted content that no slot takes is never drawn).
 */
function misplacedBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('rapport-ui[data-kind="unanswered-badge"]')]
      .filter((host) => {
        const fullname = host.getAttribute('data-for')!.replace(/^reddit:/, '');
        const item = host.closest('shreddit-comment, shreddit-post, .thing');
        const own = item?.getAttribute('thingid') ?? item?.getAttribute('data-fullname') ?? item?.id;
        const line = host.closest('[slot="commentMeta"], [slot="credit-bar"], .tagline');
        const drawn = host.getBoundingClientRect().width > 0;
        return own !== fullname || !line || line.closest('shreddit-comment, shreddit-post, .thing') !== item || !drawn;
      })
      .map((host) => host.getAttribute('data-for')!),
  );
}

for (const file of ['thread.html', 'thread-slots.html', 'old-thread.html']) {
  test(`${file}: badges exactly the comments awaiting you, each in its own meta line`, async ({ page }) => {
    const thread = page_(file);
    await page.goto(thread.url);
    await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
    expect(await misplacedBadges(page)).toEqual([]);
    const label = await page.locator(`rapport-ui[data-kind="${BADGE}"] >> .badge`).first().textContent();
    expect(label).toMatch(/^(now|\d+[mhdwy])$/);
  });
}

test('new Reddit: "more replies" and the lazy continuation swap in new comments; a re-sort re-renders them, never doubled', async ({ page }) => {
  const thread = page_('thread.html');
  const after = thread.afterLoading!;
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  // "1 more reply" under bob's comment: hana answers bob, not Maya.
  await page.getByRole('button', { name: '1 more reply' }).click();
  await expect(page.locator('shreddit-comment[thingid="t1_m2k7a12"]')).toHaveCount(1);
  // The tree's own continuation loads when it scrolls into view.
  await page.locator('shreddit-comment-tree faceplate-partial[loading="lazy"]').scrollIntoViewIfNeeded();
  await expect(page.locator('shreddit-comment[thingid="t1_m2k7a13"]')).toHaveCount(1);
  await expect.poll(() => badges(page)).toEqual(sorted(after.awaiting));
  expect(await misplacedBadges(page)).toEqual([]);

  // A sort change replaces every comment element with a new one.
  const before = await page.locator('shreddit-comment').first().elementHandle();
  expect(await fixture<number>(page, 'resort')).toBe(after.items.length - 1);
  expect(await before!.evaluate((el) => el.isConnected)).toBe(false);
  await expect.poll(() => badges(page)).toEqual(sorted(after.awaiting));
  // And really scrolling away and back changes nothing.
  await page.mouse.wheel(0, 20_000);
  await page.waitForTimeout(300);
  await page.mouse.wheel(0, -40_000);
  await page.waitForTimeout(300);
  expect(await badges(page)).toEqual(sorted(after.awaiting));
  expect(await misplacedBadges(page)).toEqual([]);
});

test('old Reddit: "load more comments" brings hidden comments in with their badges', async ({ page }) => {
  const thread = page_('old-thread.html');
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  const more = page.locator('.morecomments a.button');
  while ((await more.count()) > 0) await more.first().click();
  await expect.poll(() => badges(page)).toEqual(sorted(thread.afterLoading!.awaiting));
  expect(await misplacedBadges(page)).toEqual([]);
});

test('your reply, seen in the page, answers a comment on either UI; the toolbar follows', async ({ page, toolbarText }) => {
  const thread = page_('thread.html');
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  await expect.poll(toolbarText).toBe(String(thread.awaiting.length));

  // Maya answers carol on new Reddit.
  await fixture(page, 'postReply', 't1_m2k7a04', 'Netlify, with a custom headers file.');
  const left = thread.awaiting.filter((id) => id !== 'reddit:t1_m2k7a04');
  await expect.poll(() => badges(page)).toEqual(sorted(left));
  await expect.poll(toolbarText).toBe(String(left.length));

  // The same thread on old Reddit: carol's comment is answered there too; Maya answers bob there.
  const old = page_('old-thread.html');
  await page.goto(old.url);
  await expect.poll(() => badges(page)).toEqual(sorted(left));
  await fixture(page, 'openReply', 't1_m2k7a03');
  await fixture(page, 'postReply', 't1_m2k7a03', 'Here you go: the srcset part is at the bottom.');
  const rest = left.filter((id) => id !== 'reddit:t1_m2k7a03');
  await expect.poll(() => badges(page)).toEqual(sorted(rest));
  await expect.poll(toolbarText).toBe(String(rest.length));

  // In the inbox only gina's mention is left; Maya answers it from there.
  await page.goto(page_('old-inbox.html').url);
  await expect.poll(() => badges(page)).toEqual(['reddit:t1_m2k7a11']);
  await fixture(page, 'postReply', 't1_m2k7a11', 'Working on it!');
  await expect.poll(() => badges(page)).toEqual([]);
  await expect.poll(toolbarText).toBe('');
});

test('toolbar count and popup inbox agree across new Reddit, old Reddit and the old inbox', async ({ page, openExtensionPage, toolbarText }) => {
  const awaiting = new Set<string>();
  const answered = new Set<string>();
  for (const file of ['feed.html', 'thread.html', 'thread-slots.html', 'old-thread.html', 'old-inbox.html']) {
    const { url, items, awaiting: here } = page_(file);
    // An item an earlier page showed answered stays answered (bob's first comment, in the inbox).
    const expectedHere = here.filter((id) => !answered.has(id));
    await page.goto(url);
    await expect.poll(() => badges(page)).toEqual(sorted(expectedHere));
    for (const id of items) (here.includes(id) ? awaiting : answered).add(id);
    for (const id of answered) awaiting.delete(id);
  }
  const stillAwaiting = sorted([...awaiting]);
  expect(stillAwaiting).toHaveLength(6);
  await expect.poll(toolbarText).toBe(String(stillAwaiting.length));
  const popup = await openExtensionPage('popup');
  await expect(popup.getByTestId('awaiting-count')).toHaveText(String(stillAwaiting.length));
  const rows = popup.locator('ul.inbox > li');
  await expect(rows).toHaveCount(stillAwaiting.length);
  expect(sorted(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-for') ?? '')))).toEqual(stillAwaiting);
});

test('the feed: posts that mention you get a badge, also when the next page loads in', async ({ page }) => {
  const feed = page_('feed.html');
  await page.goto(feed.url);
  await expect.poll(() => badges(page)).toEqual(sorted(feed.awaiting));
  await page.locator('shreddit-feed > faceplate-partial').scrollIntoViewIfNeeded();
  await expect(page.locator('shreddit-post')).toHaveCount(feed.afterLoading!.items.length);
  await expect.poll(() => badges(page)).toEqual(sorted(feed.afterLoading!.awaiting));
  expect(await misplacedBadges(page)).toEqual([]);
});

test('the signed-in account is read from the page where it shows one', async ({ page, openExtensionPage }) => {
  await page.goto(page_('feed.html').url);
  await expect.poll(() => badges(page)).toEqual(sorted(page_('feed.html').awaiting));
  const options = await openExtensionPage('options');
  await expect(options.locator('[data-detected="maya_builds"]')).toBeVisible();
});

test('where the page names nobody, the account typed in the options page makes the badges appear', async ({ page, openExtensionPage, toolbarText }) => {
  const composer = page_('composer.html');
  expect(composer.viewer).toBeNull();
  await page.goto(composer.url);
  await expect(page.locator('shreddit-comment')).toHaveCount(composer.items.length - 1);
  await page.waitForTimeout(1000);
  expect(await badges(page)).toEqual([]);
  const options = await openExtensionPage('options');
  const input = options.locator('input[name="identity.reddit"]');
  await expect(options.locator('input[name="identity.reddit"] + span')).toHaveAttribute('data-detected', '');
  await input.pressSequentially('u/Maya_Builds');
  await expect.poll(() => badges(page)).toEqual(sorted(composer.awaiting));
  await expect.poll(toolbarText).toBe(String(composer.awaiting.length));
  expect(await misplacedBadges(page)).toEqual([]);
});

test('markup Rapport cannot read is skipped, counted in adapter health, and never breaks the page', async ({ page, openExtensionPage }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const thread = page_('thread.html');
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  // A comment as a redesign might render it: no thingid.
  await page.evaluate(() => {
    const comment = document.createElement('shreddit-comment');
    comment.setAttribute('author', 'someone_new');
    comment.innerHTML = '<div slot="comment"><p>Markup from the future</p></div>';
    document.querySelector('shreddit-comment-tree section')!.append(comment);
  });
  const options = await openExtensionPage('options');
  await expect(options.locator('[data-health="reddit:comment.id"] td.num')).toHaveText('1', { timeout: 15_000 });
  expect(await badges(page)).toEqual(sorted(thread.awaiting));
  expect(errors).toEqual([]);
});
