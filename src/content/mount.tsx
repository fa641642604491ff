/**
 * In-page helpers live in `<rapport-ui data-kind data-for>` hosts with an open shadow root, inside
 * the item element at the place the site adapter names. One host per kind and item: mounting again
 * re-renders the existing host; a host lost to a re-render is created again.
 */
import { render, type ComponentChild } from 'preact';
import type { HelperKind, SiteAdapter } from '../sites/types';

export const HOST = 'rapport-ui';

const kindSelector = (kind: HelperKind) => `${HOST}[data-kind="${kind}"]`;
const hostSelector = (kind: HelperKind, id: string) => `${kindSelector(kind)}[data-for="${CSS.escape(id)}"]`;

export interface Mounter {
  show(el: Element, kind: HelperKind, id: string, ui: ComponentChild): void;
  /** Removes the element's own helpers of a kind. */
  hide(el: Element, kind: HelperKind): void;
}

export function mounter(site: SiteAdapter, signal: AbortSignal, css = ''): Mounter {
  const hosts = new Set<Element>();
  signal.addEventListener('abort', () => {
    for (const host of hosts) removeHost(host);
    hosts.clear();
  });
  /** The helpers of a kind that belong to `el` itself, not to an item nested in it. */
  const ownHosts = (el: Element, kind: HelperKind) =>
    [...el.querySelectorAll(kindSelector(kind))].filter((h) => h.parentElement?.closest(site.itemSelector) === el);
  return {
    show(el, kind, id, ui) {
      if (signal.aborted) return;
      let host: Element | undefined;
      for (const h of ownHosts(el, kind)) {
        // One per kind and item; one left from another item the element showed before goes.
        if (!host && h.getAttribute('data-for') === id) host = h;
        else removeHost(h);
      }
      if (!host) {
        const point = site.mountPoint(el, kind);
        if (!point) return;
        host = document.createElement(HOST);
        host.setAttribute('data-kind', kind);
        host.setAttribute('data-for', id);
        const root = host.attachShadow({ mode: 'open' });
        if (css) adoptCss(root, css);
        point.parent.insertBefore(host, point.before);
        hosts.add(host);
      }
      render(ui, host.shadowRoot!);
    },
    hide(el, kind) {
      for (const host of ownHosts(el, kind)) {
        hosts.delete(host);
        removeHost(host);
      }
    },
  };
}

/** A helper beside a composer field (composers are not items: the site adapter names no spot in them). */
export function showBeside(field: Element, kind: HelperKind, id: string, ui: ComponentChild, css: string, signal: AbortSignal): Element {
  const parent = field.parentElement ?? field;
  let host = [...parent.querySelectorAll(hostSelector(kind, id))][0];
  if (!host) {
    host = document.createElement(HOST);
    host.setAttribute('data-kind', kind);
    host.setAttribute('data-for', id);
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('style'), { textContent: css }));
    parent.insertBefore(host, field.nextSibling);
    const placed = host;
    signal.addEventListener('abort', () => removeHost(placed), { once: true });
  }
  render(ui, host.shadowRoot!);
  return host;
}

const sheets = new Map<string, CSSStyleSheet | null>();

/**
 * A helper's CSS in its shadow root: one constructed stylesheet shared by every host of a kind
 * (parsed once, not once per item), or a style element where the browser does not let a content
 * script share one (Firefox's content-script sandbox).
 */
function adoptCss(root: ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      sheets.set(css, sheet);
      return;
    } catch {
      sheets.set(css, (sheet = null));
    }
  } else if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sheets.set(css, null);
    }
  }
  root.append(Object.assign(document.createElement('style'), { textContent: css }));
}

function removeHost(host: Element): void {
  if (host.shadowRoot) render(null, host.shadowRoot);
  host.remove();
}

/** Removes every helper Rapport put in the page (an older copy of the script taking its leave). */
export function removeAllHosts(): void {
  for (const host of document.querySelectorAll(HOST)) removeHost(host);
}
