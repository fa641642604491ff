import { describe, expect, it } from 'vitest';
import { personStats, type StatsInteraction } from '../../src/core/person-stats';
import { emptyPerson } from '../../src/shared/db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t0 = Date.UTC(2026, 0, 5, 9);

const theyReplied = (at: number): StatsInteraction => ({ kind: 'they_replied', direction: 'in', at });
const iReplied = (at: number): StatsInteraction => ({ kind: 'i_replied', direction: 'out', at });
const theyMentioned = (at: number): StatsInteraction => ({ kind: 'they_mentioned', direction: 'in', at });
const iMentioned = (at: number): StatsInteraction => ({ kind: 'i_mentioned', direction: 'out', at });

describe('personStats', () => {
  it('without history is the empty row', () => {
    expect(personStats([], [])).toEqual(emptyPerson('p', 'P', 0).stats);
  });

  it('counts each direction and keeps first, last, last in and last out, whatever the input order', () => {
    const stats = personStats([iMentioned(t0 + 3 * DAY), theyReplied(t0), iReplied(t0 + DAY), theyMentioned(t0 + 2 * DAY)], []);
    expect(stats).toMatchObject({
      firstAt: t0,
      lastAt: t0 + 3 * DAY,
      lastInAt: t0 + 2 * DAY,
      lastOutAt: t0 + 3 * DAY,
      inCount: 2,
      outCount: 2,
      recent: [t0 + 3 * DAY, t0 + 2 * DAY, t0 + DAY, t0],
    });
  });

  it('a conversation starts after a week of silence; its first interaction says who started it', () => {
    const stats = personStats(
      [
        theyReplied(t0), // they start
        iReplied(t0 + HOUR),
        iMentioned(t0 + HOUR + 7 * DAY), // exactly a week later: you start
        theyReplied(t0 + HOUR + 14 * DAY - 1), // a millisecond short of a week: same conversation
        theyMentioned(t0 + 40 * DAY), // they start
      ],
      [],
    );
    expect(stats).toMatchObject({ startedByThem: 2, startedByMe: 1 });
  });

  it('one-to-one counts replies between you and direct messages, not mentions in public', () => {
    const stats = personStats(
      [theyReplied(t0), iReplied(t0 + 1), theyMentioned(t0 + 2), iMentioned(t0 + 3), { ...theyMentioned(t0 + 4), oneToOne: true }],
      [],
    );
    expect(stats.oneToOne).toBe(3);
  });

  it('recent keeps the 100 newest times, newest first', () => {
    const many = Array.from({ length: 150 }, (_, i) => theyMentioned(t0 + i * HOUR));
    const { recent } = personStats(many.reverse(), []);
    expect(recent).toHaveLength(100);
    expect(recent[0]).toBe(t0 + 149 * HOUR);
    expect(recent[99]).toBe(t0 + 50 * HOUR);
  });

  it('the median time to your answer, over answered items only', () => {
    const odd = personStats([], [
      { sortAt: t0, answeredAt: t0 + 5 * HOUR },
      { sortAt: t0, answeredAt: t0 + HOUR },
      { sortAt: t0, answeredAt: t0 + 30 * HOUR },
      { sortAt: t0 },
    ]);
    expect(odd).toMatchObject({ addressedToMe: 4, answeredByMe: 3, replyMsMedian: 5 * HOUR });
    const even = personStats([], [
      { sortAt: t0, answeredAt: t0 + 2 * HOUR },
      { sortAt: t0, answeredAt: t0 + 4 * HOUR },
    ]);
    expect(even.replyMsMedian).toBe(3 * HOUR);
  });

  it('an answer seen before the item counts as immediate; nothing answered has no median', () => {
    expect(personStats([], [{ sortAt: t0, answeredAt: t0 - HOUR }]).replyMsMedian).toBe(0);
    const unanswered = personStats([], [{ sortAt: t0 }]);
    expect(unanswered).toMatchObject({ addressedToMe: 1, answeredByMe: 0 });
    expect(unanswered).not.toHaveProperty('replyMsMedian');
  });
});
