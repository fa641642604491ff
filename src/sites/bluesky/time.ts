/**
 * Bluesky prints no `<time>`: absolute times are niceDate() strings (lib/strings/time.ts, Intl
 * `dateStyle: 'long', timeStyle: 'short'` in the browser's zone), e.g. "March 27, 2026 at 8:35 AM",
 * with a narrow no-break space before AM/PM in current browsers.
 */
import { parseDate, parseRelativeTime } from '../../core/time';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NICE_DATE = /^([a-z]+)\.? (\d{1,2}), (\d{4})(?:,| at)? (\d{1,2}):(\d{2})(?::\d{2})? ?([ap]\.?m\.?)?$/i;

/** A niceDate string in the `en` locale → epoch ms in the local zone (the one the page printed it in). */
export function parseNiceDate(value: string | null | undefined): number | undefined {
  const text = (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const m = NICE_DATE.exec(text);
  if (!m) return undefined;
  const month = MONTHS.findIndex((name) => name.startsWith(m[1]!.toLowerCase()) && m[1]!.length >= 3);
  if (month < 0) return undefined;
  let hour = Number(m[4]);
  const half = m[6]?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return new Date(Number(m[3]), month, Number(m[2]), hour, Number(m[5])).getTime();
}

/**
 * The permalink's title (= its aria-label): niceDate in `en`, or whatever the browser's Date parses
 * of another locale's; else its "· 3h" text, relative to `now`.
 */
export function timeOfPermalink(link: Element | undefined, now: number): number | undefined {
  if (!link) return undefined;
  const label = link.getAttribute('title') ?? link.getAttribute('aria-label');
  return parseNiceDate(label) ?? parseDate(label?.replace(/ at /, ' ')) ?? parseRelativeTime((link.textContent ?? '').replace(/^[\s·\u00a0]+/, ''), now);
}
