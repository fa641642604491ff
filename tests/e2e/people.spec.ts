/**
 * Relationship memory end to end, in Chromium with the built extension: the person button opens
 * the card in an extension frame, notes written there never reach the page's DOM, the People view
 * finds them, identities on two sites are linked into one person, and an export survives deleting
 * everything and importing it back.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { FIXTURES } from '../fixtures/serve';
import { expect, helperIds, test } from './test';

const mastodon = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'mastodon/expected.json'), 'utf8'))['thread.html'] as { url: string; authors: Record<string, string>; byMe: string[] };
const x = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'x/expected.json'), 'utf8'))['thread.html'] as { url: string; authors: Record<string, string> };
const BOB_STATUS = Object.keys(mastodon.authors).find((id) => mastodon.authors[id] === 'bob@fosstodon.org')!;
const BOB = 'mastodon:bob@fosstodon.org';
const SECRET = 'Promised to send the slides (note 7f3a)';

/** Points at a Mastodon status, which shows its author's person button. */
const hoverStatus = (page: Page, itemId: string) => page.locator(`[data-id="${itemId.split('/').pop()}"]`).first().hover();

/** Opens the card of the author of `itemId` from its person button; returns the card's frame. */
async function openCard(page: Page, itemId: string): Promise<FrameLocator> {
  await expect.poll(async () => (await helperIds(page, 'unanswered-badge')).length).toBeGreaterThan(0);
  await hoverStatus(page, itemId);
  await page.locator(`rapport-ui[data-kind="person-button"][data-for="${itemId}"] >> button`).click();
  await expect(page.locator('rapport-ui[data-kind="person-card"]')).toHaveAttribute('data-for', itemId);
  return page.frameLocator('rapport-ui[data-kind="person-card"] >> iframe');
}

/** All text and attribute values in the page's DOM, shadow roots included (what the page's scripts can read). */
function pageDomText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Node) => {
      for (let n: Node | null = root; n; ) {
        if (n instanceof Element) {
          for (const a of n.attributes) out.push(a.value);
          if (n.shadowRoot) walk(n.shadowRoot);
        } else if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
        n = n.firstChild ?? nextOf(n, root);
      }
    };
    const nextOf = (n: Node, root: Node): Node | null => {
      for (let c: Node | null = n; c && c !== root; c = c.parentNode) if (c.nextSibling) return c.nextSibling;
      return null;
    };
    walk(document);
    return out.join('\n');
  });
}

test('person button: shown on an item by someone else once the pointer or focus comes to it; never on yours', async ({ page }) => {
  await page.goto(mastodon.url);
  await expect.poll(async () => (await helperIds(page, 'unanswered-badge')).length).toBeGreaterThan(0);
  // A feed gets no person buttons for the people scrolled past.
  expect(await helperIds(page, 'person-button')).toEqual([]);
  const others = Object.keys(mastodon.authors).filter((id) => !mastodon.byMe.includes(id)).sort();
  // Every status, yours included (the focal one is shown without a data-id).
  for (const id of Object.keys(mastodon.authors)) if (await page.locator(`[data-id="${id.split('/').pop()}"]`).count()) await hoverStatus(page, id);
  await page.locator('.detailed-status').first().hover();
  await expect.poll(async () => (await helperIds(page, 'person-button')).sort()).toEqual(others);
  // Keyboard focus inside an item shows it too.
  await page.reload();
  await expect.poll(async () => (await helperIds(page, 'unanswered-badge')).length).toBeGreaterThan(0);
  await page.locator(`[data-id="${BOB_STATUS.split('/').pop()}"] a`).first().focus();
  await expect.poll(() => helperIds(page, 'person-button')).toEqual([BOB_STATUS]);
});

test('card: opens from the page, keeps a note private to the extension, and the People view finds it', async ({ page, openExtensionPage }) => {
  await page.goto(mastodon.url);
  const card = await openCard(page, BOB_STATUS);
  await expect(card.getByTestId('person-name')).toHaveValue('Bob Ito');
  await expect(card.locator('[data-account]')).toHaveAttribute('data-account', BOB);
  // The history names the reply Bob sent Maya, linking back to it.
  await expect(card.locator(`[data-interaction="they_replied"][data-item="${BOB_STATUS}"] a`)).toHaveAttribute('href', /113400000000000103|113400000000000101/);
  await card.locator('textarea[name="notes"]').fill(SECRET);
  await card.locator('input[name="tag"]').fill('speaker');
  await card.locator('input[name="tag"]').press('Enter');
  await expect(card.getByTestId('notes-state')).toHaveText('saved');
  await expect(card.locator('[data-tag="speaker"]')).toBeVisible();

  // Nothing of the card is in the page's own DOM: only the frame, whose document the page cannot read.
  const dom = await pageDomText(page);
  expect(dom).not.toContain('7f3a');
  expect(dom).not.toContain('Promised to send');
  const frames = await page.evaluate(() => [...document.querySelectorAll('rapport-ui[data-kind="person-card"]')].map((h) => h.shadowRoot!.querySelector('iframe')!.src));
  expect(frames).toHaveLength(1);
  expect(frames[0]).toMatch(/^chrome-extension:\/\/[a-z]+\/src\/ui\/card\/index\.html\?item=/);
  // The page cannot reach into the frame.
  expect(await page.evaluate(() => { try { return document.querySelector('rapport-ui[data-kind="person-card"]')!.shadowRoot!.querySelector('iframe')!.contentDocument?.body?.innerText ?? 'blocked'; } catch { return 'blocked'; } })).toBe('blocked');

  // Escape closes the card.
  await page.keyboard.press('Escape');
  await expect(page.locator('rapport-ui[data-kind="person-card"]')).toHaveCount(0);

  const popup = await openExtensionPage('popup');
  await popup.locator('[data-view="people"]').click();
  await popup.locator('input[name="people-search"]').fill('slides 7f3a');
  await expect(popup.locator('li[data-person]')).toHaveCount(1);
  await expect(popup.locator(`li[data-person="${BOB}"]`)).toContainText('Bob Ito');
  await popup.locator('input[name="people-search"]').fill('speak');
  await expect(popup.locator(`li[data-person="${BOB}"] [data-tag="speaker"]`)).toBeVisible();
  await popup.locator(`li[data-person="${BOB}"] button`).click();
  await expect(popup.locator('textarea[name="notes"]')).toHaveValue(SECRET);
});

