import { openDb, type RapportDB } from '../../../src/shared/db';
import { ItemInput as ItemSchema, type ItemInput } from '../../../src/shared/schema';

let n = 0;
/** A fresh, isolated database per test (fake-indexeddb). */
export function freshDb(upTo?: number): RapportDB {
  return openDb(`test-${Date.now()}-${++n}`, upTo);
}

export const HOST = 'mastodon.social';

/** A validated Mastodon item, as the background receives it. */
export function mItem(id: string, over: Partial<ItemInput> = {}) {
  return ItemSchema.parse({
    id: `mastodon:${HOST}/${id}`,
    site: 'mastodon',
    kind: over.parentId ? 'reply' : 'post',
    author: { handle: 'bob@fosstodon.org', name: 'Bob' },
    url: `https://${HOST}/@bob@fosstodon.org/${id}`,
    text: `status ${id}`,
    createdAt: 1_700_000_000_000 + Number(id) * 1000,
    ...over,
  });
}
export const mid = (id: string) => `mastodon:${HOST}/${id}`;
