import { describe, expect, it } from 'vitest';
import { fold, matchesQuery, queryTerms, termsOf, wordsOf } from '../../src/core/search';

const person = (over: Partial<Parameters<typeof termsOf>[0]>) => ({ name: '', handles: [], tags: [], notes: '', ...over });
const finds = (p: Parameters<typeof termsOf>[0], q: string) => matchesQuery(termsOf(p), queryTerms(q));

describe('fold and wordsOf', () => {
  it('folds case, accents, apostrophes and compatibility forms', () => {
    expect(fold('Zoë Müller-Łukasz')).toBe('zoe muller-łukasz');
    expect(fold("O'Brien’s")).toBe('obriens');
    expect(fold('ＭＡＹＡ ﬁne 𝒳 İstanbul')).toBe('maya fine x istanbul');
    expect(fold('Ёлка')).toBe('елка');
  });
  it('keeps what is part of words in other scripts', () => {
    expect(fold('한국어')).toBe('한국어');
    expect(fold('がっこう')).toBe('がっこう');
    expect(wordsOf('नमिता शर्मा')).toEqual(['नमिता', 'शर्मा']);
  });
  it('drops punctuation, symbols and emoji', () => {
    expect(wordsOf('Maya Chen 🌱️ | Dev-Rel (she/her)')).toEqual(['maya', 'chen', 'dev', 'rel', 'she', 'her']);
  });
});

describe('termsOf', () => {
  it('words of name, handles, tags and notes, deduplicated', () => {
    const terms = termsOf(person({ name: 'Maya Chen', handles: ['maya_chen'], tags: ['podcast-guests'], notes: 'Met Maya at the Rust meetup.' }));
    expect(terms).toEqual(['maya', 'chen', 'maya_chen', 'podcast-guests', 'podcast', 'guests', 'met', 'at', 'the', 'rust', 'meetup']);
  });
  it('keeps each whole handle, and a joined handle from each of its parts on', () => {
    const terms = termsOf(person({ handles: ['maya.bsky.social', 'maya@mastodon.social'] }));
    expect(terms).toEqual(['maya.bsky.social', 'bsky.social', 'maya', 'bsky', 'social', 'maya@mastodon.social', 'mastodon.social', 'mastodon']);
  });
  it('bounds terms at 40 characters and 400 terms, keeping the first', () => {
    const notes = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    const terms = termsOf(person({ name: 'Maya Chen', handles: ['a'.repeat(60)], notes }));
    expect(terms).toHaveLength(400);
    expect(terms.slice(0, 3)).toEqual(['maya', 'chen', 'a'.repeat(40)]);
    expect(terms.at(-1)).toBe('word396');
    expect(Math.max(...terms.map((t) => t.length))).toBe(40);
  });
  it('never cuts a character in half at 40', () => {
    // Gothic 𐌰 is one letter written as two code units.
    const [term] = termsOf(person({ name: `${'a'.repeat(39)}𐌰𐌱` }));
    expect(term).toBe('a'.repeat(39));
  });
});

describe('queryTerms and matchesQuery', () => {
  const maya = person({
    name: 'Zoë Müller',
    handles: ['zoe.bsky.social', 'zoe_m@fosstodon.org'],
    tags: ['Конференция', 'open-source'],
    notes: 'Wrote the Rust parser talk. 山田太郎 introduced us.',
  });
  it('finds names without their accents, and with them', () => {
    expect(finds(maya, 'zoe')).toBe(true);
    expect(finds(maya, 'ZOË mül')).toBe(true);
    expect(finds(maya, 'zoey')).toBe(false);
  });
  it('finds handles typed whole or in part, with or without @', () => {
    expect(queryTerms('@zoe.bsky')).toEqual(['zoe.bsky']);
    expect(finds(maya, 'zoe.bsky')).toBe(true);
    expect(finds(maya, 'bsky.social')).toBe(true);
    expect(finds(maya, '@zoe_m@fosstodon')).toBe(true);
    expect(finds(maya, 'fosstodon.org')).toBe(true);
    expect(finds(maya, 'zoe.mastodon')).toBe(false);
  });
  it('finds tags and words of notes in any script', () => {
    expect(finds(maya, 'конф')).toBe(true);
    expect(finds(maya, 'open source')).toBe(true);
    expect(finds(maya, 'parser talk')).toBe(true);
    expect(finds(maya, '山田')).toBe(true);
    expect(finds(maya, '太郎')).toBe(true);
    expect(finds(maya, 'python')).toBe(false);
  });
  it('every query term must match', () => {
    expect(finds(maya, 'zoe rust')).toBe(true);
    expect(finds(maya, 'zoe go')).toBe(false);
  });
  it('an empty query matches everyone', () => {
    expect(queryTerms('  , . ')).toEqual([]);
    expect(matchesQuery(termsOf(maya), [])).toBe(true);
    expect(matchesQuery([], [])).toBe(true);
  });
  it('a query is folded like the terms and bounded the same way', () => {
    expect(queryTerms("Zoë  O'Brien zoe")).toEqual(['zoe', 'obrien']);
    const long = 'x'.repeat(60);
    expect(finds(person({ name: long }), long)).toBe(true);
  });
});
