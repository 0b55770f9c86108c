/**
 * The extension's life in the real browser: its service worker stopped by
 * the browser (Chromium stops idle workers), the extension reloaded while a
 * page is open, and a newer seed installed over a knowledge base the user
 * has edited.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect } from 'vitest';
import type { ExtensionBrowser, PageServer, TestPage } from '../../harness';
import { ROOT } from '../../harness/paths';
import { badgeText, extensionPage, highlightedTexts, totalHighlights, waitForCounts } from './highlight-support';
import { OBSERVE_PAGE, pageErrors } from './hardening-support';
import { it } from './session';

const EN_COUNTS = { openai: 2, deepseek: 2, meta: 1, llama: 1, alibaba: 1, qwen: 1, anthropic: 1, claude: 1, android: 1 };
const AR_COUNTS = { openai: 1, meta: 1, llama: 1, deepseek: 1, chrome: 1, chromium: 1, android: 1 };

/** The seed version this build ships, which an older install must be upgraded to. */
const SHIPPED_SEED_VERSION: number = JSON.parse(readFileSync(resolve(ROOT, 'assets/kb/seed-version.json'), 'utf8')).seedVersion;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The centre of the first painted mention of a highlight name, in viewport coordinates. */
function mentionPoint(name: string): { x: number; y: number } | null {
  const h = (CSS as any).highlights.get(name) as Set<StaticRange> | undefined;
  const r = h && [...h][0];
  if (!r) return null;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  const box = range.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Ranges that start at the same point as another painted range (a second lens over the first). */
function duplicateRanges(): number {
  const seen = new Map<Node, Set<number>>();
  let duplicates = 0;
  for (const highlight of ((CSS as any).highlights as Map<string, Set<StaticRange>>).values()) {
    for (const r of highlight) {
      const offsets = seen.get(r.startContainer) ?? new Set<number>();
      if (offsets.has(r.startOffset)) duplicates++;
      offsets.add(r.startOffset);
      seen.set(r.startContainer, offsets);
    }
  }
  return duplicates;
}

describe('lifecycle in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let ext: TestPage;

  it.beforeAll(async ({ session }) => {
    ({ server, browser, ext } = session);
  });

  async function open(path: string): Promise<{ page: TestPage; tabId: number }> {
    const page = await browser.newPage();
    await page.addInitScript(OBSERVE_PAGE);
    await page.goto(server.url(path));
    return { page, tabId: await browser.tabIdOf(page) };
  }

  it('after the service worker is stopped: the popup, the badge, the card and new pages still work', async () => {
    const { page, tabId } = await open('/pages/article-en.html');
    expect(await waitForCounts(ext, tabId, EN_COUNTS)).toEqual(EN_COUNTS);
    expect(await badgeText(browser, tabId)).toBe('9');

    await browser.stopServiceWorker!();
    // The popup asks the restarted worker, which finds the tab's summary in storage.session.
    const popup = await browser.openPopup(tabId);
    await popup.waitFor(() => document.querySelectorAll('[data-entity]').length > 0, undefined, 15_000);
    const listed = await popup.evaluate(() => [...new Set([...document.querySelectorAll('[data-entity]')].map((e) => e.getAttribute('data-entity')))].sort());
    expect(listed).toEqual(Object.keys(EN_COUNTS).sort());
    expect(popup.errors()).toEqual([]);
    await popup.close();
    expect(await badgeText(browser, tabId)).toBe('9');

    // The card of an open page asks the background too.
    await browser.stopServiceWorker!();
    await page.bringToFront();
    const point = await page.evaluate(mentionPoint, 'ol-closed');
    expect(point).not.toBeNull();
    await page.mouseMove(point!.x, point!.y);
    await page.waitFor(() => {
      const card = document.querySelector('[data-openness-lens]')?.shadowRoot?.querySelector('.card');
      return (card?.textContent ?? '').includes('Claude') && !card!.querySelector('[aria-busy="true"]');
    }, undefined, 15_000);

    // A page opened while the worker is stopped is highlighted and reported.
    await browser.stopServiceWorker!();
    const second = await open('/pages/article-ar.html');
    expect(await waitForCounts(ext, second.tabId, AR_COUNTS)).toEqual(AR_COUNTS);
    expect(totalHighlights(await highlightedTexts(second.page))).toBe(7);
    expect(await badgeText(browser, second.tabId)).toBe('7');
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(second.page)).toEqual([]);
    await page.close();
    await second.page.close();
  });

  it('after the extension is reloaded: the old content script stops quietly, and new pages are highlighted', async () => {
    const { page, tabId } = await open('/pages/article-en.html');
    expect(await waitForCounts(ext, tabId, EN_COUNTS)).toEqual(EN_COUNTS);
    const before = await highlightedTexts(page);
    expect(totalHighlights(before)).toBe(11);

    await browser.reloadExtension!();
    // The extension's pages closed with it.
    ext = await extensionPage(browser);

    // The old content script is cut off: a change in the page and a hover must not throw in the page.
    await page.bringToFront();
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Mixtral arrived late.' })));
    const point = await page.evaluate(mentionPoint, 'ol-closed');
    if (point) await page.mouseMove(point.x, point.y);
    await sleep(1500);
    expect(pageErrors(page)).toEqual([]);
    // No second set of highlights was added over the first.
    const after = await highlightedTexts(page);
    expect(totalHighlights(after)).toBeLessThanOrEqual(totalHighlights(before));
    expect(await page.evaluate(duplicateRanges)).toBe(0);

    // A new navigation in the same tab gets the new content script.
    await page.goto(server.url('/pages/article-ar.html'));
    expect(await waitForCounts(ext, tabId, AR_COUNTS)).toEqual(AR_COUNTS);
    expect(totalHighlights(await highlightedTexts(page))).toBe(7);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('a newer seed keeps the user’s edit, takes the new facts, and reaches the pages without opening the popup', async () => {
    // Installed and seeded (the extension page opened above seeds it too).
    await ext.waitFor(() => new Promise((ok) => {
      const req = indexedDB.open('openness-lens');
      req.onsuccess = () => {
        const db = req.result;
        const get = db.transaction('meta').objectStore('meta').get('seed');
        get.onsuccess = () => ok(Boolean(get.result));
        get.onerror = () => ok(false);
      };
      req.onerror = () => ok(false);
    }), undefined, 20_000);

    // What an older install looks like: the user edited DeepSeek's summary, and the
    // installed seed (version 0) did not yet know "Qwen" in Latin letters.
    await ext.evaluate(() => new Promise<void>((ok, fail) => {
      const req = indexedDB.open('openness-lens');
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction(['seed', 'overrides', 'resolved', 'meta'], 'readwrite');
        const seed = tx.objectStore('seed');
        const resolved = tx.objectStore('resolved');
        tx.objectStore('overrides').put({ id: 'deepseek', patch: { summary: { en: 'My own summary of DeepSeek.' } }, updatedAt: Date.now() });
        const getQwen = seed.get('qwen');
        getQwen.onsuccess = () => {
          const old = { ...getQwen.result, aliases: getQwen.result.aliases.filter((a: { text: string }) => a.text !== 'Qwen') };
          seed.put(old);
          const getRow = resolved.get('qwen');
          getRow.onsuccess = () => resolved.put({ ...getRow.result, entity: old, keys: getRow.result.keys.filter((k: string) => k !== 'qwen') });
        };
        tx.objectStore('meta').put({ key: 'seed', value: { version: 0, fingerprint: 'an older seed' } });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      };
      req.onerror = () => fail(req.error);
    }));

    // The browser restarts the extension's worker (here: stops it; the next event wakes it).
    await browser.stopServiceWorker!();
    const { page, tabId } = await open('/pages/article-en.html');
    expect(await waitForCounts(ext, tabId, EN_COUNTS, 20_000)).toEqual(EN_COUNTS);

    const stored = await ext.evaluate(() => new Promise<{ version: number; summary: string; qwenAliases: string[] }>((ok) => {
      const req = indexedDB.open('openness-lens');
      req.onsuccess = () => {
        const tx = req.result.transaction(['resolved', 'meta']);
        const out: any = {};
        tx.objectStore('meta').get('seed').onsuccess = (e: any) => (out.version = e.target.result.value.version);
        tx.objectStore('resolved').get('deepseek').onsuccess = (e: any) => (out.summary = e.target.result.entity.summary.en);
        tx.objectStore('resolved').get('qwen').onsuccess = (e: any) => (out.qwenAliases = e.target.result.entity.aliases.map((a: any) => a.text));
        tx.oncomplete = () => ok(out);
      };
    }));
    expect(stored.version).toBe(SHIPPED_SEED_VERSION);
    expect(stored.summary).toBe('My own summary of DeepSeek.');
    expect(stored.qwenAliases).toContain('Qwen');
    await page.close();
  });
});
