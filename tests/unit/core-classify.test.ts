import { describe, expect, it } from 'vitest';
import { classifyComment, COMMENT_KINDS, type CommentKind } from '../../src/core/classify';
import labelled from '../fixtures/comments/labelled.json';

interface Row {
  id: string;
  site: string;
  lang: string;
  text: string;
  label: CommentKind;
}
const rows = labelled as Row[];

/** Ids ending in 0, 3 or 7 are held out: scored only, never tuned on (see the fixture's README). */
const heldOut = (r: Row) => /[037]$/.test(r.id);

interface Scored {
  accuracy: number;
  perKind: Record<CommentKind, { n: number; precision: number; recall: number }>;
  misses: { row: Row; got: CommentKind; cues: string[] }[];
}

function score(part: Row[]): Scored {
  const tally = Object.fromEntries(COMMENT_KINDS.map((k) => [k, { n: 0, tp: 0, predicted: 0 }])) as Record<CommentKind, { n: number; tp: number; predicted: number }>;
  const misses: Scored['misses'] = [];
  for (const row of part) {
    const { kind, cues } = classifyComment(row.text);
    tally[row.label].n++;
    tally[kind].predicted++;
    if (kind === row.label) tally[kind].tp++;
    else misses.push({ row, got: kind, cues });
  }
  const perKind = Object.fromEntries(
    COMMENT_KINDS.map((k) => [k, { n: tally[k].n, precision: tally[k].predicted ? tally[k].tp / tally[k].predicted : 0, recall: tally[k].n ? tally[k].tp / tally[k].n : 0 }]),
  ) as Scored['perKind'];
  return { accuracy: (part.length - misses.length) / part.length, perKind, misses };
}

const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
function table(name: string, s: Scored): string {
  const lines = COMMENT_KINDS.map((k) => `  ${k.padEnd(9)} ${String(s.perKind[k].n).padStart(4)}  ${pct(s.perKind[k].precision)}  ${pct(s.perKind[k].recall)}`);
  return [`${name}: accuracy ${pct(s.accuracy)}`, '  kind         n  prec.  recall', ...lines].join('\n');
}

describe('the labelled set', () => {
  it('has enough rows, of every kind, site and language', () => {
    expect(rows.length).toBeGreaterThanOrEqual(320);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const k of COMMENT_KINDS) expect(rows.filter((r) => r.label === k).length).toBeGreaterThanOrEqual(45);
    expect(new Set(rows.map((r) => r.site))).toEqual(new Set(['x', 'reddit', 'mastodon', 'bluesky', 'linkedin', 'youtube']));
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['en', 'es', 'de', 'fr', 'pt', 'it', 'nl', 'ja']));
    for (const lang of ['es', 'de', 'fr', 'pt']) expect(rows.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(15);
    expect(rows.filter((r) => r.lang === 'en').length / rows.length).toBeCloseTo(0.7, 1);
  });
});

describe('accuracy on the labelled set', () => {
  const tuning = score(rows.filter((r) => !heldOut(r)));
  const held = score(rows.filter(heldOut));
  console.log(`${table('tuning', tuning)}\n${table('held out', held)}`);
  console.log(`tuning misses:\n${tuning.misses.map((m) => `  ${m.row.id} ${m.row.label} → ${m.got} [${m.cues.join('; ')}] ${JSON.stringify(m.row.text)}`).join('\n')}`);

  // Floors just under what was measured (tuning 100%, every recall 100%; held out 97%, recalls
  // 95–100%); at 20–25 comments a kind, one more miss costs 4–5 points of recall. The README says
  // how far to trust them on comments written by someone else.
  it('holds on the tuning part', () => {
    expect(tuning.accuracy).toBeGreaterThanOrEqual(0.98);
    for (const k of COMMENT_KINDS) expect(tuning.perKind[k].recall, k).toBeGreaterThanOrEqual(0.95);
  });
  it('holds on the held-out part', () => {
    expect(held.accuracy).toBeGreaterThanOrEqual(0.95);
    for (const k of COMMENT_KINDS) expect(held.perKind[k].recall, k).toBeGreaterThanOrEqual(0.9);
  });
});

