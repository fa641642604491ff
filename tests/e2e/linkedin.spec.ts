/**
 * LinkedIn end to end, both DOM generations, in Chromium with the built extension and the fixture
 * pages at https://www.linkedin.com: badges exactly on the items awaiting Maya's reply, inside
 * their own element (a comment's own part, not a reply's), kept through SDUI LazyColumn and legacy
 * occlusion re-renders without duplicates; lazily loaded posts and comments read; an item leaves
 * when Maya's reply is seen; the toolbar count agrees. SDUI pages do not reveal the signed-in
 * member: those tests name her in the options page; the legacy feed's identity card reveals her.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { RapportDB } from '../../src/shared/db';
import { sel } from '../../src/sites/linkedin/selectors';
import { FIXTURES } from '../fixtures/serve';
import { expect, helperIds, test } from './test';

interface Expected {
  url: string;
  items: string[];
  awaiting: string[];
  byMe: string[];
  parents: Record<string, string | null>;
  lazy: { items: string[]; awaiting: string[] };
  cases?: { flattened: string; deeper: string; topLevel: string };
}
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'linkedin/expected.json'), 'utf8')) as Record<string, Expected>;
const fixture = (file: string) => expected[file]!;
const BADGE = 'unanswered-badge';
const ME = 'maya-chen';
const sorted = (a: string[]) => [...a].sort();

type FixtureApi = {
  unmountAll(): number;
  mountAll(): number;
  loadMore(): number;
  loadMoreComments(): number;
  postReply(parentId: string, text: string): string;
  isShown(id: string): boolean;
};
const call = <K extends keyof FixtureApi>(page: Page, method: K, ...args: Parameters<FixtureApi[K]>) =>
  page.evaluate(({ method, args }) => (window as unknown as { __fixture: Record<string, (...a: unknown[]) => unknown> }).__fixture[method]!(...args), {
    method,
    args: args as unknown[],
  });

const badges = async (page: Page) => sorted(await helperIds(page, BADGE));

/** Of `ids`, those whose element the page shows now: scrolling unmounts what is far away. */
const shown = async (page: Page, ids: string[]) => {
  const flags = await Promise.all(ids.map((id) => call(page, 'isShown', id)));
  return sorted(ids.filter((_, i) => flags[i]));
};

/** The badges agree with what is shown, and no item has two. */
async function expectBadgesOnShown(page: Page, ids: string[]) {
  await expect
    .poll(async () => {
      const [b, s] = [await badges(page), await shown(page, ids)];
      return b.join() === s.join() ? 'agree' : JSON.stringify({ badges: b, shown: s });
    })
    .toBe('agree');
  const all = await helperIds(page, BADGE);
  expect(all.length).toBe(new Set(all).size);
}

/**
 * Every badge host must sit in the element of the item it names, in that item's own part: the
 * item element closest to it is the one whose urn (or key) it carries.
 */
async function misplacedBadges(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ item, kind }) => {
      const idOf = (el: Element): string => {
        const urn = /urn:li:comment:\((?:urn:li:)?activity:(\d+),(\d+)\)/.exec(`${el.id} ${el.getAttribute('data-id')}`);
        if (urn) return `linkedin:comment:${urn[1]},${urn[2]}`;
        const own = (css: string) => [...el.querySelectorAll(css)].find((x) => x.closest(item) === el);
        const activity = /urn:li:activity:(\d+)/.exec(el.getAttribute('data-urn') ?? el.getAttribute('data-id') ?? own('[data-testid^="ReactionFacepileCollection-"]')?.getAttribute('data-testid') ?? '');
        if (activity) return `linkedin:activity:${activity[1]}`;
        return `linkedin:key:${(el.getAttribute('componentkey') ?? el.id).replace(/^expanded/, '').replace(/FeedType_.*$/, '')}`;
      };
      return [...document.querySelectorAll(`rapport-ui[data-kind="${kind}"]`)]
        .filter((h) => {
          const el = h.closest(item);
          return !el || idOf(el) !== h.getAttribute('data-for');
        })
        .map((h) => h.getAttribute('data-for') ?? '');
    },
    { item: sel.item, kind: BADGE },
  );
}

