/**
 * The fallback painter, for browsers without the CSS Custom Highlight API:
 * mentions are wrapped in <ol-mark> elements, counted the same, and unwrapped
 * without a trace when highlighting is turned off.
 *
 * Chromium has the API in every world, and a page script cannot remove it
 * from the extension's isolated world, so the test removes it there through
 * the DevTools protocol and has the extension start again (settings off and
 * on), which picks its painter afresh.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtExtensionDir, startPageServer, type PageServer, type TestPage } from '../../harness';
import { chromiumArgs, wrapPage } from '../../harness/chromium';
import { findChromium } from '../../harness/paths';
import { setSettings, waitForCounts } from './highlight-support';

const EN_COUNTS = { openai: 2, deepseek: 2, meta: 1, llama: 1, alibaba: 1, qwen: 1, anthropic: 1, claude: 1, android: 1 };

describe('highlighting without the CSS Custom Highlight API', () => {
  let context: BrowserContext;
  let profile: string;
  let server: PageServer;
  let ext: TestPage;

  beforeAll(async () => {
    server = await startPageServer();
    profile = mkdtempSync(join(tmpdir(), 'ol-fallback-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: chromiumArgs(builtExtensionDir('chromium')),
      viewport: { width: 1280, height: 900 },
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = /^chrome-extension:\/\/[a-p]+/.exec(worker.url())![0];
    ext = wrapPage(await context.newPage());
    await ext.goto(`${origin}/popup.html`);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function tabIdOfFront(page: TestPage): Promise<number> {
    await page.bringToFront();
    return ext.evaluate(async () => {
      const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab.id as number;
    });
  }

  /** Removes CSS.highlights from the extension's content-script world in this page. */
  async function removeHighlightApi(page: Page): Promise<number> {
    const cdp = await context.newCDPSession(page);
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', (e: any) => {
      if (e.context.auxData?.type === 'isolated' && String(e.context.origin).startsWith('chrome-extension://')) {
        worlds.push(e.context.id);
      }
    });
    await cdp.send('Runtime.enable');
    for (const contextId of worlds) {
      await cdp.send('Runtime.evaluate', {
        contextId,
        expression: "Object.defineProperty(CSS, 'highlights', { value: undefined, configurable: true })",
      });
    }
    await cdp.detach();
    return worlds.length;
  }

  it('wraps each mention, counts exactly as with the API, and removes every wrapper cleanly', async () => {
    const raw = await context.newPage();
    const page = wrapPage(raw);
    await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
      window.__domAtLoad = document.documentElement.outerHTML;
      window.__leadNodes = document.getElementById('lead').childNodes.length;
    });`);
    await page.goto(server.url('/pages/article-en.html'));
    const tabId = await tabIdOfFront(page);
    expect(await waitForCounts(ext, tabId, EN_COUNTS)).toEqual(EN_COUNTS);
    expect(await page.evaluate(() => document.querySelectorAll('ol-mark').length)).toBe(0);
    expect(await removeHighlightApi(raw)).toBeGreaterThan(0);
    await setSettings(ext, { enabled: false });
    await page.waitFor(() => [...((CSS as any).highlights as Map<string, Set<unknown>>).values()].every((h) => h.size === 0));
    await setSettings(ext, { enabled: true });
    await page.waitFor(() => document.querySelectorAll('ol-mark').length === 12);
    expect(await waitForCounts(ext, tabId, EN_COUNTS)).toEqual(EN_COUNTS);

    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('ol-mark')].map((m) => [m.textContent, m.getAttribute('data-status')]),
    );
    // <b>Open</b>AI is wrapped in two pieces, one per text node.
    expect(marks.map((m) => m[0])).toEqual([
      'Open', 'AI', 'DeepSeek', 'Meta', 'Llama 3.1', 'Alibaba', 'Qwen', 'Anthropic', 'Claude', 'Android', 'DeepSeek', 'OpenAI',
    ]);
    expect(marks.find((m) => m[0] === 'Claude')![1]).toBe('closed');
    // The wrapper is styled: an underline in the status's line style.
    const style = await page.evaluate(() => getComputedStyle(document.querySelector('ol-mark[data-status="closed"]')!).textDecorationStyle);
    expect(style).toBe('wavy');
    expect(await page.evaluate(() => document.querySelector('textarea ol-mark, #editor ol-mark'))).toBeNull();

    // Page changes are followed while wrapped: an added paragraph is read, a removed one forgotten.
    await page.evaluate(() => document.getElementById('p3')!.after(Object.assign(document.createElement('p'), { id: 'late', textContent: 'And Mixtral too.' })));
    const more = { ...EN_COUNTS, mixtral: 1 };
    expect(await waitForCounts(ext, tabId, more)).toEqual(more);
    await page.evaluate(() => document.getElementById('late')!.remove());
    expect(await waitForCounts(ext, tabId, EN_COUNTS)).toEqual(EN_COUNTS);

    await setSettings(ext, { enabled: false });
    await page.waitFor(() => document.querySelectorAll('ol-mark').length === 0);
    expect(await page.evaluate(() => (window as any).__domAtLoad === document.documentElement.outerHTML)).toBe(true);
    expect(await page.evaluate(() => document.getElementById('lead')!.childNodes.length === (window as any).__leadNodes)).toBe(true);
    await setSettings(ext, { enabled: true });
    await page.waitFor(() => document.querySelectorAll('ol-mark').length === 12);
    await page.close();
  });
});
