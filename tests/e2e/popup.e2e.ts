/**
 * The toolbar popup in real Chromium, opened as popup.html?tabId=N for a tab
 * showing a page with known mentions.
 */
import { describe, expect } from 'vitest';
import type { ExtensionBrowser, PageServer, TestPage } from '../../harness';
import { it } from './session';
import { clickOn, patchSettings, readSettingsIn, screenshotPath, seriousAxeViolations, textOf, typeInto, waitForEntity } from './ui-support';

/** What tests/fixtures/pages/popup-en.html mentions, and how often. */
const FIXTURE_COUNTS = { 'deepseek-r1': 2, 'gpt-oss-120b': 1, llama: 2, claude: 1 };

describe('the popup', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let article: TestPage;
  let tabId: number;

  it.beforeAll(async ({ session }) => {
    ({ server, browser } = session);
    await waitForEntity(browser, 'llama');
    article = await browser.newPage();
    await article.goto(server.url('/pages/popup-en.html'));
    tabId = await browser.tabIdOf(article);
  });

  async function openPopup(forTab = tabId): Promise<TestPage> {
    const popup = await browser.openPopup(forTab);
    await popup.waitFor(() => document.querySelector('#ol-popup-search-input'));
    return popup;
  }

  it('lists each entity on the page with its mention count, grouped by status', async () => {
    const popup = await openPopup();
    await popup.waitFor(
      (n) => document.querySelectorAll('li[data-entity]').length === n,
      Object.keys(FIXTURE_COUNTS).length,
      15_000,
    );
    const items = await popup.evaluate(() =>
      [...document.querySelectorAll('li[data-entity]')].map((li) => ({
        id: li.getAttribute('data-entity')!,
        count: Number(li.getAttribute('data-count')),
        countText: li.querySelector('[data-count-text]')?.textContent ?? '',
        group: li.closest('[data-status-group]')?.getAttribute('data-status-group'),
        status: li.querySelector('[data-status]')?.textContent ?? '',
      })),
    );
    expect(Object.fromEntries(items.map((i) => [i.id, i.count]))).toEqual(FIXTURE_COUNTS);
    for (const item of items) expect(item.countText).toBe(`Mentions: ${item.count}`);
    expect(Object.fromEntries(items.map((i) => [i.id, i.group]))).toEqual({
      'deepseek-r1': 'open-weights',
      'gpt-oss-120b': 'open-weights',
      llama: 'restricted',
      claude: 'closed',
    });
    // Groups follow the scale: open weights before restricted before closed.
    expect(items.map((i) => i.group)).toEqual(['open-weights', 'open-weights', 'restricted', 'closed']);
    expect(items.find((i) => i.id === 'llama')!.status).toBe('Restricted');
    await popup.close();
  });

  it('expands an entry to its evidence and jumps through its mentions', async () => {
    const popup = await openPopup();
    await clickOn(popup, 'li[data-entity="deepseek-r1"] .ol-entity-toggle');
    await popup.waitFor(() => document.querySelector('[data-entity-detail="deepseek-r1"] table.ol-evidence'));
    const dims = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-entity-detail="deepseek-r1"] tbody tr')].map((tr) => tr.getAttribute('data-dimension')),
    );
    expect(dims).toEqual(['weights', 'trainingCode', 'trainingData', 'licence', 'commercialUse']);
    const links = await popup.evaluate(() => [...document.querySelectorAll('[data-entity-detail] a[href]')].map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('https://'))).toBe(true);

    await clickOn(popup, '[data-jump="deepseek-r1"]');
    await popup.waitFor(() => document.querySelector('[data-jump-status]')?.textContent);
    expect(await textOf(popup, '[data-jump-status]')).toBe('Mention 1 of 2');
    await clickOn(popup, '[data-jump="deepseek-r1"]');
    await popup.waitFor(() => document.querySelector('[data-jump-status]')?.textContent === 'Mention 2 of 2');
    await popup.close();
  });

  it.each([
    ['DeepSeek R1', 'deepseek-r1'],
    ['ديب سيك آر1', 'deepseek-r1'],
    ['لاما', 'llama'],
    ['Llama 3.1', 'llama'],
    ['اوبن اي اي', 'openai'],
    ['غروك', 'grok'],
    ['OLMo', 'olmo'],
  ])('search finds %s → %s as you type', async (query, id) => {
    const popup = await openPopup();
    await typeInto(popup, '#ol-popup-search-input', query);
    // The list first shows the results of the letters typed so far; the answer to the whole query follows.
    const firstOption = () => document.querySelector('[role="listbox"] [role="option"]')?.getAttribute('data-entity') ?? null;
    await popup.waitFor((want) => document.querySelector('[role="listbox"] [role="option"]')?.getAttribute('data-entity') === want, id).catch(() => {});
    expect(await popup.evaluate(firstOption)).toBe(id);
    await popup.close();
  });

  it('opens a search result from the keyboard', async () => {
    const popup = await openPopup();
    await typeInto(popup, '#ol-popup-search-input', 'gpt');
    await popup.waitFor(() => document.querySelectorAll('[role="option"]').length >= 2);
    await popup.press('ArrowDown');
    const chosen = await popup.evaluate(() => {
      const input = document.querySelector('#ol-popup-search-input')!;
      return document.getElementById(input.getAttribute('aria-activedescendant')!)!.getAttribute('data-entity');
    });
    await popup.press('Enter');
    await popup.waitFor((id) => document.querySelector(`[data-entity-detail="${id}"]`), chosen);
    await popup.close();
  });

  it('says so when the page mentions nothing, and still offers the search', async () => {
    server.route('/plain.html', '<!doctype html><title>Weather</title><p>Sunny with a light breeze.</p>');
    const page = await browser.newPage();
    await page.goto(server.url('/plain.html'));
    const popup = await openPopup(await browser.tabIdOf(page));
    await popup.waitFor(() => document.querySelector('[data-page-state="empty"]'), undefined, 15_000);
    expect(await popup.evaluate(() => !!document.querySelector('#ol-popup-search-input'))).toBe(true);
    await popup.close();
    await page.close();
  });

  it('says so where content scripts cannot run', async () => {
    const page = await browser.newPage();
    await page.goto('chrome://version/');
    const popup = await openPopup(await browser.tabIdOf(page));
    await popup.waitFor(() => document.querySelector('[data-page-state="unsupported"]'));
    expect(await textOf(popup, '[data-page-state]')).toContain('cannot read this page');
    await popup.close();
    await page.close();
  });

  it('turns highlighting off and on for the site', async () => {
    const popup = await openPopup();
    await popup.waitFor(() => document.querySelector('[data-site-switch]'));
    expect(await popup.evaluate(() => (document.querySelector('[data-site-switch]') as HTMLInputElement).checked)).toBe(true);
    await clickOn(popup, '[data-site-switch]');
    await expect.poll(async () => (await readSettingsIn(browser)).excludedSites).toEqual(['127.0.0.1']);
    await clickOn(popup, '[data-site-switch]');
    await expect.poll(async () => (await readSettingsIn(browser)).excludedSites).toEqual([]);
    await popup.close();
  });

  it('shows a note edited in the options page at once, without reloading', async () => {
    const popup = await openPopup();
    await clickOn(popup, 'li[data-entity="llama"] .ol-entity-toggle');
    await popup.waitFor(() => document.querySelector('[data-note-for="llama"] [data-note-text]'));
    await popup.evaluate(() => ((window as any).__sameDocument = true));

    const options = await browser.openExtensionPage('options.html#entity=llama');
    await options.waitFor(() => document.querySelector('[data-note-for="llama"] button'));
    await clickOn(options, '[data-note-for="llama"] button');
    await options.waitFor(() => document.querySelector('[data-note-for="llama"] textarea'));
    const note = `Licence checked ${Date.now()}`;
    await typeInto(options, '[data-note-for="llama"] textarea', note);
    await clickOn(options, '[data-note-for="llama"] button[type="submit"]');

    await popup.waitFor((text) => document.querySelector('[data-note-for="llama"] [data-note-text]')?.textContent === text, note);
    expect(await popup.evaluate(() => (window as any).__sameDocument)).toBe(true);
    await options.close();
    await popup.close();
  });

  it.each(['en', 'ar'] as const)('passes axe with no serious or critical problems, in %s', async (lang) => {
    await patchSettings(browser, { language: lang });
    const popup = await openPopup();
    await popup.waitFor((l) => document.documentElement.lang === l, lang);
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await popup.waitFor(() => document.querySelector('li[data-entity="llama"]'), undefined, 15_000);
    await clickOn(popup, 'li[data-entity="llama"] .ol-entity-toggle');
    await popup.waitFor(() => document.querySelector('[data-entity-detail="llama"] table'));
    await popup.setViewport(420, 900);
    await popup.screenshot(screenshotPath(`popup-${lang}`), true);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
    await patchSettings(browser, { language: 'auto' });
  });
});
