/**
 * How worn a hashtag is, from what the user has seen: a tag on more posts, or from more people,
 * than nine in ten of the tags seen is overused (it drowns a post among many); one in the lower half
 * on both is fresh; the rest are common.
 *
 * A tag's rank is the share of seen tags with strictly lower counts, so ties grade alike and the
 * result depends on the counts alone. With fewer than ten tags none reaches the top tenth: too
 * little has been seen to call a tag overused.
 */

export type TagGrade = 'fresh' | 'common' | 'overused';

const OVERUSED_RANK = 0.9;
const FRESH_RANK = 0.5;

/** The grade of every tag in `counts`, keyed as given. */
export function gradeTags(counts: ReadonlyMap<string, { posts: number; authors: number }>): Map<string, TagGrade> {
  const values = [...counts.values()];
  const posts = values.map((c) => c.posts).sort((a, b) => a - b);
  const authors = values.map((c) => c.authors).sort((a, b) => a - b);
  const grades = new Map<string, TagGrade>();
  for (const [tag, c] of counts) {
    const rank = Math.max(rankOf(c.posts, posts), rankOf(c.authors, authors));
    grades.set(tag, rank >= OVERUSED_RANK ? 'overused' : rank < FRESH_RANK ? 'fresh' : 'common');
  }
  return grades;
}

/** The share of `sorted` strictly below `x`, by binary search. */
function rankOf(x: number, sorted: number[]): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}
