/**
 * Hashtag challenges: the catalogue lookup, day numbers as people write them, streaks in the
 * user's local days (daylight saving, travel, grace), challenges learned from the feed, and how
 * worn a tag is.
 */
import { describe, expect, it } from 'vitest';
import { CHALLENGES, findChallenge } from '../../src/core/challenges/catalogue';
import { dayNumberOf, nextPost } from '../../src/core/challenges/day-number';
import { learnChallenges, type TagObservation } from '../../src/core/challenges/learn';
import { gradeTags } from '../../src/core/challenges/overuse';
import { isoWeekOf, streakOf, weekdayOf, type StreakPost } from '../../src/core/challenges/streak';
import { addDays, startOfDay } from '../../src/core/days';

const HOUR = 3_600_000;
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const TOKYO = 'Asia/Tokyo';
const LOS_ANGELES = 'America/Los_Angeles';

/** The instant `hour` hours after local midnight of `key` in `timeZone`. */
const at = (key: string, hour: number, timeZone = 'UTC') => startOfDay(key, timeZone) + hour * HOUR;
/** Half an hour before the local midnight that ends `key`, whatever the length of the day. */
const lateOn = (key: string, timeZone: string) => startOfDay(addDays(key, 1), timeZone) - HOUR / 2;

describe('findChallenge', () => {
  it('finds a challenge by tag or alias, with or without #, in any case', () => {
    expect(findChallenge('#100DaysOfCode')?.id).toBe('100-days-of-code');
    expect(findChallenge('100daysofcode')?.id).toBe('100-days-of-code');
    expect(findChallenge('#ff')?.id).toBe('follow-friday');
    expect(findChallenge('#TBT')?.id).toBe('throwback-thursday');
    expect(findChallenge('#javascript')).toBeUndefined();
    expect(findChallenge('')).toBeUndefined();
  });

  it('knows the challenges people post most', () => {
    const tags = ['100DaysOfCode', '66DaysOfData', '100DaysOfSwiftUI', 'Inktober', '30DayMapChallenge', 'NaNoWriMo', 'DailyUI', '365DaysOfCode', '100DaysOfWriting', 'Caturday', 'FollowFriday', 'FF', 'ThrowbackThursday', 'TBT', 'MusicMonday', 'WIPWednesday', 'ScreenshotSaturday', 'Genuary', 'Veganuary', '100DaysOfGamedev', '30DaysOfJS'];
    expect(tags.filter((t) => !findChallenge(t))).toEqual([]);
  });

  it('gives each event its yearly dates and each weekly challenge its weekday', () => {
    expect(findChallenge('inktober')?.window).toEqual({ from: '10-01', to: '10-31' });
    expect(findChallenge('30daymapchallenge')?.window).toEqual({ from: '11-01', to: '11-30' });
    expect(findChallenge('nanowrimo')?.window).toEqual({ from: '11-01', to: '11-30' });
    expect(findChallenge('genuary')?.window).toEqual({ from: '01-01', to: '01-31' });
    expect(findChallenge('caturday')?.weekday).toBe(6);
    expect(findChallenge('ff')?.weekday).toBe(5);
    expect(findChallenge('dailyui')?.days).toBe(100);
    for (const c of CHALLENGES) {
      if (c.cadence === 'weekly') expect(c.weekday, c.id).toBeTypeOf('number');
      if (c.cadence === 'event') expect(c.window?.from, c.id).toMatch(/^\d{2}-\d{2}$/);
    }
  });

  it('gives no two challenges the same tag or id', () => {
    const keys = CHALLENGES.flatMap((c) => [c.tag, ...c.aliases].map((t) => t.toLowerCase()));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(CHALLENGES.map((c) => c.id)).size).toBe(CHALLENGES.length);
  });
});

