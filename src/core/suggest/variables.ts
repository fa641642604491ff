/**
 * What a suggestion can say about the person and the conversation: `{first_name}`-style variables,
 * filled the same way in the built-in replies and in the replies the user saved. A variable Rapport
 * does not know is left out of the sentence cleanly ("Thanks, {first_name}!" becomes "Thanks!")
 * and reported, so the user sees what was missing instead of a reply that reads "Thanks, !".
 */
import { SITE_NAMES, type SiteId } from '../sites';
import type { SavedReply, SuggestContext, Suggestion } from './types';

/**
 * The variables a reply may use, in the order the options page lists them:
 * - `{first_name}`: the first word of their display name, without titles or emoji ("Dr. Maya Chen 🌱"
 *   is Maya); their handle when the name has none;
 * - `{name}`: their display name without emoji;
 * - `{handle}`: their handle as the site writes a mention (`@maya`, `u/maya`; a LinkedIn id alone);
 * - `{topic}`: a few words of what you last talked about, else the comment's first hashtag or subject;
 * - `{days_since_last}`: days since your last interaction with them;
 * - `{site}`: the site's name;
 * - `{my_name}`: your own name, as given in the options (the caller passes it: it is not in the context).
 */
export const VARIABLES = ['first_name', 'name', 'handle', 'topic', 'days_since_last', 'site', 'my_name'] as const;
export type VariableName = (typeof VARIABLES)[number];

/** The longest topic a reply quotes: a reply should name a subject, never repeat a comment. */
export const TOPIC_MAX = 40;

/** How a mention is written on each site; a LinkedIn profile id is no mention, so it stands alone. */
const MENTION_PREFIX: Record<SiteId, string> = { x: '@', reddit: 'u/', mastodon: '@', bluesky: '@', linkedin: '', youtube: '@' };

/** Emoji with their joiners, variation selectors, skin tones and flag letters. */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;

/** Honorifics and titles people put before their name in a display name. */
const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev', 'fr', 'capt', 'coach', 'chef', 'mme', 'mlle', 'herr', 'frau', 'sr', 'sra', 'hon']);

/** The variables' values for one item; an unknown one is the empty string, which fills as missing. */
export function variablesOf(ctx: SuggestContext, myName = ''): Record<VariableName, string> {
  const { person, item } = ctx;
  const days = person.daysSinceLast;
  return {
    first_name: firstNameOf(person.name) || localPart(person.handle),
    name: withoutEmoji(person.name) || localPart(person.handle),
    handle: person.handle ? MENTION_PREFIX[item.site] + person.handle : '',
    topic: topicOf(person.lastTopic ?? '') || hashtagTopic(item.hashtags) || topicOf(item.text),
    days_since_last: days === undefined ? '' : String(Math.max(0, Math.floor(days))),
    site: SITE_NAMES[item.site],
    my_name: withoutEmoji(myName),
  };
}

const withoutEmoji = (text: string) => text.replace(EMOJI, ' ').replace(/\s+/g, ' ').trim();

/** A Mastodon handle is `user@instance`: people are called by the user part. */
const localPart = (handle: string) => handle.replace(/@.*$/, '');

/**
 * The first word of a display name that is a name: "Dr. Maya Chen 🌱" → "Maya", "🌱 maya | design" →
 * "maya". Words are trimmed of punctuation and emoji at their ends (keeping "O'Brien" and "Jean-Luc");
 * titles and lone initials are skipped. Empty when nothing is left, so the caller falls back.
 */
export function firstNameOf(displayName: string): string {
  for (const raw of withoutEmoji(displayName).split(' ')) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, '');
    if (!/\p{L}/u.test(word) || TITLES.has(word.toLowerCase())) continue;
    if (word.length === 1 && /[.]$/.test(raw)) continue;
    return word;
  }
  return '';
}

const hashtagTopic = (tags: readonly string[]) => {
  const tag = tags.find((t) => t.trim());
  return tag ? bounded(`#${tag.trim().replace(/^#/, '')}`) : '';
};

/** Words that end a subject rather than belong to it. */
const STOP = new Set(
  ('a an the and or but if so as at by for from in into of on onto to with without about over under is are was were be been am do does did ' +
    'has have had will would can could should may might must i me my we our you your he him his she her it its they them their this that these ' +
    'those there here what which who whom how why when where not no yes just really very so too also again all any some more most much').split(' '),
);
/**
 * A subject is what follows "about", "regarding" or "on" (best: "Loved your talk on accessibility"),
 * else a determiner ("How did you do the lighting?").
 */
const SUBJECT_LEADS = [/(?:^|[^\p{L}\p{N}])(?:about|regarding|on)\s+(?:(?:the|your|this|that|my|our|a|an)\s+)?/giu, /(?:^|[^\p{L}\p{N}])(?:the|your|this|that)\s+/giu];
const SUBJECT_WORD = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/u;
const PUNCTUATION = /[.!?…,;:]/u;

/**
 * A few words naming what a text is about, at most 40 characters; empty when none stand out. It
 * is the first one to three words after a lead, and one that followed a determiner is given "the"
 * ("your new post" → "the new post": the reply is the user's, so "your" would point the wrong way).
 * Without a lead, a short phrase without punctuation ("sourdough starters") is its own subject.
 */
