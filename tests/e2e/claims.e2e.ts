/**
 * The open-washing check on the page being read, in the built extension in
 * real Chromium: overstated claims get their quiet mark, the card leads with
 * what the page claims beside the record, the popup and the side panel list
 * the claims with their verdicts and show them on the page, and the setting
 * turns it all off.
 */
import { describe, expect } from 'vitest';
import type { ExtensionBrowser, PageServer, TestPage } from '../../harness';
import { setSettings, waitForCounts } from './highlight-support';
import { emulateColorScheme, screenshotPath, seriousAxeViolations } from './ui-support';
import { it } from './session';

const EN_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Open models this week</title>
<h1>Open models this week</h1>
<p>The fully open gpt-oss runs on a single high-end laptop. DeepSeek-R1 is an open-weight reasoning model released under the MIT licence.</p>
<p>GPT-4o remains proprietary and can be reached only through OpenAI's products.</p>
<p>Meta's open-source Llama now powers thousands of chatbots built by small start-ups.</p>
<p>The OSI says Llama is not open source.</p>
<p>Students still use GPT-4o for homework.</p>`;
const EN_COUNTS = { 'gpt-oss': 1, 'deepseek-r1': 1, 'gpt-4o': 2, openai: 1, meta: 1, llama: 2, osi: 1 };

const AR_PAGE = `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>نماذج مفتوحة</title>
<p>تعتمد شركات ناشئة كثيرة على لاما مفتوح المصدر لبناء تطبيقاتها.</p>
<p>ميكسترال نموذج مفتوح الأوزان طورته شركة ميسترال الفرنسية.</p>`;

const overstatedTexts = (page: TestPage) =>
  page.evaluate(() => [...((globalThis as any).CSS.highlights.get('ol-overstated') ?? [])].map((r: Range) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  }));

function cardOf(page: TestPage, entity: string): Promise<string> {
  return page
    .waitFor((id) => {
      const card = document.querySelector('openness-lens-card')?.shadowRoot?.querySelector('.card');
      return card?.getAttribute('data-entity') === id && !card.hasAttribute('aria-busy');
    }, entity)
    .then(() => page.evaluate(() => document.querySelector('openness-lens-card')!.shadowRoot!.querySelector<HTMLElement>('.card')!.innerText));
}

describe('claims on the page being read, in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let ext: TestPage;

  it.beforeAll(async ({ session }) => {
    ({ server, browser, ext } = session);
    server.route('/claims-en.html', EN_PAGE);
    server.route('/claims-ar.html', AR_PAGE);
  });

  async function open(path: string, counts: Record<string, number>) {
    const page = await browser.newPage();
    await page.goto(server.url(path));
    const tabId = await browser.tabIdOf(page);
    expect(await waitForCounts(ext, tabId, counts)).toEqual(counts);
    return { page, tabId };
  }
  const jump = (tabId: number, entity: string, index = 0) =>
    browser.evalInExtension(([id, e, i]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'jumpToMention', entity: e, index: i }), [tabId, entity, index] as const);

  it('marks the overstated mentions only, and the card leads with the page\'s claim beside the record', async () => {
    const { page, tabId } = await open('/claims-en.html', EN_COUNTS);
    await page.waitFor(() => (globalThis as any).CSS.highlights.get('ol-overstated')?.size === 2);
    expect((await overstatedTexts(page)).sort()).toEqual(['Llama', 'gpt-oss']);

    expect(await jump(tabId, 'llama', 0)).toBe(true);
    const claimed = await cardOf(page, 'llama');
    expect(claimed.indexOf('This page calls it open source.')).toBeGreaterThanOrEqual(0);
    expect(claimed).toContain('The page overstates it.');
    expect(claimed).toContain('The page overstates it. The record says Restricted.');
    // The claim comes before everything else the card says about the record's evidence.
    expect(claimed.indexOf('This page calls it')).toBeLessThan(claimed.indexOf('The record says'));
    await page.screenshot(screenshotPath('claims-card-en'));

    // The OSI's words about Llama are reported speech: no claim of the page's own.
    expect(await jump(tabId, 'llama', 1)).toBe(true);
    await page.waitFor(() => !document.querySelector('openness-lens-card')?.shadowRoot?.querySelector('.page-claim'));
    expect(await cardOf(page, 'llama')).not.toContain('This page calls it');

    expect(await jump(tabId, 'deepseek-r1', 0)).toBe(true);
    const consistent = await cardOf(page, 'deepseek-r1');
    expect(consistent).toContain('This page calls it open weights.');
    expect(consistent).toContain('The page agrees with the record.');
    await page.close();
  });

  it('lists the claims in the popup and the side panel, with names and verdicts, and shows one on the page', async () => {
    const { page, tabId } = await open('/claims-en.html', EN_COUNTS);
    await page.waitFor(() => (globalThis as any).CSS.highlights.get('ol-overstated')?.size === 2);
    for (const [html, ready] of [
      [`popup.html?tabId=${tabId}`, 'li[data-entity]'],
      [`sidepanel.html?tabId=${tabId}`, '[data-panel-entity]'],
    ] as const) {
      const view = await browser.openExtensionPage(html);
      await view.setViewport(380, 800);
      await view.waitFor((s) => document.querySelector(s), ready, 15_000);
      await view.waitFor(() => document.querySelectorAll('[data-claim-verdict]').length === 4, undefined, 15_000);
      const rows = await view.evaluate(() =>
        [...document.querySelectorAll('[data-claim-verdict]')].map((li) => [li.getAttribute('data-claim-verdict'), (li as HTMLElement).innerText.replace(/\s+/g, ' ')]),
      );
      expect(rows.map(([v]) => v)).toEqual(['overstated', 'consistent', 'consistent', 'overstated']);
      expect(rows[0]![1]).toContain('overstated gpt-oss called open source');
      expect(rows[0]![1]).toContain('The fully open gpt-oss runs on a single high-end laptop.');
      expect(rows[3]![1]).toContain('Llama called open source');
      await view.screenshot(screenshotPath(`claims-${html.split('.')[0]}-en`), true);
      // "Show on page" takes the page to the claim and marks that very mention.
      await view.evaluate(() => (document.querySelectorAll('[data-claim-jump]')[3] as HTMLButtonElement).click());
      await page.waitFor(() => (globalThis as any).CSS.highlights.get('ol-current')?.size === 1);
      const marked = await page.evaluate(() => {
        const [r] = [...(globalThis as any).CSS.highlights.get('ol-current')] as Range[];
        return `${r!.startContainer.textContent!.slice(0, 20)}|${r!.toString?.() ?? ''}`;
      });
      expect(marked.startsWith("Meta's open-source L")).toBe(true);
      await view.close();
    }
    await page.close();
  });

  it.each(['light', 'dark'] as const)('keeps the claims list axe-clean in the side panel, %s', async (scheme) => {
    const { page, tabId } = await open('/claims-en.html', EN_COUNTS);
    const view = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await emulateColorScheme(view, scheme);
    await view.waitFor(() => document.querySelectorAll('[data-claim-verdict]').length === 4, undefined, 15_000);
    expect(await seriousAxeViolations(view)).toEqual([]);
    await view.screenshot(screenshotPath(`claims-sidepanel-${scheme}`), true);
    await view.close();
    await page.close();
  });

  it.each(['light', 'dark'] as const)('keeps the card with a claim axe-clean, %s', async (scheme) => {
    const { page, tabId } = await open('/claims-en.html', EN_COUNTS);
    await emulateColorScheme(page, scheme);
    expect(await jump(tabId, 'gpt-oss', 0)).toBe(true);
    expect(await cardOf(page, 'gpt-oss')).toContain('The page overstates it.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot(screenshotPath(`claims-card-en-${scheme}`));
    await page.close();
  });

  it('marks an overstated claim in Arabic, and not a consistent one', async () => {
    const { page } = await open('/claims-ar.html', { llama: 1, mixtral: 1, 'mistral-ai': 1 });
    await page.waitFor(() => (globalThis as any).CSS.highlights.get('ol-overstated')?.size === 1);
    expect(await overstatedTexts(page)).toEqual(['لاما']);
    await page.close();
  });

  it('turns off with its setting: no mark, no claim in the card or the lists', async () => {
    await setSettings(ext, { checkClaims: false });
    try {
      const { page, tabId } = await open('/claims-en.html', EN_COUNTS);
      expect(await jump(tabId, 'llama', 0)).toBe(true);
      expect(await cardOf(page, 'llama')).not.toContain('This page calls it');
      expect(await page.evaluate(() => (globalThis as any).CSS.highlights.has('ol-overstated'))).toBe(false);
      const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitFor(() => document.querySelector('li[data-entity]'), undefined, 15_000);
      expect(await popup.evaluate(() => document.querySelectorAll('[data-claim-verdict]').length)).toBe(0);
      await popup.close();
      // Turned back on, the open page is checked again.
      await setSettings(ext, { checkClaims: true });
      await page.waitFor(() => (globalThis as any).CSS.highlights.get('ol-overstated')?.size === 2);
      await page.close();
    } finally {
      await setSettings(ext, { checkClaims: true });
    }
  });
});
