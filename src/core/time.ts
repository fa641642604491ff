const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

export const DURATION = { MINUTE, HOUR, DAY, WEEK } as const;

/** Compact age for badges and rows: `now`, `5m`, `2h`, `3d`, `6w`, `2y`. */
export function ageLabel(since: number, now: number): string {
  const ms = Math.max(0, now - since);
  if (ms < MINUTE) return 'now';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)}h`;
  if (ms < 2 * WEEK) return `${Math.floor(ms / DAY)}d`;
  if (ms < 365 * DAY) return `${Math.floor(ms / WEEK)}w`;
  return `${Math.floor(ms / (365 * DAY))}y`;
}

const UNITS: Record<string, number> = {
  s: 1000, sec: 1000, second: 1000, m: MINUTE, min: MINUTE, minute: MINUTE, h: HOUR, hr: HOUR, hour: HOUR,
  d: DAY, day: DAY, w: WEEK, wk: WEEK, week: WEEK, mo: 30 * DAY, month: 30 * DAY, y: 365 * DAY, yr: 365 * DAY, year: 365 * DAY,
};

/**
 * Reads a relative time as sites print it ("3h", "2 days ago", "5 min. ago", "1w") into an
 * absolute time. Returns undefined for anything it does not recognise.
 */
export function parseRelativeTime(text: string, now: number): number | undefined {
  const m = /(\d+)\s*(mo|months?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|y|yrs?|years?)\b\.?/i.exec(
    text.trim(),
  );
  if (!m) return /^(now|just now)$/i.test(text.trim()) ? now : undefined;
  const unit = m[2]!.toLowerCase().replace(/s$/, '').replace(/^(min|sec|hr|wk|yr)s?$/, '$1');
  const ms = UNITS[unit];
  return ms === undefined ? undefined : now - Number(m[1]) * ms;
}

/** Parses a date string to epoch ms, undefined when it is not a date. */
export function parseDate(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  // Reddit writes "+0000" offsets, which Date.parse accepts only with a colon in some engines.
  const t = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(t) ? t : undefined;
}
