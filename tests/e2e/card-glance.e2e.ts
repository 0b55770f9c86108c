/**
 * The card as a finished product, in the built extension in real Chromium:
 * the bound keyboard shortcuts, keyboard use with focus given back, the
 * verdict at a glance with its five marks, the user's note, releases,
 * corrections and expert grades from a fixture entity, companies shown with
 * their models, a card that fits a small frame, the page's language, the
 * marks at the page's edge, "Copy", and axe-core in light and dark.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type ExtensionBrowser, type PageServer, type TestPage } from '../../harness';
import { playwrightPageOf } from '../../harness/chromium';
import { highlightedTexts, setSettings, waitForCounts } from './highlight-support';
import { openSession, type Session } from './session';

const EN_COUNTS = { openai: 2, deepseek: 2, meta: 1, llama: 1, alibaba: 1, qwen: 1, anthropic: 1, claude: 1, android: 1 };
const AR_COUNTS = { openai: 1, meta: 1, llama: 1, deepseek: 1, chrome: 1, chromium: 1, android: 1 };
const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const LLAMA_EXTRAS = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/card/llama-extras.json'), 'utf8'));

function cardText(page: TestPage): Promise<string | null> {
  return page.evaluate(() => document.querySelector('openness-lens-card')?.shadowRoot?.querySelector<HTMLElement>('.card')?.innerText ?? null);
}

async function waitForCard(page: TestPage, entity: string): Promise<string> {
  await page.waitFor((id) => {
    const card = document.querySelector('openness-lens-card')?.shadowRoot?.querySelector('.card');
    return card?.getAttribute('data-entity') === id && !card.hasAttribute('aria-busy');
  }, entity);
  return (await cardText(page))!;
}

/** Runs a function on the card's shadow root in the page. */
function inCard<T>(page: TestPage, fn: string): Promise<T> {
  return page.evaluate(`(() => { const root = document.querySelector('openness-lens-card').shadowRoot; return (${fn})(root); })()` as never);
}

/** Merges fields into an entity's resolved record, as a knowledge base holding them would. */
function addToEntity(ext: TestPage, id: string, extra: Record<string, unknown>, note?: string): Promise<void> {
  return ext.evaluate(
    ([entityId, fields, noteText]) =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open('openness-lens');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['resolved', 'notes'], 'readwrite');
          const store = tx.objectStore('resolved');
          const get = store.get(entityId as string);
          get.onsuccess = () => {
            const row = get.result;
            store.put({ ...row, entity: { ...row.entity, ...(fields as object) } });
            if (noteText) tx.objectStore('notes').put({ id: entityId, text: noteText, updatedAt: Date.now() });
          };
          tx.oncomplete = () => (db.close(), ok());
          tx.onerror = () => fail(tx.error);
        };
      }),
    [id, extra, note ?? null] as const,
  );
}

