/**
 * Server-Sent Events, read as they arrive: an endpoint streams a reply as `data:` events, and the
 * network hands them over in pieces that split lines (and `\r\n` pairs) anywhere. This follows the
 * event-stream rules of the HTML standard (§9.2.6) for the one field a reply stream needs, `data`;
 * `event`, `id` and `retry` are read past, and a last event not closed by a blank line is dropped,
 * as a browser's EventSource would.
 *
 * `[DONE]`, the OpenAI end marker, is an ordinary payload here: what it means is the caller's business.
 */

export interface SseParser {
  /** Feeds the next piece of decoded text; returns the data of every event it completed, in order. */
  push(chunk: string): string[];
}

export function createSseParser(): SseParser {
  let pending = '';
  let data: string[] = [];
  let started = false;
  // A chunk that ends in `\r` may be half of a `\r\n`: the `\n` that opens the next one is not a second line end.
  let afterCr = false;

  function line(text: string, events: string[]): void {
    if (text === '') {
      if (data.length) events.push(data.join('\n'));
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    if (field !== 'data') return;
    const value = colon === -1 ? '' : text.slice(colon + 1);
    data.push(value.startsWith(' ') ? value.slice(1) : value);
  }

  return {
    push(chunk) {
      let text = chunk;
      if (!text) return [];
      if (!started) {
        started = true;
        // A byte-order mark may open the stream, and only the stream.
        if (text.startsWith('\uFEFF')) text = text.slice(1);
      }
      if (afterCr && text.startsWith('\n')) text = text.slice(1);
      afterCr = text.endsWith('\r');
      pending += text;
      // Most pieces end mid-line: only split when one holds a line end.
      if (!/[\r\n]/.test(text)) return [];
      const events: string[] = [];
      const lines = pending.split(/\r\n|\r|\n/);
      pending = lines.pop() ?? '';
      for (const l of lines) line(l, events);
      return events;
    },
  };
}