test('identities: Bob on Mastodon and on X is suggested as one person, linked, and split again', async ({ page, openExtensionPage, inDb }) => {
  await page.goto(x.url);
  await expect.poll(async () => (await helperIds(page, 'unanswered-badge')).length).toBeGreaterThan(0);
  await page.goto(mastodon.url);
  const card = await openCard(page, BOB_STATUS);
  const suggestion = card.locator('[data-suggestion="x:bob_ito"]');
  await expect(suggestion).toContainText('same display name');
  await suggestion.locator('[data-action="link"]').click();
  await expect(card.locator('[data-account]')).toHaveCount(2);
  await expect(card.locator('[data-account="x:bob_ito"]')).toBeVisible();
  // X's history is now part of Bob's.
  await expect(card.locator('[data-interaction][data-item^="x:"]').first()).toBeVisible();
  expect(await inDb(async (db) => (await db.accounts.get('x:bob_ito'))?.personId)).toBe(BOB);

  const popup = await openExtensionPage('popup');
  await popup.locator('[data-view="people"]').click();
  await popup.locator('input[name="people-search"]').fill('bob_ito');
  await expect(popup.locator('li[data-person]')).toHaveCount(1);
  await expect(popup.locator(`li[data-person="${BOB}"]`)).toContainText('@bob_ito · X');

  await card.locator('[data-account="x:bob_ito"] [data-action="split"]').click();
  await expect(card.locator('[data-account]')).toHaveCount(1);
  // Split people are never suggested again.
  await expect(card.locator('[data-suggestion="x:bob_ito"]')).toHaveCount(0);
});

test('your data: export, forget everything, import, and everything is back', async ({ page, openExtensionPage, inDb }) => {
  await page.goto(mastodon.url);
  const card = await openCard(page, BOB_STATUS);
  await card.locator('textarea[name="notes"]').fill(SECRET);
  await expect(card.getByTestId('notes-state')).toHaveText('saved');
  const counts = () => inDb(async (db) => ({ items: await db.items.count(), people: await db.people.count(), interactions: await db.interactions.count(), notes: (await db.people.get('mastodon:bob@fosstodon.org'))?.notes }));
  const before = await counts();
  expect(before.items).toBeGreaterThan(5);

  const options = await openExtensionPage('options');
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-json"]').click()]);
  const file = await download.path();
  const text = fs.readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'rapport-export', version: 1 });

  options.once('dialog', (d) => void d.accept());
  await options.locator('[data-action="delete-all"]').click();
  await expect(options.getByTestId('data-status')).toHaveText('Everything is forgotten.');
  expect(await counts()).toEqual({ items: 0, people: 0, interactions: 0, notes: undefined });

  await options.locator('input[name="import"]').setInputFiles(file);
  await expect(options.getByTestId('data-status')).toHaveAttribute('data-state', 'done');
  expect(await counts()).toEqual(before);
  // Importing the same file again changes nothing.
  await options.locator('input[name="import"]').setInputFiles(file);
  await expect(options.getByTestId('data-status')).toContainText('added nothing');
  expect(await counts()).toEqual(before);

  // A broken file is refused with its reason, and nothing changes.
  await options.locator('input[name="import"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) });
  await expect(options.getByTestId('data-status')).toHaveAttribute('data-state', 'error');
  expect(await counts()).toEqual(before);
});

test('the side panel holds the same People view; people export to CSV; RES user tags import as tags', async ({ page, ext, openExtensionPage }) => {
  await page.goto(mastodon.url);
  await expect.poll(async () => (await helperIds(page, 'unanswered-badge')).length).toBeGreaterThan(0);

  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/src/ui/panel/index.html?view=people`);
  await expect(panel.locator(`li[data-person="${BOB}"]`)).toContainText('Bob Ito');

  const options = await openExtensionPage('options');
  const [csv] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-csv"]').click()]);
  const lines = fs.readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('name,handles,sites,stage,tags,notes,first_interaction,last_interaction,score,cadence_ideal_days,cadence_max_days');
  expect(lines.some((l) => l.startsWith('Bob Ito,bob@fosstodon.org,Mastodon,'))).toBe(true);

  const backup = { SCHEMA_VERSION: 2, data: { 'tag.spez': { text: 'admin', color: 'orangered', votesUp: 5, votesDown: 2 }, 'tag.bob_ito': { text: 'rustacean', color: 'blue' } } };
  await options.locator('input[name="import"]').setInputFiles({ name: 'RES-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(options.getByTestId('data-status')).toContainText('Reddit Enhancement Suite tags: 2 people, 2 tags');
  await expect(options.locator('[data-tag-row="rustacean"]')).toBeVisible();

  await panel.locator('input[name="people-search"]').fill('admin');
  await expect(panel.locator('li[data-person="reddit:spez"] [data-tag="admin"]')).toBeVisible();
});