type InDb = <T>(query: (db: RapportDB) => Promise<T>) => Promise<T>;

/** SDUI shows no public id: name Maya in the options page, as a user would. */
async function setIdentity(openExtensionPage: (which: 'options') => Promise<Page>, inDb: InDb, handle: string) {
  const options = await openExtensionPage('options');
  await options.locator('input[name="identity.linkedin"]').fill(handle);
  await expect.poll(() => inDb((db) => db.identities.get('linkedin').then((r) => r?.manual))).toBe(handle);
  await options.close();
}

test('SDUI post page: badges exactly the comments awaiting Maya, each in its own comment part', async ({ page, openExtensionPage, inDb }) => {
  const thread = fixture('thread.html');
  await setIdentity(openExtensionPage, inDb, ME);
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  expect(await misplacedBadges(page)).toEqual([]);
  // A comment with replies keeps its badge in its own part, above its replies.
  const inOwnPart = await page.evaluate((part) => [...document.querySelectorAll('rapport-ui')].every((h) => !h.closest('[id^="replaceableComment_"]') || !!h.closest(part)), sel.sduiCommentPart);
  expect(inOwnPart).toBe(true);
  const label = await page.locator(`rapport-ui[data-kind="${BADGE}"] >> .badge`).first().textContent();
  expect(label).toMatch(/^(now|\d+[mhdwy])$/);
});

test('SDUI post page: virtualised threads come back with their badge, never twice; loaded comments are read', async ({ page, openExtensionPage, inDb }) => {
  const thread = fixture('thread.html');
  await setIdentity(openExtensionPage, inDb, ME);
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  expect(await call(page, 'unmountAll')).toBeGreaterThan(0);
  await expect.poll(() => badges(page)).toEqual([]);
  await call(page, 'mountAll');
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  // Reaching the button scrolls: threads far above unmount, as the virtual list does.
  await page.getByRole('button', { name: 'Load more comments' }).click();
  const all = [...thread.awaiting, ...thread.lazy.awaiting];
  await expectBadgesOnShown(page, all);
  expect(await badges(page)).toEqual(expect.arrayContaining(thread.lazy.awaiting));
  await call(page, 'mountAll');
  await expect.poll(() => badges(page)).toEqual(sorted(all));
  expect(await misplacedBadges(page)).toEqual([]);
});

test('SDUI post page: Maya\'s replies take items out, whatever shape the thread has, in the page and on the toolbar', async ({ page, openExtensionPage, inDb, toolbarText }) => {
  const thread = fixture('thread.html');
  const { flattened, deeper, topLevel } = thread.cases!;
  await setIdentity(openExtensionPage, inDb, ME);
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  await expect.poll(toolbarText).toBe(String(thread.awaiting.length));
  let left = thread.awaiting;
  // Erin's follow-up to Maya's reply, flattened into Erin's thread with a mention of Maya; Bob's
  // thanks nested under Maya's reply; Carol's top-level question. Maya answers each in the page.
  for (const [id, text] of [
    [flattened, 'Yes, blameless all the way through.'],
    [deeper, 'It is, page 4.'],
    [topLevel, 'Per incident, with a weekly review.'],
  ] as const) {
    await call(page, 'postReply', id, text);
    left = left.filter((x) => x !== id);
    await expect.poll(() => badges(page)).toEqual(sorted(left));
    await expect.poll(toolbarText).toBe(left.length ? String(left.length) : '');
  }
  expect(await misplacedBadges(page)).toEqual([]);
});

