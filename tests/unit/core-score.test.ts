import { describe, expect, it } from 'vitest';
import { humanDuration, scorePerson, SCORE_WEIGHTS, type ScorePart } from '../../src/core/score';
import { emptyPerson, type PersonStats } from '../../src/shared/db';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const now = Date.UTC(2026, 10, 27, 12);

/** A steady two-way relationship, `quiet` ms since you last interacted. */
function stats(over: Partial<PersonStats> = {}, quiet = 0): PersonStats {
  const lastAt = now - quiet;
  return {
    firstAt: lastAt - 200 * DAY,
    lastAt,
    lastInAt: lastAt,
    lastOutAt: lastAt,
    inCount: 10,
    outCount: 10,
    recent: Array.from({ length: 20 }, (_, i) => lastAt - i * 2 * DAY),
    startedByThem: 3,
    startedByMe: 3,
    addressedToMe: 10,
    answeredByMe: 10,
    replyMsMedian: 3 * HOUR,
    oneToOne: 14,
    ...over,
  };
}
const sum = (parts: Record<ScorePart, number>) => Object.values(parts).reduce((a, b) => a + b, 0);

describe('scorePerson', () => {
  it('with no interactions is 0, and says so', () => {
    expect(scorePerson(emptyPerson('p', 'Maya', now).stats, now)).toEqual({
      value: 0,
      computed: 0,
      pinned: false,
      parts: { recency: 0, frequency: 0, reciprocity: 0, responsiveness: 0, oneToOne: 0 },
      reasons: ['no interactions yet'],
    });
  });

  it('reaches 100 for a relationship that has everything', () => {
    const full = scorePerson(stats({ recent: Array.from({ length: 40 }, (_, i) => now - i * DAY), oneToOne: 20 }), now);
    expect(full.parts).toEqual(SCORE_WEIGHTS);
    expect(full.value).toBe(100);
  });

  it('parts are whole points within their weights that add up to the score', () => {
    for (let quietDays = 0; quietDays <= 400; quietDays += 13) {
      for (const over of [{}, { inCount: 7, outCount: 1, startedByMe: 0 }, { replyMsMedian: undefined }, { oneToOne: 3, replyMsMedian: 5 * DAY }]) {
        const s = scorePerson(stats(over, quietDays * DAY), now);
        expect(sum(s.parts)).toBe(s.computed);
        for (const [part, points] of Object.entries(s.parts)) {
          expect(Number.isInteger(points)).toBe(true);
          expect(points).toBeGreaterThanOrEqual(0);
          expect(points).toBeLessThanOrEqual(SCORE_WEIGHTS[part as ScorePart]);
        }
      }
    }
  });

  it('falls as silence grows: recency halves in about a month', () => {
    const scores = [0, 7, 30, 60, 120, 365].map((d) => scorePerson(stats({}, d * DAY), now));
    expect(scores.map((s) => s.parts.recency)).toEqual([35, 30, 18, 9, 2, 0]);
    for (let i = 1; i < scores.length; i++) expect(scores[i]!.computed).toBeLessThan(scores[i - 1]!.computed);
  });

  it('rises with the number of interactions in the last 90 days, full at 30', () => {
    const withRecent = (n: number) => scorePerson(stats({ recent: Array.from({ length: n }, (_, i) => now - i * DAY) }), now);
    const frequency = [1, 3, 10, 30, 80].map((n) => withRecent(n).parts.frequency);
    expect(frequency).toEqual([5, 10, 17, 25, 25]);
    // Older interactions do not count.
    const old = stats({ recent: [now, ...Array.from({ length: 30 }, (_, i) => now - (91 + i) * DAY)] });
    expect(scorePerson(old, now).parts.frequency).toBe(5);
  });

  it('reciprocity is the same whichever side carries the relationship', () => {
    const theirs = scorePerson(stats({ inCount: 12, outCount: 2, startedByThem: 7, startedByMe: 2 }), now);
    const mine = scorePerson(stats({ inCount: 2, outCount: 12, startedByThem: 2, startedByMe: 7 }), now);
    expect(theirs.parts.reciprocity).toBe(mine.parts.reciprocity);
    expect(theirs.parts.reciprocity).toBeLessThan(scorePerson(stats(), now).parts.reciprocity);
    expect(scorePerson(stats(), now).parts.reciprocity).toBe(20);
  });

  it('responsiveness: full within a day, less after, half when unknown', () => {
    const within = (replyMsMedian: number | undefined) => scorePerson(stats({ replyMsMedian }), now).parts.responsiveness;
    expect([within(10 * MINUTE), within(DAY), within(2 * DAY), within(5 * DAY), within(undefined)]).toEqual([10, 10, 5, 2, 5]);
  });

  it('one-to-one is the share of replies and direct messages', () => {
    expect(scorePerson(stats({ oneToOne: 20 }), now).parts.oneToOne).toBe(10);
    expect(scorePerson(stats({ oneToOne: 5 }), now).parts.oneToOne).toBe(3);
    expect(scorePerson(stats({ oneToOne: 0 }), now).parts.oneToOne).toBe(0);
  });

  it('adjust adds to the computed score within 0–100; pin replaces it', () => {
    const base = scorePerson(stats({}, 30 * DAY), now);
    const up = scorePerson(stats({}, 30 * DAY), now, { adjust: 10 });
    expect(up).toMatchObject({ value: base.computed + 10, computed: base.computed, pinned: false });
    expect(up.reasons[0]).toBe('adjusted +10 by you');
    expect(scorePerson(stats({}, 30 * DAY), now, { adjust: -20 }).reasons[0]).toBe('adjusted -20 by you');
    expect(scorePerson(stats(), now, { adjust: 30 }).value).toBe(100);
    expect(scorePerson(stats({}, 365 * DAY), now, { adjust: -200 }).value).toBe(0);
    // An adjustment beyond ±50 counts as 50.
    expect(scorePerson(stats({}, 30 * DAY), now, { adjust: -80 }).value).toBe(base.computed - 50);

    const pinned = scorePerson(stats(), now, { pin: 80, adjust: 10 });
    expect(pinned).toMatchObject({ value: 80, computed: scorePerson(stats(), now).computed, pinned: true });
    expect(pinned.reasons[0]).toBe('pinned at 80 by you');
    expect(pinned.reasons).not.toContain('adjusted +10 by you');
    expect(scorePerson(stats(), now, { pin: 150 }).value).toBe(100);
    expect(scorePerson(emptyPerson('p', 'Maya', now).stats, now, { pin: 60 })).toMatchObject({
      value: 60,
      computed: 0,
      reasons: ['pinned at 60 by you', 'no interactions yet'],
    });
  });

  it('explains itself in sentences, most important first', () => {
    const s = stats({
      lastInAt: now - 2 * DAY,
      lastAt: now - 2 * DAY,
      lastOutAt: now - 5 * WEEK - DAY,
      recent: Array.from({ length: 12 }, (_, i) => now - 2 * DAY - i * 7 * DAY),
      inCount: 8,
      outCount: 4,
      startedByThem: 7,
      startedByMe: 2,
      replyMsMedian: 5 * HOUR,
      oneToOne: 2,
    });
    expect(scorePerson(s, now).reasons).toEqual([
      'they have not heard from you in 5 weeks',
      '12 interactions in the last 3 months',
      'they started 7 of 9 conversations',
      'you answer within a day',
      'mostly public mentions',
    ]);
  });

  it('says which side is silent, and how long answers take', () => {
    const oneSided = scorePerson(stats({ outCount: 0, lastOutAt: undefined, startedByMe: 0, replyMsMedian: undefined, answeredByMe: 0 }, 3 * DAY), now);
    expect(oneSided.reasons).toEqual([
      'last interaction 3 days ago',
      '20 interactions in the last 3 months',
      'they have not heard from you yet',
      'you have not answered them yet',
      'mostly replies between you two',
    ]);
    const lopsided = scorePerson(stats({ inCount: 2, outCount: 9, startedByThem: 1, startedByMe: 1, replyMsMedian: 4 * DAY, oneToOne: 5 }), now);
    expect(lopsided.reasons).toEqual([
      'last interaction less than a minute ago',
      '20 interactions in the last 3 months',
      'you each started 1 of 2 conversations',
      'they reached you twice, you reached them 9 times',
      'you take about 4 days to answer',
      'a mix of replies and public mentions',
    ]);
    const single = scorePerson(stats({ inCount: 1, outCount: 1, startedByThem: 0, startedByMe: 1, recent: [now], oneToOne: 2 }), now);
    expect(single.reasons).toContain('you started the only conversation so far');
    expect(single.reasons).toContain('1 interaction in the last 3 months');
    expect(scorePerson(stats({ recent: Array.from({ length: 100 }, (_, i) => now - i * HOUR) }), now).reasons).toContain(
      '100+ interactions in the last 3 months',
    );
  });
});

describe('humanDuration', () => {
  it.each([
    [30_000, 'less than a minute'],
    [MINUTE, '1 minute'],
    [59 * MINUTE, '59 minutes'],
    [5 * HOUR, '5 hours'],
    [DAY, '1 day'],
    [3 * DAY + 5 * HOUR, '3 days'],
    [13 * DAY, '13 days'],
    [2 * WEEK, '2 weeks'],
    [5 * WEEK + 3 * DAY, '5 weeks'],
    [59 * DAY, '8 weeks'],
    [60 * DAY, '2 months'],
    [125 * DAY, '4 months'],
    [364 * DAY, '12 months'],
    [800 * DAY, '2 years'],
  ])('%i ms → %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});