describe('dayNumberOf', () => {
  const tag = '100DaysOfCode';
  it.each([
    ['Day 12 of #100DaysOfCode', 12, undefined, 'Day {n} of #100DaysOfCode'],
    ['#100DaysOfCode Day 12', 12, undefined, '#100DaysOfCode Day {n}'],
    ['#100DaysOfCode day 12/100: finished the parser', 12, 100, '#100DaysOfCode day {n}/{of}'],
    ['Day 12/100', 12, 100, 'Day {n}/{of}'],
    ['D12 #100DaysOfCode', 12, undefined, 'D{n} #100DaysOfCode'],
    ['R2D5 #100DaysOfCode', 5, undefined, 'R2D{n} #100DaysOfCode'],
    ['12/100 #100DaysOfCode', 12, 100, '{n}/{of} #100DaysOfCode'],
    ['Día 12 de #100DaysOfCode', 12, undefined, 'Día {n} de #100DaysOfCode'],
    ['Tag 12 von #100DaysOfCode', 12, undefined, 'Tag {n} von #100DaysOfCode'],
    ['Jour 12 de #100DaysOfCode', 12, undefined, 'Jour {n} de #100DaysOfCode'],
    ['Dia 12 de #100DaysOfCode', 12, undefined, 'Dia {n} de #100DaysOfCode'],
    ['Giorno 12', 12, undefined, 'Giorno {n}'],
    ['12日目 #100DaysOfCode', 12, undefined, '{n}日目 #100DaysOfCode'],
    ['Day twelve of #100DaysOfCode', 12, undefined, 'Day {n} of #100DaysOfCode'],
    ['Day twenty-one #100DaysOfCode', 21, undefined, 'Day {n} #100DaysOfCode'],
    ['Day thirty', 30, undefined, 'Day {n}'],
    ['Day 12 of 100 #100DaysOfCode', 12, 100, 'Day {n} of {of} #100DaysOfCode'],
  ])('%s', (text, day, of, form) => {
    expect(dayNumberOf(text, tag)).toEqual({ day, ...(of === undefined ? {} : { of }), form });
  });

  it('reads weeks for weekly challenges', () => {
    expect(dayNumberOf('week 3 #Caturday', 'Caturday')).toEqual({ day: 3, form: 'week {n} #Caturday' });
  });

  it('accepts the tag with or without # and in any case', () => {
    expect(dayNumberOf('Day 4 of #100daysofcode', '#100DaysOfCode')?.form).toBe('Day {n} of #100daysofcode');
  });

  it.each([
    ['Shipped at 12:30 #100DaysOfCode'],
    ['Only $12 today #100DaysOfCode'],
    ['Best of 2024 #100DaysOfCode'],
    ['#100DaysOfCode'],
    ['Due 12/25/2024 #100DaysOfCode'],
    ['Day 12:30 was the deadline'],
    ['ID12 and 3D printing #100DaysOfCode'],
    ['150/100 #100DaysOfCode'],
  ])('finds no day in %s', (text) => {
    expect(dayNumberOf(text, tag)).toBeUndefined();
  });

  it('takes the day nearest the tag when a post names two', () => {
    expect(dayNumberOf('Day 40 of #100DaysOfSwiftUI, Day 12 of #100DaysOfCode', tag)?.day).toBe(12);
  });

  it('keeps the phrase alone when the tag stands far from it', () => {
    expect(dayNumberOf('Day 7: learned about closures today. #100DaysOfCode', tag)?.form).toBe('Day {n}');
  });
});

describe('nextPost', () => {
  it('writes the next day the way the user wrote this one', () => {
    expect(nextPost('Day {n} of #100DaysOfCode', 13)).toBe('Day 13 of #100DaysOfCode');
    expect(nextPost('#100DaysOfCode day {n}/{of}', 13, 100)).toBe('#100DaysOfCode day 13/100');
    expect(nextPost('{n}日目 #100DaysOfCode', 13)).toBe('13日目 #100DaysOfCode');
  });

  it('leaves out the length when it is not known', () => {
    expect(nextPost('Day {n}/{of}', 13)).toBe('Day 13');
    expect(nextPost('Day {n} of {of} #100DaysOfCode', 13)).toBe('Day 13 #100DaysOfCode');
  });

  it('round-trips what dayNumberOf reads', () => {
    const read = dayNumberOf('R2D5 #100DaysOfCode', '100DaysOfCode');
    expect(read && nextPost(read.form, read.day + 1)).toBe('R2D6 #100DaysOfCode');
  });
});

describe('weekdayOf and isoWeekOf', () => {
  it('name weekdays as Date does and weeks by their Monday', () => {
    expect(weekdayOf('2026-11-27')).toBe(5);
    expect(weekdayOf('1969-12-28')).toBe(0);
    expect(isoWeekOf('2026-11-29')).toBe('2026-11-23');
    expect(isoWeekOf('2026-11-23')).toBe('2026-11-23');
    expect(isoWeekOf('2027-01-01')).toBe('2026-12-28');
  });
});