test('SDUI feed: LazyColumn slots and unmounted posts keep their badges, never twice', async ({ page, openExtensionPage, inDb }) => {
  const feed = fixture('feed.html');
  await setIdentity(openExtensionPage, inDb, ME);
  await page.goto(feed.url);
  await expect.poll(() => badges(page)).toEqual(sorted(feed.awaiting));
  expect(await misplacedBadges(page)).toEqual([]);
  await call(page, 'unmountAll');
  await expect.poll(() => badges(page)).toEqual([]);
  await call(page, 'mountAll');
  await expect.poll(() => badges(page)).toEqual(sorted(feed.awaiting));
  // The next page of the feed fills the lazy slots.
  expect(await call(page, 'loadMore')).toBe(feed.lazy.items.length);
  const all = [...feed.awaiting, ...feed.lazy.awaiting];
  await expect.poll(() => badges(page)).toEqual(sorted(all));
  // Really scrolling away (the first posts unmount) and back (mounted again as new elements).
  const first = feed.awaiting[0]!;
  for (let y = 0; y < 12; y++) {
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(60);
  }
  await expect.poll(() => call(page, 'isShown', first)).toBe(false);
  await expectBadgesOnShown(page, all);
  await page.mouse.wheel(0, -20_000);
  await expect.poll(() => call(page, 'isShown', first)).toBe(true);
  await expectBadgesOnShown(page, all);
  await call(page, 'mountAll');
  await expect.poll(() => badges(page)).toEqual(sorted(all));
  expect(await misplacedBadges(page)).toEqual([]);
});

test('legacy feed: the identity card names Maya; occluded updates refill with their badge', async ({ page, openExtensionPage }) => {
  const feed = fixture('feed-legacy.html');
  await page.goto(feed.url);
  await expect.poll(() => badges(page)).toEqual(sorted(feed.awaiting));
  expect(await misplacedBadges(page)).toEqual([]);
  const options = await openExtensionPage('options');
  await expect(options.locator(`[data-detected="${ME}"]`)).toBeVisible();
  await options.close();
  await call(page, 'unmountAll');
  await expect.poll(() => badges(page)).toEqual([]);
  await call(page, 'mountAll');
  await expect.poll(() => badges(page)).toEqual(sorted(feed.awaiting));
  expect(await call(page, 'loadMore')).toBe(feed.lazy.items.length);
  await page.mouse.wheel(0, 20_000);
  await expect.poll(() => call(page, 'isShown', feed.awaiting[0]!)).toBe(false);
  await expectBadgesOnShown(page, feed.awaiting);
  await page.mouse.wheel(0, -40_000);
  await expect.poll(() => call(page, 'isShown', feed.awaiting[0]!)).toBe(true);
  await expectBadgesOnShown(page, feed.awaiting);
  expect(await misplacedBadges(page)).toEqual([]);
});

test('legacy post page: badges in nested comment articles; loaded comments read; Maya\'s reply takes one out', async ({ page, toolbarText }) => {
  const feed = fixture('feed-legacy.html');
  const thread = fixture('thread-legacy.html');
  // The legacy feed reveals who Maya is; the post page does not.
  await page.goto(feed.url);
  await expect.poll(() => badges(page)).toEqual(sorted(feed.awaiting));
  await page.goto(thread.url);
  await expect.poll(() => badges(page)).toEqual(sorted(thread.awaiting));
  expect(await misplacedBadges(page)).toEqual([]);
  await page.getByRole('button', { name: 'Load more comments' }).click();
  // Legacy comments are not virtualised: all stay.
  const here = sorted([...thread.awaiting, ...thread.lazy.awaiting]);
  await expect.poll(() => badges(page)).toEqual(here);
  await expect.poll(toolbarText).toBe(String(feed.awaiting.length + here.length));
  const first = thread.awaiting[0]!;
  await call(page, 'postReply', first, 'Yes, NVDA and VoiceOver before every release.');
  await expect.poll(() => badges(page)).toEqual(here.filter((id) => id !== first));
  await expect.poll(toolbarText).toBe(String(feed.awaiting.length + here.length - 1));
});

test('authors are stored by name, not by their profile link\'s label ("View Bob Ito’s profile")', async ({ page, inDb }) => {
  for (const exp of Object.values(expected)) {
    await page.goto(exp.url);
    await expect.poll(() => inDb(async (db, ids) => (await db.items.bulkGet(ids)).every(Boolean), exp.items)).toBe(true);
  }
  const names = await inDb(async (db) => (await db.items.where('site').equals('linkedin').toArray()).map((i) => i.author.name));
  expect(names.length).toBeGreaterThan(10);
  expect(names.filter((n) => /^View |profile$/.test(n))).toEqual([]);
  expect(names).toContain('Bob Ito');
});
