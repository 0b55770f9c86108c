/**
 * Nothing the user reads leaves the browser. Every request the browser makes
 * while a reader browses the demo articles, hovers a name for its card, uses
 * the popup (its list and its search) and the options page (browsing, an
 * export, an import, the settings) is recorded, and each one goes to the
 * local test server or to the extension's own files: no other host, ever.
 */
import { describe, expect } from 'vitest';
import { e2eBrowsers, type ExtensionBrowser, type PageServer, type TestPage } from '../../harness';
import { kbFile, plainEntity, settledCounts, waitForSeed } from './hardening-support';
import { sessionPerTest } from './session';
import { chooseFile } from './ui-support';

/** Where a request may go: the test server, the extension's own files, and in-memory addresses. */
function allowed(url: string, server: PageServer, extensionOrigin: string): boolean {
  if (url.startsWith(`${server.origin}/`) || url.startsWith(`${server.altOrigin}/`)) return true;
  if (url.startsWith(`${extensionOrigin}/`)) return true;
  return /^(data|blob|about):/.test(url);
}

for (const name of e2eBrowsers()) {
  describe(`privacy in ${name}`, () => {
    // One test per browser: its session closes before the next browser opens.
    const it = sessionPerTest(name);
    let browser: ExtensionBrowser;
    let server: PageServer;
    let ext: TestPage;

    it.beforeEach(async ({ session }) => {
      ({ server, browser, ext } = session);
      await waitForSeed(ext);
    });

    it('reading, the card, the popup and the options page make no request beyond the test server and the extension', async () => {
      for (const article of ['/demo/en.html', '/demo/ar.html']) {
        const page = await browser.newPage();
        await page.goto(server.url(article));
        const tabId = await browser.tabIdOf(page);
        const counts = await settledCounts(ext, tabId, { ready: (c) => Object.keys(c).length > 3 });
        expect(Object.keys(counts).length, article).toBeGreaterThan(3);

        // The card, for the first painted mention in the article's prose.
        await page.bringToFront();
        const point = await page.evaluate(() => {
          // The first mention in the article's prose (not in a link), in document order.
          const registry = (CSS as any).highlights as Map<string, Set<AbstractRange>> | undefined;
          let first: AbstractRange | null = null;
          for (const h of registry?.values() ?? []) {
            for (const r of h) {
              const el = r.startContainer.parentElement;
              if (!el || !el.closest('article') || el.closest('a')) continue;
              if (!first || first.startContainer.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_PRECEDING) first = r;
            }
          }
          if (!first) return null;
          const chosen = first as AbstractRange;
          chosen.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(chosen.startContainer, chosen.startOffset);
          range.setEnd(chosen.endContainer, chosen.endOffset);
          const b = range.getClientRects()[0]!;
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        });
        expect(point).not.toBeNull();
        await page.mouseMove(point!.x - 40, point!.y);
        await page.mouseMove(point!.x, point!.y);
        await page.waitFor(() => !!document.querySelector('[data-openness-lens]'), undefined, 10_000);

        const popup = await browser.openPopup(tabId);
        await popup.waitFor(() => !!document.querySelector('[data-entity]'), undefined, 15_000);
        await popup.focus('input[type="search"], input[role="combobox"]');
        await popup.type('qwen');
        await popup.waitFor(() => !!document.querySelector('[role="option"]'), undefined, 10_000);
        await popup.close();
        await page.close();
      }

      const options = await browser.openExtensionPage('options.html#entity=deepseek-r1');
      await options.waitFor(() => !!document.querySelector('[data-entity-detail="deepseek-r1"]'), undefined, 15_000);
      await options.evaluate(() => (location.hash = '#data'));
      await options.waitFor(() => !!document.querySelector('[data-export]'));
      await options.evaluate(() => (document.querySelector('[data-export]') as HTMLButtonElement).click());
      await chooseFile(options, '#ol-import-file', 'mine.json', kbFile([plainEntity('privacy-test-model', { en: 'Privacy Test Model', ar: 'نموذج الخصوصية' }, ['Privacy Test Model'])]));
      await options.waitFor(() => !!document.querySelector('[data-import-outcome="ok"]'), undefined, 15_000);
      await options.evaluate(() => (location.hash = '#settings'));
      await options.waitFor(() => !!document.querySelector('#ol-set-enabled'));
      await options.evaluate(() => (location.hash = '#about'));
      await new Promise((r) => setTimeout(r, 500));
      await options.close();

      const requests = browser.requests();
      // The recording works: the articles themselves were fetched from the test server.
      expect(requests.some((u) => u.startsWith(server.url('/demo/en.html')))).toBe(true);
      // Chromium also reports the extension's own page loads; Firefox reports web requests only.
      if (name === 'chromium') expect(requests.some((u) => u.startsWith(browser.extensionOrigin))).toBe(true);
      expect(requests.filter((u) => !allowed(u, server, browser.extensionOrigin))).toEqual([]);
    });
  });
}
