import { describe, expect, it } from 'vitest';
import { normaliseHandle, sameHandle } from '../../src/core/handles';
import { ageLabel, parseDate, parseRelativeTime, DURATION } from '../../src/core/time';

describe('ageLabel', () => {
  const now = Date.UTC(2026, 10, 27, 12);
  it.each([
    [now - 10_000, 'now'],
    [now - 5 * DURATION.MINUTE, '5m'],
    [now - 2 * DURATION.HOUR - 59 * DURATION.MINUTE, '2h'],
    [now - 3 * DURATION.DAY, '3d'],
    [now - 13 * DURATION.DAY, '13d'],
    [now - 15 * DURATION.DAY, '2w'],
    [now - 800 * DURATION.DAY, '2y'],
    [now + DURATION.HOUR, 'now'],
  ])('%s → %s', (since, label) => expect(ageLabel(since, now)).toBe(label));
});

describe('parseRelativeTime', () => {
  const now = 1_800_000_000_000;
  it.each([
    ['3h', now - 3 * DURATION.HOUR],
    ['2 days ago', now - 2 * DURATION.DAY],
    ['5 min. ago', now - 5 * DURATION.MINUTE],
    ['1w', now - DURATION.WEEK],
    ['· 3h', now - 3 * DURATION.HOUR],
    ['just now', now],
  ])('%s', (text, at) => expect(parseRelativeTime(text, now)).toBe(at));
  it('rejects text that is no time', () => expect(parseRelativeTime('yesterday-ish', now)).toBeUndefined());
});

describe('parseDate', () => {
  it('reads ISO with Reddit-style offsets', () => {
    expect(parseDate('2026-01-01T00:00:00+0000')).toBe(Date.UTC(2026, 0, 1));
    expect(parseDate('2026-04-20T12:05:00.000Z')).toBe(Date.UTC(2026, 3, 20, 12, 5));
  });
  it('refuses junk', () => {
    expect(parseDate('not a date')).toBeUndefined();
    expect(parseDate(null)).toBeUndefined();
  });
});

describe('handles', () => {
  it('drops prefixes and case where the site ignores case', () => {
    expect(normaliseHandle('x', '@Jack')).toBe('jack');
    expect(normaliseHandle('reddit', 'u/Spez')).toBe('spez');
    expect(normaliseHandle('reddit', '/user/spez')).toBe('spez');
    expect(normaliseHandle('bluesky', '\u200e@alice.bsky.social\u200f')).toBe('alice.bsky.social');
    expect(normaliseHandle('linkedin', 'https://www.linkedin.com/in/ada-l/')).toBe('ada-l');
    expect(normaliseHandle('linkedin', '/in/jos%C3%A9-p/')).toBe('josé-p');
  });
  it('gives local Mastodon accounts the domain they are on', () => {
    expect(normaliseHandle('mastodon', '@Carol', 'mastodon.social')).toBe('carol@mastodon.social');
    expect(normaliseHandle('mastodon', '@bob@Fosstodon.org', 'mastodon.social')).toBe('bob@fosstodon.org');
  });
  it('compares with and without prefixes', () => {
    expect(sameHandle('x', '@jack', 'JACK')).toBe(true);
    expect(sameHandle('x', 'jack', 'jill')).toBe(false);
    expect(sameHandle('x', undefined, 'jack')).toBe(false);
  });
});
