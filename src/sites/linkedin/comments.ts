/**
 * Comments of both generations. Each carries its urn, which names its post. LinkedIn nests one
 * level: replies sit inside their top-level comment (SDUI: inside its replaceableComment wrapper;
 * legacy: in its .comments-replies-list). A reply to a reply joins the same thread, opened with a
 * mention of the person answered (the reply box pre-fills it): so a reply's parent is the latest
 * earlier reply in the thread by the member it opens with a mention of, else the top-level comment.
 */
import { isCompanyLink, leadingMention, own, ownAll, personOf, relativeTimeIn, visibleText } from './dom';
import { activityId, commentItemId, parseCommentUrn, type CommentUrn } from './ids';
import { postAuthorOf, postIdOf, type Authorship } from './posts';
import { sel } from './selectors';

export const isLegacyComment = (el: Element) => el.tagName === 'ARTICLE';

export function commentUrnOf(el: Element): CommentUrn | undefined {
  return parseCommentUrn(isLegacyComment(el) ? el.getAttribute('data-id') : el.id || el.getAttribute('componentkey'));
}

/** The part of a comment that is its own: SDUI keeps author, text and actions apart from the replies. */
export function commentPart(el: Element): Element | undefined {
  return isLegacyComment(el) ? el : own(el, sel.sduiCommentPart);
}

export function commentAuthorOf(el: Element): Authorship {
  if (isLegacyComment(el)) {
    const link = own(el, sel.legacyCommentAuthor);
    if (!link) return undefined;
    if (isCompanyLink(link)) return { company: true };
    const handle = personOf(link)?.handle;
    return handle ? { handle, name: visibleText(own(el, sel.legacyCommentName)) } : undefined;
  }
  const part = commentPart(el);
  const links = part ? [...part.querySelectorAll(`${sel.memberLink}, ${sel.companyLink}`)].filter((a) => !a.closest(sel.body)) : [];
  const first = links[0];
  if (!first) return undefined;
  if (isCompanyLink(first)) return { company: true };
  // The avatar link comes first: its alt ("View Bob Ito’s profile") names the author.
  return personOf(first);
}

export function commentTimeOf(el: Element, now: number): { el: Element; at: number | undefined } | undefined {
  if (isLegacyComment(el)) return relativeTimeIn(ownAll(el, sel.legacyCommentTime), now);
  const part = commentPart(el);
  return part ? relativeTimeIn([...part.querySelectorAll(sel.sduiHeaderLine)].filter((p) => !p.closest(sel.body)), now) : undefined;
}

export const commentBodyOf = (el: Element) => own(el, sel.body);

const handleOf = (a: Authorship) => (a && 'handle' in a ? a.handle : undefined);

/** What a comment answers: its thread's earlier reply it opens by mentioning, its top-level comment, or its post. */
export function commentParentOf(el: Element, urn: CommentUrn, url: URL): { id: string; author?: string } | undefined {
  const top = el.parentElement?.closest(sel.comment);
  if (!top) {
    const post = el.closest(sel.post);
    const id = post ? postIdOf(post, url) : urn.kind === 'activity' ? activityId(urn.post) : undefined;
    return id ? { id, author: post ? handleOf(postAuthorOf(post)) : undefined } : undefined;
  }
  const lead = leadingMention(commentBodyOf(el));
  if (lead) {
    const earlier = [...top.querySelectorAll(sel.comment)].filter((r) => r.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const answered = earlier.reverse().find((r) => handleOf(commentAuthorOf(r)) === lead);
    const answeredUrn = answered && commentUrnOf(answered);
    if (answeredUrn) return { id: commentItemId(answeredUrn), author: lead };
  }
  const topUrn = commentUrnOf(top);
  return topUrn ? { id: commentItemId(topUrn), author: handleOf(commentAuthorOf(top)) } : undefined;
}
