import { describe, expect, it } from 'vitest';
import { digestPlan, dueAtOf, effectiveCadence, keepInTouch, type DigestCandidate } from '../../src/core/cadence';
import { startOfDay } from '../../src/core/days';
import type { Cadence, TagRow } from '../../src/shared/db';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const weekly: Cadence = { idealDays: 7, maxDays: 14 };

const tagMap = (...rows: TagRow[]) => new Map(rows.map((t) => [t.name, t]));

describe('effectiveCadence', () => {
  const tags = tagMap(
    { name: 'friends', color: 'green', cadence: { idealDays: 14, maxDays: 30 } },
    { name: 'clients', color: 'blue', cadence: { idealDays: 10, maxDays: 20 } },
    { name: 'team', color: 'red', cadence: { idealDays: 5, maxDays: 20 } },
    { name: 'podcast', color: 'grey' },
  );
  it("the person's own cadence wins over their tags'", () => {
    expect(effectiveCadence({ cadence: { idealDays: 60, maxDays: 90 }, tags: ['team'] }, tags)).toEqual({
      cadence: { idealDays: 60, maxDays: 90 },
      from: 'person',
    });
  });
  it('else the tag with the smallest maxDays', () => {
    expect(effectiveCadence({ tags: ['friends', 'clients'] }, tags)).toEqual({ cadence: { idealDays: 10, maxDays: 20 }, from: { tag: 'clients' } });
  });
  it('on equal maxDays, the smaller idealDays, whatever the order of tags', () => {
    expect(effectiveCadence({ tags: ['clients', 'team'] }, tags)?.from).toEqual({ tag: 'team' });
    expect(effectiveCadence({ tags: ['team', 'clients'] }, tags)?.from).toEqual({ tag: 'team' });
  });
  it('none from tags without a cadence or unknown tags', () => {
    expect(effectiveCadence({ tags: ['podcast', 'gone'] }, tags)).toBeUndefined();
    expect(effectiveCadence({ tags: [] }, tags)).toBeUndefined();
  });
});

describe('keepInTouch', () => {
  // Monday 2026-05-04 09:00 in Berlin (UTC+2).
  const since = Date.UTC(2026, 4, 4, 7);
  const berlinMidnightOf = (day: number) => Date.UTC(2026, 4, day - 1, 22);

  it('is none without a cadence or a starting time', () => {
    expect(keepInTouch(undefined, weekly, since, BERLIN)).toEqual({ state: 'none' });
    expect(keepInTouch(since, undefined, since, BERLIN)).toEqual({ state: 'none' });
  });
  it('turns yellow the local day idealDays after, not 7 × 24 hours after', () => {
    expect(keepInTouch(since, weekly, berlinMidnightOf(11) - 1, BERLIN)).toMatchObject({ state: 'ok', daysSince: 6 });
    expect(keepInTouch(since, weekly, berlinMidnightOf(11), BERLIN)).toEqual({
      state: 'due',
      daysSince: 7,
      dueDay: '2026-05-11',
      overdueDay: '2026-05-19',
    });
  });
  it('turns red once more than maxDays have passed', () => {
    expect(keepInTouch(since, weekly, berlinMidnightOf(19) - 1, BERLIN)).toMatchObject({ state: 'due', daysSince: 14 });
    expect(keepInTouch(since, weekly, berlinMidnightOf(19), BERLIN)).toMatchObject({ state: 'overdue', daysSince: 15 });
  });
  it('an interaction the same day is ok, one stamped in the future too', () => {
    expect(keepInTouch(since, weekly, since + 3_600_000, BERLIN)).toMatchObject({ state: 'ok', daysSince: 0 });
    expect(keepInTouch(since + 86_400_000 * 3, weekly, since, BERLIN)).toMatchObject({ state: 'ok', daysSince: 0 });
  });
  it('judges the same instants by the zone the user is in (travel)', () => {
    // Berlin: Saturday 00:00 → Friday 07:00, six days. New York: Friday 18:00 → Friday 01:00, seven.
    const at = Date.UTC(2026, 4, 1, 22);
    const now = Date.UTC(2026, 4, 8, 5);
    expect(keepInTouch(at, weekly, now, BERLIN)).toMatchObject({ state: 'ok', daysSince: 6 });
    expect(keepInTouch(at, weekly, now, NEW_YORK)).toMatchObject({ state: 'due', daysSince: 7 });
  });
});

