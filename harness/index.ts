/**
 * Shared end-to-end helpers. `launch(name)` gives a fresh profile with the
 * built extension loaded; `startPageServer()` serves pages on 127.0.0.1.
 * `E2E_BROWSERS` (e.g. "chromium", "firefox", "chromium,firefox") picks the
 * browsers a cross-browser suite runs in.
 */
import { launchChromium } from './chromium';
import type { BrowserName, ExtensionBrowser, LaunchOptions } from './types';

export * from './types';
export { startPageServer, type PageServer } from './server';
export { ROOT, outDir, builtExtensionDir } from './paths';

const launchers: Record<BrowserName, (o?: LaunchOptions) => Promise<ExtensionBrowser>> = {
  chromium: launchChromium,
  firefox: async (o) => (await import('./firefox')).launchFirefox(o),
};

export function launch(name: BrowserName, options?: LaunchOptions): Promise<ExtensionBrowser> {
  return launchers[name](options);
}

/** The browsers cross-browser suites run in: $E2E_BROWSERS, default both. */
export function e2eBrowsers(): BrowserName[] {
  const raw = process.env.E2E_BROWSERS ?? 'chromium,firefox';
  return raw.split(',').map((s) => s.trim()).filter((s): s is BrowserName => s === 'chromium' || s === 'firefox');
}