describe('the card at a glance, in Chromium', () => {
  let session: Session | undefined;
  let browser: ExtensionBrowser;
  let server: PageServer;
  let ext: TestPage;

  beforeAll(async () => {
    ({ server, browser, ext } = session = await openSession());
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openArticle(path = '/pages/article-en.html', counts: Record<string, number> = EN_COUNTS) {
    const page = await browser.newPage();
    await page.goto(server.url(path));
    const tabId = await browser.tabIdOf(page);
    expect(await waitForCounts(ext, tabId, counts)).toEqual(counts);
    return { page, tabId };
  }

  const jump = (tabId: number, entity: string, index = 0) =>
    browser.evalInExtension(
      ([id, e, i]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'jumpToMention', entity: e, index: i }),
      [tabId, entity, index] as const,
    );

  it('binds every keyboard shortcut it suggests', async () => {
    const commands = (await browser.evalInExtension(() => (globalThis as any).chrome.commands.getAll())) as Array<{ name: string; shortcut: string }>;
    const bound = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(bound).toEqual({
      _execute_action: 'Alt+Shift+O',
      'toggle-site': 'Alt+Shift+H',
      'next-mention': 'Alt+Shift+Period',
      'previous-mention': 'Alt+Shift+Comma',
    });
  });

  it('opens from the keyboard, moves focus into the card, and Escape closes it and gives focus back', async () => {
    server.route(
      '/form.html',
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>form</title>
      <p>DeepSeek released a model.</p><input id="box" aria-label="box">`,
    );
    const { page, tabId } = await openArticle('/form.html', { deepseek: 1 });
    await page.focus('#box');
    const step = () =>
      browser.evalInExtension(([id]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'stepMention', direction: 1 }, { frameId: 0 }), [tabId] as const);
    expect(await step()).toBe(true);
    await waitForCard(page, 'deepseek');
    expect(await inCard<boolean>(page, '(r) => r.activeElement === r.querySelector(".card")')).toBe(true);
    // Tab reaches the card's own controls.
    await page.press('Tab');
    expect(await inCard<string>(page, '(r) => r.activeElement?.tagName ?? ""')).toBe('BUTTON');
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('openness-lens-card')?.shadowRoot?.querySelector('.card'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('box');
    await page.close();
  });

  it('leads with the status in words and one reason; five marks unfold the evidence; the user\'s note, releases, corrections and expert grades show', async () => {
    await addToEntity(ext, 'llama', LLAMA_EXTRAS, 'Check the licence before we use it.');
    const { page, tabId } = await openArticle();
    expect(await jump(tabId, 'llama')).toBe(true);
    const text = await waitForCard(page, 'llama');
    const look = await inCard<{ status: string; statusPx: number; minPx: number; marks: string[]; hidden: boolean }>(
      page,
      `(r) => {
        const card = r.querySelector('.card');
        let minPx = 99;
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!n.textContent.trim() || el.closest('[hidden], .sr-only, details:not([open]) > :not(summary)')) continue;
          minPx = Math.min(minPx, parseFloat(getComputedStyle(el).fontSize));
        }
        return {
          status: r.querySelector('.status-label').textContent,
          statusPx: parseFloat(getComputedStyle(r.querySelector('.status-label')).fontSize),
          minPx,
          marks: [...r.querySelectorAll('.mark')].map((m) => m.getAttribute('data-mark') + ':' + m.getAttribute('data-level')),
          hidden: r.querySelector('.evidence').hidden,
        };
      }`,
    );
    expect(look.status).toBe('Restricted');
    expect(look.statusPx).toBeGreaterThanOrEqual(18);
    expect(look.minPx).toBeGreaterThanOrEqual(13);
    expect(look.marks).toEqual(['weights:partial', 'trainingCode:no', 'trainingData:no', 'licence:no', 'commercialUse:partial']);
    expect(look.hidden).toBe(true);
    expect(text).toContain('as of July 2024');
    // One release to a line, oldest first.
    expect(text).toMatch(/Releases:\s*Llama 2 \(2023-07\): Restricted, Llama 2 Community License\n+Llama 3\.1 \(2024-07-23\): Restricted/);
    expect(text).toMatch(/Your note:\s*Check the licence before we use it\./);
    // The evidence unfolds on demand, with each mark's level and note.
    await inCard(page, '(r) => r.querySelector(".marks").click()');
    const evidence = await inCard<string>(page, '(r) => r.querySelector(".evidence").innerText');
    expect(evidence).toMatch(/Weights\s+Partial — \S/);
    expect(evidence).toMatch(/Licence\s+No — \S/);
    // Corrections and expert grades are folded until opened.
    expect(text).not.toContain('the training code is not released');
    await inCard(page, '(r) => r.querySelectorAll("details").forEach((d) => { d.open = true; })');
    const open = (await cardText(page))!;
    expect(open).toContain('Corrections');
    expect(open).toContain('The source article says LLaMA makes its source code freely available');
    expect(open).toContain('European Open Source AI Index');
    expect(open).toMatch(/Availability[\s\S]*Documentation[\s\S]*Access/);
    expect(open).toContain('Model Openness Framework: no class reached');
    const grades = await inCard<string[]>(page, '(r) => [...r.querySelectorAll(".grade")].map((g) => g.getAttribute("data-grade"))');
    expect(grades).toHaveLength(12);
    expect(grades[7]).toBe('open');
    await page.close();
  });

  it("paints and leads with the release a name gives: Grok 4 closed, Grok-1 open weights, in a family the record calls restricted", async () => {
    server.route(
      '/releases.html',
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>releases</title>
      <p>xAI keeps Grok 4 behind its API.</p><p>Years ago it posted the Grok-1 weights under Apache 2.0.</p><p>Grok answers on X.</p>`,
    );
    const { page, tabId } = await openArticle('/releases.html', { xai: 1, grok: 3 });
    expect(await highlightedTexts(page)).toEqual({ 'ol-closed': ['Grok 4'], 'ol-open-weights': ['Grok-1'], 'ol-restricted': ['Grok'], 'ol-unknown': ['xAI'] });
    expect(await jump(tabId, 'grok', 0)).toBe(true);
    let text = await waitForCard(page, 'grok');
    expect(text).toContain('Closed');
    expect(text).toContain('Grok 4, released July 2025');
    expect(text).toContain('The newest release, Grok 2, is restricted.');
    // The card of the next mention, once its data is in: its verdict line names what it leads with.
    const verdictAfter = async (index: number) => {
      expect(await jump(tabId, 'grok', index)).toBe(true);
      await page.waitFor(
        (i) => document.querySelector('openness-lens-card')?.shadowRoot?.querySelector('.card:not([aria-busy]) .verdict')?.textContent?.includes(i === 1 ? 'Grok-1' : 'as of') === true,
        index,
      );
      return (await inCard<string>(page, '(r) => r.querySelector(".verdict").textContent'))!;
    };
    expect(await verdictAfter(1)).toMatch(/^Open weights\s*Grok-1, released March 2024$/);
    expect(await cardText(page)).toContain('Licence: Apache-2.0.');
    expect(await verdictAfter(2)).toMatch(/^Restricted\s*as of \w+ \d{4}$/);
    await page.close();
  });

  it('shows a company as a company, with its models and their statuses, never as "Unknown"', async () => {
    const { page, tabId } = await openArticle();
    expect(await jump(tabId, 'meta')).toBe(true);
    const text = await waitForCard(page, 'meta');
    expect(text).toContain('Company');
    // The company itself carries no status; a model it lists may be graded "Unknown" (InCoder-6B is).
    const [company, models] = text.split('\nModels\n');
    expect(models).toBeDefined();
    expect(company).not.toMatch(/Unknown|Not assessed/);
    for (const line of text.split('\n').filter((l) => /Unknown|Not assessed/.test(l))) expect(line).toBe('Unknown');
    expect(text).toContain('A company has no openness status of its own');
    expect(text).toMatch(/Llama\s*Restricted/);
    await page.close();
  });

  it('shows the general risks and benefits, each with its paragraph, on an open-weights card', async () => {
    const { page, tabId } = await openArticle();
    expect(await jump(tabId, 'qwen')).toBe(true);
    await waitForCard(page, 'qwen');
    const status = await inCard<string>(page, '(r) => r.querySelector(".status").dataset.status');
    await inCard(page, '(r) => r.querySelectorAll("details").forEach((d) => { d.open = true; })');
    const text = (await cardText(page))!;
    expect(status).toBe('open-weights');
    expect(text).toMatch(/Risks: Open models can be misused[^\n]* — About open models in general \(source article, paragraph \d+\)/);
    await page.close();
  });

  it('fits a card inside a small frame', async () => {
    server.route('/inner.html', `<!doctype html><html lang="en"><meta charset="utf-8"><body style="margin:4px"><p>Meta released Llama 3.1 today.</p>`);
    server.route('/framed.html', `<!doctype html><html lang="en"><meta charset="utf-8"><title>framed</title>
      <p>A frame:</p><iframe id="f" src="/inner.html" style="width: 420px; height: 200px; border: 1px solid"></iframe>`);
    const { page, tabId } = await openArticle('/framed.html', { meta: 1, llama: 1 });
    expect(await jump(tabId, 'llama')).toBe(true);
    const frame = playwrightPageOf(page)!.frames().find((f) => f.url().endsWith('/inner.html'))!;
    await frame.waitForFunction(() => {
      const card = document.querySelector('openness-lens-card')?.shadowRoot?.querySelector('.card');
      return card?.getAttribute('data-entity') === 'llama' && !card.hasAttribute('aria-busy');
    });
    const fit = await frame.evaluate(() => {
      const r = document.querySelector('openness-lens-card')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, h: innerHeight, w: innerWidth };
    });
    expect(fit.top).toBeGreaterThanOrEqual(0);
    expect(fit.bottom).toBeLessThanOrEqual(fit.h);
    expect(fit.left).toBeGreaterThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(fit.w);
    await page.close();
  });

  it('speaks the page\'s language by default, whatever the interface language, and follows the card-language setting', async () => {
    await setSettings(ext, { language: 'en' });
    try {
      let { page, tabId } = await openArticle('/pages/article-ar.html', AR_COUNTS);
      expect(await jump(tabId, 'llama')).toBe(true);
      let text = await waitForCard(page, 'llama');
      expect(await inCard<string>(page, '(r) => r.querySelector(".card").dir')).toBe('rtl');
      expect(text).toContain('مقيّد');
      await page.close();
      await setSettings(ext, { cardLanguage: 'en' });
      ({ page, tabId } = await openArticle('/pages/article-ar.html', AR_COUNTS));
      expect(await jump(tabId, 'llama')).toBe(true);
      text = await waitForCard(page, 'llama');
      expect(await inCard<string>(page, '(r) => r.querySelector(".card").dir')).toBe('ltr');
      expect(text).toContain('Restricted');
      await page.close();
    } finally {
      await setSettings(ext, { language: 'auto', cardLanguage: 'page' });
    }
  });

  it('puts one mark per mention at the page\'s right edge once the setting is on, in document order; a click opens that mention\'s card; turned off, they go', async () => {
    const gap = '<div style="height: 700px"></div>';
    server.route(
      '/spaced.html',
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>spaced</title>
      <p>The chatbot Claude first.</p>${gap}<p>Then Qwen.</p>${gap}<p>Then Llama 3.1.</p>${gap}<p>Then DeepSeek.</p>${gap}<p id="far">Last, Mixtral.</p>`,
    );
    await setSettings(ext, { edgeMarks: true });
    const { page } = await openArticle('/spaced.html', { claude: 1, qwen: 1, llama: 1, deepseek: 1, mixtral: 1 });
    const marks = () =>
      page.evaluate(() =>
        [...(document.querySelector('openness-lens-marks')?.shadowRoot?.querySelectorAll<HTMLElement>('.mark') ?? [])].map((m) => {
          const r = m.getBoundingClientRect();
          return { status: m.dataset.status!, label: m.getAttribute('aria-label')!, x: r.left + r.width / 2, y: r.top + r.height / 2, right: r.right };
        }),
      );
    await page.waitFor(() => (document.querySelector('openness-lens-marks')?.shadowRoot?.querySelectorAll('.mark').length ?? 0) === 5);
    const shown = await marks();
    expect(shown.map((m) => m.label)).toEqual(['Claude', 'Qwen', 'Llama 3.1', 'DeepSeek', 'Mixtral']);
    expect(shown[0]!.status).toBe('closed');
    expect(shown.every((m, i) => i === 0 || m.y > shown[i - 1]!.y)).toBe(true);
    expect(shown.every((m) => m.right >= 1280 - 16)).toBe(true);
    // The page itself is untouched: the marks live in the extension's own element.
    expect(await page.evaluate(() => document.body.querySelectorAll('openness-lens-marks').length)).toBe(0);
    await page.click(shown[4]!.x, shown[4]!.y);
    await waitForCard(page, 'mixtral');
    const far = await page.evaluate(() => document.getElementById('far')!.getBoundingClientRect().top);
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(900);
    await setSettings(ext, { edgeMarks: false });
    await page.waitFor(() => !document.querySelector('openness-lens-marks'));
    await page.close();
  });

  it('"Copy" puts a short bilingual text on the clipboard: name, status, reason, the five marks, sources', async () => {
    const { page, tabId } = await openArticle();
    await playwrightPageOf(page)!.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url('/')).origin });
    expect(await jump(tabId, 'llama')).toBe(true);
    await waitForCard(page, 'llama');
    await inCard(page, '(r) => r.querySelector(".copy").click()');
    await page.waitFor(() => document.querySelector('openness-lens-card')!.shadowRoot!.querySelector('.copy')!.textContent === 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Llama: Restricted/);
    expect(copied).toContain('لاما: مقيّد');
    expect(copied).toMatch(/Weights: Partial · Training code: No · Training data: No · Licence: No · Commercial use: Partial/);
    expect(copied).toMatch(/Sources \/ المصادر:\nhttps:\/\//);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe-core problem on the card, and readable buttons, in ${scheme} mode`, async () => {
      const { page, tabId } = await openArticle();
      await playwrightPageOf(page)!.emulateMedia({ colorScheme: scheme });
      expect(await jump(tabId, 'llama')).toBe(true);
      await waitForCard(page, 'llama');
      await inCard(page, '(r) => { r.querySelector(".marks").click(); r.querySelectorAll("details").forEach((d) => { d.open = true; }); }');
      await page.evaluate(AXE_SOURCE as never);
      const problems = await page.evaluate(async () => {
        const axe = (window as any).axe;
        const result = await axe.run({ include: [['openness-lens-card']] }, { resultTypes: ['violations'] });
        return result.violations
          .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
          .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => String(n.target)).join(' ')}`);
      });
      expect(problems).toEqual([]);
      // The close and "Open in options" buttons contrast with the card (the dark scheme once hid them).
      const contrast = await inCard<number[]>(
        page,
        `(r) => {
          const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
          const lum = ([R, G, B]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(R) + 0.7152 * f(G) + 0.0722 * f(B); };
          const bg = lum(rgb(getComputedStyle(r.querySelector('.card')).backgroundColor));
          return ['.close', '.more', '.copy'].map((s) => { const fg = lum(rgb(getComputedStyle(r.querySelector(s)).color)); return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05); });
        }`,
      );
      for (const ratio of contrast) expect(ratio).toBeGreaterThanOrEqual(4.5);
      await page.close();
    });
  }
});