describe('streakOf', () => {
  const daily = (now: number, graceDays = 0, timeZone = 'UTC') => ({ cadence: 'daily' as const, graceDays, now, timeZone });
  const onDays = (...keys: string[]): StreakPost[] => keys.map((k) => ({ at: at(k, 12) }));

  it('is empty without posts', () => {
    const s = streakOf([], daily(at('2026-11-27', 12)));
    expect(s).toEqual({ current: 0, best: 0, missedDays: [], postedToday: false, days: new Set() });
  });

  it('counts two posts on one day once', () => {
    const posts = [{ at: at('2026-11-27', 8) }, { at: at('2026-11-27', 9) }, { at: at('2026-11-27', 23) }];
    const s = streakOf(posts, daily(at('2026-11-27', 23.5)));
    expect(s).toMatchObject({ current: 1, best: 1, lastDay: '2026-11-27', postedToday: true });
    expect([...s.days]).toEqual(['2026-11-27']);
  });

  it('keeps a streak across the spring change of the clocks in Berlin', () => {
    const keys = ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30'];
    const posts = keys.flatMap((k) => [{ at: at(k, 0.5, BERLIN) }, { at: lateOn(k, BERLIN) }]);
    const s = streakOf(posts, daily(at('2026-03-30', 23.75, BERLIN), 0, BERLIN));
    expect(s).toMatchObject({ current: 4, best: 4, missedDays: [], postedToday: true, lastDay: '2026-03-30' });
    expect([...s.days].sort()).toEqual(keys);
  });

  it('keeps a streak across the autumn change of the clocks in New York', () => {
    const keys = ['2026-10-31', '2026-11-01', '2026-11-02'];
    const posts = keys.flatMap((k) => [{ at: at(k, 0.5, NEW_YORK) }, { at: lateOn(k, NEW_YORK) }]);
    const s = streakOf(posts, daily(at('2026-11-03', 8, NEW_YORK), 0, NEW_YORK));
    expect(s).toMatchObject({ current: 3, best: 3, missedDays: [], postedToday: false });
    expect([...s.days].sort()).toEqual(keys);
  });

  it('counts each post on its own local day on a flight from Tokyo to Los Angeles', () => {
    // Late on the 11th in Tokyo and early on the 11th in Los Angeles, after crossing the date line,
    // are one day. Read in Los Angeles time alone, the Tokyo posts fall on the 9th and the 11th.
    const posts = [
      { at: at('2026-11-10', 8, TOKYO), timeZone: TOKYO },
      { at: at('2026-11-11', 23, TOKYO), timeZone: TOKYO },
      { at: at('2026-11-11', 7, LOS_ANGELES), timeZone: LOS_ANGELES },
    ];
    const now = at('2026-11-11', 12, LOS_ANGELES);
    const s = streakOf(posts, daily(now, 0, LOS_ANGELES));
    expect([...s.days].sort()).toEqual(['2026-11-10', '2026-11-11']);
    expect(s).toMatchObject({ current: 2, postedToday: true, missedDays: [] });
    const readAtHome = streakOf(posts.map(({ at: t }) => ({ at: t })), daily(now, 0, LOS_ANGELES));
    expect([...readAtHome.days].sort()).toEqual(['2026-11-09', '2026-11-11']);
    expect(readAtHome.current).toBe(1);
  });

  it('forgives as many missed days as the grace and lists them', () => {
    const posts = onDays('2026-11-01', '2026-11-02', '2026-11-04', '2026-11-05');
    const now = at('2026-11-05', 18);
    expect(streakOf(posts, daily(now, 0))).toMatchObject({ current: 2, best: 2, missedDays: [] });
    expect(streakOf(posts, daily(now, 1))).toMatchObject({ current: 4, best: 4, missedDays: ['2026-11-03'] });

    const longer = onDays('2026-11-01', '2026-11-02', '2026-11-05');
    expect(streakOf(longer, daily(now, 1))).toMatchObject({ current: 1, best: 2, missedDays: [] });
    expect(streakOf(longer, daily(now, 2))).toMatchObject({ current: 3, best: 3, missedDays: ['2026-11-03', '2026-11-04'] });
  });

  it('stays alive until yesterday plus the grace has gone by', () => {
    const posts = onDays('2026-11-01', '2026-11-02');
    expect(streakOf(posts, daily(at('2026-11-03', 20)))).toMatchObject({ current: 2, postedToday: false, missedDays: [] });
    expect(streakOf(posts, daily(at('2026-11-04', 20)))).toMatchObject({ current: 0, best: 2, missedDays: [] });
    expect(streakOf(posts, daily(at('2026-11-04', 20), 1))).toMatchObject({ current: 2, missedDays: ['2026-11-03'] });
    expect(streakOf(posts, daily(at('2026-11-05', 20), 1))).toMatchObject({ current: 0, best: 2 });
  });

  it('tells the best run from the current one', () => {
    const posts = onDays('2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-08', '2026-11-09');
    expect(streakOf(posts, daily(at('2026-11-09', 12)))).toMatchObject({ current: 2, best: 5, lastDay: '2026-11-09' });
  });

  it('counts ISO weeks for a weekly cadence', () => {
    // Saturday 7th, Sunday 15th (the week of the 9th), Friday 27th: the week of the 16th is missed.
    const posts = onDays('2026-11-07', '2026-11-15', '2026-11-27');
    const weekly = (graceDays: number) => ({ cadence: 'weekly' as const, graceDays, now: at('2026-11-28', 12), timeZone: 'UTC' });
    expect(streakOf(posts, weekly(0))).toMatchObject({ current: 1, best: 2, postedToday: true, lastDay: '2026-11-27' });
    expect(streakOf(posts, weekly(1))).toMatchObject({ current: 3, best: 3, missedDays: ['2026-11-16'] });
  });
});

