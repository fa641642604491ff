/**
 * A Reddit comment thread for the content-script benchmarks: a post page as the fixtures make it
 * (tests/fixtures/reddit/src/shell.js `newThreadPage`, details variant, signed in as Maya_Builds
 * with her name on `after-login-toast-dispatcher[username]` as thread.html shows it) with an empty
 * comment tree, plus a page script that renders comments with the fixtures' own renderer
 * (tests/fixtures/reddit/src/render.js, `RedditRender.comment`) and appends them in batches, each
 * into its parent's replies (or the tree's section), the way "more replies" partials and the tree's
 * lazy continuation insert comments in place.
 *
 * The comments come from a seeded generator: a post by someone else, about 120 commenters, a
 * realistic tree (a third top-level, replies favouring recent comments, depth up to 9), Maya's own
 * comments, replies to her and u/ mentions of her. Comments are appended in the tree's order
 * (depth first), so a reply always comes after its parent.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { FIXTURES } from '../../tests/fixtures/serve';
import { random, sentence } from '../lib/random';
import { NOW } from './mastodon-feed';

const ME = 'maya';

type Piece = string | { user: string } | { code: string } | { link: string; text: string };

interface Person {
  name: string;
  t2: string;
}

interface Post {
  id: string;
  sub: string;
  t5: string;
  author: string;
  created: string;
  title: string;
  body: Piece[][];
  slug: string;
  score: number;
  ratio: number;
  comments: number;
}

interface Comment {
  id: string;
  author: string;
  authorName: string;
  created: string;
  parent: string;
  depth: number;
  score: number;
  isOp: boolean;
  body: Piece[][];
  position: number;
  permalinkPath: string;
}

export interface RedditThreadData {
  now: string;
  post: Post;
  people: Record<string, Person>;
  /** In the tree's order (depth first). */
  comments: Comment[];
}

export interface RedditThreadSummary {
  /** Item ids the extension should store: the post, then the comments in tree order. */
  itemIds: string[];
  byMe: number;
  repliesToMe: number;
  mentionsOfMe: number;
  topLevel: number;
  maxDepth: number;
}

const NAMES = ['bob_codes', 'carol-dev', 'dan_ux', 'erin_k', 'frank_ops', 'gina_writes', 'hana_m', 'ivan_dev', 'oscar_p', 'quinn_a', 'rosa_lee', 'sven_r', 'lena_k', 'tomas_b', 'wen_li', 'priya_r'];

export function redditThreadData(size = 1000, seed = 20261129): { data: RedditThreadData; summary: RedditThreadSummary } {
  const r = random(seed);
  const nowMs = Date.parse(NOW);
  const people: Record<string, Person> = { [ME]: { name: 'Maya_Builds', t2: 't2_8x2m4q1' } };
  const others: string[] = [];
  for (let i = 0; i < 120; i++) {
    const base = NAMES[i % NAMES.length]!;
    const key = `p${i}`;
    people[key] = { name: i < NAMES.length ? base : `${base}${i}`, t2: `t2_${(1000000 + i * 7919).toString(36)}` };
    others.push(key);
  }
  const title = 'Show r/webdev: I benchmarked every static site generator so you do not have to';
  const post: Post = {
    id: '1ha0b1c',
    sub: 'webdev',
    t5: 't5_2qs0q',
    author: 'p3',
    created: new Date(nowMs - 26 * 3600_000).toISOString(),
    title,
    body: [[sentence(r, 25)], [sentence(r, 18)]],
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 50).replace(/_+$/, ''),
    score: 1834,
    ratio: 0.96,
    comments: size,
  };
  const body = (lead: Piece[]): Piece[][] => {
    const first: Piece[] = [...lead, sentence(r, 4 + r.int(30))];
    if (r.chance(0.08)) first.push(' ', { code: r.pick(['astro build', 'npm run build', 'hugo --minify', 'eleventy']) });
    if (r.chance(0.05)) first.push(' ', { link: `https://example.org/${r.int(100000)}`, text: 'link' });
    const paras = [first];
    if (r.chance(0.25)) paras.push([sentence(r, 5 + r.int(30))]);
    return paras;
  };
  // Created in time order, each a reply to the post or to an earlier comment.
  interface Node {
    c: Omit<Comment, 'position' | 'permalinkPath'>;
    kids: Node[];
  }
  const nodes: Node[] = [];
  const roots: Node[] = [];
  const mine: Node[] = [];
  const summary: RedditThreadSummary = { itemIds: [], byMe: 0, repliesToMe: 0, mentionsOfMe: 0, topLevel: 0, maxDepth: 0 };
  let ageS = 25 * 3600;
  for (let i = 0; i < size; i++) {
    ageS -= 10 + r.int(80);
    let parent: Node | null = null;
    if (mine.length && r.chance(0.08)) parent = r.pick(mine.slice(-6));
    else if (nodes.length && !r.chance(0.33)) {
      // Replies favour recent comments, and stop at depth 9.
      parent = nodes[Math.max(0, nodes.length - 1 - Math.floor(r.next() ** 3 * nodes.length))]!;
      if (parent.c.depth >= 9) parent = null;
    }
    const byMe = parent?.c.author !== ME && r.chance(0.06);
    const author = byMe ? ME : r.pick(others.filter((k) => k !== parent?.c.author));
    const mention = !byMe && r.chance(0.02);
    const id = `n${(1_000_000 + i * 37).toString(36)}`;
    const c = {
      id,
      author,
      authorName: people[author]!.name,
      created: new Date(nowMs - ageS * 1000 - 137).toISOString(),
      parent: parent ? `t1_${parent.c.id}` : `t3_${post.id}`,
      depth: parent ? parent.c.depth + 1 : 0,
      score: 1 + r.int(r.chance(0.1) ? 900 : 40),
      isOp: author === post.author,
      body: body(mention ? [{ user: people[ME]!.name }, ' '] : []),
    };
    const node: Node = { c, kids: [] };
    nodes.push(node);
    (parent ? parent.kids : roots).push(node);
    if (byMe) {
      mine.push(node);
      summary.byMe++;
    }
    if (parent?.c.author === ME && !byMe) summary.repliesToMe++;
    if (mention) summary.mentionsOfMe++;
    if (!parent) summary.topLevel++;
    summary.maxDepth = Math.max(summary.maxDepth, c.depth);
  }
  // Reddit's "best" order, roughly: higher score first among siblings.
  const comments: Comment[] = [];
  const walk = (list: Node[]) => {
    for (const n of [...list].sort((a, b) => b.c.score - a.c.score)) {
      comments.push({ ...n.c, position: comments.length, permalinkPath: `/r/${post.sub}/comments/${post.id}/comment/${n.c.id}/` });
      walk(n.kids);
    }
  };
  walk(roots);
  summary.itemIds = [`reddit:t3_${post.id}`, ...comments.map((c) => `reddit:t1_${c.id}`)];
  return { data: { now: NOW, post, people, comments }, summary };
}