describe('dueAtOf', () => {
  const weekday = (ms: number, timeZone: string) => new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone }).format(ms);

  it.each([
    ['Berlin, spring forward', BERLIN, Date.UTC(2026, 2, 28, 19), Date.UTC(2026, 3, 3, 22)],
    ['Berlin, fall back', BERLIN, Date.UTC(2026, 9, 24, 18), Date.UTC(2026, 9, 30, 23)],
    ['New York, spring forward', NEW_YORK, Date.UTC(2026, 2, 8, 1), Date.UTC(2026, 2, 14, 4)],
    ['New York, fall back', NEW_YORK, Date.UTC(2026, 10, 1, 0), Date.UTC(2026, 10, 7, 5)],
  ])('a weekly cadence across the change stays on Saturday (%s)', (_, zone, saturdayEvening, nextSaturday) => {
    expect(weekday(saturdayEvening, zone)).toBe('Saturday');
    const dueAt = dueAtOf(saturdayEvening, weekly, zone);
    expect(dueAt).toBe(nextSaturday);
    expect(weekday(dueAt, zone)).toBe('Saturday');
    expect(keepInTouch(saturdayEvening, weekly, dueAt - 1, zone).state).toBe('ok');
    expect(keepInTouch(saturdayEvening, weekly, dueAt, zone).state).toBe('due');
  });
  it('is the start of the dueDay keepInTouch names', () => {
    const since = Date.UTC(2026, 6, 9, 15);
    const cadence = { idealDays: 30, maxDays: 45 };
    const { dueDay } = keepInTouch(since, cadence, since, 'Asia/Kolkata');
    expect(dueAtOf(since, cadence, 'Asia/Kolkata')).toBe(startOfDay(dueDay!, 'Asia/Kolkata'));
    expect(dueDay).toBe('2026-08-08');
  });
});

describe('digestPlan', () => {
  const day = 86_400_000;
  // Noon in Berlin on Wednesday 2026-06-10.
  const noon = Date.UTC(2026, 5, 10, 10);
  const people: DigestCandidate[] = [
    { id: 'fresh', since: noon - 2 * day, cadence: weekly },
    { id: 'due', since: noon - 8 * day, cadence: weekly },
    { id: 'overdue', since: noon - 20 * day, cadence: weekly },
    { id: 'long-due', since: noon - 40 * day, cadence: { idealDays: 30, maxDays: 60 } },
    { id: 'no-cadence', since: noon - 100 * day },
    { id: 'never-met', cadence: weekly },
  ];

  it('names everyone due or overdue, overdue first, then the longest due', () => {
    expect(digestPlan(people, noon, undefined, BERLIN)).toEqual({ send: true, ids: ['overdue', 'long-due', 'due'] });
  });
  it('sends at most one digest per local day', () => {
    expect(digestPlan(people, noon, noon - 3 * 3_600_000, BERLIN)).toEqual({ send: false, ids: [] });
    // 01:30 today in Berlin is 19:30 yesterday in New York.
    const lastNight = Date.UTC(2026, 5, 9, 23, 30);
    expect(digestPlan(people, noon, lastNight, BERLIN)).toEqual({ send: false, ids: [] });
    expect(digestPlan(people, noon, lastNight, NEW_YORK).send).toBe(true);
  });
  it('a digest stamped after now (a zone change westwards) still counts for today', () => {
    expect(digestPlan(people, noon, noon + 2 * day, BERLIN)).toEqual({ send: false, ids: [] });
  });
  it('sends nothing when nobody is new', () => {
    const named = people.map((p) => ({ ...p, remindedFor: p.since }));
    expect(digestPlan(named, noon, noon - day, BERLIN)).toEqual({ send: false, ids: [] });
  });

  it('over days: names a period once, and again after a fresh interaction', () => {
    let maya: DigestCandidate = { id: 'maya', since: Date.UTC(2026, 5, 1, 10), cadence: weekly };
    let lastDigestAt: number | undefined;
    const sent: string[] = [];
    const runDay = (now: number) => {
      const plan = digestPlan([maya], now, lastDigestAt, BERLIN);
      if (!plan.send) return;
      lastDigestAt = now;
      if (plan.ids.includes('maya')) maya = { ...maya, remindedFor: maya.since };
      sent.push(new Date(now).toISOString().slice(0, 10));
    };
    // Twice a day for five weeks, with a new interaction on 2026-06-20.
    for (let d = 0; d < 35; d++) {
      const morning = Date.UTC(2026, 5, 2 + d, 7);
      if (d === 18) maya = { ...maya, since: morning };
      runDay(morning);
      runDay(morning + 8 * 3_600_000);
    }
    // Due on 06-08 (named once, not again when red on 06-16); after 06-20, due again on 06-27.
    expect(sent).toEqual(['2026-06-08', '2026-06-27']);
  });
});
