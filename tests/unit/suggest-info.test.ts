/** What the background gives the suggestions frame for an item: the classified comment and what Rapport knows of its author. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ingestItems } from '../../src/background/ingest';
import { settlePeople } from '../../src/background/people';
import { updatePerson } from '../../src/background/people-edit';
import { saveSettings } from '../../src/background/settings';
import { suggestInfo } from '../../src/background/suggest';
import { DURATION } from '../../src/core/time';
import type { RapportDB } from '../../src/shared/db';
import { freshDb, HOST, mid, mItem } from './helpers/db';

// No endpoint set up (its settings live in the extension's storage, not the database).
vi.mock('../../src/background/endpoint-config', () => ({ endpointConfig: async () => undefined }));

const maya = { handle: 'maya', name: 'Maya Chen' };
const BOB = 'mastodon:bob@fosstodon.org';
let d: RapportDB;

beforeEach(async () => {
  d = freshDb();
  await d.identities.put({ site: 'mastodon', detected: [{ handle: 'maya@mastodon.social', host: HOST, at: 0 }] });
});

describe('suggestInfo', () => {
  it('classifies the comment and knows the author: seen before, days since you last talked, your notes', async () => {
    const t = 1_700_000_000_000;
    await ingestItems(d, HOST, [mItem('1', { author: maya }), mItem('2', { parentId: mid('1'), createdAt: t, text: 'Loved the talk on offline sync' }), mItem('3', { author: maya, parentId: mid('2'), createdAt: t + 1000 })]);
    await ingestItems(d, HOST, [mItem('4', { parentId: mid('3'), createdAt: t + 40 * DURATION.DAY, text: 'How do you handle conflicts when two devices edit the same note?' })]);
    await settlePeople(d);
    await updatePerson(d, { id: BOB, notes: 'Promised to send the slides' });
    const info = (await suggestInfo(d, mid('4')))!;
    expect(info.context.item).toMatchObject({ id: mid('4'), kind: 'question' });
    expect(info.cues.length).toBeGreaterThan(0);
    expect(info.context.person).toMatchObject({ name: 'Bob', handle: 'bob@fosstodon.org', seenBefore: 1, daysSinceLast: 39, notes: 'Promised to send the slides' });
    expect(info.context.person.lastTopic).toBe('status 3');
    expect(info.endpoint).toBe(false);
    // Your name as the site shows it, from your own items there.
    expect(info.myName).toBe('Maya Chen');
  });

  it('takes the tone and length set for the item\'s site over the defaults, and the saved replies', async () => {
    await ingestItems(d, HOST, [mItem('1', { author: maya }), mItem('2', { parentId: mid('1') })]);
    const saved = [{ id: 's1', name: 'Thanks', text: 'Thanks {first_name}!', kinds: [] }];
    await saveSettings(d, { tone: 'playful', length: 'medium', bySite: { mastodon: { tone: 'professional' } }, savedReplies: saved });
    const info = (await suggestInfo(d, mid('2')))!;
    expect(info.context).toMatchObject({ tone: 'professional', length: 'medium' });
    expect(info.saved).toEqual(saved);
  });

  it('knows nothing of an item it never stored', async () => {
    expect(await suggestInfo(d, 'x:404')).toBeNull();
  });
});