export function topicOf(text: string): string {
  const plain = withoutEmoji(text);
  if (!plain) return '';
  for (const lead of SUBJECT_LEADS) {
    for (const m of plain.matchAll(lead)) {
      const subject = wordsAfter(plain.slice((m.index ?? 0) + m[0].length));
      if (!subject) continue;
      const determined = /(?:the|your|this|that|my|our|a|an)\s+$/i.test(m[0]);
      return bounded(determined ? `the ${subject}` : subject);
    }
  }
  const words = plain.split(' ');
  const short = words.length <= 4 && !PUNCTUATION.test(plain) && !words.every((w) => STOP.has(w.toLowerCase()));
  return short ? bounded(plain) : '';
}

/** Up to three words that are not stop words, ending at the first punctuation. */
function wordsAfter(text: string): string {
  const taken: string[] = [];
  let rest = text;
  while (taken.length < 3) {
    const word = SUBJECT_WORD.exec(rest)?.[0];
    if (!word || STOP.has(word.toLowerCase())) break;
    taken.push(word);
    rest = rest.slice(word.length);
    if (!/^ [^ ]/.test(rest)) break;
    rest = rest.slice(1);
  }
  return taken.join(' ');
}

/** Cut at a word boundary to `max` characters, with an ellipsis when something was cut. */
export function bounded(text: string, max = TOPIC_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '').replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** Stand-ins while filling; characters a template or a value could hold are removed first. */
const GAP = '\uE000';
const OPEN = '\uE001';
const CLOSE = '\uE002';
const STAND_INS = /[\uE000-\uE002]/g;
const SLOT = /\{([a-z_]+)\}/g;

/**
 * Fills `{variable}`s with `vars`. A variable that is unknown or empty is taken out with the comma
 * or space that joined it to the sentence, and named in `missing`: "Hi {first_name}, thanks" →
 * "Hi, thanks"; "{first_name}, thanks" → "Thanks". `{{` and `}}` stand for literal braces. Values
 * are inserted as they are: a name holding "{topic}" is not filled again.
 */
export function fillTemplate(text: string, vars: Record<string, string>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const filled = text
    .replace(STAND_INS, '')
    .replaceAll('{{', OPEN)
    .replaceAll('}}', CLOSE)
    .replace(SLOT, (_, name: string) => {
      const value = (vars[name] ?? '').replace(STAND_INS, '').trim();
      if (value) return value;
      if (!missing.includes(name)) missing.push(name);
      return GAP;
    });
  return { text: closeGaps(filled).replaceAll(OPEN, '{').replaceAll(CLOSE, '}'), missing };
}

/** Takes the gaps of missing variables out of a sentence, with what joined them to it. */
function closeGaps(text: string): string {
  if (!text.includes(GAP)) return text;
  const g = GAP;
  return (
    text
      // A mention sign belongs to its handle; empty brackets go with their gap; gaps side by side are one.
      .replace(new RegExp(`[@#]?${g}`, 'g'), g)
      .replace(new RegExp(`\\(\\s*${g}\\s*\\)`, 'g'), g)
      .replace(new RegExp(`${g}(?:[ \\t]*${g})+`, 'g'), g)
      // "Thanks, {first_name}, for this" → "Thanks for this".
      .replace(new RegExp(`[ \\t]*,[ \\t]*${g}[ \\t]*,[ \\t]*`, 'g'), ' ')
      // "{first_name}, thanks" → "Thanks", at the start of the text, a line or a sentence.
      .replace(new RegExp(`(^|\\n|[.!?][ \\t]+)[ \\t]*${g}[ \\t]*[,;:!]?[ \\t]*(\\p{Ll})?`, 'gu'), (_, before: string, letter = '') => before + letter.toUpperCase())
      // "Hi {first_name}, thanks" → "Hi, thanks"; "Thanks, {first_name}!" → "Thanks!".
      .replace(new RegExp(`[ \\t]*,?[ \\t]*${g}(?=[,.!?;:)\\]…]|$|\\n)`, 'g'), '')
      // Between words: "Hey {first_name} good point" → "Hey good point".
      .replace(new RegExp(`[ \\t]*${g}[ \\t]*`, 'g'), ' ')
      .replace(/^[ \t]+|[ \t]+$/gm, '')
  );
}

/**
 * The user's saved replies, filled for this item: those meant for this kind of comment (or for all
 * kinds) first, then the rest, each in the user's order. One that fills to nothing is left out.
 */
export function savedSuggestions(saved: readonly SavedReply[], ctx: SuggestContext, myName = ''): Suggestion[] {
  const vars = variablesOf(ctx, myName);
  const fits = (r: SavedReply) => r.kinds.length === 0 || r.kinds.includes(ctx.item.kind);
  return [...saved.filter(fits), ...saved.filter((r) => !fits(r))]
    .map((r) => fillTemplate(r.text, vars).text.trim())
    .filter(Boolean)
    .map((text): Suggestion => ({ text, intent: 'saved', provider: 'builtin' }));
}

/**
 * A 32-bit hash: the same text always gives the same number, and similar texts very different ones.
 * Built-in replies pick their wording with it (the same item keeps its suggestions) and prompts
 * derive their data fences from it. Not a secret and not meant to be one. FNV-1a, then a final mix
 * (MurmurHash3's), without which the low bits, and so `hash % 2`, follow the parity of the text.
 */
export function stableHash(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
