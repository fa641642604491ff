import type { SiteId } from '../core/sites';
import type { ItemInput } from '../shared/schema';

/** The kinds of in-page helpers, as written in `<rapport-ui data-kind>`. */
export type HelperKind = 'unanswered-badge' | 'reply-suggestions' | 'challenge-hint' | 'feedback-tally' | 'person-button' | 'person-card' | 'paste-hint';

/** An element the adapter could not read, named for the adapter-health view. */
export interface Skip {
  skip: string;
}
/** Not an item at all (a placeholder, a container of an item read elsewhere): not counted. */
export const NOT_AN_ITEM = { skip: '' } as const satisfies Skip;

export type ReadResult = ItemInput | Skip;

export interface ReadContext {
  url: URL;
  now: number;
}

export interface MountPoint {
  parent: Element;
  /** Insert before this node; null appends. */
  before: Node | null;
}

/**
 * Everything Rapport knows about one site's pages. Features see only this interface: no feature
 * holds a selector, a hostname or a URL shape.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Whether this adapter reads the given page (hostname, or page markers for self-hosted sites). */
  matches(url: URL, doc: Document): boolean;
  /** Pure URL predicates for the site's page kinds (thread, timeline, notifications…). */
  pages: Record<string, (url: URL) => boolean>;
  /** The site's own element for a post or comment (the contract's item element). */
  itemSelector: string;
  /** Reads one item element into an item, or names why it could not. */
  readItem(el: Element, ctx: ReadContext): ReadResult;
  /** Where a helper of `kind` goes inside an item element. */
  mountPoint(el: Element, kind: HelperKind): MountPoint | undefined;
  /**
   * For sites anyone can host (Mastodon): selectors that all match on a page of the site, whatever
   * its host. The popup checks them in the current tab before offering to enable Rapport there.
   */
  selfHostedMarkers?: readonly string[];
  /** DOM events the site fires on its own client-side navigations, if any. */
  navigationEvents?: readonly string[];
  /** The site's reply and post composers: the editable field itself. */
  composerSelector: string;
  /** Reads a composer field: its editor and what it replies to. */
  readComposer(field: Element, ctx: ReadContext): Composer | undefined;
  /**
   * Types text at the caret (keeping the draft) so that the site's editor framework takes it: the
   * send button enables, the site's state holds the text, undo works where the editor has it.
   */
  insertText(composer: Composer, text: string): Promise<InsertOutcome>;
  /** The signed-in account's handle when the page reveals it. */
  viewer(doc: Document, url: URL): string | undefined;
}

/** The editor framework behind a site's composer: decides how text can be typed into it. */
export type EditorKind = 'draft' | 'lexical' | 'prosemirror' | 'quill' | 'react-textarea' | 'contenteditable' | 'textarea';

export interface Composer {
  /** The element that takes the text (a textarea, or the editor's contenteditable root). */
  field: HTMLElement;
  editor: EditorKind;
  /** Id of the item being replied to, or `composer` for a new post. */
  replyTo: string;
}

/** How text reached a composer: typed by the editor's own handling, or left on the clipboard. */
export type InsertOutcome =
  | { ok: true; via: 'execCommand' | 'paste' | 'setter' }
  /** `field`: where the text should go after all, when insertion first opened another composer. */
  | { ok: false; via: 'clipboard' | 'none'; reason: string; field?: HTMLElement };

export function isSkip(r: ReadResult): r is Skip {
  return 'skip' in r;
}
