/**
 * Chromium driver: playwright-core driving Debian's /usr/bin/chromium with the
 * built extension loaded, in a fresh profile.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './types';
import { builtExtensionDir, findChromium } from './paths';

/**
 * Flags for every Chromium the project starts (tests, demo, bench): no
 * sandbox as root, no GPU, and none of the browser's own background traffic,
 * which this machine's closed network would refuse.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumArgs(extensionDir: string): string[] {
  return [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? builtExtensionDir('chromium');
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ol-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(extensionDir),
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'en-US',
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = await serviceWorker(context);
  // URL.origin is "null" for non-special schemes in Node, so cut it by hand.
  const extensionOrigin = /^chrome-extension:\/\/[a-p]+/.exec(worker.url())![0];

  const browser: ExtensionBrowser = {
    name: 'chromium',
    version: context.browser()?.version() ?? (await versionFrom(context)),
    extensionOrigin,
    async newPage() {
      return wrapPage(await context.newPage());
    },
    async tabIdOf(page) {
      await page.bringToFront();
      return activeTabId(await serviceWorker(context));
    },
    async openPopup(tabId) {
      return browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    },
    async openExtensionPage(path) {
      const page = wrapPage(await context.newPage());
      await page.goto(`${extensionOrigin}/${path}`);
      return page;
    },
    async evalInExtension(fn, arg) {
      // The service worker may have been stopped; serviceWorker() waits for a live one.
      return (await serviceWorker(context)).evaluate(fn as never, arg) as never;
    },
    requests: () => [...requests],
    async stopServiceWorker() {
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.detach();
      } finally {
        await page.close();
      }
      // Wait until Playwright has seen the worker go, so the next call wakes a new one.
      const deadline = Date.now() + 10_000;
      while (context.serviceWorkers().some((w) => w.url().startsWith(extensionOrigin)) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async reloadExtension() {
      // Chromium disables an extension loaded from the command line when it
      // reloads outside developer mode; a developer reloading one has it on.
      const settings = await context.newPage();
      try {
        await settings.goto('chrome://extensions');
        await settings.evaluate(
          () => new Promise((ok) => (globalThis as any).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, ok)),
        );
      } finally {
        await settings.close();
      }
      const old = await serviceWorker(context);
      const next = context.waitForEvent('serviceworker', { predicate: (w) => w !== old, timeout: 20_000 });
      await old.evaluate(() => {
        setTimeout(() => (globalThis as any).chrome.runtime.reload(), 50);
      });
      await next;
    },
    close: () => context.close(),
    restart: () => launchChromium({ ...options, extensionDir, profileDir }),
    async dispose() {
      await context.close().catch(() => {});
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return browser;
}

/** The extension's service worker, waking it if Chromium stopped it. */
async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (live) return live;
  return context.waitForEvent('serviceworker', { timeout: 15_000 });
}

async function activeTabId(worker: Worker): Promise<number> {
  const id = await worker.evaluate(async () => {
    const api = (globalThis as { chrome?: any }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return (tab?.id as number | undefined) ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

async function versionFrom(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const ua = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? 'unknown';
}

/** The Playwright page behind a TestPage made by this driver (for CDP access in Chromium-only tests). */
const rawPages = new WeakMap<TestPage, Page>();
export function playwrightPageOf(page: TestPage): Page | undefined {
  return rawPages.get(page);
}

export function wrapPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  const wrapped: TestPage = {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 10_000) {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
    },
    async addInitScript(source) {
      await page.addInitScript({ content: source });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    async press(key, modifiers = []) {
      await page.keyboard.press([...modifiers, key].join('+'));
    },
    type: (text) => page.keyboard.type(text),
    focus: (selector) => page.focus(selector),
    async screenshot(path, fullPage = false) {
      await page.screenshot({ path, fullPage });
    },
    errors: () => [...errors],
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    url: () => page.url(),
  };
  rawPages.set(wrapped, page);
  return wrapped;
}
