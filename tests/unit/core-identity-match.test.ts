import { describe, expect, it } from 'vitest';
import { handleStem, nameKey, suggestLinks, suggestionsFor, type LinkAccount } from '../../src/core/identity-match';
import type { SiteId } from '../../src/core/sites';

const account = (personId: string, site: SiteId, handle: string, name = ''): LinkAccount => ({ key: `${site}:${handle}`, site, handle, name, personId });
const none = new Map<string, Set<string>>();

describe('handleStem', () => {
  it.each([
    ['x', 'Maya_Chen', 'mayachen'],
    ['x', '@maya2', 'maya2'],
    ['reddit', 'u/maya-chen', 'mayachen'],
    ['youtube', '@Maya.Chen', 'mayachen'],
    ['youtube', 'zoë', 'zoe'],
    ['mastodon', '@Maya_Chen@fosstodon.org', 'mayachen'],
    ['mastodon', 'maya', 'maya'],
    ['bluesky', 'maya.bsky.social', 'maya'],
    ['bluesky', 'maya-chen.bsky.social', 'mayachen'],
    ['bluesky', 'maya.dev', 'maya'],
    ['bluesky', 'maya.co.uk', 'maya'],
    ['linkedin', 'maya-chen-4b2a1734', 'mayachen'],
    ['linkedin', 'https://www.linkedin.com/in/maya-chen/', 'mayachen'],
    ['linkedin', 'maya-2024', 'maya2024'],
  ] as const)('%s %s → %s', (site, handle, stem) => expect(handleStem(site, handle)).toBe(stem));
});

describe('nameKey', () => {
  it.each([
    ['Maya Chen 🌱', 'maya chen'],
    ['  Zoë   Müller ', 'zoe muller'],
    ['MAYA.CHEN', 'maya chen'],
    ["Siobhán O'Brien", 'siobhan obrien'],
    ['🎉✨', ''],
  ])('%s → %s', (name, key) => expect(nameKey(name)).toBe(key));
});

