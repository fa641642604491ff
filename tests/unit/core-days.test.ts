import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayKey, daysBetween, startOfDay } from '../../src/core/days';

const HOUR = 3_600_000;
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

describe('dayKey', () => {
  it('turns at local midnight in Berlin, on both sides of daylight saving', () => {
    // Winter: UTC+1.
    expect(dayKey(Date.UTC(2026, 0, 15, 22, 59), BERLIN)).toBe('2026-01-15');
    expect(dayKey(Date.UTC(2026, 0, 15, 23, 0), BERLIN)).toBe('2026-01-16');
    // Summer: UTC+2.
    expect(dayKey(Date.UTC(2026, 6, 15, 21, 59), BERLIN)).toBe('2026-07-15');
    expect(dayKey(Date.UTC(2026, 6, 15, 22, 0), BERLIN)).toBe('2026-07-16');
  });
  it('keeps the twice-lived hour of the autumn change in its day', () => {
    // 2026-10-25 02:30 happens in CEST (00:30Z) and again in CET (01:30Z).
    expect(dayKey(Date.UTC(2026, 9, 25, 0, 30), BERLIN)).toBe('2026-10-25');
    expect(dayKey(Date.UTC(2026, 9, 25, 1, 30), BERLIN)).toBe('2026-10-25');
  });
  it('turns at local midnight in New York', () => {
    expect(dayKey(Date.UTC(2026, 2, 8, 4, 59), NEW_YORK)).toBe('2026-03-07');
    expect(dayKey(Date.UTC(2026, 2, 8, 5, 0), NEW_YORK)).toBe('2026-03-08');
    expect(dayKey(Date.UTC(2026, 6, 1, 3, 59), NEW_YORK)).toBe('2026-06-30');
    expect(dayKey(Date.UTC(2026, 6, 1, 4, 0), NEW_YORK)).toBe('2026-07-01');
  });
  it('reads half-hour offsets (Kolkata, UTC+5:30)', () => {
    expect(dayKey(Date.UTC(2026, 0, 1, 18, 29), 'Asia/Kolkata')).toBe('2026-01-01');
    expect(dayKey(Date.UTC(2026, 0, 1, 18, 30), 'Asia/Kolkata')).toBe('2026-01-02');
  });
  it('the same instant is two days apart in Kiritimati (UTC+14) and Pago Pago (UTC−11)', () => {
    const instant = Date.UTC(2026, 5, 15, 10);
    expect(dayKey(instant, 'Pacific/Kiritimati')).toBe('2026-06-16');
    expect(dayKey(instant, 'Pacific/Pago_Pago')).toBe('2026-06-14');
    expect(daysBetween(dayKey(instant, 'Pacific/Pago_Pago'), dayKey(instant, 'Pacific/Kiritimati'))).toBe(2);
  });
  it('crosses the year in Auckland while UTC is still in the old one', () => {
    expect(dayKey(Date.UTC(2025, 11, 31, 10, 59), 'Pacific/Auckland')).toBe('2025-12-31');
    expect(dayKey(Date.UTC(2025, 11, 31, 11, 0), 'Pacific/Auckland')).toBe('2026-01-01');
    expect(dayKey(Date.UTC(2026, 11, 31, 23, 30), NEW_YORK)).toBe('2026-12-31');
    expect(dayKey(Date.UTC(2026, 11, 31, 23, 30), BERLIN)).toBe('2027-01-01');
  });
  it('knows the leap day', () => {
    expect(dayKey(Date.UTC(2028, 1, 29, 12), BERLIN)).toBe('2028-02-29');
    expect(dayKey(Date.UTC(2028, 1, 29, 23, 30), BERLIN)).toBe('2028-03-01');
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-28', 7, '2026-04-04'],
    ['2026-01-31', 365, '2027-01-31'],
  ])('%s + %i = %s', (key, n, expected) => {
    expect(addDays(key, n)).toBe(expected);
    expect(daysBetween(key, expected)).toBe(n);
  });
  it('counts whole days across a year end, either way', () => {
    expect(daysBetween('2026-12-25', '2027-01-05')).toBe(11);
    expect(daysBetween('2027-01-05', '2026-12-25')).toBe(-11);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
  });
  it('refuses what is not a day key', () => {
    expect(() => addDays('2026-1-5', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-01-05', 'tomorrow')).toThrow(RangeError);
  });
});

describe('startOfDay', () => {
  it('spring forward in Berlin: a 23-hour day', () => {
    expect(startOfDay('2026-03-29', BERLIN)).toBe(Date.UTC(2026, 2, 28, 23));
    expect(startOfDay('2026-03-30', BERLIN)).toBe(Date.UTC(2026, 2, 29, 22));
    expect(startOfDay('2026-03-30', BERLIN) - startOfDay('2026-03-29', BERLIN)).toBe(23 * HOUR);
  });
  it('fall back in Berlin: a 25-hour day', () => {
    expect(startOfDay('2026-10-25', BERLIN)).toBe(Date.UTC(2026, 9, 24, 22));
    expect(startOfDay('2026-10-26', BERLIN)).toBe(Date.UTC(2026, 9, 25, 23));
  });
  it('both changes in New York', () => {
    expect(startOfDay('2026-03-08', NEW_YORK)).toBe(Date.UTC(2026, 2, 8, 5));
    expect(startOfDay('2026-03-09', NEW_YORK)).toBe(Date.UTC(2026, 2, 9, 4));
    expect(startOfDay('2026-11-01', NEW_YORK)).toBe(Date.UTC(2026, 10, 1, 4));
    expect(startOfDay('2026-11-02', NEW_YORK)).toBe(Date.UTC(2026, 10, 2, 5));
  });
  it('Auckland summer and winter, Kolkata half hours, a leap day', () => {
    expect(startOfDay('2026-01-01', 'Pacific/Auckland')).toBe(Date.UTC(2025, 11, 31, 11));
    expect(startOfDay('2026-07-01', 'Pacific/Auckland')).toBe(Date.UTC(2026, 5, 30, 12));
    expect(startOfDay('2026-01-02', 'Asia/Kolkata')).toBe(Date.UTC(2026, 0, 1, 18, 30));
    expect(startOfDay('2028-02-29', 'Asia/Kolkata')).toBe(Date.UTC(2028, 1, 28, 18, 30));
  });
  it('where the clocks jump over midnight, the day starts at the jump', () => {
    // Santiago 2024-09-08 and Beirut 2024-03-31: 00:00 became 01:00.
    expect(startOfDay('2024-09-08', 'America/Santiago')).toBe(Date.UTC(2024, 8, 8, 4));
    expect(startOfDay('2024-03-31', 'Asia/Beirut')).toBe(Date.UTC(2024, 2, 30, 22));
    expect(dayKey(startOfDay('2024-03-31', 'Asia/Beirut') - 1, 'Asia/Beirut')).toBe('2024-03-30');
  });
  it('where midnight happens twice, the first one', () => {
    // Havana 2024-11-03: 01:00 went back to 00:00.
    expect(startOfDay('2024-11-03', 'America/Havana')).toBe(Date.UTC(2024, 10, 3, 4));
  });
  it('a day that never happened begins when the next one does', () => {
    // Samoa skipped 2011-12-30 when it crossed the date line.
    expect(startOfDay('2011-12-30', 'Pacific/Apia')).toBe(Date.UTC(2011, 11, 30, 10));
    expect(startOfDay('2011-12-31', 'Pacific/Apia')).toBe(Date.UTC(2011, 11, 30, 10));
  });
  it('is the inverse of dayKey on ordinary days', () => {
    for (const zone of [BERLIN, NEW_YORK, 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const start = startOfDay('2026-05-20', zone);
      expect(dayKey(start, zone)).toBe('2026-05-20');
      expect(dayKey(start - 1, zone)).toBe('2026-05-19');
    }
  });
});

describe('the runtime zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    // Assigning undefined to process.env would store the text "undefined".
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  it('is used without a zone, and followed when it changes (the user travelled)', () => {
    const instant = Date.UTC(2026, 0, 1, 18, 30);
    process.env.TZ = 'Asia/Kolkata';
    expect(dayKey(instant)).toBe('2026-01-02');
    expect(startOfDay('2026-01-02')).toBe(instant);
    process.env.TZ = NEW_YORK;
    expect(dayKey(instant)).toBe('2026-01-01');
    expect(startOfDay('2026-03-09')).toBe(Date.UTC(2026, 2, 9, 4));
  });
  it('finds a skipped midnight too', () => {
    process.env.TZ = 'America/Santiago';
    expect(startOfDay('2024-09-08')).toBe(Date.UTC(2024, 8, 8, 4));
  });
});
