/**
 * Waiting on the page: giving it the event loop back between slices of work,
 * and waiting for it to finish drawing before reading its layout.
 */

/**
 * Gives the page the event loop back. Background priority lets input and
 * rendering go first; scheduler.yield() would resume ahead of rendering and
 * could hold frames back for up to ~100 ms on a long page.
 */
export function defaultYield(): Promise<void> {
  const sched = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: { priority: string }) => Promise<void> } })
    .scheduler;
  if (typeof sched?.postTask === 'function') return sched.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once the document's DOM is complete (DOMContentLoaded, or at once if it has passed). */
export function domComplete(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Whether the browser has drawn the document's content yet (its first
 * contentful paint; a blank first paint does not count). A document without
 * paint timing counts as drawn.
 */
export function hasPainted(doc: Document): boolean {
  return doc.defaultView?.performance.getEntriesByName?.('first-contentful-paint').length !== 0;
}

/**
 * Resolves just after the browser has drawn its next frame. Work then runs
 * in a task of its own, not inside the browser's rendering of a freshly
 * loaded page (on a huge page a long task already), and not after every
 * image has loaded, as an idle callback would on a busy page.
 */
export function afterRendering(doc: Document): Promise<void> {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || doc.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    // A frame that never comes (a background tab's throttled frames) must not stall the reading.
    const fallback = win.setTimeout(resolve, 100);
    win.requestAnimationFrame(() => {
      win.clearTimeout(fallback);
      win.setTimeout(resolve, 0);
    });
  });
}
