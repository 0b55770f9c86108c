/**
 * Watching a dynamic page without slowing it down.
 *
 * A MutationObserver's records are queued and handed over once per animation
 * frame (or after a short timeout in a background tab, where frames stop), so
 * a page that changes a thousand nodes in a loop costs one rescan, not a
 * thousand. Changes the extension makes itself (the fallback wrapper) are
 * dropped before they reach the queue.
 */

export const OBSERVE_OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export interface BatcherOptions {
  onBatch(records: MutationRecord[]): void;
  /** Schedules the flush; defaults to the next animation frame or 100 ms, whichever comes first. */
  schedule?: (flush: () => void) => void;
  MutationObserverCtor?: typeof MutationObserver;
}

export interface MutationBatcher {
  observe(target: Node): void;
  /** Runs `fn`; whatever it changes in the observed trees is not reported. */
  ignoring<T>(fn: () => T): T;
  /** Hands over pending records now instead of at the next frame. */
  flush(): void;
  /** How many page changes (mutation records) were observed so far, the ignored ones aside. */
  changes(): number;
  disconnect(): void;
}

export function defaultSchedule(win: Window & typeof globalThis): (flush: () => void) => void {
  return (flush) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      flush();
    };
    win.requestAnimationFrame?.(once);
    win.setTimeout(once, 100);
  };
}

export function createMutationBatcher(options: BatcherOptions): MutationBatcher {
  const Ctor = options.MutationObserverCtor ?? MutationObserver;
  const schedule = options.schedule ?? defaultSchedule(globalThis as Window & typeof globalThis);
  let pending: MutationRecord[] = [];
  let seen = 0;
  let scheduled = false;
  let connected = true;
  const observed = new Set<Node>();

  const flush = () => {
    scheduled = false;
    const late = observer.takeRecords();
    seen += late.length;
    pending.push(...late);
    if (!connected || pending.length === 0) return;
    const batch = pending;
    pending = [];
    options.onBatch(batch);
  };
  const enqueue = (records: MutationRecord[]) => {
    if (!connected) return;
    seen += records.length;
    pending.push(...records);
    if (!scheduled && pending.length > 0) {
      scheduled = true;
      schedule(flush);
    }
  };
  const observer = new Ctor(enqueue);

  return {
    observe(target) {
      if (observed.has(target)) return;
      observed.add(target);
      connected = true;
      observer.observe(target, OBSERVE_OPTIONS);
    },
    ignoring(fn) {
      // The page's own changes made before `fn` are kept; only fn's are dropped.
      enqueue(observer.takeRecords());
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    flush,
    changes: () => seen,
    disconnect() {
      connected = false;
      observer.disconnect();
      observed.clear();
      pending = [];
    },
  };
}
