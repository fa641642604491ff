/**
 * A small person button beside the author of any item that is not yours, shown once the pointer
 * or keyboard focus comes to the item (a feed of thousands of items gets no extra markup, and no
 * extra layout, for the people you pass by). It opens the person's card, an extension page in a
 * frame: the site's scripts see the button and the frame, never your notes or history.
 */
import { defineFeature } from '../../content/feature';
import type { SeenItem } from '../../content/items';
import { openFrame } from '../../content/frame';

const CARD_PAGE = 'src/ui/card/index.html';

export const buttonCss = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline: 4px; }
button {
  all: unset; box-sizing: border-box; width: 18px; height: 18px; border-radius: 50%; cursor: pointer;
  display: inline-flex; align-items: center; justify-content: center; color: #2563eb; background: #e8efff;
}
button:hover, button:focus-visible { background: #2563eb; color: #fff; outline: none; }
svg { width: 12px; height: 12px; }`;

function PersonButton({ itemId, author, signal }: { itemId: string; author: string; signal: AbortSignal }) {
  return (
    <button type="button" title={`Rapport: ${author}`} aria-label={`Open Rapport's card for ${author}`} onClick={(e) => {
      e.preventDefault();
      e.stopPropagation();
      openFrame({ kind: 'person-card', for: itemId, page: CARD_PAGE, query: { item: itemId }, title: `Rapport card for ${author}`, opener: e.currentTarget, signal });
    }}>
      <svg viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
        <circle cx="8" cy="5" r="3" />
        <path d="M2 14c0-3.3 2.7-5 6-5s6 1.7 6 5z" />
      </svg>
    </button>
  );
}

export default defineFeature({
  id: 'person-button',
  css: buttonCss,
  init({ site, items, ui, signal }) {
    const seen = new WeakMap<Element, SeenItem>();
    const revealed = new Set<string>();
    const show = ({ el, item, state }: SeenItem) => {
      if (!state || state.byMe) return ui.hide(el, 'person-button');
      revealed.add(item.id);
      const author = item.author.name || item.author.handle;
      ui.show(el, 'person-button', item.id, <PersonButton itemId={item.id} author={author} signal={signal} />);
    };
    // Kept through re-renders once shown; new ones wait for the pointer or focus.
    items.watch((s) => {
      seen.set(s.el, s);
      if (revealed.has(s.item.id) || s.state?.byMe) show(s);
    }, signal);
    const reveal = (e: Event) => {
      const el = e.target instanceof Element ? e.target.closest(site.itemSelector) : null;
      const s = el ? seen.get(el) : undefined;
      if (s && !revealed.has(s.item.id)) show(s);
    };
    document.addEventListener('pointerover', reveal, { passive: true, signal });
    document.addEventListener('focusin', reveal, { signal });
  },
});
