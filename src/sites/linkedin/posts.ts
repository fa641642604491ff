/**
 * Posts of both generations. An SDUI post carries no urn of its own: its activity id shows in the
 * reactions facepile's testid, in its comments' urns, or (post pages) in the URL; failing those,
 * the componentkey token names it. Legacy posts carry `data-urn` (or `data-id`).
 */
import { readText } from '../shared/text';
import { headerAll, isCompanyLink, linkName, own, ownAll, personOf, relativeTimeIn } from './dom';
import { activityId, activityOf, keyId, parseCommentUrn, tokenOf } from './ids';
import { sel } from './selectors';
import { activityOfUrl } from './urls';

export const isLegacyPost = (el: Element) => el.matches(sel.legacyPost);

/** The post's contract id, or undefined when the element shows none. */
export function postIdOf(el: Element, url: URL): string | undefined {
  if (isLegacyPost(el)) {
    const activity = activityOf(el.getAttribute('data-urn') ?? el.getAttribute('data-id'));
    return activity ? activityId(activity) : undefined;
  }
  const facepile = activityOf(own(el, sel.facepile)?.getAttribute('data-testid'));
  if (facepile) return activityId(facepile);
  const firstComment = el.querySelector(sel.comment);
  const urn = firstComment && firstComment.closest(sel.post) === el ? parseCommentUrn(firstComment.id || firstComment.getAttribute('componentkey')) : undefined;
  if (urn?.kind === 'activity') return activityId(urn.post);
  const detail = el.matches(sel.sduiDetail);
  const fromUrl = detail ? activityOfUrl(url) : undefined;
  if (fromUrl) return activityId(fromUrl);
  const token = tokenOf(detail ? el.id : el.getAttribute('componentkey'));
  return token ? keyId(token) : undefined;
}

export interface Author {
  handle: string;
  name: string;
}

/** Who wrote a post or comment; `{company: true}` for a company page, which is no person and so no item. */
export type Authorship = Author | { company: true } | undefined;

export function postAuthorOf(el: Element): Authorship {
  if (isLegacyPost(el)) {
    const link = own(el, sel.legacyActorLink);
    if (!link) return undefined;
    if (isCompanyLink(link)) return { company: true };
    const handle = personOf(link)?.handle;
    // The title holds the name, then " • 2nd".
    const name = readText(own(el, sel.legacyActorName), `${sel.srOnly}, ${sel.legacyActorDegree}`);
    return handle ? { handle, name } : undefined;
  }
  return sduiActor(el);
}

/**
 * The SDUI actor: the author links sit before the text, after any "Bob commented on this" header.
 * The control menu names the author ("Open control menu for post by <Name>"): the actor is the
 * link showing that name; failing a menu, the last author link before the text.
 */
function sduiActor(el: Element): Authorship {
  const header = headerAll(el, `${sel.memberLink}, ${sel.companyLink}, ${sel.controlMenu}`);
  const links = header.filter((a) => a.tagName === 'A');
  const named = header.find((b) => b.tagName === 'BUTTON')?.getAttribute('aria-label')?.replace(/^Open control menu for post by /, '').trim();
  const actor = (named && links.find((a) => linkName(a) === named)) || links.at(-1);
  if (!actor) return undefined;
  if (isCompanyLink(actor)) return { company: true };
  const person = personOf(actor);
  return person && { handle: person.handle, name: person.name || named || '' };
}

/** The post's time and the element showing it (legacy sub-description, or the SDUI header line). */
export function postTimeOf(el: Element, now: number): { el: Element; at: number | undefined } | undefined {
  if (isLegacyPost(el)) return relativeTimeIn(ownAll(el, sel.legacyActorTime), now);
  return relativeTimeIn(headerAll(el, sel.sduiHeaderLine), now);
}
