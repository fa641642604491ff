/** The card as its own page, for the frame a page's person button opens: `?item=<item id>` or `?person=<id>`. */
import { render } from 'preact';
import { PersonCard } from './card';
import { closeOnEscape } from '../../shared/frame-messages';

const params = new URLSearchParams(location.search);
const person = params.get('person');
const item = params.get('item');

render(
  person || item ? <PersonCard of={person ? { person } : { item: item! }} /> : <p class="error">No person named.</p>,
  document.getElementById('app')!,
);

closeOnEscape();
