/**
 * A small person button beside the author of every item that is not yours. It opens the person's
 * card, which is an extension page in a frame: the site's scripts see the button and the frame,
 * never your notes or history.
 */
import { defineFeature } from '../../content/feature';
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
  init({ items, ui, signal }) {
    items.watch(({ el, item, state }) => {
      if (state && !state.byMe) {
        const author = item.author.name || item.author.handle;
        ui.show(el, 'person-button', item.id, <PersonButton itemId={item.id} author={author} signal={signal} />);
      } else ui.hide(el, 'person-button');
    }, signal);
  },
});
