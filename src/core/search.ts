/**
 * The People search index. Each person row keeps the terms of their name, handles, tags and notes
 * (indexed multi-entry, so a lookup starts from one query term); a person matches when every term
 * of the query begins some term of theirs.
 *
 * Terms are words: runs of letters and digits in any script, folded so "Zoë" is found by "zoe".
 * Besides them the index keeps:
 * - each whole handle, and joined words (`maya.bsky.social`, `maya_chen`, `zoë-lee`) from each
 *   of their parts on, so a query typed as a handle (`maya.bsky`, `bsky.social`) is found too;
 * - within Chinese and Japanese words, which are written without spaces, the rest of the word
 *   from each character on, so "太郎" finds "山田太郎".
 */

const MAX_TERM = 40;
const MAX_TERMS = 400;

/**
 * Lower case, apostrophes dropped (O'Brien is obrien), compatibility forms (ﬁ, full-width letters)
 * and Latin, Greek and Cyrillic accents folded.
 */
export function fold(text: string): string {
  const plain = text.replace(/['\u2019\u02bc]/g, '');
  // Printable ASCII has nothing more to fold: skip the normalising for most names and notes.
  if (/^[\t\n\r -~]*$/.test(plain)) return plain.toLowerCase();
  // Decomposed before lower-casing, so 𝒳 and Ｍ become x and m, and İ an i with a dot to drop.
  // Only the combining accents block is dropped: marks of other scripts (Devanagari vowel signs,
  // kana voicing) are parts of their words. NFC then rebuilds what NFKD took apart (Hangul).
  return plain.normalize('NFKD').toLowerCase().replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/**
 * Words of letters and digits, possibly joined by `.`, `_`, `-` or `@` (handles, hyphenated
 * names). Marks left after folding belong to their word (Devanagari vowel signs), so they do not
 * split it.
 */
const WORD = '[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*';
const WORDS = new RegExp(WORD, 'gu');
const JOINED = new RegExp(`${WORD}(?:[._@-]${WORD})*`, 'gu');
const JOINER = /[._@-]/;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** The folded words of a text: what a name or a note says, without punctuation, symbols or emoji. */
export function wordsOf(text: string): string[] {
  return fold(text).match(WORDS) ?? [];
}

/** At most 40 characters, never cutting a character written as two code units in half. */
const bounded = (term: string) => (term.length > MAX_TERM ? term.slice(0, MAX_TERM).replace(/[\uD800-\uDBFF]$/, '') : term);

/** Adds the terms of one piece of folded text, in reading order, while there is room. */
function addTermsOf(text: string, terms: Set<string>): void {
  for (const joined of text.match(JOINED) ?? []) {
    if (terms.size >= MAX_TERMS) return;
    if (!JOINER.test(joined)) {
      addWord(joined, terms);
      continue;
    }
    const words = joined.split(JOINER);
    // The joined word from each of its parts on; the last part alone is a plain word, below.
    let from = 0;
    for (const word of words.slice(0, -1)) {
      add(joined.slice(from), terms);
      from += word.length + 1;
    }
    for (const word of words) addWord(word, terms);
  }
}

function addWord(word: string, terms: Set<string>): void {
  add(word, terms);
  if (!UNSPACED.test(word)) return;
  const chars = Array.from(word);
  for (let i = 1; i < chars.length; i++) if (UNSPACED.test(chars[i] ?? '')) add(chars.slice(i).join(''), terms);
}

function add(term: string, terms: Set<string>): void {
  if (term && terms.size < MAX_TERMS) terms.add(bounded(term));
}

export interface Searchable {
  name: string;
  handles: string[];
  tags: string[];
  notes: string;
}

/** A person's search terms: deduplicated, at most 400, the name's first and the notes' last. */
export function termsOf(p: Searchable): string[] {
  const terms = new Set<string>();
  addTermsOf(fold(p.name), terms);
  for (const h of p.handles) {
    const handle = fold(h).replace(/^@/, '');
    add(handle, terms);
    addTermsOf(handle, terms);
  }
  for (const tag of p.tags) addTermsOf(fold(tag), terms);
  addTermsOf(fold(p.notes), terms);
  return [...terms];
}

/** A query folded the way terms are; a handle typed whole stays one term. */
export function queryTerms(q: string): string[] {
  return [...new Set((fold(q).match(JOINED) ?? []).map(bounded))];
}

/** Whether every query term begins one of the terms (an empty query matches everyone). */
export function matchesQuery(terms: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => terms.some((t) => t.startsWith(q)));
}
