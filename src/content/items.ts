/**
 * Sees the items in the page: one MutationObserver for the document, coalesced, reading each item
 * element once (an element re-rendered by the site is a new element and is read again). Items go
 * to the background in batches; what it answers (does each await a reply?) goes to the features.
 */
import type { SiteAdapter } from '../sites/types';
import { isSkip } from '../sites/types';
import type { ItemState } from '../shared/messages';
import type { Item, ItemInput } from '../shared/schema';
import { rpc } from '../shared/rpc';
import type { HealthCounter } from './health';

export interface SeenItem {
  el: Element;
  item: ItemInput & Pick<Item, 'id'>;
  state?: ItemState;
}

export type ItemWatcher = (seen: SeenItem) => void;

const BATCH = 200;
const HOST_TAG = 'RAPPORT-UI';

export class ItemTracker {
  private readonly read = new WeakMap<Element, SeenItem>();
  private readonly elements = new Map<string, Set<Element>>();
  private readonly states = new Map<string, ItemState>();
  private readonly sent = new Map<string, string>();
  private readonly watchers = new Set<ItemWatcher>();
  private pending = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly site: SiteAdapter,
    private readonly health: HealthCounter,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(signal: AbortSignal): void {
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      this.observer?.disconnect();
      clearTimeout(this.timer);
      this.watchers.clear();
    });
    this.pending.add(document.documentElement);
    this.schedule();
  }

  /** Calls `watcher` for every item in the page now, every one that appears, and every state change. */
  watch(watcher: ItemWatcher, signal: AbortSignal): void {
    this.watchers.add(watcher);
    signal.addEventListener('abort', () => this.watchers.delete(watcher), { once: true });
    for (const [, els] of this.elements) for (const el of els) this.emitTo(watcher, el);
  }

  /** Asks the background again for the states of every item this page shows. */
  async refreshStates(): Promise<void> {
    const ids = [...this.elements.keys()];
    for (let i = 0; i < ids.length; i += 5000) {
      const { states } = await rpc('items.states', { ids: ids.slice(i, i + 5000) });
      this.applyStates(states);
    }
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      for (const node of r.addedNodes) if (node.nodeType === 1 && (node as Element).tagName !== HOST_TAG) this.pending.add(node as Element);
      // One of our hosts was removed by the site re-rendering part of an item: mount it again.
      for (const node of r.removedNodes) {
        if ((node as Element).tagName === HOST_TAG && r.target.nodeType === 1) this.pending.add(r.target as Element);
      }
    }
    if (this.pending.size) this.schedule();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch(this.onError);
    }, 16);
  }

  private async flush(): Promise<void> {
    const roots = this.pending;
    this.pending = new Set();
    const found = new Set<Element>();
    // Items the site changed inside rather than replaced: frameworks that reuse elements (Polymer)
    // may now show another item in the same element, so these are read again.
    const changed = new Set<Element>();
    const selector = this.site.itemSelector;
    for (const root of roots) {
      if (!root.isConnected) continue;
      const own = root.closest(selector);
      if (own) (own === root ? found : changed).add(own);
      for (const el of root.querySelectorAll(selector)) found.add(el);
    }
    for (const el of changed) if (!found.has(el) && this.read.has(el)) this.forget(el);
    for (const el of changed) found.add(el);
    const url = new URL(location.href);
    const now = Date.now();
    const fresh: SeenItem[] = [];
    for (const el of found) {
      if (this.read.has(el)) {
        this.emit(el); // already read: a host of ours may need mounting again
        continue;
      }
      const result = this.readSafely(el, url, now);
      if (!result) continue;
      const seen: SeenItem = { el, item: result, state: this.states.get(result.id) };
      this.read.set(el, seen);
      let els = this.elements.get(result.id);
      if (!els) this.elements.set(result.id, (els = new Set()));
      els.add(el);
      if (this.sent.get(result.id) !== fingerprint(result)) fresh.push(seen);
      else this.emit(el);
    }
    this.forgetDetached();
    for (let i = 0; i < fresh.length; i += BATCH) {
      const chunk = fresh.slice(i, i + BATCH);
      const { states } = await rpc('page.items', { host: location.host, url: location.href, items: chunk.map((s) => s.item) });
      for (const s of chunk) this.sent.set(s.item.id, fingerprint(s.item));
      this.applyStates(states, chunk);
    }
  }

  /** Drops what was read from an element, so it is read afresh. */
  private forget(el: Element): void {
    const seen = this.read.get(el);
    this.read.delete(el);
    if (seen) this.elements.get(seen.item.id)?.delete(el);
  }

  private readSafely(el: Element, url: URL, now: number): SeenItem['item'] | undefined {
    try {
      const result = this.site.readItem(el, { url, now });
      if (!isSkip(result)) return result;
      if (result.skip) this.health.count(result.skip);
    } catch (error) {
      this.health.count('item.error');
      console.debug('[Rapport] could not read an item', error);
    }
    return undefined;
  }

  private applyStates(states: ItemState[], alsoEmit: SeenItem[] = []): void {
    const changed = new Set<string>(alsoEmit.map((s) => s.item.id));
    for (const state of states) {
      const before = this.states.get(state.id);
      this.states.set(state.id, state);
      if (!before || before.awaiting !== state.awaiting || before.since !== state.since || before.byMe !== state.byMe) changed.add(state.id);
    }
    const els: Element[] = [];
    for (const id of changed) {
      for (const el of this.elements.get(id) ?? []) {
        const seen = this.read.get(el);
        if (seen) seen.state = this.states.get(id);
        els.push(el);
      }
    }
    this.emitSoon(els);
  }

  private toEmit: Element[] = [];
  private draining = false;

  /**
   * Hands items to the features in slices of a few milliseconds, yielding to the page between them:
   * a page that just added a hundred items is never held up for long by their helpers.
   */
  private emitSoon(els: Element[]): void {
    this.toEmit.push(...els);
    if (this.draining) return;
    this.draining = true;
    void (async () => {
      let next = 0;
      while (next < this.toEmit.length) {
        const until = performance.now() + SLICE_MS;
        while (next < this.toEmit.length && performance.now() < until) this.emit(this.toEmit[next++]!);
        if (next < this.toEmit.length) await yieldToPage();
      }
      this.toEmit = [];
      this.draining = false;
    })();
  }

  private emit(el: Element): void {
    for (const w of this.watchers) this.emitTo(w, el);
  }

  private emitTo(watcher: ItemWatcher, el: Element): void {
    const seen = this.read.get(el);
    if (seen && el.isConnected) watcher(seen);
  }

  private forgetDetached(): void {
    for (const [id, els] of this.elements) {
      for (const el of els) if (!el.isConnected) els.delete(el);
      if (!els.size) this.elements.delete(id);
    }
  }
}

/** How long the features may run before the page gets the main thread back. */
const SLICE_MS = 8;

/** Lets the page run (input, rendering) before carrying on. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Items are sent again only when what the page shows of them changed. */
function fingerprint(item: ItemInput): string {
  return `${item.text.length}|${item.createdAt ?? ''}|${item.parentId ?? ''}|${item.mentions?.length ?? 0}|${item.author.handle}`;
}
