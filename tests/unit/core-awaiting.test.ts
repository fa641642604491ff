import { describe, expect, it } from 'vitest';
import { addressing, badgeText, interactionsOf, isAwaiting, type ItemFacts } from '../../src/core/awaiting';

const me = 'maya@mastodon.social';
const item = (over: Partial<ItemFacts>): ItemFacts => ({ site: 'mastodon', author: 'bob@fosstodon.org', mentions: [], ...over });

describe('addressing', () => {
  it('knows nothing without an identity', () => {
    expect(addressing(item({ parentAuthor: me }), undefined)).toEqual({ byMe: false, toMe: false });
  });
  it('marks your own items', () => {
    expect(addressing(item({ author: 'MAYA@mastodon.social' }), me)).toEqual({ byMe: true, toMe: false });
  });
  it('a reply to your post or comment is addressed to you', () => {
    expect(addressing(item({ parentAuthor: me }), me)).toMatchObject({ toMe: true, reason: 'reply' });
  });
  it('a mention of you in a new post is addressed to you', () => {
    expect(addressing(item({ mentions: [me] }), me)).toMatchObject({ toMe: true, reason: 'mention' });
  });
  it('a mention inherited from the conversation is not', () => {
    const reply = item({ parentAuthor: 'carol@mastodon.social', parentMentions: [me], mentions: ['carol@mastodon.social', me] });
    expect(addressing(reply, me).toMe).toBe(false);
  });
  it('a new mention of you in a reply to someone else is', () => {
    const reply = item({ parentAuthor: 'carol@mastodon.social', parentMentions: [], mentions: ['carol@mastodon.social', me] });
    expect(addressing(reply, me)).toMatchObject({ toMe: true, reason: 'mention' });
  });
  it('a direct message naming you is addressed to you', () => {
    expect(addressing(item({ mentions: [me], direct: true, parentMentions: [me] }), me)).toMatchObject({ toMe: true, reason: 'direct' });
  });
  it('a Mastodon handle typed without its domain still matches', () => {
    expect(addressing(item({ parentAuthor: me }), 'maya').toMe).toBe(true);
    expect(addressing(item({ parentAuthor: 'maya@other.example' }), 'maya@mastodon.social').toMe).toBe(false);
  });
  it('others talking among themselves is not addressed to you', () => {
    expect(addressing(item({ parentAuthor: 'carol@mastodon.social' }), me).toMe).toBe(false);
  });
});

describe('isAwaiting', () => {
  const now = 1_000_000;
  const base = { byMe: 0, toMe: 1 } as const;
  it('waits when addressed to you and untouched', () => expect(isAwaiting(base, now)).toBe(true));
  it('not when answered', () => expect(isAwaiting({ ...base, answeredAt: 5 }, now)).toBe(false));
  it('not when done', () => expect(isAwaiting({ ...base, doneAt: 5 }, now)).toBe(false));
  it('not while snoozed, again after', () => {
    expect(isAwaiting({ ...base, snoozedUntil: now + 1 }, now)).toBe(false);
    expect(isAwaiting({ ...base, snoozedUntil: now }, now)).toBe(true);
  });
  it('never your own items', () => expect(isAwaiting({ byMe: 1, toMe: 1 }, now)).toBe(false));
  it('not items addressed to others', () => expect(isAwaiting({ byMe: 0, toMe: 0 }, now)).toBe(false));
});

describe('badgeText', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [12345, '99+'],
  ])('%i → %j', (n, text) => expect(badgeText(n)).toBe(text));
});

describe('interactionsOf', () => {
  it('a reply to you is one incoming interaction', () => {
    expect(interactionsOf(item({ parentAuthor: me }), me)).toEqual([{ kind: 'they_replied', direction: 'in', with: 'bob@fosstodon.org' }]);
  });
  it('a mention of you is one incoming mention', () => {
    expect(interactionsOf(item({ mentions: [me] }), me)).toEqual([{ kind: 'they_mentioned', direction: 'in', with: 'bob@fosstodon.org' }]);
  });
  it('your reply names whom you answered and whom you newly mentioned, once each', () => {
    const mine = item({
      author: me,
      parentAuthor: 'bob@fosstodon.org',
      parentMentions: [me, 'carol@mastodon.social'],
      mentions: ['bob@fosstodon.org', 'carol@mastodon.social', 'dan@hachyderm.io', 'dan@hachyderm.io'],
    });
    expect(interactionsOf(mine, me)).toEqual([
      { kind: 'i_replied', direction: 'out', with: 'bob@fosstodon.org' },
      { kind: 'i_mentioned', direction: 'out', with: 'dan@hachyderm.io' },
    ]);
  });
  it('strangers talking produce nothing', () => {
    expect(interactionsOf(item({ parentAuthor: 'carol@mastodon.social' }), me)).toEqual([]);
  });
});

describe('several accounts of yours', () => {
  const mine = ['maya@mastodon.social', 'maya@fosstodon.org'];
  it('counts items by and to any of them', () => {
    expect(addressing(item({ author: 'maya@fosstodon.org' }), mine).byMe).toBe(true);
    expect(addressing(item({ parentAuthor: 'maya@mastodon.social' }), mine).toMe).toBe(true);
    expect(addressing(item({ parentAuthor: 'maya@other.example' }), mine).toMe).toBe(false);
  });
  it('a reply from one of your accounts to another is no interaction', () => {
    expect(interactionsOf(item({ author: 'maya@fosstodon.org', parentAuthor: 'maya@mastodon.social' }), mine)).toEqual([]);
  });
});
