/**
 * Firefox driver: puppeteer-core over WebDriver BiDi, driving Firefox ESR with
 * the built (MV2) extension in a fresh profile.
 *
 * The extension is installed the way a user's stays installed: a proxy file in
 * the profile's extensions folder points at the unpacked build, so it survives
 * a restart of the browser on the same profile with its IndexedDB intact.
 * Unsigned sideloading needs a Firefox that honours
 * xpinstall.signatures.required=false (ESR, Developer Edition, Nightly); on a
 * release build the driver falls back to a temporary install per launch and
 * keeps the extension's storage across the reinstall.
 *
 * Firefox gives no browser-wide extension target over BiDi, so extension code
 * runs in one extension page kept open in a background tab (the "console").
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './types';
import { builtExtensionDir, findFirefox } from './paths';

/** The extension's gecko id, as set in wxt.config.ts. */
export const GECKO_ID = 'openness-lens@openness-lens.org';
/**
 * Firefox picks a random moz-extension UUID per profile and does not report it;
 * pinning it makes the extension origin (and so its IndexedDB) known and stable
 * across restarts of one profile.
 */
export const EXTENSION_UUID = '0e5a1c1e-7b2d-4f3a-9c8e-5d6f7a8b9c0d';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** The extension page that hosts `evalInExtension` and `tabIdOf`. */
const CONSOLE_PAGE = 'popup.html';

/** The part of puppeteer's BiDi browser that carries raw protocol events. */
interface BidiEvents {
  connection: { on(event: string, listener: (e: { request?: { url?: string } }) => void): void };
}

// Generous: the machines these run on are often busy.
const LAUNCH_TIMEOUT_MS = 60_000;
const EXTENSION_READY_MS = 20_000;

/** Firefox processes this test process started and has not yet closed. */
const live = new Set<Browser>();
process.once('exit', () => {
  for (const b of live) b.process()?.kill('SIGKILL');
});

export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? builtExtensionDir('firefox');
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ol-firefox-'));
  writeProxyFile(profileDir, extensionDir);
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  const httpLog = mkdtempSync(join(tmpdir(), 'ol-firefox-http-'));
  const ff = await start(profileDir, viewport, options.locale ?? 'en-US', httpLog).catch((e) => {
    rmSync(httpLog, { recursive: true, force: true });
    throw e;
  });

  const requests: string[] = [];
  // Every network request of every tab, extension pages included, in order.
  (ff as unknown as BidiEvents).connection.on('network.beforeRequestSent', (e) => {
    if (e.request?.url) requests.push(e.request.url);
  });

  let console_: Page | null = null;
  async function extensionConsole(): Promise<Page> {
    if (console_ && !console_.isClosed()) return console_;
    const page = await ff.newPage();
    try {
      await gotoExtension(page, `${EXTENSION_ORIGIN}/${CONSOLE_PAGE}`);
    } catch (e) {
      await page.close().catch(() => {});
      throw e;
    }
    console_ = page;
    return page;
  }

  try {
    await ensureExtension(ff, extensionDir, extensionConsole);
  } catch (e) {
    await kill(ff);
    rmSync(httpLog, { recursive: true, force: true });
    if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    throw e;
  }
  const version = (await ff.version()).replace(/^firefox\//i, '');

  const browser: ExtensionBrowser = {
    name: 'firefox',
    version,
    extensionOrigin: EXTENSION_ORIGIN,
    async newPage() {
      return wrapPage(await ff.newPage());
    },
    async tabIdOf(page) {
      // The console must exist first: opening it would make it the active tab.
      const host = await extensionConsole();
      await page.bringToFront();
      const id = await host.evaluate(async () => {
        const api = (globalThis as { browser?: any }).browser;
        const [tab] = await api.tabs.query({ active: true, currentWindow: true });
        return (tab?.id as number | undefined) ?? -1;
      });
      if (id < 0) throw new Error('no active tab');
      return id;
    },
    async openPopup(tabId) {
      return browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    },
    async openExtensionPage(path) {
      const page = wrapPage(await ff.newPage());
      await page.goto(`${EXTENSION_ORIGIN}/${path}`);
      return page;
    },
    async evalInExtension(fn, arg) {
      return (await extensionConsole()).evaluate(fn as never, arg) as never;
    },
    // Firefox does not report the background page's requests over BiDi; its
    // content processes' HTTP log has them, and they are appended here.
    requests: () => [...requests, ...childProcessRequests(httpLog).filter((u) => !requests.includes(u))],
    close: () => kill(ff),
    restart: () => launchFirefox({ ...options, extensionDir, profileDir }),
    async dispose() {
      await kill(ff);
      rmSync(httpLog, { recursive: true, force: true });
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return browser;
}

/**
 * URLs of the HTTP requests Firefox's content processes made (web pages and
 * the extension's process, the background page included), from the per-process
 * logs. The parent process's log is left out: it holds Firefox's own traffic
 * (remote settings and the like), which no page or extension asked for.
 */
function childProcessRequests(httpLog: string): string[] {
  if (!existsSync(httpLog)) return [];
  const urls = new Set<string>();
  for (const file of readdirSync(httpLog).filter((f) => /\.child-\d+\.moz_log$/.test(f)).sort()) {
    for (const m of readFileSync(join(httpLog, file), 'utf8').matchAll(/ uri=(\S+)/g)) urls.add(m[1]!);
  }
  return [...urls];
}

/** A file named after the add-on id whose content is the unpacked build's path. */
function writeProxyFile(profileDir: string, extensionDir: string): void {
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  writeFileSync(join(profileDir, 'extensions', GECKO_ID), `${extensionDir}\n`);
}

async function start(
  profileDir: string,
  viewport: { width: number; height: number },
  locale: string,
  httpLog: string,
): Promise<Browser> {
  const executablePath = findFirefox();
  let ff: Browser;
  try {
    ff = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profileDir,
      timeout: LAUNCH_TIMEOUT_MS,
      protocolTimeout: LAUNCH_TIMEOUT_MS,
      defaultViewport: viewport,
      // Lets the driver open moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      // One HTTP log per process; see childProcessRequests.
      env: { ...process.env, MOZ_LOG: 'nsHttp:3,sync', MOZ_LOG_FILE: join(httpLog, 'http') },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'xpinstall.signatures.required': false,
        // Only matter for the temporary-install fallback, where each launch reinstalls.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        'intl.accept_languages': locale,
        'intl.locale.requested': locale,
      },
    });
  } catch (e) {
    throw new Error(`Firefox (${executablePath}) did not start within ${LAUNCH_TIMEOUT_MS / 1000} s: ${(e as Error).message}`);
  }
  live.add(ff);
  return ff;
}

