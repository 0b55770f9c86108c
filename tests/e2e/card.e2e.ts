/**
 * The in-page card in the built extension, in real Chromium: opened by
 * hovering, by clicking and by the keyboard commands; closed by Escape, a
 * click elsewhere and scrolling away; right-to-left in Arabic; "More" opens
 * the entry.
 */
import { describe, expect } from 'vitest';
import type { ExtensionBrowser, PageServer, TestPage } from '../../harness';
import { setSettings, waitForCounts } from './highlight-support';
import { it } from './session';

const EN_COUNTS = { openai: 2, deepseek: 2, meta: 1, llama: 1, alibaba: 1, qwen: 1, anthropic: 1, claude: 1, android: 1 };

interface CardView {
  entity: string | null;
  dir: string | null;
  text: string;
  rect: { left: number; top: number; right: number; bottom: number };
  focused: boolean;
}

/** The open card as a reader sees it, or null. */
function readCard(page: TestPage): Promise<CardView | null> {
  return page.evaluate(() => {
    const card = document.querySelector('openness-lens-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    return {
      entity: card.getAttribute('data-entity'),
      dir: card.getAttribute('dir'),
      text: card.innerText,
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      focused: card.getRootNode() instanceof ShadowRoot && (card.getRootNode() as ShadowRoot).activeElement === card,
    };
  });
}

/** Centre of the painted mention whose text is `text` (the nth one). */
function mentionPoint(page: TestPage, text: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([t, n]) => {
      const ranges: Range[] = [];
      for (const h of ((CSS as any).highlights as Map<string, Set<AbstractRange>>).values()) {
        for (const r of h) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString() === t) ranges.push(range);
        }
      }
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const rect = ranges[n as number]?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [text, nth] as const,
  );
}

async function waitForCard(page: TestPage, entity: string): Promise<CardView> {
  await page.waitFor(
    (id) => {
      const card = document.querySelector('openness-lens-card')?.shadowRoot?.querySelector('.card');
      return card?.getAttribute('data-entity') === id;
    },
    entity,
  );
  return (await readCard(page))!;
}

const noCard = (page: TestPage) =>
  page.waitFor(() => !document.querySelector('openness-lens-card')?.shadowRoot?.querySelector('.card'));