const RUNTIME = String.raw`
(function () {
  'use strict';
  var R = RedditRender;
  var nowMs = Date.parse(BENCH_THREAD.now);
  var post = BENCH_THREAD.post;
  var comments = BENCH_THREAD.comments;
  var shown = 0;
  function section() { return document.querySelector('shreddit-comment-tree > section'); }
  window.__bench = {
    total: comments.length,
    count: function () { return shown; },
    /* n more comments, each rendered (as a /svc partial serves it) into its parent's replies. */
    append: function (n) {
      var end = Math.min(comments.length, shown + n);
      var top = section();
      var byId = {};
      for (var i = shown; i < end; i++) {
        var c = comments[i];
        var t = document.createElement('template');
        t.innerHTML = R.comment(post, c, { variant: 'details', nowMs: nowMs, partial: true, replies: '' });
        var into = c.depth === 0 ? top : (byId[c.parent] || document.querySelector('shreddit-comment[thingid="' + c.parent + '"] > details > div > div.col-span-2'));
        var el = t.content.firstElementChild;
        into.appendChild(t.content);
        byId['t1_' + c.id] = el.querySelector(':scope > details > div > div.col-span-2');
      }
      shown = end;
      return shown;
    }
  };
})();
`;

/** The page (HTML) at `https://<host><path>`, its script at `/bench-feed.js`. */
export function redditThreadPage(data: RedditThreadData): { html: string; script: string; path: string } {
  const render = fs.readFileSync(path.join(FIXTURES, 'reddit/src/render.js'), 'utf8');
  const shell = fs.readFileSync(path.join(FIXTURES, 'reddit/src/shell.js'), 'utf8');
  const S = vm.runInNewContext(`${render}\n${shell}\nRedditShell;`, {}) as { newThreadPage(o: object): string };
  const R = vm.runInNewContext(`${render}\nRedditRender;`, {}) as { permalink(p: Post): string };
  const page = S.newThreadPage({ post: data.post, people: data.people, nowMs: Date.parse(data.now), me: ME, tree: '', identity: 'toast', composer: 'trigger', totalComments: data.comments.length });
  const scripts = ['<script src="/__fixture-editors/editors.js" defer></script>\n', '<script src="/fixture.js" defer></script>'];
  if (!scripts.every((s) => page.includes(s)) || !page.includes('<section aria-label="Comments"></section>') || !page.includes('after-login-toast-dispatcher username="Maya_Builds"')) {
    throw new Error('tests/fixtures/reddit/src/shell.js changed shape: update bench/pages/reddit-thread.ts');
  }
  const html = page.replace(scripts[0]!, '').replace(scripts[1]!, '<script src="/bench-feed.js" defer></script>');
  const script = `/* Rapport benchmark thread: tests/fixtures/reddit/src/render.js + generated comments. */\n(function () {\n${render}\nvar BENCH_THREAD = ${JSON.stringify(data)};\n${RUNTIME}\n})();\n`;
  return { html, script, path: R.permalink(data.post) };
}
