/**
 * Security in the real browser (Chromium).
 *
 * Stored text is data, never markup: an imported entity whose name, summary,
 * reason and note hold `<img onerror>` payloads and a right-to-left override
 * shows them as text in the options page, the popup and the in-page card
 * (no element is made from them, the payload's script never runs, and an
 * overridden name is isolated so it cannot flip the text around it). Source
 * links that are not https: (a database edited by hand) are not links.
 *
 * Pages cannot reach the extension: window.postMessage with protocol-shaped
 * data, CustomEvents on the document (including the name the content-script
 * framework uses between its own instances) and runtime.sendMessage to the
 * extension's id change neither the tab's summary nor the knowledge base, and
 * the extension keeps working on that page.
 */
import { describe, expect } from 'vitest';
import type { ExtensionBrowser, PageServer, TestPage } from '../../harness';
import { waitForCounts } from './highlight-support';
import { kbFile, kbSnapshot, OBSERVE_PAGE, pageErrors, settledCounts, waitForSeed } from './hardening-support';
import { it } from './session';
import { chooseFile } from './ui-support';

const EN_COUNTS = { openai: 2, deepseek: 2, meta: 1, llama: 1, alibaba: 1, qwen: 1, anthropic: 1, claude: 1, android: 1 };

/** Each payload, if it ever became markup, would record its tag in window.__olPwned of the document it landed in. */
const pwn = (tag: string) => `<img src=x onerror="window.__olPwned=(window.__olPwned||[]).concat('${tag}')">`;
const RLO = '\u202e';

const EVIL = {
  id: 'evil-model',
  kind: 'model',
  name: { en: `${pwn('name-en')}Evil ${RLO}ledoM`, ar: `${pwn('name-ar')}شرير` },
  aliases: [{ text: 'EvilModel' }],
  summary: { en: `<script>window.__olPwned=['script']</script>${pwn('summary')}`, ar: pwn('summary-ar') },
  assessment: {
    status: 'closed',
    reason: { en: `${pwn('reason')} javascript:alert(1)`, ar: pwn('reason-ar') },
    weights: { value: 'no', sources: [{ kind: 'web', title: pwn('source-title'), url: 'https://example.org/weights' }] },
    trainingCode: { value: 'unknown', sources: [] },
    trainingData: { value: 'unknown', sources: [] },
    licence: { name: pwn('licence'), osiApproved: null, value: 'no', sources: [] },
    commercialUse: { value: 'unknown', sources: [] },
  },
  risks: [{ text: { en: pwn('risk'), ar: pwn('risk-ar') }, sources: [] }],
};

/** Elements or attributes a payload would have made, and whether any payload ran, in a document or shadow root. */
function traces(rootSelector: string | null): { made: number; ran: unknown; text: string } {
  const root: ParentNode | null = rootSelector ? (document.querySelector(rootSelector)?.shadowRoot ?? null) : document;
  if (!root) return { made: -1, ran: (window as any).__olPwned ?? null, text: '' };
  const made = root.querySelectorAll('img[src="x"], [onerror], script:not([src])').length;
  const text = rootSelector ? ((root as ShadowRoot).textContent ?? '') : document.body.textContent ?? '';
  return { made, ran: (window as any).__olPwned ?? null, text };
}

/** Every link's protocol in a document. */
function linkProtocols(): string[] {
  return [...document.querySelectorAll('a[href]')].map((a) => new URL((a as HTMLAnchorElement).href).protocol);
}

