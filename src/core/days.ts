/**
 * Civil days in a time zone. Keeping in touch and challenge streaks are counted in the days the
 * user lives in, not in 24-hour blocks: a week is seven midnights, whatever the clocks did.
 *
 * A day is named by its key, `YYYY-MM-DD`. Arithmetic on keys is calendar arithmetic (Date.UTC),
 * so daylight saving never shifts it; only `dayKey` and `startOfDay` ask the zone.
 *
 * Without a zone the runtime's own is used, read through Date's local methods rather than a
 * cached formatter: the browser updates those when the computer's zone changes, so a user who
 * travels gets days in the zone they are in without the extension restarting.
 */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at instant `ms`, in ms, read from the formatter. */
function readOffset(ms: number, timeZone: string): number {
  const v: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) v[part.type] = Number(part.value);
  const wall = Date.UTC(v.year ?? NaN, (v.month ?? NaN) - 1, v.day ?? NaN, v.hour ?? NaN, v.minute ?? NaN, v.second ?? NaN);
  // The formatter stops at seconds.
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * Per zone, the offset of each UTC day during which the clocks did not change (NaN when they did).
 * Reading the formatter costs microseconds; a pass over thousands of people's last interactions
 * touches far fewer distinct days. Assumes no zone changes its clocks and back within one day.
 */
const steadyOffsets = new Map<string, Map<number, number>>();
const STEADY_MAX = 20_000;

function offsetAt(ms: number, timeZone: string | undefined): number {
  if (timeZone === undefined) return -new Date(ms).getTimezoneOffset() * 60_000;
  let days = steadyOffsets.get(timeZone);
  if (!days) steadyOffsets.set(timeZone, (days = new Map()));
  const day = Math.floor(ms / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = readOffset(day * DAY_MS, timeZone);
    offset = first === readOffset((day + 1) * DAY_MS - 1, timeZone) ? first : NaN;
    if (days.size >= STEADY_MAX) days.clear();
    days.set(day, offset);
  }
  return Number.isNaN(offset) ? readOffset(ms, timeZone) : offset;
}

/** What the zone's clocks read at instant `ms`, written as if it were a UTC time. */
const wallClock = (ms: number, timeZone: string | undefined) => ms + offsetAt(ms, timeZone);

function parseKey(key: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) throw new RangeError(`not a day key: ${key}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The key of the UTC day of `utcMs` (read with getters: a few times quicker than toISOString). */
function keyOf(utcMs: number): string {
  const d = new Date(utcMs);
  return `${d.getUTCFullYear()}-${twoDigits(d.getUTCMonth() + 1)}-${twoDigits(d.getUTCDate())}`;
}

/** The local day of instant `ms` in `timeZone` (IANA; the runtime's zone when omitted). */
export function dayKey(ms: number, timeZone?: string): string {
  return keyOf(wallClock(ms, timeZone));
}

/** The day `n` days after `key` (before, when negative), by the calendar alone. */
export function addDays(key: string, n: number): string {
  return keyOf(parseKey(key) + n * DAY_MS);
}

/** Whole civil days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseKey(b) - parseKey(a)) / DAY_MS);
}

/**
 * The first instant of local day `key`. Where midnight happens twice (clocks set back over it),
 * the earlier; where the clocks jump over it (Santiago, Beirut), the instant of the jump, which is
 * the first one that belongs to the day.
 */
export function startOfDay(key: string, timeZone?: string): number {
  const midnight = parseKey(key);
  // Offsets a day either side bracket any change of the clocks near this midnight: the instants
  // whose clocks could read midnight are the midnight less each of them.
  const candidates = [midnight - offsetAt(midnight - DAY_MS, timeZone), midnight - offsetAt(midnight + DAY_MS, timeZone)];
  const exact = candidates.filter((t) => wallClock(t, timeZone) === midnight);
  if (exact.length) return Math.min(...exact);
  // Midnight was skipped. Before the earlier candidate the clocks read the day before, from the
  // later one they read past midnight: the jump lies between, found by halving.
  let before = Math.min(...candidates);
  let after = Math.max(...candidates);
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2);
    if (wallClock(mid, timeZone) >= midnight) after = mid;
    else before = mid;
  }
  return after;
}
