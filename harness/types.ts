/**
 * One interface over Playwright (Chromium) and Puppeteer (Firefox), so an
 * end-to-end test is written once and runs in both browsers.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (serializable) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn(arg)` in the page until it returns a truthy value. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Adds a script that runs before any of the page's own scripts on every navigation. */
  addInitScript(source: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Presses one key ("Escape", "ArrowDown", "a"); `modifiers` are held meanwhile. */
  press(key: string, modifiers?: Array<'Alt' | 'Control' | 'Shift' | 'Meta'>): Promise<void>;
  type(text: string): Promise<void>;
  focus(selector: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /** Console errors and uncaught exceptions seen in this page so far. */
  errors(): string[];
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  url(): string;
}

export interface ExtensionBrowser {
  name: BrowserName;
  version: string;
  /** Origin of the extension's pages (chrome-extension://ID or moz-extension://UUID). */
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /**
   * The browser's tab id of `page`. The extension holds no "tabs" permission,
   * so tab URLs are hidden from it: the page is brought to the front and the
   * active tab is read instead.
   */
  tabIdOf(page: TestPage): Promise<number>;
  /** popup.html?tabId=N for that tab, in a page of its own. */
  openPopup(tabId: number): Promise<TestPage>;
  /** Any extension page, e.g. "options.html". */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Runs `fn(arg)` in an extension context that has the `browser`/`chrome` APIs. */
  evalInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Every request URL the browser made, in order (for the privacy test). */
  requests(): string[];
  /**
   * Stops the extension's service worker, as the browser does when it idles
   * (Chromium only; Firefox's MV2 background page is never stopped).
   */
  stopServiceWorker?(): Promise<void>;
  /**
   * Reloads the extension as chrome://extensions' reload button does (developer
   * mode on, then runtime.reload()), and waits for its new service worker.
   * Open extension pages close; content scripts already in pages are cut off.
   * Chromium only.
   */
  reloadExtension?(): Promise<void>;
  /** Closes the browser; the profile folder survives until `dispose`. */
  close(): Promise<void>;
  /** Starts the browser again on the same profile (persistence checks). */
  restart(): Promise<ExtensionBrowser>;
  dispose(): Promise<void>;
}

export interface LaunchOptions {
  /** Built extension folder; defaults to the one for the browser under .output (or $OL_OUT_DIR). */
  extensionDir?: string;
  /** Reuse this profile folder instead of a fresh one. */
  profileDir?: string;
  viewport?: { width: number; height: number };
  locale?: string;
}