describe('security in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let ext: TestPage;

  it.beforeAll(async ({ session }) => {
    ({ server, browser, ext } = session);
    await waitForSeed(ext);
    const options = await browser.openExtensionPage('options.html#data');
    await options.waitFor(() => document.querySelector('#ol-import-file'));
    await chooseFile(options, '#ol-import-file', 'evil.json', kbFile([EVIL], [{ id: 'evil-model', text: `${pwn('note')} ${RLO}eton` }]));
    await options.waitFor(() => document.querySelector('[data-import-outcome]'));
    expect(await options.evaluate(() => document.querySelector('[data-import-outcome]')!.getAttribute('data-import-outcome'))).toBe('ok');
    await options.close();
  });

  it('the options page shows imported markup as text, isolates the overridden name, and runs nothing', async () => {
    const page = await browser.openExtensionPage('options.html#entity=evil-model');
    await page.waitFor(() => document.querySelector('[data-entity-detail="evil-model"] [data-note-text]'));
    const t = await page.evaluate(traces, null);
    expect(t.made).toBe(0);
    expect(t.ran).toBeNull();
    for (const tag of ['name-en', 'summary', 'reason', 'source-title', 'licence', 'risk', 'note']) expect(t.text).toContain(`concat('${tag}')`);
    // The name with U+202E sits in its own <bdi>: the override ends with it.
    const overridden = await page.evaluate((rlo) => {
      const holders = [...document.querySelectorAll('body *')].filter((el) =>
        [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.includes(rlo)),
      );
      return { holders: holders.length, isolated: holders.filter((el) => el.closest('bdi') !== null || el.closest('[data-note-text]') !== null).length };
    }, RLO);
    expect(overridden.holders).toBeGreaterThan(0);
    expect(overridden.isolated).toBe(overridden.holders);
    expect((await page.evaluate(linkProtocols)).every((p) => p === 'https:' || p === 'chrome-extension:')).toBe(true);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('a source address that is not https: is shown as text, never as a link', async () => {
    // A database edited outside the extension: validation never saw these addresses.
    await ext.evaluate(() => new Promise<void>((ok, fail) => {
      const req = indexedDB.open('openness-lens');
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction(['userEntities', 'resolved'], 'readwrite');
        const entity = {
          id: 'bad-links',
          kind: 'model',
          name: { en: 'Bad links', ar: 'روابط سيئة' },
          aliases: [{ text: 'Bad links' }],
          summary: { en: '', ar: '' },
          assessment: {
            status: 'open',
            reason: { en: 'r', ar: 'r' },
            weights: { value: 'yes', sources: [{ kind: 'web', title: 'script link', url: 'javascript:window.__olPwned=["link"]' }] },
            trainingCode: { value: 'yes', sources: [{ kind: 'web', title: 'data link', url: 'data:text/html,<script>alert(1)</script>' }] },
            trainingData: { value: 'yes', sources: [{ kind: 'web', title: 'plain http', url: 'http://example.org/' }] },
            licence: { name: 'MIT', osiApproved: true, value: 'yes', sources: [{ kind: 'web', title: 'good', url: 'https://example.org/licence' }] },
            commercialUse: { value: 'yes', sources: [{ kind: 'web', title: 'spaced', url: ' JavaScript:alert(1)' }] },
          },
        };
        tx.objectStore('userEntities').put({ id: entity.id, entity, addedAt: Date.now() });
        tx.objectStore('resolved').put({ id: entity.id, kind: 'model', status: 'open', keys: ['bad links'], origin: 'user', entity });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      };
    }));
    const page = await browser.openExtensionPage('options.html#entity=bad-links');
    await page.waitFor(() => document.querySelector('[data-entity-detail="bad-links"] table'));
    // The entity's own sources; the general notes on open models (shipped with the extension) carry their own links.
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('[data-entity-detail] a[href]')]
        .filter((a) => !a.closest('.ol-notes-general-risks, .ol-notes-general-benefits'))
        .map((a) => (a as HTMLAnchorElement).href),
    );
    expect(links).toEqual(['https://example.org/licence']);
    const shown = await page.evaluate(() => document.querySelector('[data-entity-detail]')!.textContent!);
    for (const title of ['script link', 'data link', 'plain http', 'spaced']) expect(shown).toContain(title);
    await page.close();
  });

  it('the popup and the in-page card show the same text inertly, and no payload runs in the page', async () => {
    server.route('/evil.html', '<!doctype html><meta charset="utf-8"><title>evil</title><p id="p" style="font-size:24px">Yesterday EvilModel was released.</p>');
    const page = await browser.newPage();
    await page.goto(server.url('/evil.html'));
    const tabId = await browser.tabIdOf(page);
    expect(await waitForCounts(ext, tabId, { 'evil-model': 1 })).toEqual({ 'evil-model': 1 });

    const popup = await browser.openPopup(tabId);
    await popup.waitFor(() => document.querySelector('[data-entity="evil-model"]'));
    const p = await popup.evaluate(traces, null);
    expect(p.made).toBe(0);
    expect(p.ran).toBeNull();
    expect(p.text).toContain("concat('name-en')");
    expect(popup.errors()).toEqual([]);
    await popup.close();

    await page.bringToFront();
    const point = await page.evaluate(() => {
      const r = [...((CSS as any).highlights.get('ol-closed') as Set<StaticRange>)][0]!;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const b = range.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouseMove(point.x, point.y);
    await page.waitFor(() => (document.querySelector('[data-openness-lens]')?.shadowRoot?.textContent ?? '').includes('Evil'), undefined, 10_000);
    await new Promise((r) => setTimeout(r, 300));
    const card = await page.evaluate(traces, '[data-openness-lens]');
    expect(card.made).toBe(0);
    expect(card.ran).toBeNull();
    expect(card.text).toContain("concat('name-en')");
    expect(card.text).toContain("concat('reason')");
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('messages and events from a page change neither the tab’s summary nor the knowledge base', async () => {
    const page = await browser.newPage();
    await page.addInitScript(OBSERVE_PAGE);
    await page.goto(server.url('/pages/article-en.html'));
    const tabId = await browser.tabIdOf(page);
    expect(await waitForCounts(ext, tabId, EN_COUNTS)).toEqual(EN_COUNTS);
    const kbBefore = await kbSnapshot(ext);
    const settingsBefore = await ext.evaluate(async () => JSON.stringify(await (globalThis as any).chrome.storage.local.get('settings')));

    const extensionId = browser.extensionOrigin.replace('chrome-extension://', '');
    const reached = await page.evaluate((id) => {
      const forged = [
        { type: 'reportMentions', url: location.href, entities: [{ entity: 'openai', count: 99, status: 'open' }] },
        { type: 'getTabSummary', tabId: 1 },
        { type: 'getCard', id: 'openai', lang: 'en' },
        { type: 'openEntry', id: 'openai' },
        { type: 'jumpToMention', entity: 'openai', index: 0 },
        { type: 'stepMention', direction: 1 },
        { type: 'listMentions' },
      ];
      for (const message of forged) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent(message.type, { detail: message }));
      }
      // The event a content-script framework listens for to stop an older copy of itself (this script has none).
      const started = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: started }));
      window.postMessage({ type: `${id}:content:wxt:content-script-started`, ...started }, '*');
      // Web pages have no way to the extension without externally_connectable.
      const runtime = (window as any).chrome?.runtime;
      let sent = false;
      try {
        if (runtime?.sendMessage) {
          runtime.sendMessage(id, forged[0]);
          sent = true;
        }
      } catch {
        sent = false;
      }
      return sent;
    }, extensionId);
    expect(reached).toBe(false);
    await new Promise((r) => setTimeout(r, 1500));

    expect(await settledCounts(ext, tabId)).toEqual(EN_COUNTS);
    expect(await kbSnapshot(ext)).toBe(kbBefore);
    expect(await ext.evaluate(async () => JSON.stringify(await (globalThis as any).chrome.storage.local.get('settings')))).toBe(settingsBefore);
    // No options tab was opened for the page ("openEntry").
    expect(await browser.evalInExtension(async () => (await (globalThis as any).chrome.tabs.query({})).filter((t: any) => String(t.url ?? '').includes('options.html')).length)).toBe(0);
    // The extension still follows the page: the forged "newer copy started" event did not stop it.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Then Mixtral.' })));
    const more = { ...EN_COUNTS, mixtral: 1 };
    expect(await waitForCounts(ext, tabId, more)).toEqual(more);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
