/**
 * A plain headless Chromium (no extension) for the page benches, with the
 * project's standard flags, plus the heap reading that goes with it.
 */
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { findChromium } from '../harness/paths';
import { CHROMIUM_FLAGS } from '../harness/chromium';

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
}

export interface HeapReading {
  /** V8 heap in use, bytes. */
  used: number;
  /** Blink's C++ heap in use (DOM objects such as ranges), bytes, when Chromium reports it. */
  embedder?: number;
}

/** Heap in use after a full garbage collection. */
export async function heapAfterGc(cdp: CDPSession): Promise<HeapReading> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  return { used: usage.usedSize, embedder: usage.embedderHeapUsedSize };
}

export async function newBenchPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  return { page, cdp };
}
