import { useEffect, useState } from 'preact/hooks';
import { ageLabel } from '../../core/time';

export const badgeCss = `
:host { all: initial; display: inline-block; vertical-align: middle; line-height: 16px; height: 16px; margin-inline: 6px; }
.badge {
  display: inline-block; font: 600 11px/16px system-ui, sans-serif; color: #fff; background: #d9480f;
  border-radius: 8px; padding: 0 6px; white-space: nowrap; cursor: default;
}`;

/** Re-renders once a minute so the age stays true. */
function useNow(every = 60_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(t);
  }, [every]);
  return now;
}

export function Badge({ since }: { since: number }) {
  const now = useNow();
  const age = ageLabel(since, now);
  const label = `Waiting for your reply since ${new Date(since).toLocaleString()}`;
  return (
    <span class="badge" role="status" title={label} aria-label={`Awaiting your reply, ${age}`}>
      {age}
    </span>
  );
}