describe('learnChallenges', () => {
  const seen = (tag: string, author: string, day: string, dayNumber?: number): TagObservation => ({ tag, author, day, ...(dayNumber === undefined ? {} : { dayNumber }) });

  it('learns a tag three people post with day numbers', () => {
    const learned = learnChallenges([
      seen('#100DaysOfRust', 'ada', '2026-11-20', 4),
      seen('#100daysofrust', 'bob', '2026-11-20', 31),
      seen('100DaysOfRust', 'cy', '2026-11-21', 2),
    ]);
    expect(learned).toEqual([{ tag: '100DaysOfRust', cadence: 'daily', authors: 3, days: 2, numbered: true, why: '3 people post it with day numbers' }]);
  });

  it('learns a tag several people return to on the same weekday as weekly', () => {
    const learned = learnChallenges([
      seen('SketchSunday', 'ada', '2026-11-08'),
      seen('SketchSunday', 'bob', '2026-11-15'),
      seen('SketchSunday', 'cy', '2026-11-22'),
    ]);
    expect(learned).toEqual([{ tag: 'SketchSunday', cadence: 'weekly', authors: 3, days: 3, numbered: false, why: '3 people post it on 3 different days, always on a Sunday' }]);
  });

  it('skips the catalogue and tags below the thresholds', () => {
    expect(learnChallenges([
      ...['ada', 'bob', 'cy', 'dee'].map((a, i) => seen('#100DaysOfCode', a, '2026-11-20', i + 1)),
      seen('#TwoFriends', 'ada', '2026-11-20', 1),
      seen('#TwoFriends', 'bob', '2026-11-21', 2),
      ...['ada', 'bob', 'cy'].map((a) => seen('#launch', a, '2026-11-20')),
      seen('#launch', 'ada', '2026-11-21'),
    ])).toEqual([]);
  });

  it('takes thresholds from the options and lists the most followed first', () => {
    const learned = learnChallenges([
      seen('#TwoFriends', 'ada', '2026-11-20', 1),
      seen('#TwoFriends', 'bob', '2026-11-21', 2),
      ...['ada', 'bob', 'cy'].map((a, i) => seen('#DailyHaiku', a, addDays('2026-11-20', i))),
    ], { minAuthors: 2, minDays: 2 });
    expect(learned.map((l) => [l.tag, l.cadence, l.why])).toEqual([
      ['DailyHaiku', 'daily', '3 people post it on 3 different days'],
      ['TwoFriends', 'daily', '2 people post it with day numbers'],
    ]);
  });
});

describe('gradeTags', () => {
  const counts = (rows: [string, number, number][]) => new Map(rows.map(([t, posts, authors]) => [t, { posts, authors }]));
  const ten = counts(Array.from({ length: 10 }, (_, i) => [`tag${i + 1}`, i + 1, i + 1] as [string, number, number]));

  it('grades the top tenth overused, the lower half fresh, the rest common', () => {
    const g = gradeTags(ten);
    expect([...g.values()]).toEqual(['fresh', 'fresh', 'fresh', 'fresh', 'fresh', 'common', 'common', 'common', 'common', 'overused']);
  });

  it('calls a tag overused when very many people use it, however few posts carry it', () => {
    const rows: [string, number, number][] = Array.from({ length: 9 }, (_, i) => [`tag${i}`, 20, 2]);
    const g = gradeTags(counts([...rows, ['#javascript', 10, 40]]));
    expect(g.get('#javascript')).toBe('overused');
    expect(g.get('tag0')).toBe('fresh');
  });

  it('calls nothing overused from fewer than ten tags, and grades ties alike', () => {
    expect([...gradeTags(counts([['a', 1, 1], ['b', 5, 5], ['c', 500, 90]])).values()]).toEqual(['fresh', 'fresh', 'common']);
    expect([...gradeTags(counts([['a', 3, 2], ['b', 3, 2]])).values()]).toEqual(['fresh', 'fresh']);
    expect(gradeTags(new Map()).size).toBe(0);
  });

  it('does not depend on the order tags were seen in', () => {
    const reversed = new Map([...ten].reverse());
    expect(Object.fromEntries(gradeTags(reversed))).toEqual(Object.fromEntries(gradeTags(ten)));
  });
});
