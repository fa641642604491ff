/**
 * Reply ideas: a small button beside each item awaiting your reply and beside any reply box you
 * use (or Alt+Shift+R in it). It opens the suggestions frame, an extension page: the suggestion
 * texts are never in the site's page until you pick one and it is typed into the reply box.
 */
import type { ComponentChild } from 'preact';
import { openFrame } from '../../content/frame';
import { defineFeature } from '../../content/feature';
import { showBeside } from '../../content/mount';
import type { SiteAdapter } from '../../sites/types';

const PAGE = 'src/ui/suggest/index.html';

const css = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline: 4px; }
button { all: unset; box-sizing: border-box; cursor: pointer; font: 600 11px/16px system-ui, sans-serif; color: #1a7f37;
  background: #dafbe1; border-radius: 8px; padding: 0 6px; white-space: nowrap; }
button:hover, button:focus-visible { background: #1a7f37; color: #fff; outline: none; }`;

function IdeasButton({ onOpen }: { onOpen: (opener: HTMLElement) => void }): ComponentChild {
  return (
    <button type="button" title="Reply ideas from Rapport (Alt+Shift+R in a reply box)" aria-label="Reply ideas" onMouseDown={(e) => e.preventDefault()} onClick={(e) => {
      e.preventDefault();
      e.stopPropagation();
      onOpen(e.currentTarget);
    }}>
      Reply ideas
    </button>
  );
}

/** The composer an event happened in, read by the site's adapter. */
function composerOf(site: SiteAdapter, target: EventTarget | null) {
  const field = target instanceof Element ? target.closest(site.composerSelector) : null;
  return field ? site.readComposer(field, { url: new URL(location.href), now: Date.now() }) : undefined;
}

export default defineFeature({
  id: 'reply-suggestions',
  css,
  init({ site, items, ui, signal }) {
    const open = (id: string, opener?: HTMLElement) =>
      openFrame({ kind: 'reply-suggestions', for: id, page: PAGE, query: { item: id }, title: 'Rapport reply ideas', opener, signal });
    items.watch(({ el, item, state }) => {
      if (state?.awaiting) ui.show(el, 'reply-suggestions', item.id, <IdeasButton onOpen={(b) => open(item.id, b)} />);
      else ui.hide(el, 'reply-suggestions');
    }, signal);
    // A reply box in use gets its own button, for the item it replies to.
    document.addEventListener(
      'focusin',
      (e) => {
        const composer = composerOf(site, e.target);
        if (composer) showBeside(composer.field, 'reply-suggestions', composer.replyTo, <IdeasButton onOpen={(b) => open(composer.replyTo, b)} />, css, signal);
      },
      { capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      (e) => {
        if (!(e.altKey && e.shiftKey && e.code === 'KeyR')) return;
        const composer = composerOf(site, e.target);
        if (!composer) return;
        e.preventDefault();
        open(composer.replyTo, composer.field);
      },
      { capture: true, signal },
    );
  },
});
