/**
 * The side panel in real Chromium, opened as sidepanel.html?tabId=N for a tab
 * showing a page with known mentions (a real side panel follows the active
 * tab; the query pins it, as the popup tests do).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startPageServer, type ExtensionBrowser, type PageServer, type TestPage } from '../../harness';
import { playwrightPageOf } from '../../harness/chromium';
import { clickOn, emulateColorScheme, patchSettings, screenshotPath, seriousAxeViolations, textOf, waitForEntity } from './ui-support';

/** What tests/fixtures/pages/popup-en.html mentions, and how often. */
const FIXTURE_COUNTS = { 'deepseek-r1': 2, 'gpt-oss-120b': 1, llama: 2, claude: 1 };

describe('the side panel', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let article: TestPage;
  let tabId: number;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch('chromium');
    await waitForEntity(browser, 'llama');
    article = await browser.newPage();
    await article.goto(server.url('/pages/popup-en.html'));
    tabId = await browser.tabIdOf(article);
  });
  afterAll(async () => {
    await browser?.dispose();
    await server?.close();
  });

  async function openPanel(): Promise<TestPage> {
    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewport(360, 800);
    await panel.waitFor((n) => document.querySelectorAll('[data-panel-entity]').length === n, Object.keys(FIXTURE_COUNTS).length, 15_000);
    return panel;
  }

  it('lists every mention with its sentence, grouped by entity', async () => {
    const panel = await openPanel();
    const groups = await panel.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-panel-entity]')].map((g) => [
          g.getAttribute('data-panel-entity'),
          [...g.querySelectorAll('[data-mention]')].map((b) => ({ sentence: b.textContent, marked: b.querySelector('mark')!.textContent })),
        ]),
      ),
    );
    expect(Object.fromEntries(Object.entries(groups).map(([id, list]) => [id, (list as unknown[]).length]))).toEqual(FIXTURE_COUNTS);
    expect(groups['deepseek-r1']![0]).toEqual({ sentence: 'DeepSeek-R1 was released in January under the MIT licence.', marked: 'DeepSeek-R1' });
    expect(groups['deepseek-r1']![1]).toEqual({ sentence: 'Many readers compared DeepSeek-R1 with gpt-oss-120b.', marked: 'DeepSeek-R1' });
    expect(groups.claude![0]!.sentence).toBe('Claude remains available only through an app and an API.');
    await panel.close();
  });

  it('shows the openness mix of the mentions as a bar with counts', async () => {
    const panel = await openPanel();
    // Right after install the statuses may still be on their way from the knowledge base: the panel shows them once they arrive.
    await panel.waitFor(() => document.querySelector('[data-mix-count="open-weights"]') !== null, undefined, 15_000);
    const mix = await panel.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-mix-count]')].map((li) => [li.getAttribute('data-mix-count'), li.textContent!.trim()])),
    );
    expect(mix).toEqual({ 'open-weights': 'Open weights 3', restricted: 'Restricted 2', closed: 'Closed 1' });
    const widths = await panel.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-mix]')].map((p) => [p.getAttribute('data-mix'), Math.round(p.getBoundingClientRect().width)])),
    );
    // 3 : 2 : 1 of the bar.
    expect(widths['open-weights']! / widths.closed!).toBeGreaterThan(2.5);
    expect(widths['open-weights']! / widths.closed!).toBeLessThan(3.5);
    await panel.close();
  });

  it('takes the page to a mention and marks it as the current one for a moment', async () => {
    const panel = await openPanel();
    await clickOn(panel, '[data-mention="deepseek-r1:1"]');
    await article.waitFor(() => (globalThis as any).CSS.highlights.get('ol-current')?.size === 1);
    const marked = await article.evaluate(() => {
      const [range] = [...(globalThis as any).CSS.highlights.get('ol-current')] as Range[];
      return { text: range!.toString(), context: range!.startContainer.textContent };
    });
    expect(marked.text).toBe('DeepSeek-R1');
    expect(marked.context).toContain('Many readers compared DeepSeek-R1');
    // The mark goes after a moment; the page's DOM was never changed.
    await article.waitFor(() => !(globalThis as any).CSS.highlights.has('ol-current'), undefined, 6_000);
    expect(await article.evaluate(() => document.querySelectorAll('mark, [data-ol]').length)).toBe(0);
    await panel.close();
  });

  it('copies a short bilingual evidence text', async () => {
    const panel = await openPanel();
    const raw = playwrightPageOf(panel)!;
    await raw.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await raw.bringToFront();
    await raw.click('[data-copy="llama"]');
    await panel.waitFor(() => document.querySelector('[data-panel-entity="llama"] [data-copy-status]')?.textContent);
    expect(await textOf(panel, '[data-panel-entity="llama"] [data-copy-status]')).toBe('Copied.');
    const text = await panel.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^Llama: Restricted/);
    expect(text).toContain('لاما');
    expect(text).toMatch(/Weights: .+ · Training code: .+ · Training data: .+ · Licence: .+ · Commercial use: .+/);
    expect(text).toMatch(/\n- https:\/\//);
    await panel.close();
  });

  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['ar', 'light'],
    ['ar', 'dark'],
  ] as const)('passes axe with no serious or critical problems, in %s, %s', async (lang, scheme) => {
    await patchSettings(browser, { language: lang });
    const panel = await openPanel();
    await emulateColorScheme(panel, scheme);
    await panel.waitFor((l) => document.documentElement.lang === l, lang);
    expect(await panel.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await seriousAxeViolations(panel)).toEqual([]);
    await panel.screenshot(screenshotPath(`sidepanel-${lang}-${scheme}`));
    await panel.close();
    await patchSettings(browser, { language: 'auto' });
  });
});
