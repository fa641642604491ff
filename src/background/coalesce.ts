/**
 * Runs `work` once writes pause: a burst of calls (a long page read in batches) costs one run, and a
 * call made while it runs asks for one more run after it. Errors go to `onError`.
 */
export function coalesced(work: () => Promise<unknown>, delayMs: number, onError: (error: unknown) => unknown): () => void {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        await work();
      } while (again);
    })()
      .catch((error: unknown) => void onError(error))
      .finally(() => (running = undefined));
  };
}

/**
 * Runs `work` once calls have stopped for `quietMs` (each call restarts the wait), never twice at
 * once: for background upkeep that must not compete with a stream of writes for the same tables.
 */
export function whenQuiet(work: () => Promise<unknown>, quietMs: number, onError: (error: unknown) => unknown): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await work();
    } catch (error) {
      onError(error);
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), quietMs);
  };
  return schedule;
}
