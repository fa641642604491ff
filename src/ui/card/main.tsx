/** The card as its own page, for the frame a page's person button opens: `?item=<item id>` or `?person=<id>`. */
import { render } from 'preact';
import { PersonCard } from './card';
import { CLOSE_CARD } from './frame-messages';

const params = new URLSearchParams(location.search);
const person = params.get('person');
const item = params.get('item');

render(
  person || item ? <PersonCard of={person ? { person } : { item: item! }} /> : <p class="error">No person named.</p>,
  document.getElementById('app')!,
);

// In a page's frame, Escape closes the card (the page's own listener never sees keys typed here).
// The message says nothing but "close": the page can read it, and may send it, harmlessly.
if (window !== window.top) {
  addEventListener('keydown', (e) => {
    if (e.key === 'Escape') window.parent.postMessage(CLOSE_CARD, '*');
  });
}
