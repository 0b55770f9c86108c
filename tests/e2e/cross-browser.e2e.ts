/**
 * The core end-to-end checks, written once and run in every browser named in
 * $E2E_BROWSERS (default: Chromium and Firefox), against the real built
 * extension.
 *
 * What a reader of a news page would notice: the extension loads and its popup
 * opens for the tab; on the bundled Arabic and English demo pages exactly the
 * entities the demo declares (assets/demo/expected.json) are found, the
 * popup lists them, and the painted highlights add up to the counts the
 * popup reports; the page's own markup is left as it was; text added later
 * is annotated too; hovering a mention opens its card; and the knowledge base,
 * with the user's own note, is still there after the browser restarts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  e2eBrowsers,
  launch,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
  type TestPage,
} from '../../harness';
import { patchSettings } from './ui-support';

interface DemoExpectation {
  page: string;
  lang: 'ar' | 'en';
  entities: string[];
  untouched: string[];
  lookalikes: Array<{ phrase: string; word: string }>;
}

const demo = JSON.parse(readFileSync(join(ROOT, 'assets/demo/expected.json'), 'utf8')) as { pages: DemoExpectation[] };

/** Marks the extension's own elements on a page (the card's host); see lib/dom/text-blocks.ts. */
const OWN_UI_ATTR = 'data-openness-lens';