describe('suggestLinks', () => {
  it('the same handle on two sites is strong', () => {
    expect(suggestLinks([account('p2', 'x', 'maya_chen'), account('p1', 'reddit', 'maya_chen')], none)).toEqual([
      { a: 'p1', b: 'p2', accounts: ['reddit:maya_chen', 'x:maya_chen'], reason: 'same handle maya_chen on X and Reddit', strength: 'strong' },
    ]);
  });
  it('names the Bluesky and Mastodon handle by the part its owner chose', () => {
    const [viaBluesky] = suggestLinks([account('p1', 'bluesky', 'mayachen.bsky.social'), account('p2', 'x', 'mayachen')], none);
    expect(viaBluesky?.reason).toBe('same handle mayachen on X and Bluesky');
    const [viaMastodon] = suggestLinks([account('p1', 'mastodon', 'mayachen@hachyderm.io'), account('p2', 'bluesky', 'maya-chen.bsky.social')], none);
    expect(viaMastodon).toMatchObject({ reason: 'matching handles mayachen on Mastodon and maya-chen on Bluesky', strength: 'strong' });
    const [custom] = suggestLinks([account('p1', 'bluesky', 'maya.dev'), account('p2', 'x', 'maya')], none);
    expect(custom?.reason).toBe('matching handles maya on X and maya.dev on Bluesky');
  });
  it('the same display name is possible', () => {
    expect(suggestLinks([account('p1', 'x', 'mc_writes', 'Maya Chen 🌱'), account('p2', 'linkedin', 'maya-chen-4b2a1734', 'Maya Chen')], none)).toEqual([
      { a: 'p1', b: 'p2', accounts: ['x:mc_writes', 'linkedin:maya-chen-4b2a1734'], reason: 'same display name Maya Chen', strength: 'possible' },
    ]);
  });
  it('both together are strong, and each pair of people is named once', () => {
    const suggestions = suggestLinks(
      [
        account('p1', 'x', 'maya_chen', 'Maya Chen'),
        account('p1', 'reddit', 'maya_chen', 'Maya Chen'),
        account('p2', 'mastodon', 'maya_chen@fosstodon.org', 'Maya Chen'),
        account('p2', 'youtube', 'mayachen', 'Maya Chen'),
      ],
      none,
    );
    expect(suggestions).toEqual([
      {
        a: 'p1',
        b: 'p2',
        accounts: ['x:maya_chen', 'mastodon:maya_chen@fosstodon.org'],
        reason: 'same handle maya_chen on X and Mastodon; same display name Maya Chen',
        strength: 'strong',
      },
    ]);
  });
  it('one-word names need six letters', () => {
    expect(suggestLinks([account('p1', 'x', 'aa1', 'Maya'), account('p2', 'reddit', 'bb2', 'maya')], none)).toEqual([]);
    expect(suggestLinks([account('p1', 'x', 'aa1', 'Mayachen'), account('p2', 'reddit', 'bb2', 'mayachen')], none)).toHaveLength(1);
  });
  it('never two accounts of one person, nor two accounts on one site', () => {
    expect(suggestLinks([account('p1', 'x', 'maya_chen', 'Maya Chen'), account('p1', 'reddit', 'maya_chen', 'Maya Chen')], none)).toEqual([]);
    expect(suggestLinks([account('p1', 'x', 'maya_chen', 'Maya Chen'), account('p2', 'x', 'mayachen', 'Maya Chen')], none)).toEqual([]);
  });
  it('short stems are no evidence', () => {
    expect(suggestLinks([account('p1', 'x', 'mc'), account('p2', 'reddit', 'm_c')], none)).toEqual([]);
    expect(suggestLinks([account('p1', 'x', 'mcx'), account('p2', 'reddit', 'm_c_x')], none)).toHaveLength(1);
  });
  it('a name or handle shared by more than five people is a common one, not evidence', () => {
    const sites = ['x', 'reddit', 'mastodon', 'bluesky', 'linkedin', 'youtube'] as const;
    const johns = (n: number) => sites.slice(0, n).map((site, i) => account(`p${i}`, site, `j${i}x${i}`, 'John Smith'));
    expect(suggestLinks(johns(5), none)).toHaveLength(10);
    expect(suggestLinks(johns(6), none)).toEqual([]);
  });
  it('not for people the user said are different, whichever way round', () => {
    const pair = [account('p1', 'x', 'maya_chen'), account('p2', 'reddit', 'maya_chen'), account('p3', 'youtube', 'maya_chen')];
    const ids = (notSame: Map<string, Set<string>>) => suggestLinks(pair, notSame).map((s) => `${s.a}-${s.b}`);
    expect(ids(none)).toEqual(['p1-p2', 'p1-p3', 'p2-p3']);
    expect(ids(new Map([['p1', new Set(['p2'])]]))).toEqual(['p1-p3', 'p2-p3']);
    expect(ids(new Map([['p2', new Set(['p1'])]]))).toEqual(['p1-p3', 'p2-p3']);
  });
  it('strong suggestions come first', () => {
    const suggestions = suggestLinks(
      [account('a', 'x', 'q1', 'Maya Chen'), account('b', 'reddit', 'q2', 'Maya Chen'), account('c', 'x', 'zoe_m'), account('d', 'reddit', 'zoe-m')],
      none,
    );
    expect(suggestions.map((s) => [s.a, s.b, s.strength])).toEqual([
      ['c', 'd', 'strong'],
      ['a', 'b', 'possible'],
    ]);
  });
  it('suggestionsFor picks those that name a person', () => {
    const suggestions = suggestLinks([account('p1', 'x', 'maya_chen'), account('p2', 'reddit', 'maya_chen'), account('p3', 'x', 'zoe_m'), account('p4', 'reddit', 'zoe_m')], none);
    expect(suggestionsFor('p2', suggestions).map((s) => s.a)).toEqual(['p1']);
    expect(suggestionsFor('p5', suggestions)).toEqual([]);
  });
  it('pairs 20,000 accounts by their buckets, never the common names (its time is a bench figure, not a test)', () => {
    const sites = ['x', 'reddit', 'mastodon', 'bluesky', 'linkedin', 'youtube'] as const;
    const first = ['Maya', 'Zoë', 'John', 'Ana', 'Li', 'Omar', 'Sam', 'Priya'];
    const accounts = Array.from({ length: 20_000 }, (_, i) => {
      const site = sites[i % sites.length]!;
      // Every 40th person has the handle of the one before, on the next site: 500 true pairs.
      const stem = i % 40 === 1 ? `user${i - 1}` : `user${i}`;
      const handle = site === 'bluesky' ? `${stem}.bsky.social` : site === 'mastodon' ? `${stem}@mastodon.social` : stem;
      // Every 7th is a Smith: common names that must not be paired.
      return account(`p${i}`, site, handle, `${first[i % first.length]} ${i % 7 === 0 ? 'Smith' : `Name${i}`}`);
    });
    const suggestions = suggestLinks(accounts, none);
    expect(suggestions).toHaveLength(500);
    expect(suggestions.every((x) => x.strength === 'strong' && x.b === `p${Number(x.a.slice(1)) + 1}`)).toBe(true);
  });
});