describe('classifyComment', () => {
  const kindOf = (text: string) => classifyComment(text).kind;

  it.each([
    ['Love this! Where can I buy it?', 'question'],
    ['This is gorgeous 😍 what paper do you use?', 'question'],
    ['Amazing work, thank you so much!', 'praise'],
  ])('a question beats praise: %j → %s', (text, kind) => expect(kindOf(text)).toBe(kind));

  it('weighs what follows "but"', () => {
    expect(kindOf('Great video but the audio is broken')).toBe('concern');
    const turned = classifyComment('Had a few bugs at first but it is fantastic now');
    expect(turned.kind).toBe('praise');
    expect(turned.cues).toContain("'but' weighs what follows");
  });

  it.each([
    ['Not bad at all', 'praise'],
    ['Nicht schlecht!', 'praise'],
    ['not working on my phone', 'concern'],
    ['honestly not great', 'concern'],
  ])('handles negation: %j → %s', (text, kind) => expect(kindOf(text)).toBe(kind));

  it('does not take a "?" in a link or a quote for a question', () => {
    const linked = classifyComment('Wrote more about it here: https://example.com/post?id=42&ref=x');
    expect(linked.kind).toBe('other');
    expect(linked.cues).not.toContain('question mark');
    expect(kindOf('https://youtu.be/abc?t=42 🔥🔥')).toBe('praise');
    expect(kindOf('> is this the final version?\n\nlove it, congrats')).toBe('praise');
    expect(classifyComment('Loved the part where you said "who needs sleep?"').kind).toBe('praise');
  });

  it.each(['🔥🔥', '👏👏👏', '❤️', '😍'])('emoji alone can be praise: %s', (text) => expect(kindOf(text)).toBe('praise'));
  it('laughing emoji alone is not', () => expect(kindOf('😂😂')).toBe('other'));

  it.each([
    ['¿Cuánto cuesta el envío?', 'question'],
    ['Me encanta, gracias!', 'praise'],
    ['Sería genial un video sobre esto', 'feedback'],
    ['No funciona desde ayer', 'concern'],
    ['Wie lange hat das gedauert?', 'question'],
    ['Vielen Dank, richtig gut!', 'praise'],
    ['Wäre toll, wenn es eine App gäbe', 'feedback'],
    ['Leider funktioniert der Link nicht', 'concern'],
    ['Comment tu as fait ça ?', 'question'],
    ["Merci, c'est magnifique", 'praise'],
    ['Tu devrais faire une vidéo là-dessus', 'feedback'],
    ['Ça ne marche pas chez moi', 'concern'],
    ['Onde você comprou?', 'question'],
    ['Amei, parabéns!', 'praise'],
    ['Seria legal ter legendas', 'feedback'],
    ['Não funciona no meu celular', 'concern'],
    ['Dove si compra?', 'question'],
    ['Bellissimo, grazie!', 'praise'],
    ['Hoe werkt dit?', 'question'],
    ['Prachtig gedaan!', 'praise'],
    ['どこで買えますか？', 'question'],
    ['ありがとうございます！最高です', 'praise'],
    ['いつも見てます', 'other'],
  ])('reads other languages: %j → %s', (text, kind) => expect(kindOf(text)).toBe(kind));

  it('hears sarcasm', () => {
    const c = classifyComment('Oh great, another update that breaks everything 🙄');
    expect(c.kind).toBe('concern');
    expect(c.cues).toContain('sounds sarcastic');
  });

  it.each(['Could you add an export to CSV?', 'Have you considered a dark mode?', 'Would be nice to have alt text on these'])(
    'a request for improvement is feedback, even as a question: %j',
    (text) => expect(kindOf(text)).toBe('feedback'),
  );

  it.each(["who's here in 2026?", 'is it just me or is this song stuck in everyone’s head'])('a rhetorical question is no question: %j', (text) =>
    expect(kindOf(text)).not.toBe('question'),
  );

  it.each(['@sam look at this 😂', 'gm everyone', 'first', 'Check out my profile for free crypto signals'])('small talk, tags and spam are other: %j', (text) =>
    expect(kindOf(text)).toBe('other'),
  );

  it('a comment of mentions only tags someone', () => {
    expect(classifyComment('@sam @lee.bsky.social')).toEqual({ kind: 'other', confidence: 1, cues: ['tags someone'] });
  });

  it.each(['', '   \n\t '])('empty text is other: %j', (text) => {
    expect(classifyComment(text)).toEqual({ kind: 'other', confidence: 1, cues: ['no text'] });
  });

  it('says which cues fired, with a confidence between 0 and 1', () => {
    const c = classifyComment('How did you film this?');
    expect(c.kind).toBe('question');
    expect(c.cues).toEqual(expect.arrayContaining(["asks 'how'", 'question mark']));
    for (const row of rows) {
      const { confidence } = classifyComment(row.text);
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reads 50 kB of text (its first 4,000 characters) to a kind', () => {
    for (const text of ['Love this! '.repeat(4600), 'a'.repeat(50_000), '?'.repeat(50_000), '@x '.repeat(17_000)]) {
      expect(COMMENT_KINDS).toContain(classifyComment(text).kind);
    }
    expect(classifyComment('Love this! '.repeat(4600)).kind).toBe('praise');
  });
});
