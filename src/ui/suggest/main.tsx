/** The suggestions frame a page opens beside an item or a composer: `?item=<item id>`. */
import { render } from 'preact';
import { closeOnEscape } from '../../shared/frame-messages';
import { Suggestions } from './suggestions';

const item = new URLSearchParams(location.search).get('item') ?? 'composer';
render(<Suggestions item={item} />, document.getElementById('app')!);
closeOnEscape();
