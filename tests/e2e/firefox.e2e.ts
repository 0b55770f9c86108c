/**
 * What only Firefox needs checking: the driver itself (the extension is
 * installed, its pages have the WebExtension API, tabs are told apart, the
 * requests of pages and of the extension are recorded, a restart keeps the
 * add-on and its storage) and the hit-testing the in-page card relies on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startPageServer, type ExtensionBrowser, type PageServer } from '../../harness';

describe('the built extension in Firefox', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch('firefox');
  });
  afterAll(async () => {
    await browser?.dispose();
    await server?.close();
  });

  it('is installed as an add-on of its own, under a moz-extension origin', async () => {
    expect(browser.version).toMatch(/^\d+\.\d+/);
    expect(browser.extensionOrigin).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}$/);
    const self = await browser.evalInExtension(async () => {
      const api = (globalThis as { browser?: any }).browser;
      return { origin: location.origin, manifestVersion: api.runtime.getManifest().manifest_version as number };
    });
    expect(self).toEqual({ origin: browser.extensionOrigin, manifestVersion: 2 });
  });

  it('tells two tabs apart by their tab id', async () => {
    server.route('/one.html', '<!doctype html><title>one</title><p>one</p>');
    server.route('/two.html', '<!doctype html><title>two</title><p>two</p>');
    const one = await browser.newPage();
    await one.goto(server.url('/one.html'));
    const two = await browser.newPage();
    await two.goto(server.url('/two.html'));
    const idOne = await browser.tabIdOf(one);
    const idTwo = await browser.tabIdOf(two);
    expect(idOne).toBeGreaterThan(0);
    expect(idTwo).toBeGreaterThan(0);
    expect(idTwo).not.toBe(idOne);
    // Asking again after the other tab was in front gives the same answer.
    expect(await browser.tabIdOf(one)).toBe(idOne);
    await one.close();
    await two.close();
  });

  it("records a page's requests, an extension page's and the background page's", async () => {
    server.route('/with-image.html', '<!doctype html><img src="/pixel.svg" alt=""><p>text</p>');
    server.route('/pixel.svg', { body: '<svg xmlns="http://www.w3.org/2000/svg"/>', type: 'image/svg+xml' });
    const page = await browser.newPage();
    await page.goto(server.url('/with-image.html'));
    const probe = server.url('/from-extension-page');
    await browser.evalInExtension((url) => fetch(url).then(() => 'ok', () => 'refused'), probe);
    const fromBackground = server.url('/from-background-page');
    await browser.evalInExtension(async (url) => {
      const background = await (globalThis as { browser?: any }).browser.runtime.getBackgroundPage();
      return background.fetch(url).then(() => 'ok', () => 'refused');
    }, fromBackground);
    const seen = browser.requests();
    expect(seen).toContain(server.url('/with-image.html'));
    expect(seen).toContain(server.url('/pixel.svg'));
    expect(seen).toContain(probe);
    expect(seen).toContain(fromBackground);
    // Firefox's own traffic (remote settings, updates) is not the extension's doing.
    expect(seen.filter((u) => /mozilla\.(com|org|net)/.test(new URL(u).hostname))).toEqual([]);
    await page.close();
  });

  it('finds a painted highlight under a point, which the card relies on', async () => {
    // Firefox 153 ships CSS.highlights.highlightsFromPoint, so the card's
    // hit-testing takes the same path as in Chromium; caretPositionFromPoint
    // stays the fallback for older versions.
    server.route('/features.html', '<!doctype html><p id="p" style="font-size:32px">Hello world</p>');
    const page = await browser.newPage();
    await page.goto(server.url('/features.html'));
    const found = await page.evaluate(() => {
      const text = document.getElementById('p')!.firstChild!;
      const range = new Range();
      range.setStart(text, 0);
      range.setEnd(text, 5);
      const registry = (CSS as unknown as { highlights: Map<string, unknown> & { highlightsFromPoint?: Function } }).highlights;
      const mark = new (globalThis as unknown as { Highlight: new (r: Range) => unknown }).Highlight(range);
      registry.set('probe', mark);
      const box = range.getBoundingClientRect();
      const hits = (registry.highlightsFromPoint?.(box.left + 4, box.top + box.height / 2) ?? []) as Array<{ highlight: unknown }>;
      const missed = (registry.highlightsFromPoint?.(box.right + 200, box.top + box.height / 2) ?? []) as unknown[];
      const caret = (document as { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null })
        .caretPositionFromPoint?.(box.left + 4, box.top + box.height / 2);
      return { hit: hits.some((h) => h.highlight === mark), missed: missed.length, caretInText: caret?.offsetNode === text };
    });
    expect(found).toEqual({ hit: true, missed: 0, caretInText: true });
    await page.close();
  });

  it('keeps the extension and its IndexedDB across a restart on the same profile', async () => {
    const stamp = `kept-${Date.now()}`;
    await browser.evalInExtension(writeProbe, stamp);
    await browser.close();
    const again = await browser.restart();
    try {
      expect(again.extensionOrigin).toBe(browser.extensionOrigin);
      expect(await again.evalInExtension(readProbe)).toBe(stamp);
    } finally {
      await again.dispose();
    }
  });
});

/** A raw IndexedDB write in the extension's origin, away from the knowledge base's own database. */
function writeProbe(value: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('ol-e2e-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put(value, 'stamp');
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}

function readProbe(): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('ol-e2e-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('kv').objectStore('kv').get('stamp');
      get.onsuccess = () => (open.result.close(), resolve(get.result as string | undefined));
      get.onerror = () => reject(get.error);
    };
  });
}