/** Waits until the extension's pages and background answer, installing it temporarily if sideloading was refused. */
async function ensureExtension(ff: Browser, extensionDir: string, extensionConsole: () => Promise<Page>): Promise<void> {
  try {
    await backgroundReady(await extensionConsole());
    return;
  } catch {
    /* not sideloaded: release builds of Firefox refuse unsigned add-ons there */
  }
  try {
    await ff.installExtension(extensionDir);
    await backgroundReady(await extensionConsole());
  } catch (e) {
    throw new Error(`The extension in ${extensionDir} did not load in Firefox: ${(e as Error).message}`);
  }
}

async function backgroundReady(page: Page): Promise<void> {
  await poll(
    page,
    async () => {
      const api = (globalThis as { browser?: any }).browser;
      return Boolean(api?.runtime && (await api.runtime.getBackgroundPage()));
    },
    undefined,
    EXTENSION_READY_MS,
    "the extension's background page did not start",
  );
}

/**
 * `page.goto` on a moz-extension:// URL never resolves in Firefox over BiDi,
 * although the page loads; so start it and watch the document instead. The
 * watch is a plain poll because an evaluation that lands mid-navigation can
 * fail with a protocol error, which puppeteer's waitForFunction gives up on.
 */
async function gotoExtension(page: Page, url: string, timeout = EXTENSION_READY_MS): Promise<void> {
  page.goto(url).catch(() => {});
  await poll(page, (u: string) => location.href === u && document.readyState === 'complete', url, timeout, `${url} did not load`);
}

/** Evaluates `fn(arg)` in the page until it returns true, surviving navigations. */
async function poll<A>(page: Page, fn: (arg: A) => unknown, arg: A, timeout: number, what: string): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const ok = await Promise.race([page.evaluate(fn as never, arg), sleep(Math.max(100, deadline - Date.now()), false)]);
      if (ok) return;
    } catch (e) {
      if (page.isClosed()) throw e;
      lastError = e; // mid-navigation; try again
    }
    await sleep(50, null);
  }
  throw new Error(`${what} within ${timeout} ms${lastError ? ` (last error: ${(lastError as Error).message.split('\n')[0]})` : ''}`);
}

function sleep<T>(ms: number, value: T): Promise<T> {
  return new Promise((ok) => setTimeout(() => ok(value), ms));
}

async function kill(ff: Browser): Promise<void> {
  if (!live.has(ff)) return;
  live.delete(ff);
  const proc = ff.process();
  await Promise.race([ff.close().catch(() => {}), new Promise((ok) => setTimeout(ok, 10_000))]);
  if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
}

export function wrapPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    async goto(url) {
      if (url.startsWith('moz-extension://')) await gotoExtension(page, url);
      else await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(fn, arg, timeoutMs = 10_000) {
      await poll(page, fn as (a: unknown) => unknown, arg, timeoutMs, `waitFor(${fn.name || 'condition'}) did not hold`);
    },
    async addInitScript(source) {
      await page.evaluateOnNewDocument(source);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    async press(key, modifiers = []) {
      for (const m of modifiers) await page.keyboard.down(m);
      await page.keyboard.press(key as never);
      for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
    },
    type: (text) => page.keyboard.type(text),
    focus: (selector) => page.focus(selector),
    async screenshot(path, fullPage = false) {
      await page.screenshot({ path, fullPage });
    },
    errors: () => [...errors],
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    url: () => page.url(),
  };
}
