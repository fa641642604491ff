/**
 * Badges every reply or mention that awaits your answer with its age, inside the item itself.
 * Done, snoozed and answered items lose their badge in every tab (the tracker re-asks the
 * background whenever something changed).
 */
import { defineFeature } from '../../content/feature';
import { Badge, badgeCss } from './badge';

export default defineFeature({
  id: 'unanswered-badges',
  css: badgeCss,
  init({ items, ui, signal }) {
    items.watch(({ el, item, state }) => {
      if (state?.awaiting) ui.show(el, 'unanswered-badge', item.id, <Badge since={state.since} />);
      else ui.hide(el, 'unanswered-badge');
    }, signal);
  },
});
