/**
 * The options page in real Chromium: browsing and filtering, entity editing,
 * adding with validation, reset, delete with undo, import and export through
 * the page's own controls, settings, and accessibility in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type ExtensionBrowser, type TestPage } from '../../harness';
import {
  chooseFile,
  clickOn,
  emulateColorScheme,
  patchSettings,
  readSettingsIn,
  screenshotPath,
  seriousAxeViolations,
  textOf,
  typeInto,
  waitForEntity,
} from './ui-support';

describe('the options page', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launch('chromium');
    await waitForEntity(browser, 'llama');
  });
  afterAll(async () => {
    await browser?.dispose();
  });

  async function openOptions(hash = ''): Promise<TestPage> {
    const page = await browser.openExtensionPage(`options.html${hash}`);
    await page.waitFor(() => document.querySelector('main.ol-options'));
    return page;
  }

  const listedIds = (page: TestPage) => page.evaluate(() => [...document.querySelectorAll('.ol-kb-list li[data-entity]')].map((li) => li.getAttribute('data-entity')!));

  it('opens the entity named in #entity=<id>', async () => {
    const page = await openOptions('#entity=deepseek-r1');
    await page.waitFor(() => document.querySelector('[data-entity-detail="deepseek-r1"] table.ol-evidence'));
    expect(await textOf(page, '[data-entity-detail="deepseek-r1"] h2')).toContain('DeepSeek-R1');
    await page.close();
  });

  it('filters the knowledge base by status, kind, maker and text', async () => {
    const page = await openOptions();
    await page.waitFor(() => document.querySelectorAll('.ol-kb-list li').length > 20);
    const all = await listedIds(page);

    await page.evaluate(() => {
      const select = document.querySelector('#ol-filter-status') as HTMLSelectElement;
      select.value = 'restricted';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitFor(() => document.querySelectorAll('.ol-kb-list li').length > 0 && !document.querySelector('.ol-kb-list li[data-entity="deepseek-r1"]'));
    const restricted = await listedIds(page);
    expect(restricted).toContain('llama');
    expect(restricted.length).toBeLessThan(all.length);
    const statuses = await page.evaluate(() => [...document.querySelectorAll('.ol-kb-list [data-status]')].map((b) => b.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['restricted']));

    await page.evaluate(() => {
      const status = document.querySelector('#ol-filter-status') as HTMLSelectElement;
      status.value = '';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      const maker = document.querySelector('#ol-filter-maker') as HTMLSelectElement;
      maker.value = 'openai';
      maker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitFor(() => document.querySelector('.ol-kb-list li[data-entity="gpt-oss-120b"]') && !document.querySelector('.ol-kb-list li[data-entity="llama"]'));

    await page.evaluate(() => {
      const maker = document.querySelector('#ol-filter-maker') as HTMLSelectElement;
      maker.value = '';
      maker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await typeInto(page, '#ol-filter-text', 'ديب سيك');
    await page.waitFor(() => document.querySelector('.ol-kb-list li')?.getAttribute('data-entity')?.startsWith('deepseek'));
    await page.close();
  });

  it('edits an entity, and resets it to the article version', async () => {
    const page = await openOptions('#entity=gemma');
    await page.waitFor(() => document.querySelector('[data-entity-detail="gemma"]'));
    const before = await page.evaluate(() => document.querySelector('[data-entity-detail="gemma"] .ol-meta [data-status]')!.getAttribute('data-status'));
    await clickOn(page, '[data-edit]');
    await page.waitFor(() => document.querySelector('form[data-editor="gemma"]'));
    await page.evaluate(() => {
      const select = document.querySelector('#ol-form-status') as HTMLSelectElement;
      select.value = 'closed';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const aliases = document.querySelector('#ol-form-aliases') as HTMLTextAreaElement;
      aliases.value += '\nجيما';
      aliases.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await clickOn(page, 'form[data-editor="gemma"] button[type="submit"]');
    await page.waitFor(() => document.querySelector('[data-entity-detail="gemma"] .ol-meta [data-status="closed"]'));
    expect(await textOf(page, '[data-entity-detail="gemma"] .ol-meta')).toContain('Edited by you');

    await clickOn(page, '[data-reset]');
    await page.waitFor((s) => document.querySelector(`[data-entity-detail="gemma"] .ol-meta [data-status="${s}"]`), before);
    expect(await page.evaluate(() => !!document.querySelector('[data-reset]'))).toBe(false);
    await page.close();
  });

  it('offers to add what a search did not find, refuses bad aliases, and deletes with undo', async () => {
    const page = await openOptions('#search=Nuvola%202');
    await page.waitFor(() => document.querySelector('[data-no-match]'));
    expect(await textOf(page, '[data-no-match]')).toContain('Nothing in the knowledge base matches “Nuvola 2”.');
    await clickOn(page, '[data-add-from-search]');
    await page.waitFor(() => document.querySelector('form[data-editor="new"]'));
    expect(await page.evaluate(() => (document.querySelector('#ol-form-nameEn') as HTMLInputElement).value)).toBe('Nuvola 2');

    await typeInto(page, '#ol-form-nameAr', 'نوفولا 2');
    await page.evaluate(() => {
      const aliases = document.querySelector('#ol-form-aliases') as HTMLTextAreaElement;
      aliases.value = 'Nuvola 2\nF\n…!';
      aliases.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await clickOn(page, 'form[data-editor="new"] button[type="submit"]');
    await page.waitFor(() => document.querySelector('[data-problems]'));
    const problems = await textOf(page, '[data-problems]');
    expect(problems).toContain('Alias “F” is too short');
    expect(problems).toContain('Alias “…!” has no letter or digit.');
    expect(await page.evaluate(() => !!document.querySelector('form[data-editor="new"]'))).toBe(true);

    await page.evaluate(() => {
      const aliases = document.querySelector('#ol-form-aliases') as HTMLTextAreaElement;
      aliases.value = 'Nuvola 2\nنوفولا';
      aliases.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await clickOn(page, 'form[data-editor="new"] button[type="submit"]');
    await page.waitFor(() => document.querySelector('[data-entity-detail="nuvola-2"]'));
    expect(await textOf(page, '[data-entity-detail="nuvola-2"] .ol-meta')).toContain('Added by you');

    await clickOn(page, '[data-delete]');
    await page.waitFor(() => document.querySelector('[data-undo]'));
    expect(await textOf(page, '[data-options-message]')).toContain('Deleted “Nuvola 2”.');
    await typeInto(page, '#ol-filter-text', 'Nuvola');
    await page.waitFor(() => document.querySelector('[data-no-match]'));
    await clickOn(page, '[data-undo]');
    await page.waitFor(() => document.querySelector('[data-entity-detail="nuvola-2"]') && document.querySelector('.ol-kb-list li[data-entity="nuvola-2"]'));
    await page.close();
  });

  /** Clicks "Export" and returns the download's file name, address and contents. */
  async function exportThroughUi(page: TestPage): Promise<{ name: string; href: string; text: string }> {
    await page.evaluate(() => {
      const w = window as any;
      if (!w.__exported) {
        // Keep a copy of what is handed to the download link.
        w.__exported = [];
        w.__downloads = [];
        const original = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob) => {
          w.__exported.push(blob);
          return original(blob);
        };
        document.addEventListener('click', (e) => {
          const a = e.target as HTMLAnchorElement;
          if (a.tagName === 'A' && a.download) w.__downloads.push({ name: a.download, href: a.href });
        }, true);
      }
    });
    const before = await page.evaluate(() => (window as any).__downloads.length as number);
    await clickOn(page, '[data-export]');
    await page.waitFor((n) => (window as any).__downloads.length === n + 1, before);
    return page.evaluate(async (n) => {
      const w = window as any;
      return { ...w.__downloads[n], text: await (w.__exported[n] as Blob).text() };
    }, before);
  }

  it('exports the knowledge base as a JSON download', async () => {
    const page = await openOptions('#data');
    const exported = await exportThroughUi(page);
    expect(exported.name).toMatch(/^openness-lens-kb-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.href).toMatch(/^blob:chrome-extension:/);
    const doc = JSON.parse(exported.text);
    expect(doc.format).toBe('openness-lens-kb');
    expect(doc.entities.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(['llama', 'deepseek-r1', 'nuvola-2']));
    expect(await textOf(page, '[data-import-outcome]')).toBe(`Exported ${doc.entities.length} entries.`);
    await page.close();
  });

  it('shows every problem of a malformed import with the entry it is in, and changes nothing', async () => {
    const page = await openOptions('#data');
    const before = (await exportThroughUi(page)).text;
    const bad = {
      format: 'openness-lens-kb',
      version: 1,
      entities: [
        { id: 'good-one', kind: 'model', name: { en: 'Good', ar: 'جيد' }, aliases: [{ text: 'Good one' }], summary: { en: '', ar: '' } },
        { id: 'bad-one', kind: 'model', name: { en: 'Bad', ar: '' }, aliases: [{ text: 'x' }], summary: { en: '', ar: '' } },
        { id: 'Bad Two', kind: 'robot', name: { en: 'Two', ar: 'اثنان' }, aliases: [{ text: 'Two' }], summary: { en: '', ar: '' } },
      ],
      userNotes: [],
    };
    await chooseFile(page, '#ol-import-file', 'bad.json', JSON.stringify(bad));
    await page.waitFor(() => document.querySelector('[data-import-outcome="failed"]'));
    const lines = await page.evaluate(() => [...document.querySelectorAll('[data-import-outcome] li')].map((li) => li.textContent!));
    // Each problem names its entry (name and id) and the field inside it, not a place in the file.
    expect(lines.some((l) => l.startsWith('Bad (bad-one) · name.ar: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Bad (bad-one) · aliases[0].text: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Two (Bad Two) · id: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Two (Bad Two) · kind: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Good') || l.includes('entities['))).toBe(false);

    await chooseFile(page, '#ol-import-file', 'broken.json', '{"format": "openness-lens-kb", ');
    await page.waitFor(() => document.querySelector('[data-import-outcome="failed"]')?.textContent?.includes('not valid JSON'));

    // All or nothing: not even the valid entry of the bad file was stored.
    expect((await exportThroughUi(page)).text).toBe(before);
    const browse = await openOptions('#entity=good-one');
    await browse.waitFor(() => document.querySelector('[data-missing-entity]'));
    await browse.close();
    await page.close();
  });

  it('imports a file through the file picker, merging with what is there', async () => {
    const page = await openOptions('#data');
    const good = {
      format: 'openness-lens-kb',
      version: 1,
      entities: [
        {
          id: 'tessaro',
          kind: 'model',
          name: { en: 'Tessaro', ar: 'تيسارو' },
          aliases: [{ text: 'Tessaro' }, { text: 'تيسارو' }],
          summary: { en: 'An Arabic-English language model.', ar: 'نموذج لغوي عربي إنجليزي.' },
        },
      ],
      userNotes: [{ id: 'tessaro', text: 'Imported note' }],
    };
    await chooseFile(page, '#ol-import-file', 'good.json', JSON.stringify(good));
    await page.waitFor(() => document.querySelector('[data-import-outcome="ok"]'));
    expect(await textOf(page, '[data-import-outcome]')).toBe('Imported 1 entries.');
    const browse = await openOptions('#entity=tessaro');
    await browse.waitFor(() => document.querySelector('[data-entity-detail="tessaro"] [data-note-text]')?.textContent === 'Imported note');
    // Merging kept the entity added earlier.
    await browse.evaluate(() => (location.hash = '#entity=nuvola-2'));
    await browse.waitFor(() => document.querySelector('[data-entity-detail="nuvola-2"]'));
    await browse.close();
    await page.close();
  });

  it('saves settings as they change', async () => {
    const page = await openOptions('#settings');
    await page.waitFor(() => document.querySelector('#ol-set-enabled'));
    await clickOn(page, 'input[name="ol-trigger"][value="click"]');
    await clickOn(page, '[data-highlight-status="unknown"]');
    await typeInto(page, '#ol-set-sites', 'News.Example\nhttps://www.bbc.com/arabic');
    await page.press('Tab');
    await page.evaluate(() => {
      const color = document.querySelector('[data-status-color="closed"]') as HTMLInputElement;
      color.value = '#ff00aa';
      color.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect
      .poll(async () => {
        const s = await readSettingsIn(browser);
        return [s.cardTrigger, s.highlightStatuses, s.excludedSites, s.statusColors];
      })
      .toEqual(['click', ['open', 'open-weights', 'restricted', 'closed'], ['news.example', 'www.bbc.com'], { closed: '#ff00aa' }]);
    // The page repaints from the stored settings' change event, a moment after the write.
    await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--ol-closed'))).toBe('#ff00aa');
    await clickOn(page, '#ol-set-enabled');
    await expect.poll(async () => (await readSettingsIn(browser)).enabled).toBe(false);
    await patchSettings(browser, { enabled: true, cardTrigger: 'hover', excludedSites: [], statusColors: {}, highlightStatuses: ['open', 'open-weights', 'restricted', 'closed', 'unknown'] });
    await page.close();
  });

  it('switches the whole page to Arabic, right to left, from the language setting', async () => {
    const page = await openOptions('#about');
    await page.waitFor(() => document.documentElement.lang === 'en');
    await page.evaluate(() => {
      location.hash = '#settings';
    });
    await page.waitFor(() => document.querySelector('#ol-set-language'));
    await page.evaluate(() => {
      const select = document.querySelector('#ol-set-language') as HTMLSelectElement;
      select.value = 'ar';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitFor(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
    expect(await textOf(page, 'h1')).toBe('خيارات عدسة الانفتاح');
    await patchSettings(browser, { language: 'auto' });
    await page.waitFor(() => document.documentElement.lang === 'en');
    await page.close();
  });

  /** Whether an element lies wholly inside the viewport (not scrolled away, not cut at an edge). */
  const inView = (page: TestPage, selector: string) =>
    page.evaluate((s) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= document.documentElement.clientWidth;
    }, selector);

  it.each([
    [1280, 800],
    [700, 800],
  ])('opened from the card at %ix%i, shows the header and the entry without scrolling past them', async (width, height) => {
    const page = await browser.openExtensionPage('options.html#entity=llama');
    await page.setViewport(width, height);
    await page.evaluate(() => location.reload());
    await page.waitFor(() => document.querySelector('[data-entity-detail="llama"] table'));
    expect(await inView(page, '.ol-options-head h1')).toBe(true);
    expect(await inView(page, '[data-entity-detail="llama"] h2')).toBe(true);
    await page.close();
  });

  it('after Save, shows the header and the "Saved." message; the licence field is not clipped', async () => {
    const page = await openOptions('#entity=mixtral');
    await page.setViewport(1000, 700);
    await page.waitFor(() => document.querySelector('[data-entity-detail="mixtral"]'));
    await clickOn(page, '[data-edit]');
    await page.waitFor(() => document.querySelector('#ol-form-licenceName'));
    await typeInto(page, '#ol-form-licenceName', 'Mistral Research License and the Apache License, Version 2.0, depending on the model');
    const field = await page.evaluate(() => {
      const input = document.querySelector('#ol-form-licenceName') as HTMLInputElement;
      const box = input.getBoundingClientRect();
      const fieldset = input.closest('fieldset')!.getBoundingClientRect();
      return { inside: box.left >= fieldset.left - 1 && box.right <= fieldset.right + 1, width: box.width, fieldsetWidth: fieldset.width };
    });
    expect(field.inside).toBe(true);
    // The licence field spans the row, wide enough for a licence's full name.
    expect(field.width).toBeGreaterThan(field.fieldsetWidth * 0.8);
    await page.evaluate(() => document.querySelector('form[data-editor] button[type="submit"]')!.scrollIntoView());
    await clickOn(page, 'form[data-editor="mixtral"] button[type="submit"]');
    await page.waitFor(() => document.querySelector('[data-options-message]')?.textContent?.includes('Saved'));
    await page.waitFor(() => scrollY === 0 || document.querySelector('[data-options-message]')!.getBoundingClientRect().top >= 0);
    expect(await inView(page, '[data-options-message]')).toBe(true);
    expect(await inView(page, '.ol-options-head h1')).toBe(true);
    // The detail follows a live query, so the new licence may show a moment after "Saved.".
    await page.waitFor(() =>
      document.querySelector('[data-entity-detail="mixtral"] [data-dimension="licence"]')?.textContent?.includes('Mistral Research License and the Apache License'),
    );
    await clickOn(page, '[data-reset]');
    await page.waitFor(() => !document.querySelector('[data-reset]'));
    await page.close();
  });

  it('adds and edits sources in the editor, with the same link checks as an import', async () => {
    const page = await openOptions('#entity=gemma');
    await page.waitFor(() => document.querySelector('[data-entity-detail="gemma"]'));
    await clickOn(page, '[data-edit]');
    await page.waitFor(() => document.querySelector('[data-source-editor]'));
    const before = await page.evaluate(() => document.querySelectorAll('[data-source-dim="weights"] [data-source-row]').length);
    await clickOn(page, '[data-add-source="weights"]');
    const row = `#ol-src-weights-${before}`;
    await page.waitFor((s) => document.querySelector(s), `${row}-url`);
    await typeInto(page, `${row}-title`, 'Gemma weights on a test page');
    await typeInto(page, `${row}-url`, 'http://example.org/gemma-weights');
    await clickOn(page, 'form[data-editor="gemma"] button[type="submit"]');
    await page.waitFor(() => document.querySelector('[data-problems]'));
    // The import's rule, with the place of the faulty link.
    expect(await textOf(page, '[data-problems]')).toContain(`assessment.weights.sources[`);
    expect(await textOf(page, '[data-problems]')).toContain('https://');
    await typeInto(page, `${row}-url`, 'https://example.org/gemma-weights');
    await clickOn(page, 'form[data-editor="gemma"] button[type="submit"]');
    await page.waitFor(() => document.querySelector('[data-entity-detail="gemma"] [data-dimension="weights"] a[href="https://example.org/gemma-weights"]'));
    expect(await textOf(page, '[data-entity-detail="gemma"] [data-dimension="weights"] a[href="https://example.org/gemma-weights"]')).toBe(
      'Gemma weights on a test page',
    );

    // Edit it again: the row is there to change, and removing it removes the source.
    await clickOn(page, '[data-edit]');
    await page.waitFor((s) => (document.querySelector(s) as HTMLInputElement | null)?.value === 'https://example.org/gemma-weights', `${row}-url`);
    await clickOn(page, `[data-source-dim="weights"] [data-source-row="${before}"] [data-remove-source]`);
    await clickOn(page, 'form[data-editor="gemma"] button[type="submit"]');
    await page.waitFor(() => document.querySelector('[data-entity-detail="gemma"]') && !document.querySelector('form[data-editor]'));
    // The detail follows a live query, so the link and the edit marker may go a moment after the form closes.
    await page.waitFor(() => !document.querySelector('a[href="https://example.org/gemma-weights"]'));
    // With the source removed the entry equals the shipped one again, so there is no edit left to reset.
    await page.waitFor(() => !document.querySelector('[data-reset]'));
    await page.close();
  });

  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['ar', 'light'],
    ['ar', 'dark'],
  ] as const)('passes axe with no serious or critical problems, in %s, %s', async (lang, scheme) => {
    await patchSettings(browser, { language: lang });
    for (const hash of ['#entity=llama', '#settings', '#data', '#about']) {
      const page = await openOptions(hash);
      await emulateColorScheme(page, scheme);
      await page.waitFor((l) => document.documentElement.lang === l, lang);
      if (hash === '#entity=llama') {
        await page.waitFor(() => document.querySelector('[data-entity-detail="llama"] table'));
        await page.screenshot(screenshotPath(`options-${lang}-${scheme}`), true);
      }
      await page.waitFor(() => !document.querySelector('main')?.textContent?.includes('…'));
      expect(await seriousAxeViolations(page), `${lang} ${scheme} ${hash}`).toEqual([]);
      await page.close();
    }
    await patchSettings(browser, { language: 'auto' });
  });

  it('passes axe in the editor with its sources, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openOptions('#entity=llama');
      await emulateColorScheme(page, scheme);
      await page.waitFor(() => document.querySelector('[data-entity-detail="llama"]'));
      await clickOn(page, '[data-edit]');
      await page.waitFor(() => document.querySelector('[data-source-editor] [data-source-row]'));
      expect(await seriousAxeViolations(page), scheme).toEqual([]);
      await page.close();
    }
  });
});
