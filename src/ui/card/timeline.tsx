/** Every observed interaction with the person, newest first, each linking back to its item. */
import { SITE_NAMES } from '../../core/sites';
import type { InteractionKind } from '../../shared/db';
import type { CardView } from './state';

const KIND_LABEL: Record<InteractionKind, string> = {
  they_replied: 'replied to you',
  i_replied: 'you replied',
  they_mentioned: 'mentioned you',
  i_mentioned: 'you mentioned them',
};

export function Timeline({ data }: { data: CardView }) {
  return (
    <section>
      <h3>History</h3>
      {!data.timeline.length && <p class="muted">No interactions seen yet.</p>}
      <ol class="timeline">
        {data.timeline.map(({ interaction: x, item }) => (
          <li data-interaction={x.kind} data-item={x.itemId}>
            <span class="when" title={new Date(x.at).toLocaleString()}>
              {new Date(x.at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}
            </span>{' '}
            <b>{KIND_LABEL[x.kind]}</b> <span class="muted">on {SITE_NAMES[x.site]}</span>
            {item && (
              <a class="excerpt" href={item.url} target="_blank" rel="noreferrer noopener">
                {item.text || '(no text)'}
              </a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
