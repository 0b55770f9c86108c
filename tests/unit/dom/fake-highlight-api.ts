/**
 * happy-dom has no CSS Custom Highlight API. `withFakeHighlightApi` installs a
 * minimal one (`Highlight` as a Set, `CSS.highlights` as a Map) for the length
 * of `fn`, hands `fn` the registry to inspect, and restores the window after.
 */
export async function withFakeHighlightApi(fn: (registry: Map<string, Set<unknown>>) => unknown): Promise<void> {
  const registry = new Map<string, Set<unknown>>();
  class FakeHighlight extends Set<unknown> {}
  const win = window as unknown as Record<string, unknown>;
  const savedCss = win.CSS;
  win.Highlight = FakeHighlight;
  win.CSS = { highlights: registry };
  try {
    await fn(registry);
  } finally {
    win.CSS = savedCss;
    delete win.Highlight;
  }
}

/** How many ranges are painted across all highlights. */
export const paintedCount = (registry: Map<string, Set<unknown>>): number =>
  [...registry.values()].reduce((n, h) => n + h.size, 0);
