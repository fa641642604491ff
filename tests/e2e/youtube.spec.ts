/**
 * YouTube end to end, in Chromium with the built extension and the fixture watch pages at
 * https://www.youtube.com: Maya (@MayaCodes) made the videos; the comments awaiting her reply get a
 * badge in their own header, through continuations, loaded replies, reloads and navigations between
 * videos; her replies take them out; the toolbar agrees. YouTube pages do not show the signed-in
 * handle (except in the account menu once opened), so most tests type it in the options page first.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { RapportDB } from '../../src/shared/db';
import { FIXTURES } from '../fixtures/serve';
import { expect, helperIds, test } from './test';

interface Expected {
  url: string;
  videoId: string;
  items: string[];
  byMe: string[];
  awaiting: string[];
  continuation?: { items: string[]; awaiting: string[] };
  collapsed?: { thread: string; replies: string[]; answeredBy: string[] };
}
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'youtube/expected.json'), 'utf8')) as Record<string, Expected>;
const watch = expected['watch.html']!;
const legacy = expected['watch-legacy.html']!;
const other = expected['watch-other.html']!;
const BADGE = 'unanswered-badge';
const sorted = (a: string[]) => [...a].sort();
const nativeId = (id: string) => id.slice('youtube:'.length);
const badges = async (page: Page) => sorted(await helperIds(page, BADGE));

type Fixture = Record<string, (...args: string[]) => unknown>;
const fixture = <T>(page: Page, method: string, ...args: string[]) =>
  page.evaluate(({ method, args }) => (window as unknown as { __fixture: Fixture }).__fixture[method]!(...args), { method, args }) as Promise<T>;

/** YouTube does not show who is signed in: type the handle in the options page, as a user would. */
type InDb = <T>(query: (db: RapportDB) => Promise<T>) => Promise<T>;
async function signInAsMaya(openExtensionPage: (which: 'options') => Promise<Page>, inDb: InDb) {
  const options = await openExtensionPage('options');
  const input = options.locator('input[name="identity.youtube"]');
  // The input is disabled until the stored identities have loaded.
  await expect(input).toBeEnabled();
  await input.fill('@MayaCodes');
  await expect.poll(() => inDb((db) => db.identities.get('youtube').then((r) => r?.manual))).toBe('mayacodes');
  await options.close();
}

/** Every badge is in the header of the comment it names, never in another comment (a reply included). */
function misplacedBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('rapport-ui[data-kind="unanswered-badge"]')]
      .filter((host) => {
        const comment = host.closest('ytd-comment-view-model, ytd-comment-renderer');
        const link = comment?.querySelector('[id="published-time-text"] > a');
        const lc = link && new URL(link.getAttribute('href')!, location.href).searchParams.get('lc');
        return host.parentElement?.id !== 'header-author' || `youtube:${lc}` !== host.getAttribute('data-for');
      })
      .map((host) => host.getAttribute('data-for')!),
  );
}

test('badges exactly the comments awaiting the creator, in each comment\'s own header, on both comment generations', async ({ page, openExtensionPage, inDb, toolbarText }) => {
  await signInAsMaya(openExtensionPage, inDb);
  await page.goto(watch.url);
  await expect.poll(() => badges(page)).toEqual(sorted(watch.awaiting));
  expect(await misplacedBadges(page)).toEqual([]);
  const label = await page.locator(`rapport-ui[data-kind="${BADGE}"] >> .badge`).first().textContent();
  expect(label).toMatch(/^(now|\d+[mhdwy])$/);
  await expect.poll(toolbarText).toBe(String(watch.awaiting.length));

  await page.goto(legacy.url);
  await expect.poll(() => badges(page)).toEqual(sorted(legacy.awaiting));
  expect(await page.locator('ytd-comment-renderer rapport-ui[data-kind="unanswered-badge"]').count()).toBe(legacy.awaiting.length);
  expect(await misplacedBadges(page)).toEqual([]);
  await expect.poll(toolbarText).toBe(String(watch.awaiting.length + legacy.awaiting.length));
});

