/**
 * Hostile and unusual pages, in real Chromium with the built extension: huge
 * text, a page that never stops changing, a page that breaks the DOM methods
 * a script would use, a strict CSP, deep shadow trees, sandboxed and
 * cross-origin frames, design mode, SVG and MathML, right-to-left text.
 *
 * For each: nothing the extension does shows up as an error in the page's
 * console (a first test proves such an error would be seen), the page's
 * markup is left exactly as the page made it, and the names are found where
 * a reader would expect them. Long tasks after load are recorded and written
 * to .output/test-reports/hostile-long-tasks.json (timings are not asserted
 * in `npm test`: compare them with the same page on a site where the
 * extension is off).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { outDir, type ExtensionBrowser, type PageServer, type TestPage } from '../../harness';
import { playwrightPageOf } from '../../harness/chromium';
import { highlightedTexts, tabSummary } from './highlight-support';
import { bigTextNodePage, manyTextNodesPage } from '../../harness/hostile-pages';
import {
  longTasks,
  markupUnchanged,
  openObserved,
  pageErrors,
  settledCounts,
  type LongTaskReport,
} from './hardening-support';
import { it } from './session';

const measured: Record<string, LongTaskReport> = {};

function painted(h: Record<string, string[]>): string[] {
  return Object.values(h).flat().sort();
}

describe('hostile pages in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let ext: TestPage;

  it.beforeAll(async ({ session }) => {
    ({ server, browser, ext } = session);
    server.route('/hostile/big-node.html', bigTextNodePage());
    server.route('/hostile/many-nodes.html', manyTextNodesPage());
  });
  afterAll(async () => {
    mkdirSync(resolve(outDir(), 'test-reports'), { recursive: true });
    writeFileSync(resolve(outDir(), 'test-reports/hostile-long-tasks.json'), `${JSON.stringify(measured, null, 2)}\n`);
  });

  async function open(path: string) {
    return openObserved(browser, server.url(path));
  }

  it('sees an error thrown in the content script’s world (so the checks below can fail)', async () => {
    const { page, tabId } = await open('/pages/hostile/frame-child.html');
    await settledCounts(ext, tabId, { ready: (c) => c.qwen === 1 });
    const raw = playwrightPageOf(page)!;
    const cdp = await raw.context().newCDPSession(raw);
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', (e: any) => {
      if (String(e.context.origin).startsWith('chrome-extension://')) worlds.push(e.context.id);
    });
    await cdp.send('Runtime.enable');
    expect(worlds.length).toBeGreaterThan(0);
    await cdp.send('Runtime.evaluate', { contextId: worlds[0], expression: "setTimeout(() => { throw new Error('from the isolated world') })" });
    await page.waitFor(() => true);
    await new Promise((r) => setTimeout(r, 200));
    expect(pageErrors(page).join('\n')).toContain('from the isolated world');
    await cdp.detach();
    await page.close();
  });

  it('one text node of 5 MB: names at its start, middle and end are found, the markup is unchanged', async () => {
    const { page, tabId } = await open('/hostile/big-node.html');
    const counts = await settledCounts(ext, tabId, { ready: (c) => Object.keys(c).length >= 3, timeoutMs: 30_000 });
    expect(counts).toEqual({ openai: 1, deepseek: 1, qwen: 1 });
    expect(painted(await highlightedTexts(page))).toEqual(['DeepSeek', 'OpenAI', 'Qwen']);
    expect(await markupUnchanged(page)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    measured['5 MB text node'] = await longTasks(page);
    await page.close();
  });

  it('100,000 text nodes: a name split over two nodes and names deep in the page are found', async () => {
    const { page, tabId } = await open('/hostile/many-nodes.html');
    const counts = await settledCounts(ext, tabId, { ready: (c) => Object.keys(c).length >= 3, timeoutMs: 30_000 });
    expect(counts).toEqual({ openai: 1, qwen: 1, mixtral: 1 });
    expect(painted(await highlightedTexts(page))).toEqual(['Mixtral', 'OpenAI', 'Qwen']);
    expect(await markupUnchanged(page)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    measured['100,000 text nodes'] = await longTasks(page);
    await page.close();
  });

  it('a page that rewrites its text every animation frame keeps running, and its counts follow it', async () => {
    const { page, tabId } = await open('/pages/hostile/raf-rewrite.html');
    const framesBefore = await page.evaluate(() => (window as any).__frames as number);
    // The ticker names one of three models and the list all three: each is there every frame.
    const counts = await settledCounts(ext, tabId, {
      ready: (c) => c.anthropic === 1 && (c.deepseek ?? 0) >= 1 && (c.qwen ?? 0) >= 1 && (c.mixtral ?? 0) >= 1,
      stableMs: 0,
    });
    expect(counts.anthropic).toBe(1);
    for (const id of ['deepseek', 'qwen', 'mixtral']) expect([1, 2]).toContain(counts[id]);
    await new Promise((r) => setTimeout(r, 1000));
    const framesAfter = await page.evaluate(() => (window as any).__frames as number);
    expect(framesAfter).toBeGreaterThan(framesBefore + 10);
    // The page's own nodes only: the highlight API adds none.
    expect(await page.evaluate(() => document.querySelectorAll('ol-mark, [data-openness-lens]').length)).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    measured['rewrites every frame'] = await longTasks(page);
    await page.close();
  });

  it('a page that overrides DOM methods, MutationObserver and more still gets its names, and its traps are never hit', async () => {
    const { page, tabId } = await open('/pages/hostile/prototype-overrides.html');
    const counts = await settledCounts(ext, tabId, { ready: (c) => Object.keys(c).length >= 4 });
    expect(counts).toEqual({ openai: 1, deepseek: 1, qwen: 1, claude: 1 });
    expect(painted(await highlightedTexts(page))).toEqual(['Claude', 'DeepSeek', 'OpenAI', 'Qwen']);
    // Late content is followed too: the page's own MutationObserver is broken, the extension's is not.
    await page.evaluate(() => document.getElementById('two')!.insertAdjacentHTML('afterend', '<p>Mixtral arrived late.</p>'));
    const later = await settledCounts(ext, tabId, { ready: (c) => c.mixtral === 1 });
    expect(later).toEqual({ openai: 1, deepseek: 1, qwen: 1, claude: 1, mixtral: 1 });
    expect(await page.evaluate(() => (window as any).__hostileCalls)).toEqual({});
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('a strict CSP (default-src none): names are painted, the card opens styled, no violation is reported', async () => {
    server.route('/hostile/csp.html', {
      headers: { 'content-security-policy': "default-src 'none'" },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title></head>
        <body><p id="news">Today OpenAI and DeepSeek traded blows over Claude.</p></body></html>`,
    });
    const { page, tabId } = await open('/hostile/csp.html');
    const counts = await settledCounts(ext, tabId, { ready: (c) => Object.keys(c).length >= 3 });
    expect(counts).toEqual({ openai: 1, deepseek: 1, claude: 1 });
    expect(painted(await highlightedTexts(page))).toEqual(['Claude', 'DeepSeek', 'OpenAI']);
    expect(await markupUnchanged(page)).toBe(true);
    // The card is the extension's own UI: it must render and be styled despite the page's CSP.
    const point = await page.evaluate(() => {
      const h = (CSS as any).highlights.get('ol-closed') as Set<StaticRange>;
      const r = [...h][0]!;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouseMove(point.x, point.y);
    await page.waitFor(() => {
      const card = document.querySelector('[data-openness-lens]')?.shadowRoot?.querySelector('.card');
      // Filled in, not the loading state the card shows while the background answers.
      return card && card.getBoundingClientRect().height > 20 && !card.hasAttribute('aria-busy');
    });
    const style = await page.evaluate(() => {
      const card = document.querySelector('[data-openness-lens]')!.shadowRoot!.querySelector('.card')!;
      const cs = getComputedStyle(card);
      return { background: cs.backgroundColor, position: cs.position, text: card.textContent ?? '' };
    });
    expect(style.position).toBe('fixed');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.text).toContain('Claude');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('thirty nested open shadow roots are read to the bottom; a closed one is left alone', async () => {
    const { page, tabId } = await open('/pages/hostile/deep-shadow.html');
    const counts = await settledCounts(ext, tabId, { ready: (c) => Object.keys(c).length >= 3 });
    expect(counts).toEqual({ anthropic: 1, deepseek: 1, qwen: 1 });
    expect(painted(await highlightedTexts(page))).toEqual(['Anthropic', 'DeepSeek', 'Qwen']);
    expect(await markupUnchanged(page)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('sandboxed and cross-origin frames are read in place and add to the tab’s counts', async () => {
    server.route(
      '/hostile/frames.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>
        <p>The top page names OpenAI.</p>
        <iframe id="sandboxed" sandbox src="/pages/hostile/frame-child.html"></iframe>
        <iframe id="cross" src="${server.altOrigin}/pages/hostile/frame-child.html"></iframe>
        <iframe id="srcdoc" sandbox="allow-scripts" srcdoc="<p>Gemma 2 in a srcdoc frame.</p>"></iframe>
      </body></html>`,
    );
    const { page, tabId } = await open('/hostile/frames.html');
    const counts = await settledCounts(ext, tabId, { ready: (c) => (c.qwen ?? 0) >= 2 });
    expect(counts).toEqual({ openai: 1, qwen: 2, mixtral: 2 });
    expect(await markupUnchanged(page)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('a document in design mode is neither read nor changed, and typing in it still works', async () => {
    const { page, tabId } = await open('/pages/hostile/design-mode.html');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await settledCounts(ext, tabId)).toEqual({});
    expect(painted(await highlightedTexts(page))).toEqual([]);
    expect(await markupUnchanged(page)).toBe(true);
    await page.evaluate(() => {
      const text = document.getElementById('text')!;
      const range = document.createRange();
      range.selectNodeContents(text);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.type(' Then Qwen.');
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.evaluate(() => document.getElementById('text')!.textContent)).toBe(
      'OpenAI and DeepSeek in an editable document. Then Qwen.',
    );
    expect(await settledCounts(ext, tabId)).toEqual({});
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('SVG and MathML text is not read; the HTML around it is', async () => {
    const { page, tabId } = await open('/pages/hostile/svg-mathml.html');
    const counts = await settledCounts(ext, tabId, { ready: (c) => Object.keys(c).length >= 2 });
    expect(counts).toEqual({ deepseek: 1, anthropic: 1 });
    expect(await markupUnchanged(page)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('a right-to-left page with mixed-direction text, direction marks and isolates', async () => {
    const { page, tabId } = await open('/pages/hostile/rtl-bidi.html');
    const want = { openai: 1, deepseek: 1, qwen: 1, llama: 1, 'mistral-ai': 1, gemma: 1, anthropic: 2, claude: 1 };
    const counts = await settledCounts(ext, tabId, { ready: (c) => Object.keys(c).length >= Object.keys(want).length });
    expect(counts).toEqual(want);
    const texts = painted(await highlightedTexts(page)).map((t) => t.replace(/[\u200e\u200f\u202a-\u202e]/g, ''));
    expect(texts).toEqual(['Anthropic', 'Claude', 'Gemma 2', 'Llama 3', 'Mistral AI', 'OpenAI', 'Qwen', 'أنثروبيك', 'ديب سيك'].sort());
    expect(await markupUnchanged(page)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('the summary the popup reads is the only trace: no node, attribute or style was added to any page', async () => {
    // A last look at the longest-lived page kind: after all of the above, a fresh plain page is untouched too.
    const { page, tabId } = await open('/pages/hostile/frame-child.html');
    await settledCounts(ext, tabId, { ready: (c) => c.qwen === 1 });
    expect(await markupUnchanged(page)).toBe(true);
    expect((await tabSummary(ext, tabId))?.entities.length).toBe(2);
    await page.close();
  });
});

