/**
 * Suggests that accounts on different sites belong to one person, for the user to confirm or
 * refuse. A shared handle is strong evidence (people pick the same name everywhere they can); a
 * shared display name only makes it possible. Accounts are bucketed by handle stem and by name, so
 * the work grows with the number of accounts, not with its square; a bucket holding more than a
 * few people ("john", "Alex") is a common name, not evidence, and is skipped.
 */
import { normaliseHandle } from './handles';
import { fold, wordsOf } from './search';
import { SITE_IDS, SITE_NAMES, type SiteId } from './sites';

const MIN_STEM = 3;
const MAX_BUCKET_PEOPLE = 5;

/** The part of a handle its owner chose, as they would write it: without the Mastodon instance or `.bsky.social`. */
function chosenPart(site: SiteId, handle: string): string {
  const h = normaliseHandle(site, handle);
  if (site === 'mastodon') return h.replace(/@.*$/, '');
  if (site === 'bluesky') return h.replace(/\.bsky\.social$/, '');
  return h;
}

/**
 * The comparable core of a handle: lower case, letters and digits only (`maya_chen`, `maya.chen`
 * and `maya-chen` are one stem), trailing digits kept (`maya2` may well be someone else).
 *
 * A Bluesky handle stems to its first label, whatever the domain: `maya.bsky.social` and a custom
 * domain `maya.dev` are both `maya`. The first label is the name its owner chose under bsky.social,
 * at the top of a domain of their own, or with a hosting service (`maya.example.app`), and telling
 * those apart would need the public-suffix list. The cost: a handle on a subdomain of one's own
 * domain (`blog.maya.dev`) stems to `blog`.
 *
 * A LinkedIn id loses the suffix LinkedIn adds when it generates one (`maya-chen-4b2a1734`): a
 * hyphenated last part of six or more letters and digits with a digit in it, which its owner did not choose.
 */
export function handleStem(site: SiteId, handle: string): string {
  let core = chosenPart(site, handle);
  if (site === 'bluesky') core = core.replace(/\..*$/, '');
  if (site === 'linkedin') core = core.replace(/(?<=.)-(?=[a-z]*\d)[a-z\d]{6,}$/, '');
  return fold(core).replace(/[^\p{L}\p{N}]/gu, '');
}

/** A display name folded for comparison: accents, emoji and punctuation gone, words single-spaced. */
export function nameKey(name: string): string {
  return wordsOf(name).join(' ');
}

/** A name that says something: two words or more ("Maya Chen"), or one long one ("Mayachen"). */
const distinctive = (key: string) => key.includes(' ') || key.replace(/[^\p{L}]/gu, '').length >= 6;

export interface LinkAccount {
  key: string;
  site: SiteId;
  handle: string;
  name: string;
  personId: string;
}

export interface LinkSuggestion {
  /** The two people, `a < b`. */
  a: string;
  b: string;
  /** The account of `a` and the account of `b` that gave the evidence. */
  accounts: [string, string];
  reason: string;
  strength: 'strong' | 'possible';
}

interface Evidence {
  a: string;
  b: string;
  handle?: [LinkAccount, LinkAccount];
  name?: [LinkAccount, LinkAccount];
}

/** Pairs of people who may be one, strong first; each pair once, with the accounts that suggest it. */
export function suggestLinks(accounts: readonly LinkAccount[], notSame: ReadonlyMap<string, ReadonlySet<string>>): LinkSuggestion[] {
  const byStem = new Map<string, LinkAccount[]>();
  const byName = new Map<string, LinkAccount[]>();
  for (const account of accounts) {
    const stem = handleStem(account.site, account.handle);
    if (stem.length >= MIN_STEM) pushTo(byStem, stem, account);
    const name = nameKey(account.name);
    if (distinctive(name)) pushTo(byName, name, account);
  }

  const found = new Map<string, Evidence>();
  const pairUp = (buckets: Map<string, LinkAccount[]>, kind: 'handle' | 'name') => {
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      // One account per person and site is enough to pair, and bounds the pairs in a bucket.
      const firsts = new Map<string, LinkAccount>();
      for (const account of bucket) if (!firsts.has(`${account.personId}|${account.site}`)) firsts.set(`${account.personId}|${account.site}`, account);
      const members = [...firsts.values()];
      const people = new Set(members.map((m) => m.personId)).size;
      if (people < 2 || people > MAX_BUCKET_PEOPLE) continue;
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const [x, y] = [members[i]!, members[j]!];
          if (x.personId === y.personId || x.site === y.site) continue;
          const [ofA, ofB] = x.personId < y.personId ? [x, y] : [y, x];
          if (notSame.get(ofA.personId)?.has(ofB.personId) || notSame.get(ofB.personId)?.has(ofA.personId)) continue;
          const pair = `${ofA.personId}\n${ofB.personId}`;
          let evidence = found.get(pair);
          if (!evidence) found.set(pair, (evidence = { a: ofA.personId, b: ofB.personId }));
          evidence[kind] ??= [ofA, ofB];
        }
      }
    }
  };
  pairUp(byStem, 'handle');
  pairUp(byName, 'name');

  const suggestions = [...found.values()].map(({ a, b, handle, name }): LinkSuggestion => {
    const [ofA, ofB] = (handle ?? name)!;
    const reasons = [handle && handleReason(...handle), name && `same display name ${shorterName(...name)}`];
    return { a, b, accounts: [ofA.key, ofB.key], reason: reasons.filter(Boolean).join('; '), strength: handle ? 'strong' : 'possible' };
  });
  return suggestions.sort((x, y) => Number(x.strength === 'possible') - Number(y.strength === 'possible') || compare(x.a, y.a) || compare(x.b, y.b));
}

/** The suggestions that name this person. */
export function suggestionsFor(personId: string, suggestions: readonly LinkSuggestion[]): LinkSuggestion[] {
  return suggestions.filter((s) => s.a === personId || s.b === personId);
}

function pushTo(buckets: Map<string, LinkAccount[]>, key: string, account: LinkAccount) {
  const bucket = buckets.get(key);
  if (bucket) bucket.push(account);
  else buckets.set(key, [account]);
}

/** "same handle maya_chen on X and Reddit", or both handles when they are written differently. */
function handleReason(x: LinkAccount, y: LinkAccount): string {
  const [first, second] = SITE_IDS.indexOf(x.site) < SITE_IDS.indexOf(y.site) ? [x, y] : [y, x];
  const [one, other] = [chosenPart(first.site, first.handle), chosenPart(second.site, second.handle)];
  const [onFirst, onSecond] = [SITE_NAMES[first.site], SITE_NAMES[second.site]];
  return one === other ? `same handle ${one} on ${onFirst} and ${onSecond}` : `matching handles ${one} on ${onFirst} and ${other} on ${onSecond}`;
}

/** The name as one of them writes it, the plainer (shorter) of the two: usually without emoji. */
function shorterName(x: LinkAccount, y: LinkAccount): string {
  const [one, other] = [x.name.trim(), y.name.trim()];
  return other.length < one.length ? other : one;
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
