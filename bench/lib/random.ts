/** A small seeded PRNG (mulberry32), so every benchmark page and data set is the same on every run. */
export interface Random {
  /** [0, 1) */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

export function random(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return { next, int, pick: (list) => list[int(list.length)]!, chance: (p) => next() < p };
}

export const WORDS = (
  'the a of to and in is it that for on with as was at by this from be have are or not but an they you we one all ' +
  'sync offline merge conflict release build test bread sourdough crumb oven weekend morning coffee train bike ' +
  'rust typescript python compiler parser cache latency queue worker server client browser extension database ' +
  'index query garden tomato rain fog river bridge photo film camera lens paper thesis draft review conference ' +
  'talk slides meetup friends music synth guitar record vinyl book novel chapter library privacy security patch ' +
  'update bug fix issue feature roadmap design sketch color font layout mobile desktop battery phone keyboard ' +
  'really maybe today tomorrow finally again still already never always quick small huge weird lovely great'
).split(' ');

export function sentence(r: Random, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(r.pick(WORDS));
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}${r.pick(['.', '.', '.', '!', '?'])}`;
}
