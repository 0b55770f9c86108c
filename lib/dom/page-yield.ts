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

/**
 * Resolves once the browser has drawn the page and has a moment to spare: an
 * idle callback, not an animation frame. A callback in the frame itself would
 * run inside the browser's own rendering of a freshly loaded page, which on a
 * huge page is a long task of its own, now shared with the extension.
 */
export function afterRendering(doc: Document): Promise<void> {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || doc.visibilityState === 'hidden') return Promise.resolve();
  if (typeof win.requestIdleCallback === 'function') {
    return new Promise((resolve) => win.requestIdleCallback(() => resolve(), { timeout: 300 }));
  }
  return new Promise((resolve) => win.setTimeout(resolve, 50));
}

