/**
 * Visible text of an element as a reader sees it: emoji from `alt`, paragraphs and line breaks
 * kept, screen-reader duplicates, hidden link parts and bidi marks dropped.
 */
const BIDI = /[\u200e\u200f\u200b\u202a-\u202e\u2066-\u2069]/g;
const BLOCK = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'PRE']);

export interface TextOptions {
  /** The text is shown with `white-space: pre-wrap` (YouTube): its newlines are line breaks. */
  preWrap?: boolean;
}

export function readText(root: Element | null | undefined, skip?: string, options: TextOptions = {}): string {
  if (!root) return '';
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      // Newlines in markup are spaces on screen (only <br> and blocks break lines), unless pre-wrapped.
      const value = node.nodeValue ?? '';
      out += options.preWrap ? value.replace(/\r\n?/g, '\n') : value.replace(/[\t\n\r ]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skip && el.matches(skip)) return;
    const tag = el.tagName;
    if (tag === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      return;
    }
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    // Controls ("Show more", "Translate") are not what anyone wrote.
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'BUTTON' || tag === 'RAPPORT-UI') return;
    const block = BLOCK.has(tag);
    if (block && out && !out.endsWith('\n')) out += '\n';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block && !out.endsWith('\n')) out += '\n';
  };
  walk(root);
  return out
    .replace(BIDI, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A hashtag link's text `#Tag` → `Tag` (case kept; compared case-insensitively elsewhere). Other text is no tag. */
export function tagOf(text: string | null | undefined): string | undefined {
  const m = /^#([^\s#]+)$/u.exec((text ?? '').replace(BIDI, '').trim());
  return m?.[1];
}