test('more comments, loaded replies and a reload: badges follow, never twice', async ({ page, openExtensionPage, inDb, toolbarText }) => {
  await signInAsMaya(openExtensionPage, inDb);
  await page.goto(watch.url);
  await expect.poll(() => badges(page)).toEqual(sorted(watch.awaiting));

  // Scrolling to the end of the comments loads the next page of them.
  await page.locator('ytd-item-section-renderer > [id="contents"] > ytd-continuation-item-renderer').scrollIntoViewIfNeeded();
  const withMore = sorted([...watch.awaiting, ...watch.continuation!.awaiting]);
  await expect.poll(() => badges(page)).toEqual(withMore);

  // "2 replies" loads the replies, Maya's answer among them: that comment is answered.
  const { thread } = watch.collapsed!;
  await page.evaluate((id) => {
    const top = [...document.querySelectorAll('ytd-comment-view-model')].find((c) => c.querySelector(`a[href$="lc=${id}"]`))!;
    top.closest('ytd-comment-thread-renderer')!.querySelector<HTMLButtonElement>('[id="more-replies"] button')!.click();
  }, nativeId(thread));
  const answered = withMore.filter((id) => id !== thread);
  await expect.poll(() => badges(page)).toEqual(answered);

  // A reload (the sort menu) renders every comment again as new elements.
  expect(await fixture<number>(page, 'unrenderAll')).toBeGreaterThan(0);
  await expect.poll(() => badges(page)).toEqual([]);
  await fixture(page, 'rerenderAll');
  await expect.poll(() => badges(page)).toEqual(answered);
  // Scrolled away and back: still one badge per comment.
  await page.mouse.wheel(0, -20_000);
  await page.mouse.wheel(0, 20_000);
  await page.waitForTimeout(300);
  expect(await helperIds(page, BADGE)).toHaveLength(answered.length);
  expect(await misplacedBadges(page)).toEqual([]);
  await expect.poll(toolbarText).toBe(String(answered.length));
});

test('the creator\'s reply takes a comment out, in the page and on the toolbar', async ({ page, openExtensionPage, inDb, toolbarText }) => {
  await signInAsMaya(openExtensionPage, inDb);
  await page.goto(watch.url);
  await expect.poll(() => badges(page)).toEqual(sorted(watch.awaiting));
  await expect.poll(toolbarText).toBe(String(watch.awaiting.length));

  // A reply to a reply (Bob answering Maya): hers starts with @bobtinkers and answers Bob's.
  const [bobsReply, carol] = watch.awaiting;
  await fixture(page, 'postReply', nativeId(bobsReply!), 'Glad it works!');
  // A top-level comment: her reply goes into its replies.
  await fixture(page, 'postReply', nativeId(carol!), 'Filters are next!');
  const rest = sorted(watch.awaiting.filter((id) => id !== bobsReply && id !== carol));
  await expect.poll(() => badges(page)).toEqual(rest);
  await expect.poll(toolbarText).toBe(String(rest.length));
  const answeredIn = await inDb((db, id) => db.items.get(id).then((r) => r?.answerId), bobsReply!);
  expect(answeredIn).toMatch(new RegExp(`^youtube:${nativeId(bobsReply!).split('.')[0]}\\.`));
});

test('navigating between videos (yt-navigate-finish) shows each video\'s badges', async ({ page, openExtensionPage, inDb, toolbarText }) => {
  await signInAsMaya(openExtensionPage, inDb);
  await page.goto(watch.url);
  await expect.poll(() => badges(page)).toEqual(sorted(watch.awaiting));

  await fixture(page, 'navigate', legacy.videoId);
  await expect(page).toHaveURL(legacy.url);
  await expect.poll(() => badges(page)).toEqual(sorted(legacy.awaiting));
  expect(await misplacedBadges(page)).toEqual([]);

  // Back: YouTube renders the first video's comments again.
  await page.goBack();
  await expect(page).toHaveURL(watch.url);
  await expect.poll(() => badges(page)).toEqual(sorted(watch.awaiting));
  await expect.poll(toolbarText).toBe(String(watch.awaiting.length + legacy.awaiting.length));
});

test('the signed-in handle is read from the account menu once it has been opened', async ({ page, openExtensionPage }) => {
  // Without it, nothing can be told to await Maya's reply.
  await page.goto(watch.url);
  await page.waitForFunction(() => '__fixture' in window);
  await page.waitForTimeout(1_000);
  expect(await badges(page)).toEqual([]);

  // This page keeps the account menu Maya opened (YouTube leaves it in ytd-popup-container).
  await page.goto(other.url);
  await expect.poll(() => badges(page)).toEqual(sorted(other.awaiting));
  const options = await openExtensionPage('options');
  await expect(options.locator('[data-detected="mayacodes"]')).toBeVisible();

  // Known from now on: her own video's comments are badged too.
  await fixture(page, 'navigate', watch.videoId);
  await expect.poll(() => badges(page)).toEqual(sorted(watch.awaiting));
});
