/**
 * LinkedIn urns → the contract's item ids: `linkedin:activity:<digits>` for posts,
 * `linkedin:comment:<post digits>,<comment digits>` for comments (`urn:li:comment:(activity:1,2)`
 * in legacy markup and `urn:li:comment:(urn:li:activity:1,2)` in SDUI are the same comment),
 * and `linkedin:key:<token>` for an SDUI post whose page shows no urn.
 */
export const LI = 'https://www.linkedin.com';

export const activityId = (digits: string) => `linkedin:activity:${digits}`;
export const keyId = (token: string) => `linkedin:key:${token}`;

export interface CommentUrn {
  /** What the comment hangs off: an activity, or a ugcPost/share for some posts. */
  kind: string;
  post: string;
  comment: string;
}

const COMMENT_URN = /urn:li:comment:\((?:urn:li:)?(activity|ugcPost|share):(\d+),(\d+)\)/;

export function parseCommentUrn(text: string | null | undefined): CommentUrn | undefined {
  const m = COMMENT_URN.exec(text ?? '');
  return m ? { kind: m[1]!, post: m[2]!, comment: m[3]! } : undefined;
}

export const commentItemId = (urn: CommentUrn) => `linkedin:comment:${urn.post},${urn.comment}`;

/** The activity digits of `urn:li:activity:<digits>` wherever it is written (data-urn, a testid). */
export function activityOf(text: string | null | undefined): string | undefined {
  return /urn:li:activity:(\d+)/.exec(text ?? '')?.[1];
}

/** The token of an SDUI componentkey or shell id: `expanded<TOKEN>FeedType_…` → `<TOKEN>`. */
export function tokenOf(key: string | null | undefined): string | undefined {
  const m = /^expanded([\w-]+?)FeedType_\w+$/.exec(key ?? '');
  return m?.[1];
}

export function postUrl(activity: string): string {
  return `${LI}/feed/update/urn:li:activity:${activity}/`;
}

/** A comment's permalink: its post's page with the comment urn as `commentUrn`. */
export function commentUrl(urn: CommentUrn): string {
  const full = `urn:li:comment:(${urn.kind}:${urn.post},${urn.comment})`;
  return `${LI}/feed/update/urn:li:${urn.kind}:${urn.post}/?commentUrn=${encodeURIComponent(full)}`;
}
