/**
 * The toolbar popup in real Chromium, opened as popup.html?tabId=N for a tab
 * showing a page with known mentions.
 */
import { describe, expect } from 'vitest';
import type { ExtensionBrowser, PageServer, TestPage } from '../../harness';
import { it } from './session';
import { clickOn, emulateColorScheme, patchSettings, readSettingsIn, screenshotPath, seriousAxeViolations, textOf, typeInto, waitForEntity, withStoredEntity } from './ui-support';

/** What tests/fixtures/pages/popup-en.html mentions, and how often. */
const FIXTURE_COUNTS = { 'deepseek-r1': 2, 'gpt-oss-120b': 1, llama: 2, claude: 1 };

/** Fields in the agreed shapes (releases, corrections, expert grades), for a record that carries them. */
const FIXTURE_EXTRAS = {
  releases: [
    { name: 'DeepSeek-R1', date: '2025-01-20', licence: 'Fixture licence', status: 'restricted', sources: [] },
    { name: 'DeepSeek-R1-0528', date: '2025-05-28', licence: 'MIT', status: 'open-weights', sources: [] },
  ],
  corrections: [{ text: { en: 'The article says X; the record says Y.', ar: 'يقول المقال س، ويقول السجل ص.' }, sources: [{ kind: 'article', paragraph: 2 }] }],
  expert: {
    osai: {
      file: 'fixture.yaml',
      commit: '0000000',
      dimensions: {
        datasources_basemodel: 'closed', datasources_endmodel: 'partial', weights_basemodel: 'open', weights_endmodel: 'open',
        trainingcode: 'closed', code: 'partial', hardware_architecture: 'open', preprint: 'partial', paper: null,
        modelcard: 'partial', datasheet: 'closed', licenses: 'open',
      },
    },
    mof: { file: 'models/fixture.yml', commit: '0000000', class: 3 },
  },
};

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

  it('shows each entity on one compact line: name, status in words, mentions', async () => {
    const popup = await openPopup();
    await popup.setViewport(420, 600);
    await popup.waitFor(() => document.querySelectorAll('li[data-entity]').length === 4, undefined, 15_000);
    const lines = await popup.evaluate(() =>
      [...document.querySelectorAll('li[data-entity] .ol-entity-open')].map((b) => {
        const parts = [...b.children].map((c) => c.getBoundingClientRect());
        const lineHeight = parseFloat(getComputedStyle(b).lineHeight);
        const middles = parts.map((r) => r.top + r.height / 2);
        return {
          parts: parts.length,
          nameHeight: parts[0]!.height,
          lineHeight,
          spread: Math.max(...middles) - Math.min(...middles),
          badgeFont: parseFloat(getComputedStyle(b.querySelector('.ol-status')!).fontSize),
          countText: b.querySelector('[data-count-text]')!.textContent,
        };
      }),
    );
    for (const line of lines) {
      expect(line.parts).toBe(3); // name, status, mentions
      expect(line.nameHeight).toBeLessThan(1.5 * line.lineHeight); // the name does not wrap
      expect(line.spread).toBeLessThan(4); // all three side by side on one line
      expect(line.badgeFont).toBeGreaterThanOrEqual(13);
      expect(line.countText).toMatch(/^Mentions: \d+$/);
    }
    await popup.close();
  });

  it('opens an entry as its own view with folding sections, jumps through its mentions, and goes back', async () => {
    const popup = await openPopup();
    await popup.setViewport(420, 600);
    await clickOn(popup, 'li[data-entity="deepseek-r1"] .ol-entity-open');
    await popup.waitFor(() => document.querySelector('[data-entity-detail="deepseek-r1"] table.ol-evidence'));
    // The list gives way to the entity: no inline expansion under its line.
    expect(await popup.evaluate(() => document.querySelectorAll('li[data-entity]').length)).toBe(0);
    const dims = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-entity-detail="deepseek-r1"] tbody tr')].map((tr) => tr.getAttribute('data-dimension')),
    );
    expect(dims).toEqual(['weights', 'trainingCode', 'trainingData', 'licence', 'commercialUse']);
    const links = await popup.evaluate(() => [...document.querySelectorAll('[data-entity-detail] a[href]')].map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('https://'))).toBe(true);

    // Sections fold: the status and its evidence open, the rest closed until asked for.
    const sections = await popup.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('details[data-section]')].map((d) => [d.getAttribute('data-section'), (d as HTMLDetailsElement).open])),
    );
    expect(sections).toMatchObject({ why: true, risks: false });
    const folded = await popup.evaluate(() => document.documentElement.scrollHeight);
    await clickOn(popup, 'details[data-section="risks"] > summary');
    await popup.waitFor(() => (document.querySelector('details[data-section="risks"]') as HTMLDetailsElement).open);
    // The article's general risks and benefits, each with its paragraph.
    const general = await popup.evaluate(() =>
      [...document.querySelectorAll('.ol-notes-general-risks > li, .ol-notes-general-benefits > li')].map((li) => ({
        text: li.querySelector('p')!.textContent!,
        paragraph: li.querySelector('[data-paragraph]')?.getAttribute('data-paragraph') ?? null,
      })),
    );
    expect(general.length).toBeGreaterThanOrEqual(4);
    for (const note of general) expect(Number(note.paragraph)).toBeGreaterThan(0);
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(folded);

    await clickOn(popup, '[data-jump="deepseek-r1"]');
    await popup.waitFor(() => document.querySelector('[data-jump-status]')?.textContent);
    expect(await textOf(popup, '[data-jump-status]')).toBe('Mention 1 of 2');
    await clickOn(popup, '[data-jump="deepseek-r1"]');
    await popup.waitFor(() => document.querySelector('[data-jump-status]')?.textContent === 'Mention 2 of 2');

    await clickOn(popup, '[data-back]');
    await popup.waitFor(() => document.querySelectorAll('li[data-entity]').length === 4);
    await popup.close();
  });

  it('shows the release history, corrections and expert grades an entity carries', async () => {
    // A fixture record written to the extension's own database, as an import or a seed upgrade would leave it.
    const restore = await withStoredEntity(browser, 'deepseek-r1', FIXTURE_EXTRAS);
    try {
      const popup = await openPopup();
      await clickOn(popup, 'li[data-entity="deepseek-r1"] .ol-entity-open');
      await popup.waitFor(() => document.querySelector('[data-entity-detail="deepseek-r1"] [data-release-line]'));
      expect(await textOf(popup, '[data-as-of]')).toBe('as of 2025-05-28');
      expect(await textOf(popup, '[data-release-line]')).toBe(
        'Releases: Restricted (Fixture licence) from 2025-01-20 (DeepSeek-R1) → Open weights (MIT) from 2025-05-28 (DeepSeek-R1-0528)',
      );
      await clickOn(popup, 'details[data-section="corrections"] > summary');
      expect(await textOf(popup, '.ol-notes-corrections li p')).toBe(FIXTURE_EXTRAS.corrections[0]!.text.en);
      // Corrections are not risks.
      expect(await popup.evaluate(() => document.querySelector('.ol-notes-risks')?.textContent ?? '')).not.toContain('The article says');
      await clickOn(popup, 'details[data-section="expert"] > summary');
      const grades = await popup.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll('[data-osai-group]')].map((g) => [g.getAttribute('data-osai-group'), g.querySelectorAll('[data-grade="open"]').length])),
      );
      expect(grades).toEqual({ availability: 2, documentation: 1, access: 1 });
      expect(await textOf(popup, '[data-mof-class]')).toBe('Model Openness Framework: Class III, open model');
      await popup.close();
    } finally {
      await restore();
    }
  });

  it('shows the expert grades the knowledge base ships, with evidence links and the disagreement, in English and Arabic', async () => {
    // DeepSeek-R1 as shipped: graded by the Index (deepseek-R1.yaml) and the MOF, with no fixture.
    for (const lang of ['en', 'ar'] as const) {
      await patchSettings(browser, { language: lang });
      try {
        const popup = await openPopup();
        await clickOn(popup, 'li[data-entity="deepseek-r1"] .ol-entity-open');
        await popup.waitFor(() => document.querySelector('details[data-section="expert"] > summary'));
        await clickOn(popup, 'details[data-section="expert"] > summary');
        const seen = await popup.evaluate(() => ({
          open: Object.fromEntries(
            [...document.querySelectorAll('[data-osai-group]')].map((g) => [g.getAttribute('data-osai-group'), g.querySelectorAll('[data-grade="open"]').length]),
          ),
          cells: document.querySelectorAll('[data-osai-group] [data-grade]').length,
          evidence: document.querySelector<HTMLAnchorElement>('[data-dimension="weights_endmodel"] a')?.href ?? '',
          mof: document.querySelector('[data-mof-class]')?.textContent ?? '',
          differs: document.querySelector('[data-expert-differs]')?.textContent ?? '',
          dir: document.documentElement.dir,
        }));
        expect(seen.cells).toBe(12);
        expect(seen.open).toEqual({ availability: 2, documentation: 2, access: 0 });
        expect(seen.evidence).toMatch(/^https:\/\/huggingface\.co\/deepseek-ai\/DeepSeek-R1/);
        expect(seen.mof.length).toBeGreaterThan(0);
        if (lang === 'en') {
          expect(seen.differs).toBe('We rate it open weights; the expert grades point to restricted.');
        } else {
          expect(seen.dir).toBe('rtl');
          expect(seen.differs).toBe('تقييمنا: أوزان مفتوحة؛ أما تقييمات الخبراء فتشير إلى: مقيّد.');
        }
        await popup.close();
      } finally {
        await patchSettings(browser, { language: 'auto' });
      }
    }
  });

  it('gives companies their own group, with their models and statuses and no status of their own', async () => {
    server.route('/makers.html', '<!doctype html><title>AI makers</title><p>Meta and DeepSeek both released models this year, while Anthropic kept Claude closed.</p>');
    const page = await browser.newPage();
    await page.goto(server.url('/makers.html'));
    const popup = await openPopup(await browser.tabIdOf(page));
    await popup.waitFor(() => document.querySelector('[data-status-group="makers"] li[data-entity="meta"]'), undefined, 15_000);
    const makers = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-status-group="makers"] > ul > li[data-entity]')].map((li) => ({
        id: li.getAttribute('data-entity'),
        ownStatus: li.querySelector('.ol-entity-open [data-status]') !== null,
        models: [...li.querySelectorAll('[data-model]')].map((m) => [m.getAttribute('data-model'), m.querySelector('[data-status]')?.getAttribute('data-status')]),
      })),
    );
    expect(makers.map((m) => m.id).sort()).toEqual(['anthropic', 'deepseek', 'meta']);
    for (const m of makers) expect(m.ownStatus).toBe(false);
    expect(makers.find((m) => m.id === 'meta')!.models).toContainEqual(['llama', 'restricted']);
    expect(await popup.evaluate(() => document.body.textContent)).not.toContain('Not assessed');
    expect(await textOf(popup, '[data-status-group="closed"] li[data-entity="claude"]')).toContain('Claude');
    await popup.close();
    await page.close();
  });

  it('says the site is off, with the switch, when highlighting is off for the site', async () => {
    await patchSettings(browser, { excludedSites: ['127.0.0.1'] });
    try {
      const popup = await openPopup();
      await popup.waitFor(() => document.querySelector('[data-page-state="site-off"]'), undefined, 15_000);
      expect(await textOf(popup, '[data-page-state]')).toContain('Highlighting is off on 127.0.0.1');
      expect(await popup.evaluate(() => document.querySelector('[data-page-state="empty"]'))).toBeNull();
      expect(await popup.evaluate(() => (document.querySelector('[data-site-switch]') as HTMLInputElement).checked)).toBe(false);
      await clickOn(popup, '[data-site-switch]');
      await popup.waitFor(() => document.querySelectorAll('li[data-entity]').length === 4, undefined, 15_000);
      await popup.close();
    } finally {
      await patchSettings(browser, { excludedSites: [] });
    }
  });

  it('links to the side panel', async () => {
    const popup = await openPopup();
    expect(await textOf(popup, '[data-open-panel]')).toBe('Side panel');
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
    await clickOn(popup, 'li[data-entity="llama"] .ol-entity-open');
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

  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['ar', 'light'],
    ['ar', 'dark'],
  ] as const)('passes axe with no serious or critical problems, in %s, %s', async (lang, scheme) => {
    await patchSettings(browser, { language: lang });
    const popup = await openPopup();
    await emulateColorScheme(popup, scheme);
    await popup.waitFor((l) => document.documentElement.lang === l, lang);
    expect(await popup.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await popup.waitFor(() => document.querySelector('li[data-entity="llama"]'), undefined, 15_000);
    await popup.setViewport(400, 600);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.screenshot(screenshotPath(`popup-${lang}-${scheme}`));
    await clickOn(popup, 'li[data-entity="llama"] .ol-entity-open');
    await popup.waitFor(() => document.querySelector('[data-entity-detail="llama"] table'));
    await popup.evaluate(() => document.querySelectorAll('details[data-section]').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.evaluate(() => document.querySelectorAll('details[data-section]').forEach((d) => ((d as HTMLDetailsElement).open = d.getAttribute('data-section') === 'why')));
    await popup.screenshot(screenshotPath(`popup-detail-${lang}-${scheme}`));
    await popup.close();
    await patchSettings(browser, { language: 'auto' });
  });
});
