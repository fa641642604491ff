/**
 * The text of a post as X shows it. X's tweetText is a pre-wrap block: line breaks are newline
 * characters inside the text spans (not <br> or blocks), and mentions sit in inline-flex <div>s, so
 * the shared readText (which breaks lines at every div and folds newlines into spaces) does not fit.
 * Emoji are <img alt>; the hidden head and tail of a shortened link are text too (the full URL).
 */
const BIDI = /[\u200e\u200f\u200b\u202a-\u202e\u2066-\u2069]/g;
const SKIP = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'RAPPORT-UI', 'svg']);

export function postText(root: Element | null | undefined): string {
  if (!root) return '';
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (el.tagName === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      return;
    }
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return out
    .replace(BIDI, '')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
