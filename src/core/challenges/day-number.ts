/**
 * Reading the day number a post gives for a challenge ("Day 12 of #100DaysOfCode"), and how the
 * user wrote it, so the composer can suggest tomorrow's post in the user's own words.
 *
 * Numbers are only taken where a day is named: after a word for day or week (in the languages
 * challengers post in), in `D12`/`R2D5`, in `12/100`, or before 日目. Hashtags are blanked before
 * the search so the 100 in #100DaysOfCode is never read, and a number glued to `:` `.` `$` or
 * another `/` is a time, price or date, not a day.
 */

export interface DayNumber {
  day: number;
  /** The challenge's length when the post gives it ("12/100", "Day 12 of 100"). */
  of?: number;
  /** How the user wrote it, `{n}` for the day and `{of}` for the length: "Day {n} of #100DaysOfCode". */
  form: string;
}

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** English number words one to thirty, keyed without spaces or hyphens ("twentyone"). */
const WORDS = new Map<string, number>([
  ...ONES.map((w, i) => [w, i + 1] as const),
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ['twenty', 20],
  ...ONES.map((w, i) => [`twenty${w}`, i + 21] as const),
  ['thirty', 30],
]);
// Longest first, so "twenty-one" is not read as "twenty".
const WORD_PATTERN = [...ONES.map((w) => `twenty[- ]?${w}`), ...TEENS, 'twenty', 'thirty', ...ONES].join('|');

const NOT_AFTER = String.raw`(?<![\p{L}\p{N}$€£:./])`;
const NOT_BEFORE = String.raw`(?![\p{L}\p{N}]|[:.,/]\d)`;
const UNIT = 'days?|d[ií]as?|tag|jour|giorno|week|semana|woche|semaine|settimana';
const OF_SEPARATOR = String.raw`\s*\/\s*|\s+(?:of|out of|de|von|di|sur)\s+`;

/** All the phrasings in one pass; `d` gives the positions of the numbers for the form. */
const PHRASES = new RegExp(
  [
    String.raw`${NOT_AFTER}(?:${UNIT})\s*(?<n>\d{1,4}|${WORD_PATTERN})(?:(?:${OF_SEPARATOR})(?<of>\d{1,4}))?${NOT_BEFORE}`,
    String.raw`${NOT_AFTER}r\d{1,2}d(?<rn>\d{1,4})${NOT_BEFORE}`,
    String.raw`${NOT_AFTER}d(?<dn>\d{1,4})${NOT_BEFORE}`,
    String.raw`${NOT_AFTER}(?<fn>\d{1,4})\s*\/\s*(?<fof>\d{1,4})${NOT_BEFORE}`,
    String.raw`(?<!\d)(?<jn>\d{1,4})日目`,
  ].join('|'),
  'dgiu',
);

const HASHTAG = /#[\p{L}\p{N}_]+/gu;
/** What may stand between the day and the tag for both to belong to one phrase. */
const JOINER = /^[\s,:\-–—|]*(?:(?:of|de|von|di|du|del)\s+)?$/i;
const MAX_DAY = 1000;

interface Span {
  start: number;
  end: number;
}

/**
 * The day (or week) number `text` gives for `tag`, nearest the tag when it gives several, or
 * undefined when it names no day. Posts that carry the tag elsewhere (a separate hashtag list)
 * still count: the phrase alone is then the form.
 */
export function dayNumberOf(text: string, tag: string): DayNumber | undefined {
  const wanted = `#${tag.startsWith('#') ? tag.slice(1) : tag}`.toLowerCase();
  let tagSpan: Span | undefined;
  const blanked = text.replace(HASHTAG, (m, offset: number) => {
    if (!tagSpan && m.toLowerCase() === wanted) tagSpan = { start: offset, end: offset + m.length };
    return ' '.repeat(m.length);
  });

  let best: { match: RegExpExecArray; day: number; of?: number; distance: number } | undefined;
  for (const match of blanked.matchAll(PHRASES)) {
    const g = match.groups ?? {};
    const raw = g.n ?? g.rn ?? g.dn ?? g.fn ?? g.jn;
    const day = raw === undefined ? NaN : toNumber(raw);
    const ofRaw = g.of ?? g.fof;
    const of = ofRaw === undefined ? undefined : Number(ofRaw);
    if (!(day <= MAX_DAY) || (of !== undefined && (of < day || of > MAX_DAY))) continue;
    const end = match.index + match[0].length;
    const distance = tagSpan ? Math.max(0, match.index - tagSpan.end, tagSpan.start - end) : 0;
    if (!best || distance < best.distance) best = { match, day, of, distance };
  }
  if (!best) return undefined;
  return { day: best.day, ...(best.of === undefined ? {} : { of: best.of }), form: formOf(text, best.match, tagSpan) };
}

function toNumber(raw: string): number {
  return /^\d/.test(raw) ? Number(raw) : (WORDS.get(raw.toLowerCase().replace(/[- ]/g, '')) ?? NaN);
}

/** The phrase as written, widened to the tag when only a joining word stands between them. */
function formOf(text: string, match: RegExpExecArray, tagSpan: Span | undefined): string {
  let start = match.index;
  let end = start + match[0].length;
  if (tagSpan) {
    const gap = tagSpan.start >= end ? text.slice(end, tagSpan.start) : text.slice(tagSpan.end, start);
    if (gap.length <= 12 && JOINER.test(gap)) {
      start = Math.min(start, tagSpan.start);
      end = Math.max(end, tagSpan.end);
    }
  }
  const holes: [number, number, string][] = [];
  const indices = match.indices?.groups ?? {};
  for (const [name, span] of Object.entries(indices)) {
    if (span) holes.push([span[0], span[1], name === 'of' || name === 'fof' ? '{of}' : '{n}']);
  }
  holes.sort((a, b) => b[0] - a[0]);
  let form = text.slice(start, end);
  for (const [from, to, hole] of holes) form = form.slice(0, from - start) + hole + form.slice(to - start);
  return form;
}

/**
 * The post for day `n` written the way `form` was. Without `of`, a `{of}` and the "/" or "of"
 * before it are left out ("Day {n}/{of}" becomes "Day 13").
 */
export function nextPost(form: string, n: number, of?: number): string {
  const filled = of === undefined ? form.replace(new RegExp(`(?:${OF_SEPARATOR})?\\{of\\}`, 'i'), '') : form.replace('{of}', String(of));
  return filled.replace('{n}', String(n));
}