for (const name of e2eBrowsers()) {
  describe(name, () => {
    let browser: ExtensionBrowser;
    let server: PageServer;
    beforeAll(async () => {
      server = await startPageServer();
      browser = await launch(name);
    });
    afterAll(async () => {
      await browser?.dispose();
      await server?.close();
    });

    it('loads, and its popup opens for a tab', async () => {
      server.route('/plain.html', '<!doctype html><title>plain</title><p>Nothing to see.</p>');
      const page = await browser.newPage();
      await page.goto(server.url('/plain.html'));
      const tabId = await browser.tabIdOf(page);
      expect(tabId).toBeGreaterThan(0);
      const popup = await browser.openPopup(tabId);
      await popup.waitFor(() => (document.querySelector('#app')?.textContent ?? '').trim().length > 0);
      expect(popup.errors()).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('paints with styles the page cannot see, and takes back its highlights from the page', async () => {
      // The page's own script records what it can observe: no style sheet is added to the
      // document, before or after painting. What it can still see is the shared highlight
      // registry (docs/security-and-privacy.md): the lens's highlight names, and their ranges.
      server.route('/styled.html', '<!doctype html><meta charset="utf-8"><title>styled</title><p id="a">OpenAI, DeepSeek and Qwen.</p><p id="b">A page line about cooking.</p>');
      const page = await browser.newPage();
      await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
        window.__atLoad = { adopted: document.adoptedStyleSheets.length, sheets: document.styleSheets.length };
      });
      window.__messages = [];
      window.addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));`);
      await page.goto(server.url('/styled.html'));
      const painted = () =>
        page.waitFor(() => {
          let n = 0;
          (CSS as any).highlights.forEach((h: Set<unknown>) => (n += h.size));
          return n >= 3;
        });
      await painted();
      const seen = await page.evaluate(() => {
        const p = document.getElementById('a')!;
        const look = getComputedStyle(p, '::highlight(ol-open-weights)');
        return {
          atLoad: (window as any).__atLoad,
          now: { adopted: document.adoptedStyleSheets.length, sheets: document.styleSheets.length },
          names: [...(CSS as any).highlights.keys()].sort(),
          messages: (window as any).__messages,
          decoration: look.textDecorationStyle,
        };
      });
      expect(seen.atLoad).toEqual({ adopted: 0, sheets: 0 });
      expect(seen.now).toEqual({ adopted: 0, sheets: 0 });
      // Nor does the script announce itself to the page's message listeners.
      expect(seen.messages).toEqual([]);
      expect(seen.names.every((n: string) => n.startsWith('ol-'))).toBe(true);
      // The injected rules are in force: open weights are drawn with a double line.
      expect(seen.decoration).toBe('double');
      // A colour the user picks for a status is drawn too: the lens's own sheet, while one is chosen.
      await patchSettings(browser, { statusColors: { 'open-weights': '#112233' } });
      await page.waitFor(() => getComputedStyle(document.getElementById('a')!, '::highlight(ol-open-weights)').textDecorationColor === 'rgb(17, 34, 51)');
      await patchSettings(browser, { statusColors: {} });
      await page.waitFor(() => document.adoptedStyleSheets.length === 0);

      // The page slips its own range into one of the lens's highlights…
      const foreign = await page.evaluate(() => {
        const [name, h] = [...(CSS as any).highlights.entries()][0] as [string, Set<Range>];
        const r = new Range();
        r.selectNodeContents(document.getElementById('b')!.firstChild!);
        h.add(r);
        (window as any).__foreign = r;
        return { name, size: h.size };
      });
      // …and loses it when the lens next paints (here, for a paragraph the page appends).
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Later: Mistral and Gemma.';
        document.body.appendChild(p);
      });
      await page.waitFor(
        (name: string) => {
          const h = (CSS as any).highlights.get(name) as Set<Range>;
          return !h.has((window as any).__foreign);
        },
        foreign.name,
      );
      await page.close();
    });

    for (const expected of demo.pages) {
      describe(`the ${expected.lang === 'ar' ? 'Arabic' : 'English'} demo page`, () => {
        let page: TestPage;
        let tabId: number;
        let settled: Annotation;
        let domAtLoad: string;

        beforeAll(async () => {
          page = await browser.newPage();
          // The page's markup as parsed, before any content script can run (they start at document_idle).
          await page.addInitScript(RECORD_DOM_AT_LOAD);
          await page.goto(server.url(`/demo/${expected.page}`));
          tabId = await browser.tabIdOf(page);
          settled = await settle(browser, page, tabId);
          domAtLoad = await page.evaluate(() => (window as { __olDomAtLoad?: string }).__olDomAtLoad ?? '');
        });
        afterAll(async () => {
          await page?.close();
        });

        it('finds exactly the entities the page mentions', () => {
          expect(settled.entities.map((e) => e.entity).sort()).toEqual([...expected.entities].sort());
          for (const e of settled.entities) expect(e.count, e.entity).toBeGreaterThan(0);
        });

        it('paints every mention it counts, with its status, as the reader scrolls through', async () => {
          // Only mentions near the viewport are painted at any time, so scroll
          // the whole page and gather every mention that was painted on the way.
          const seen = await scrollThrough(page);
          expect(total(seen), 'mentions painted').toBeGreaterThan(0);
          expect(total(seen)).toBe(total(countsByStatus(settled.entities)));
          // Each mention wears its own status: a release named with a version takes the release's ("DeepSeek-V3",
          // the December 2024 weights), so the painted statuses are the page's mentions', not only their entities'.
          const mentions = (await browser.evalInExtension(
            ([id]) => ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.sendMessage(id, { type: 'listMentions' }, { frameId: 0 }),
            [tabId] as const,
          )) as Array<{ status: string }>;
          const byStatus: Record<string, number> = {};
          for (const m of mentions) byStatus[`ol-${m.status}`] = (byStatus[`ol-${m.status}`] ?? 0) + 1;
          expect(seen).toEqual(byStatus);
        });

        it('lists the same entities in the popup for the tab', async () => {
          const popup = await browser.openPopup(tabId);
          try {
            await popup.waitFor(() => document.querySelector('[data-entity]') !== null, undefined, 10_000);
            const listed = await popup.evaluate(() =>
              [...new Set([...document.querySelectorAll('[data-entity]')].map((el) => el.getAttribute('data-entity')))].sort(),
            );
            expect(listed).toEqual([...expected.entities].sort());
            expect(popup.errors()).toEqual([]);
          } finally {
            await popup.close();
            await page.bringToFront();
          }
        });

        it('lists every mention by entity in the side panel for the tab', async () => {
          const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
          try {
            await panel.waitFor(() => document.querySelector('[data-panel-entity]') !== null, undefined, 10_000);
            const listed = await panel.evaluate(() =>
              Object.fromEntries(
                [...document.querySelectorAll('[data-panel-entity]')].map((g) => [g.getAttribute('data-panel-entity'), g.querySelectorAll('[data-mention]').length]),
              ),
            );
            expect(listed).toEqual(Object.fromEntries(settled.entities.map((e) => [e.entity, e.count])));
            expect(panel.errors()).toEqual([]);
          } finally {
            await panel.close();
            await page.bringToFront();
          }
        });

        it("leaves the page's own markup exactly as it was", async () => {
          // Only meaningful once the page was annotated.
          expect(total(settled.painted), 'mentions painted').toBeGreaterThan(0);
          expect(domAtLoad.length).toBeGreaterThan(0);
          const now = await page.evaluate(markupWithoutOwnUi, OWN_UI_ATTR);
          expect(now).toBe(domAtLoad);
        });

        it('highlights nothing in form fields and the non-technical notebook', async () => {
          expect(total(settled.painted), 'mentions painted').toBeGreaterThan(0);
          for (const selector of expected.untouched) {
            // Painting follows the viewport: bring the place into view first.
            const present = await page.evaluate((sel) => {
              const el = document.querySelector(sel);
              el?.scrollIntoView({ block: 'center' });
              return el !== null;
            }, selector);
            expect(present, `${selector} is on the page`).toBe(true);
            await paintingSettles(page);
            expect(await page.evaluate(paintedInside, [selector])).toEqual([]);
          }
        });

        if (expected.lookalikes.length > 0) it('leaves look-alike words unpainted', async () => {
          expect(total(settled.painted), 'mentions painted').toBeGreaterThan(0);
          for (const { phrase, word } of expected.lookalikes) {
            await page.evaluate(scrollToText, phrase);
            await paintingSettles(page);
            const hit = await page.evaluate(paintedInPhrase, { phrase, word });
            expect(hit.occurrences, phrase).toBeGreaterThan(0);
            expect(hit.painted, `${word} in ${phrase}`).toBe(0);
          }
        });

        it('opens the card next to a mention when the pointer rests on it', async () => {
          await page.bringToFront();
          const target = await page.evaluate(firstMentionPoint);
          expect(target, 'a painted mention in view').not.toBeNull();
          // Arrive from the side, as a pointer does.
          await page.mouseMove(target!.x - 40, target!.y);
          await page.mouseMove(target!.x, target!.y);
          await page.waitFor((attr) => {
            for (const host of document.querySelectorAll(`[${attr}]`)) {
              for (const el of [host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])]) {
                const box = el.getBoundingClientRect();
                if (el.tagName !== 'STYLE' && box.width > 0 && box.height > 0) return true;
              }
            }
            return false;
          }, OWN_UI_ATTR, 5_000);
          const card = (await page.evaluate(cardBox, OWN_UI_ATTR))!;
          const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
          expect(card.text.trim().length).toBeGreaterThan(0);
          // Wholly on screen, and beside the mention rather than over it.
          expect(card.top).toBeGreaterThanOrEqual(0);
          expect(card.left).toBeGreaterThanOrEqual(0);
          expect(card.bottom).toBeLessThanOrEqual(viewport.height);
          expect(card.right).toBeLessThanOrEqual(viewport.width);
          expect(card.top >= target!.bottom || card.bottom <= target!.top, 'card beside the mention').toBe(true);
        });
      });
    }

    it('annotates text added to the page after it loaded', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/demo/en.html'));
      const tabId = await browser.tabIdOf(page);
      const before = await settle(browser, page, tabId);
      // Copy a paragraph that holds mentions: each of its mentions must be found once more.
      const original = await page.evaluate(copyMentionParagraph);
      expect(original, 'a paragraph with painted mentions').not.toBeNull();
      const counted = total(countsByStatus(before.entities));
      const after = await settle(browser, page, tabId, (a) => total(countsByStatus(a.entities)) > counted);
      expect(total(countsByStatus(after.entities))).toBe(counted + total(original!));
      await paintingSettles(page);
      expect(await page.evaluate(paintedInCopy)).toEqual(original);
      await page.close();
    });

    it('keeps the knowledge base and a user note across a browser restart', async () => {
      const seeded = await browser.evalInExtension(waitForSeededKb, 20_000);
      expect(seeded.entities).toBeGreaterThan(0);
      const note = { id: seeded.firstId!, text: `Checked on ${new Date().toISOString()}`, updatedAt: Date.now() };
      await browser.evalInExtension(putNote, note);
      await browser.close();
      const again = await browser.restart();
      try {
        const after = await again.evalInExtension(waitForSeededKb, 20_000);
        expect(after.entities).toBe(seeded.entities);
        expect(await again.evalInExtension(readNote, note.id)).toBe(note.text);
      } finally {
        await again.dispose();
      }
    });
  });
}

// ---------------------------------------------------------------------------
// Waiting for the annotation to settle, in the page and in the background.

interface Annotation {
  /** What the background reports for the tab (getTabSummary). */
  entities: Array<{ entity: string; count: number; status: string }>;
  /** Painted ranges per highlight name (`ol-closed`: 3). */
  painted: Record<string, number>;
}

/**
 * Polls the tab's summary and the page's highlights until they stop changing
 * (and `ready` holds), then returns the last reading. Never throws on timeout:
 * the assertions that follow show what was there.
 */
async function settle(
  browser: ExtensionBrowser,
  page: TestPage,
  tabId: number,
  ready: (a: Annotation) => boolean = (a) => a.entities.length > 0 && total(a.painted) > 0,
  timeoutMs = 20_000,
): Promise<Annotation> {
  // An extension page in a background tab asks the background; the page stays in front.
  const messenger = await browser.openPopup(tabId);
  await page.bringToFront();
  try {
    const deadline = Date.now() + timeoutMs;
    let last: Annotation = { entities: [], painted: {} };
    let stableReads = 0;
    while (Date.now() < deadline) {
      const now: Annotation = {
        entities: sortEntities((await messenger.evaluate(askSummary, tabId))?.entities ?? []),
        painted: await page.evaluate(paintedByStatus),
      };
      stableReads = JSON.stringify(now) === JSON.stringify(last) ? stableReads + 1 : 0;
      last = now;
      if (ready(now) && stableReads >= 3) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    return last;
  } finally {
    await messenger.close();
    await page.bringToFront();
  }
}

function sortEntities(list: Annotation['entities']): Annotation['entities'] {
  return list.map(({ entity, count, status }) => ({ entity, count, status })).sort((a, b) => a.entity.localeCompare(b.entity));
}

function countsByStatus(entities: Annotation['entities']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entities) out[`ol-${e.status}`] = (out[`ol-${e.status}`] ?? 0) + e.count;
  return out;
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** Waits until the painted highlights stop changing (after a scroll or an edit). */
async function paintingSettles(page: TestPage, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableReads = 0;
  while (Date.now() < deadline && stableReads < 3) {
    await new Promise((r) => setTimeout(r, 150));
    const now = JSON.stringify(await page.evaluate(paintedByStatus));
    stableReads = now === last ? stableReads + 1 : 0;
    last = now;
  }
}

/** Scrolls from top to bottom, half a screen at a time; returns every mention painted on the way, per status. */
async function scrollThrough(page: TestPage): Promise<Record<string, number>> {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (;;) {
    await paintingSettles(page);
    await page.evaluate(tallyPainted);
    const atEnd = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, Math.max(1, Math.floor(window.innerHeight / 2)));
      return window.scrollY === before;
    });
    if (atEnd) break;
  }
  const seen = await page.evaluate(tallyPainted);
  await page.evaluate(() => window.scrollTo(0, 0));
  await paintingSettles(page);
  return seen;
}

// ---------------------------------------------------------------------------
// Functions below run inside the browser; each must stand alone.

const RECORD_DOM_AT_LOAD = `document.addEventListener('DOMContentLoaded', () => {
  window.__olDomAtLoad = document.documentElement.outerHTML;
}, { once: true });`;

function askSummary(tabId: number): Promise<{ entities: Annotation['entities'] } | null> {
  const g = globalThis as { browser?: any; chrome?: any };
  const api = g.browser ?? g.chrome;
  return Promise.resolve(api.runtime.sendMessage({ type: 'getTabSummary', tabId })).catch(() => null);
}

function paintedByStatus(): Record<string, number> {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const out: Record<string, number> = {};
  if (!registry) return out;
  registry.forEach((h, name) => {
    if (/^ol-(open|open-weights|restricted|closed|unknown)$/.test(name) && h.size > 0) out[name] = h.size;
  });
  return out;
}

function markupWithoutOwnUi(attr: string): string {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll(`[${attr}]`)) el.remove();
  return copy.outerHTML;
}

/** Painted mentions (their text) inside elements matching the selectors. */
function paintedInside(selectors: string[]): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const painted: string[] = [];
  registry?.forEach((h, name) => {
    if (!/^ol-(open|open-weights|restricted|closed|unknown)$/.test(name)) return;
    for (const r of h) {
      const node = r.startContainer;
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      for (const s of selectors) {
        if (!el?.closest(s)) continue;
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        painted.push(`${s}: ${live.toString()}`);
      }
    }
  });
  return painted;
}

function scrollToText(text: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.textContent?.includes(text)) {
      n.parentElement?.scrollIntoView({ block: 'center' });
      return true;
    }
  }
  return false;
}

/**
 * Adds every painted mention now on the page to a tally kept in the page,
 * keyed by text node and offsets so a mention repainted after scrolling
 * counts once; returns the tally per status highlight (the overstated-claim
 * and current-mention marks lie over those and are left out).
 */
function tallyPainted(): Record<string, number> {
  const w = window as unknown as { __olIds?: WeakMap<Node, number>; __olNext?: number; __olSeen?: Map<string, string> };
  const ids = (w.__olIds ??= new WeakMap());
  const seen = (w.__olSeen ??= new Map());
  const idOf = (n: Node) => {
    let id = ids.get(n);
    if (id === undefined) ids.set(n, (id = w.__olNext = (w.__olNext ?? 0) + 1));
    return id;
  };
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  registry?.forEach((h, name) => {
    if (!/^ol-(open|open-weights|restricted|closed|unknown)$/.test(name)) return;
    for (const r of h) seen.set(`${idOf(r.startContainer)}:${r.startOffset}-${idOf(r.endContainer)}:${r.endOffset}`, name);
  });
  const out: Record<string, number> = {};
  for (const name of seen.values()) out[name] = (out[name] ?? 0) + 1;
  return out;
}

/**
 * Copies the first article paragraph with painted mentions wholly inside it,
 * inserts the copy right after it (so both are in view), and returns how many
 * mentions of each status the original holds.
 */
function copyMentionParagraph(): Record<string, number> | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  for (const p of document.querySelectorAll('article p')) {
    p.scrollIntoView({ block: 'start' });
    const inside: Record<string, number> = {};
    registry?.forEach((h, name) => {
      if (!/^ol-(open|open-weights|restricted|closed|unknown)$/.test(name)) return;
      for (const r of h) if (p.contains(r.startContainer) && p.contains(r.endContainer)) inside[name] = (inside[name] ?? 0) + 1;
    });
    if (Object.keys(inside).length === 0) continue;
    const copy = p.cloneNode(true) as Element;
    copy.setAttribute('data-e2e-copy', '');
    p.after(copy);
    return inside;
  }
  return null;
}

function paintedInCopy(): Record<string, number> {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const copy = document.querySelector('[data-e2e-copy]');
  const out: Record<string, number> = {};
  registry?.forEach((h, name) => {
    if (!/^ol-(open|open-weights|restricted|closed|unknown)$/.test(name)) return;
    for (const r of h) if (copy?.contains(r.startContainer) && copy.contains(r.endContainer)) out[name] = (out[name] ?? 0) + 1;
  });
  return out;
}

/** How often `phrase` occurs in the page's text, and how many painted ranges touch `word` inside it. */
function paintedInPhrase({ phrase, word }: { phrase: string; word: string }): { occurrences: number; painted: number } {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const ranges: AbstractRange[] = [];
  registry?.forEach((h, name) => {
    if (/^ol-(open|open-weights|restricted|closed|unknown)$/.test(name)) ranges.push(...h);
  });
  const before = (aNode: Node, aOff: number, bNode: Node, bOff: number) => {
    const r = document.createRange();
    r.setStart(bNode, bOff);
    return r.comparePoint(aNode, aOff) < 0;
  };
  let occurrences = 0;
  let painted = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      occurrences++;
      const start = at + phrase.indexOf(word);
      const end = start + word.length;
      for (const r of ranges) {
        // Overlap: the range starts before the word ends and ends after it starts.
        if (before(r.startContainer, r.startOffset, n, end) && before(n, start, r.endContainer, r.endOffset)) painted++;
      }
    }
  }
  return { occurrences, painted };
}

/** Scrolls the first painted mention into view and returns the middle of its first line box. */
function firstMentionPoint(): { x: number; y: number; top: number; bottom: number; text: string } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  let first: AbstractRange | null = null;
  registry?.forEach((h, name) => {
    if (!/^ol-(open|open-weights|restricted|closed|unknown)$/.test(name)) return;
    for (const r of h) {
      const el = r.startContainer.parentElement;
      if (!el || !el.closest('article') || el.closest('a')) continue;
      // Earliest in document order, so the same mention is chosen every run.
      if (!first || first.startContainer.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_PRECEDING) first = r;
    }
  });
  if (!first) return null;
  const chosen = first as AbstractRange;
  const live = document.createRange();
  live.setStart(chosen.startContainer, chosen.startOffset);
  live.setEnd(chosen.endContainer, chosen.endOffset);
  chosen.startContainer.parentElement!.scrollIntoView({ block: 'center' });
  const box = live.getClientRects()[0];
  if (!box) return null;
  return { x: box.left + box.width / 2, y: box.top + box.height / 2, top: box.top, bottom: box.bottom, text: live.toString() };
}

/** The extension's own visible box on the page (the card), looking inside open shadow roots. */
function cardBox(attr: string): { top: number; bottom: number; left: number; right: number; text: string } | null {
  for (const host of document.querySelectorAll(`[${attr}]`)) {
    const candidates = [host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])].filter(
      (el) => !['STYLE', 'SCRIPT', 'LINK'].includes(el.tagName),
    );
    for (const el of candidates) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) {
        return { top: box.top, bottom: box.bottom, left: box.left, right: box.right, text: (el as HTMLElement).innerText ?? '' };
      }
    }
  }
  return null;
}

/** Waits (in the extension) for the seeded knowledge base; reports its size and one entity id. */
async function waitForSeededKb(timeoutMs: number): Promise<{ entities: number; firstId: string | null }> {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('openness-lens');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // Never create the database here: only look once the extension has made it.
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (names.includes('openness-lens')) {
      const db = await open();
      try {
        if (db.objectStoreNames.contains('meta') && db.objectStoreNames.contains('resolved')) {
          const tx = db.transaction(['meta', 'resolved']);
          const seed = await new Promise((ok) => {
            const r = tx.objectStore('meta').get('seed');
            r.onsuccess = () => ok(r.result);
          });
          const keys = await new Promise<IDBValidKey[]>((ok) => {
            const r = tx.objectStore('resolved').getAllKeys();
            r.onsuccess = () => ok(r.result);
          });
          if (seed && keys.length > 0) return { entities: keys.length, firstId: String(keys[0]) };
        }
      } finally {
        db.close();
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { entities: 0, firstId: null };
}

/** Stores a note the way lib/kb/db.ts setNote does: { id, text, updatedAt } in the notes table. */
function putNote(note: { id: string; text: string; updatedAt: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('openness-lens');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction('notes', 'readwrite');
      tx.objectStore('notes').put(note);
      tx.oncomplete = () => (req.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}

function readNote(id: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('openness-lens');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const get = req.result.transaction('notes').objectStore('notes').get(id);
      get.onsuccess = () => (req.result.close(), resolve((get.result as { text?: string } | undefined)?.text));
      get.onerror = () => reject(get.error);
    };
  });
}
