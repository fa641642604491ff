/** Counts markup the adapter could not read, and reports it to the background now and then. */
import type { SiteId } from '../core/sites';
import { rpc } from '../shared/rpc';

export class HealthCounter {
  private counts: Record<string, number> = {};
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly site: SiteId,
    private readonly onError: (error: unknown) => void,
  ) {}

  count(name: string): void {
    this.counts[name] = (this.counts[name] ?? 0) + 1;
    this.timer ??= setTimeout(() => this.flush(), 2000);
  }

  flush(): void {
    this.timer = undefined;
    const skipped = this.counts;
    this.counts = {};
    if (Object.keys(skipped).length) {
      rpc('page.health', { site: this.site, url: location.href, skipped }).catch(this.onError);
    }
  }
}