describe('the in-page card in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  let ext: TestPage;

  it.beforeAll(async ({ session }) => {
    ({ server, browser, ext } = session);
  });

  async function openArticle(path = '/pages/article-en.html', counts: Record<string, number> = EN_COUNTS) {
    const page = await browser.newPage();
    await page.goto(server.url(path));
    const tabId = await browser.tabIdOf(page);
    await waitForCounts(ext, tabId, counts);
    return { page, tabId };
  }

  it('opens on hover after a short pause, with both names, maker, status, reason and the article\'s differing claim', async () => {
    const { page, tabId } = await openArticle();
    const at = (await mentionPoint(page, 'Llama 3.1'))!;
    await page.mouseMove(at.x, at.y);
    // Not at once: passing over a name does not pop a card.
    await new Promise((r) => setTimeout(r, 120));
    expect(await readCard(page)).toBeNull();
    const card = await waitForCard(page, 'llama');
    expect(card.dir).toBe('ltr');
    expect(card.text).toContain('Llama');
    expect(card.text).toContain('لاما');
    expect(card.text).toContain('Model family');
    expect(card.text).toMatch(/Maker:\s*Meta/);
    expect(card.text).toContain('Restricted');
    expect(card.text).toContain("Meta's community licence");
    // The source article calls it open; the card names that article (not this page) beside the record.
    expect(card.text).toMatch(/The Arabic article of August 2025 that this knowledge base began from suggests:\s*Open/);
    // Next to the mention and on screen.
    expect(card.rect.top).toBeGreaterThan(at.y);
    expect(card.rect.top - at.y).toBeLessThan(60);
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(1280);

    await page.press('Escape');
    await noCard(page);
    // The card's host element is not page text: the counts do not change.
    await new Promise((r) => setTimeout(r, 600));
    expect(await waitForCounts(ext, tabId, EN_COUNTS)).toEqual(EN_COUNTS);
    await page.close();
  });

  it('never covers its mention and stays on screen in a short window', async () => {
    const { page } = await openArticle();
    await page.setViewport(900, 520);
    const at = (await mentionPoint(page, 'Llama 3.1'))!;
    await page.mouseMove(at.x, at.y);
    const card = await waitForCard(page, 'llama');
    const covers = card.rect.left <= at.x && at.x <= card.rect.right && card.rect.top <= at.y && at.y <= card.rect.bottom;
    expect(covers).toBe(false);
    expect(card.rect.top).toBeGreaterThanOrEqual(0);
    expect(card.rect.bottom).toBeLessThanOrEqual(520);
    expect(card.rect.right).toBeLessThanOrEqual(900);
    await page.close();
  });

  it('opens on click, and a click elsewhere closes it; with the click trigger, hovering does nothing', async () => {
    await setSettings(ext, { cardTrigger: 'click' });
    try {
      const { page } = await openArticle();
      const claude = (await mentionPoint(page, 'Claude'))!;
      await page.mouseMove(claude.x, claude.y);
      await new Promise((r) => setTimeout(r, 700));
      expect(await readCard(page)).toBeNull();
      await page.click(claude.x, claude.y);
      const card = await waitForCard(page, 'claude');
      expect(card.text).toContain('Closed');
      await page.click(5, 880);
      await noCard(page);
      await page.close();
    } finally {
      await setSettings(ext, { cardTrigger: 'hover' });
    }
  });

  it('opens nothing when the card is turned off', async () => {
    await setSettings(ext, { cardTrigger: 'off' });
    try {
      const { page } = await openArticle();
      const q = (await mentionPoint(page, 'Qwen'))!;
      await page.mouseMove(q.x, q.y);
      await page.click(q.x, q.y);
      await new Promise((r) => setTimeout(r, 700));
      expect(await readCard(page)).toBeNull();
      await page.close();
    } finally {
      await setSettings(ext, { cardTrigger: 'hover' });
    }
  });

  it('steps through mentions with the keyboard commands, scrolling each into view', async () => {
    server.route(
      '/long.html',
      `<!doctype html><meta charset="utf-8"><title>long</title>
      <p>First, DeepSeek.</p><div style="height: 3000px"></div><p id="far">Much later, Mixtral.</p>`,
    );
    const { page, tabId } = await openArticle('/long.html', { deepseek: 1, mixtral: 1 });
    const step = (direction: 1 | -1) =>
      browser.evalInExtension(
        ([id, d]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'stepMention', direction: d }, { frameId: 0 }),
        [tabId, direction] as const,
      );
    expect(await step(1)).toBe(true);
    let card = await waitForCard(page, 'deepseek');
    expect(card.focused).toBe(true);
    expect(await step(1)).toBe(true);
    card = await waitForCard(page, 'mixtral');
    // Scrolled into view, card included.
    const far = await page.evaluate(() => document.getElementById('far')!.getBoundingClientRect().top);
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(900);
    expect(card.rect.bottom).toBeLessThanOrEqual(900);
    // Wraps around, both ways.
    expect(await step(1)).toBe(true);
    await waitForCard(page, 'deepseek');
    expect(await step(-1)).toBe(true);
    await waitForCard(page, 'mixtral');
    // Scrolling the mention away closes the card.
    await page.evaluate(() => window.scrollTo(0, 0));
    await noCard(page);
    await page.close();
  });

  it('jumps to the nth mention of an entity, as the popup asks', async () => {
    const { page, tabId } = await openArticle();
    const jump = (entity: string, index: number) =>
      browser.evalInExtension(
        ([id, e, i]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'jumpToMention', entity: e, index: i }),
        [tabId, entity, index] as const,
      );
    expect(await jump('deepseek', 1)).toBe(true);
    await waitForCard(page, 'deepseek');
    // The second DeepSeek is in the fourth paragraph: the card sits by it.
    const second = (await mentionPoint(page, 'DeepSeek', 1))!;
    const card = (await readCard(page))!;
    expect(Math.abs(card.rect.top - second.y)).toBeLessThan(60);
    expect(await jump('mixtral', 0)).toBe(false);
    await page.close();
  });

  it('is right-to-left in Arabic, and "More" opens the entry', async () => {
    await setSettings(ext, { language: 'ar' });
    try {
      const { page } = await openArticle('/pages/article-ar.html', {
        openai: 1, meta: 1, llama: 1, deepseek: 1, chrome: 1, chromium: 1, android: 1,
      });
      const at = (await mentionPoint(page, 'لاما'))!;
      await page.mouseMove(at.x, at.y);
      const card = await waitForCard(page, 'llama');
      expect(card.dir).toBe('rtl');
      expect(card.text).toContain('لاما');
      expect(card.text).toContain('Llama');
      // Aligned to the mention's right edge, on screen.
      expect(card.rect.right).toBeGreaterThan(at.x);
      expect(card.rect.left).toBeGreaterThanOrEqual(0);
      await page.evaluate(() => {
        document.querySelector('openness-lens-card')!.shadowRoot!.querySelector<HTMLButtonElement>('.more')!.click();
      });
      // "More" opens the entity's entry in the options page (the extension sees its own pages' addresses).
      const entryTab = async () =>
        browser.evalInExtension(async () => {
          const tabs: Array<{ url?: string }> = await (globalThis as any).chrome.tabs.query({});
          return tabs.map((t) => t.url ?? '').find((u) => u.endsWith('/options.html#entity=llama')) ?? null;
        });
      let opened: string | null = null;
      for (let i = 0; i < 40 && !opened; i++) {
        opened = await entryTab();
        if (!opened) await new Promise((r) => setTimeout(r, 100));
      }
      expect(opened).toBe(`${browser.extensionOrigin}/options.html#entity=llama`);
      await page.close();
    } finally {
      await setSettings(ext, { language: 'auto' });
    }
  });
});
