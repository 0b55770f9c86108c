/**
 * `npm start`: see the extension at work on the bundled demo pages.
 *
 * Builds the extension, serves assets/demo on 127.0.0.1 and opens a browser
 * with the extension loaded on them.
 *
 *   npm start                  a normal browser window on the demo pages (needs a display)
 *   npm start -- --headless    no window: check each demo page, print what was found,
 *                              save screenshots to .output/demo/ (also the default without a display)
 *   npm start -- --firefox     the same in Firefox
 *   npm start -- --no-build    reuse the last build
 *
 * Every wait is bounded: something that does not appear in time is reported,
 * not waited for. The exit code is non-zero only when the build or the
 * browser fails; a missing highlight or card is a finding, printed as such.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  ROOT,
  builtExtensionDir,
  launch,
  outDir,
  startPageServer,
  type BrowserName,
  type ExtensionBrowser,
  type PageServer,
  type TestPage,
} from '../harness';
import { chromiumArgs, playwrightPageOf } from '../harness/chromium';
import { findChromium, findFirefox } from '../harness/paths';
import type { EntityCount, ReportedClaim, TabSummary } from '../lib/messages';

/** Bounds on every wait, in milliseconds. */
const WAIT = {
  launch: 60_000,
  highlights: 10_000,
  /** Highlights count as settled when their number holds still this long. */
  settle: 1_000,
  summary: 5_000,
  popup: 5_000,
  card: 5_000,
  step: 30_000,
};

/** The card's shadow host carries this attribute (lib/dom/text-blocks.ts skips it when scanning). */
const CARD_HOST_ATTR = 'data-openness-lens';
const CARD_PROBE = { op: 'card', hostAttr: CARD_HOST_ATTR } as const;

// ---------------------------------------------------------------------------
// What the demo pages are meant to show (assets/demo/expected.json)

export interface DemoPageSpec {
  /** File name under assets/demo, e.g. "en.html". */
  page: string;
  lang: 'en' | 'ar';
  /** Entity ids the page mentions on purpose. */
  entities: string[];
  /** Selectors whose text must stay unhighlighted (look-alike words, form fields). */
  untouched: string[];
  /** A word that must stay unhighlighted where it appears inside `phrase` ("كلاود" in "غوغل كلاود"). */
  lookalikes: Array<{ phrase: string; word: string }>;
}

export function readDemoSpecs(): DemoPageSpec[] {
  const raw = JSON.parse(readFileSync(resolve(ROOT, 'assets/demo/expected.json'), 'utf8')) as {
    pages: DemoPageSpec[];
  };
  return raw.pages;
}

// ---------------------------------------------------------------------------
// The report

export interface EntityRow {
  id: string;
  en: string;
  ar: string;
  status: string;
  count: number;
}

export interface PageReport {
  page: string;
  url: string;
  expected: string[];
  rows: EntityRow[];
  /** Expected ids that were not found. */
  missing: string[];
  /** Found ids that the page does not mean to mention. */
  unexpected: string[];
  /** Painted mentions on the page once they settled. */
  painted: number;
  /** Highlights where the page says there must be none (look-alikes, form fields). */
  wrongHighlights: string[];
  /** The openness claims the page makes, with their verdicts against the record. */
  claims: ReportedClaim[];
  /** Saved screenshots, absolute paths. */
  screenshots: string[];
  /** Things that did not appear in time, in words. */
  problems: string[];
}

export interface DemoReport {
  browser: string;
  pages: PageReport[];
  shotsDir: string;
}

/** English and Arabic names from the knowledge-base files, for the table; a company has no status of its own. */
function entityNames(id: string): { en: string; ar: string; company: boolean } {
  const file = resolve(ROOT, 'assets/kb/entities', `${id}.json`);
  if (!existsSync(file)) return { en: '—', ar: '—', company: false };
  const entity = JSON.parse(readFileSync(file, 'utf8')) as { kind?: string; name?: { en?: string; ar?: string } };
  return { en: entity.name?.en ?? '—', ar: entity.name?.ar ?? '—', company: entity.kind === 'company' || entity.kind === 'organization' };
}

export function rowsFrom(counts: EntityCount[]): EntityRow[] {
  return counts
    .map((c) => {
      const { en, ar, company } = entityNames(c.entity);
      return { id: c.entity, en, ar, status: company ? 'no status' : c.status, count: c.count };
    })
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** A plain-text table; columns padded by character count (terminals draw Arabic letters one cell wide). */
export function formatTable(rows: EntityRow[]): string {
  const head = ['id', 'English name', 'Arabic name', 'status', 'count'];
  const cells = rows.map((r) => [r.id, r.en, r.ar, r.status, String(r.count)]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]!].length)));
  const line = (c: string[]) =>
    c.map((cell, i) => (i === 4 ? cell.padStart(widths[i]!) : pad(cell, widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

function formatPage(report: PageReport): string {
  const out = [`\n■ ${report.page}  ${report.url}`];
  out.push(report.rows.length ? indent(formatTable(report.rows)) : '  (no entities found)');
  const found = report.expected.length - report.missing.length;
  out.push(`  ${found} of ${report.expected.length} expected entities found.`);
  if (report.missing.length) out.push(`  missing: ${report.missing.join(', ')}`);
  if (report.unexpected.length) out.push(`  not expected here: ${report.unexpected.join(', ')}`);
  if (report.wrongHighlights.length) {
    out.push(`  highlighted where it should not be: ${report.wrongHighlights.join(' · ')}`);
  } else if (report.painted > 0) {
    out.push('  look-alike words and form fields left alone.');
  }
  if (report.claims.length) {
    out.push('  claims the page makes about openness:');
    for (const c of report.claims) out.push(`    ${c.entity}: "${c.cue}" → ${c.claim}, ${c.verdict ?? 'not judged'}`);
  }
  for (const p of report.problems) out.push(`  ! ${p}`);
  return out.join('\n');
}

/** A path relative to the current folder when it lies inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

// ---------------------------------------------------------------------------
// In-page probes. They run in the page's main world, so they use only the DOM.

type ProbeArg =
  | { op: 'count' }
  | { op: 'wrong'; untouched: string[]; lookalikes: Array<{ phrase: string; word: string }> }
  | { op: 'point' }
  | { op: 'card'; hostAttr: string };

/**
 * One self-contained function sent to the page (so its helpers travel with it):
 * - count: how many mentions are painted;
 * - wrong: painted mentions where the page says none should be;
 * - point: scrolls the first mention in the article's prose (outside links, so a
 *   click would not navigate; an assessed one if any) to mid-view and returns its centre;
 * - card: the in-page card's host tag name while the card shows, else null.
 */
function demoProbe(arg: ProbeArg): unknown {
  // Mentions are painted as CSS highlights named "ol-<status>", or wrapped in
  // <ol-mark> where CSS highlights are missing.
  const ranges = (): Range[] => {
    const out: Range[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    registry?.forEach((h, name) => {
      // The status highlights only: the overstated-claim and current-mention marks lie over them.
      if (!name.startsWith('ol-') || name === 'ol-overstated' || name === 'ol-current') return;
      h.forEach((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push(live);
      });
    });
    document.querySelectorAll('ol-mark').forEach((el) => {
      const live = document.createRange();
      live.selectNodeContents(el);
      out.push(live);
    });
    return out.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  };
  const overlaps = (a: Range, b: Range) =>
    a.compareBoundaryPoints(Range.START_TO_END, b) > 0 && a.compareBoundaryPoints(Range.END_TO_START, b) < 0;
  const shows = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };

  if (arg.op === 'count') return ranges().length;

  if (arg.op === 'wrong') {
    const all = ranges();
    const wrong: string[] = [];
    for (const selector of arg.untouched) {
      for (const el of document.querySelectorAll(selector)) {
        for (const r of all) if (el.contains(r.startContainer)) wrong.push(`"${r.toString()}" in ${selector}`);
      }
    }
    for (const { phrase, word } of arg.lookalikes) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(phrase);
        if (at < 0) continue;
        const target = document.createRange();
        target.setStart(node, at + phrase.indexOf(word));
        target.setEnd(node, at + phrase.indexOf(word) + word.length);
        for (const r of all) if (overlaps(r, target)) wrong.push(`"${r.toString()}" in "${phrase}"`);
      }
    }
    return wrong;
  }

  if (arg.op === 'point') {
    // Prefer a mention with an assessed status: its card has the most to show.
    const unknown = new Set<Range>();
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    const unknownRanges = [...(registry?.get('ol-unknown') ?? [])];
    const all = ranges();
    for (const r of all) {
      if (unknownRanges.some((u) => u.startContainer === r.startContainer && u.startOffset === r.startOffset)) unknown.add(r);
    }
    const inProse = all.filter((r) => {
      const el = r.startContainer.parentElement;
      return !!el?.closest('article p') && !el.closest('a');
    });
    const range = inProse.find((r) => !unknown.has(r)) ?? inProse[0] ?? all[0];
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
  }

  // op === 'card'. The demo pages have no custom elements or shadow roots of
  // their own, so any such element is the extension's.
  const hosts = [...document.querySelectorAll('*')].filter(
    (el) => el.hasAttribute(arg.hostAttr) || el.shadowRoot || (el.tagName.includes('-') && el.localName !== 'ol-mark'),
  );
  for (const host of hosts) {
    const inner = host.shadowRoot ? [...host.shadowRoot.querySelectorAll('*')] : [];
    if (shows(host) || inner.some(shows)) return host.localName;
  }
  return null;
}

/**
 * tsx (esbuild with keepNames) wraps named inner functions in `__name(...)`,
 * which does not exist in the page a probe is sent to; this no-op stands in.
 */
const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

/** Each probe is bounded too: a page that stops answering must not hang the run. */
function runProbe<R>(page: TestPage, arg: ProbeArg): Promise<R> {
  return within(WAIT.step, `the page stopped answering (${arg.op})`, page.evaluate(demoProbe, arg) as Promise<R>);
}

const probe = {
  count: (page: TestPage) => runProbe<number>(page, { op: 'count' }),
  wrong: (page: TestPage, spec: DemoPageSpec) =>
    runProbe<string[]>(page, { op: 'wrong', untouched: spec.untouched, lookalikes: spec.lookalikes }),
  point: (page: TestPage) => runProbe<{ x: number; y: number; text: string } | null>(page, { op: 'point' }),
};

// ---------------------------------------------------------------------------
// Headless flow

export interface HeadlessOptions {
  browser?: BrowserName;
  /** Where screenshots go; default <output>/demo. */
  shotsDir?: string;
  log?: (line: string) => void;
}

export async function runHeadlessDemo(options: HeadlessOptions = {}): Promise<DemoReport> {
  const name = options.browser ?? 'chromium';
  const log = options.log ?? ((line: string) => console.log(line));
  const shotsDir = options.shotsDir ?? resolve(outDir(), 'demo');
  mkdirSync(shotsDir, { recursive: true });
  const server = await startPageServer();
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await within(WAIT.launch, `${name} did not start`, launch(name));
    log(`${name} ${browser.version} with the extension loaded; demo pages at ${server.url('/demo/')}`);
    const pages: PageReport[] = [];
    for (const spec of readDemoSpecs()) {
      const report = await checkPage(browser, server, spec, shotsDir);
      log(formatPage(report));
      pages.push(report);
    }
    const shots = pages.flatMap((p) => p.screenshots);
    log(`\nScreenshots (${shots.length}) in ${shown(shotsDir)}/:`);
    for (const s of shots) log(`  ${shown(s)}`);
    return { browser: `${name} ${browser.version}`, pages, shotsDir };
  } finally {
    await within(WAIT.step, 'closing the browser', browser?.dispose() ?? Promise.resolve()).catch(() => {});
    await server.close();
  }
}

async function checkPage(
  browser: ExtensionBrowser,
  server: PageServer,
  spec: DemoPageSpec,
  shotsDir: string,
): Promise<PageReport> {
  const base = spec.page.replace(/\.html$/, '');
  const url = server.url(`/demo/${spec.page}`);
  const problems: string[] = [];
  const screenshots: string[] = [];
  // Show the card, popup and options in the page's own language.
  await within(WAIT.step, 'setting the interface language', setUiLanguage(browser, spec.lang));
  const page = await browser.newPage();
  await page.setViewport(1280, 900);
  await page.addInitScript(NAME_SHIM);
  await within(WAIT.step, `${spec.page} did not load`, page.goto(url));

  const painted = await settleHighlights(page);
  if (painted === 0) problems.push(`no highlights appeared within ${secs(WAIT.highlights)}`);
  const wrongHighlights = await probe.wrong(page, spec);

  const pageShot = join(shotsDir, `${base}.png`);
  await within(WAIT.step, 'full-page screenshot timed out', page.screenshot(pageShot, true));
  screenshots.push(pageShot);

  const tabId = await within(WAIT.step, 'tab id not found', browser.tabIdOf(page));
  const cardShot = await captureCard(page, join(shotsDir, `${base}-card.png`), problems);
  if (cardShot) screenshots.push(cardShot);
  const darkShot = cardShot ? await captureDarkCard(page, join(shotsDir, `${base}-card-dark.png`)) : null;
  if (darkShot) screenshots.push(darkShot);

  const popup = await within(WAIT.step, 'the popup did not open', browser.openPopup(tabId));
  const summary = await readSummary(popup, tabId, problems);
  await popup.close();
  const claimShot = await captureClaimCard(browser, page, tabId, summary, join(shotsDir, `${base}-claim-card.png`));
  if (claimShot) screenshots.push(claimShot);
  screenshots.push(...(await capturePopupAndPanel(browser, tabId, join(shotsDir, base), problems)));
  const optionsShot = await captureOptions(browser, join(shotsDir, `${base}-options.png`), problems);
  if (optionsShot) screenshots.push(optionsShot);
  await page.close();

  for (const e of page.errors()) problems.push(`page error: ${e}`);
  const rows = rowsFrom(summary?.entities ?? []);
  const found = new Set(rows.map((r) => r.id));
  return {
    page: spec.page,
    url,
    expected: spec.entities,
    rows,
    missing: spec.entities.filter((id) => !found.has(id)),
    unexpected: rows.map((r) => r.id).filter((id) => !spec.entities.includes(id)),
    painted,
    wrongHighlights,
    claims: summary?.claims ?? [],
    screenshots,
    problems,
  };
}

/** Sets the extension's interface language (the same setting as Options → Language). */
async function setUiLanguage(browser: ExtensionBrowser, lang: 'en' | 'ar'): Promise<void> {
  await browser.evalInExtension(async (language) => {
    const g = globalThis as { browser?: any; chrome?: any };
    const api = g.browser ?? g.chrome;
    const stored = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...(stored.settings ?? {}), language } });
  }, lang);
}

/**
 * The popup (its list, and an entity's view) and the side panel, in light
 * and dark, as `<prefix>-popup.png`, `-popup-dark.png`, `-popup-detail.png`,
 * `-sidepanel.png` and `-sidepanel-dark.png`. Dark mode is emulated in
 * Chromium only; elsewhere the light shots are taken.
 */
async function capturePopupAndPanel(browser: ExtensionBrowser, tabId: number, prefix: string, problems: string[]): Promise<string[]> {
  const shots: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const suffix = scheme === 'dark' ? '-dark' : '';
    const popup = await within(WAIT.step, 'the popup did not open', browser.openPopup(tabId));
    if (!(await emulateScheme(popup, scheme))) {
      await popup.close();
      break;
    }
    await popup.setViewport(400, 600);
    const listed = await waitUntil(popup, () => document.querySelectorAll('[data-entity]').length > 0, WAIT.popup);
    if (!listed) problems.push(`the popup listed no entities within ${secs(WAIT.popup)}`);
    await within(WAIT.step, 'popup screenshot timed out', popup.screenshot(`${prefix}-popup${suffix}.png`));
    shots.push(`${prefix}-popup${suffix}.png`);
    if (listed && scheme === 'light') {
      await popup.evaluate(() => (document.querySelector('li[data-entity] .ol-entity-open') as HTMLElement).click());
      await waitUntil(popup, () => document.querySelector('[data-entity-detail]') !== null, WAIT.popup);
      await within(WAIT.step, 'popup screenshot timed out', popup.screenshot(`${prefix}-popup-detail.png`));
      shots.push(`${prefix}-popup-detail.png`);
    }
    await popup.close();

    const panel = await within(WAIT.step, 'the side panel did not open', browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`));
    await emulateScheme(panel, scheme);
    await panel.setViewport(360, 800);
    if (!(await waitUntil(panel, () => document.querySelector('[data-panel-entity]') !== null, WAIT.popup))) {
      problems.push(`the side panel listed no mentions within ${secs(WAIT.popup)}`);
    }
    await within(WAIT.step, 'side panel screenshot timed out', panel.screenshot(`${prefix}-sidepanel${suffix}.png`));
    shots.push(`${prefix}-sidepanel${suffix}.png`);
    await panel.close();
  }
  return shots;
}

/** Emulates light or dark mode in Chromium; false where the driver cannot. */
async function emulateScheme(page: TestPage, scheme: 'light' | 'dark'): Promise<boolean> {
  const raw = playwrightPageOf(page);
  if (!raw) return scheme === 'light';
  await raw.emulateMedia({ colorScheme: scheme });
  return true;
}

/** A screenshot of the options page with the knowledge base listed. */
async function captureOptions(browser: ExtensionBrowser, path: string, problems: string[]): Promise<string | null> {
  const options = await within(WAIT.step, 'the options page did not open', browser.openExtensionPage('options.html#entity=gpt-oss-120b'));
  await options.setViewport(1280, 900);
  const listed = await waitUntil(options, () => document.querySelectorAll('[data-entity]').length > 5, WAIT.popup);
  if (!listed) {
    problems.push(`the options page listed no entities within ${secs(WAIT.popup)}`);
    await options.close();
    return null;
  }
  // Opening an entry scrolls it into view; show the page from its header.
  await options.evaluate(() => window.scrollTo(0, 0));
  await within(WAIT.step, 'options screenshot timed out', options.screenshot(path));
  await options.close();
  return path;
}

/** Waits until the number of painted mentions is non-zero and holds still; returns it (0 if none came). */
async function settleHighlights(page: TestPage): Promise<number> {
  const deadline = Date.now() + WAIT.highlights;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const n = await probe.count(page);
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n > 0 && Date.now() - stableSince >= WAIT.settle) {
      return n;
    }
    await sleep(200);
  }
  return Math.max(last, 0);
}

/** The tab's summary from the background, asked from the popup page (it has the runtime API). */
async function readSummary(popup: TestPage, tabId: number, problems: string[]): Promise<TabSummary | null> {
  const ask = () =>
    popup.evaluate(async (id: number) => {
      const g = globalThis as unknown as { browser?: any; chrome?: any };
      const api = g.browser ?? g.chrome;
      try {
        return (await api.runtime.sendMessage({ type: 'getTabSummary', tabId: id })) as TabSummary | null;
      } catch (e) {
        return { error: String(e) } as unknown as TabSummary;
      }
    }, tabId);
  const deadline = Date.now() + WAIT.summary;
  let last: TabSummary | null = null;
  let lastKey = '';
  while (Date.now() < deadline) {
    const summary = await within(WAIT.summary, 'no answer', ask()).catch(
      (e: Error) => ({ error: e.message }) as unknown as TabSummary,
    );
    const error = (summary as unknown as { error?: string } | null)?.error;
    if (error) {
      problems.push(`the background did not answer getTabSummary: ${error}`);
      return null;
    }
    // The claims follow the mentions by a moment: they count towards a settled answer too.
    const key = JSON.stringify([summary?.entities ?? null, summary?.claims?.length ?? 0]);
    // Two equal, non-empty answers in a row: the frames have reported.
    if (summary?.entities.length && key === lastKey) return summary;
    last = summary;
    lastKey = key;
    await sleep(400);
  }
  if (!last?.entities.length) problems.push(`the tab summary listed no entities within ${secs(WAIT.summary)}`);
  return last;
}

/** Hovers the first mention in the article, waits for the card and saves the view; clicks if hovering is not enough. */
async function captureCard(page: TestPage, path: string, problems: string[]): Promise<string | null> {
  await page.bringToFront();
  const point = await probe.point(page);
  if (!point) {
    problems.push('no highlighted mention to hover, so no card screenshot');
    return null;
  }
  await sleep(300); // let the scroll finish before moving the mouse
  await page.mouseMove(point.x - 40, point.y);
  await page.mouseMove(point.x, point.y);
  let open = await waitUntil(page, demoProbe, WAIT.card, CARD_PROBE);
  if (!open) {
    await page.click(point.x, point.y);
    open = await waitUntil(page, demoProbe, WAIT.card, CARD_PROBE);
  }
  if (!open) {
    problems.push(`card did not open within ${secs(WAIT.card)} of hovering "${point.text}" (nor after a click)`);
    return null;
  }
  await sleep(300); // the card may fade in
  await within(WAIT.step, 'card screenshot timed out', page.screenshot(path));
  return path;
}

/** The open card again with the reader's colour scheme set to dark (Chromium only: Playwright emulates the media query). */
/** The card of the first mention the page overstates, which leads with the page's claim beside the record. */
async function captureClaimCard(browser: ExtensionBrowser, page: TestPage, tabId: number, summary: TabSummary | null, path: string): Promise<string | null> {
  const claim = summary?.claims?.find((c) => c.verdict === 'overstated');
  if (!claim) return null;
  await page.bringToFront();
  await browser
    .evalInExtension(
      ([id, entity, index]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'jumpToMention', entity, index }, { frameId: 0 }),
      [tabId, claim.entity, claim.index] as const,
    )
    .catch(() => false);
  const shown = await waitUntil(page, () => !!document.querySelector('openness-lens-card')?.shadowRoot?.querySelector('.page-claim'), WAIT.step);
  if (!shown) return null;
  await sleep(300); // the current-mention mark and the scroll settle
  await within(WAIT.step, 'claim card screenshot timed out', page.screenshot(path));
  return path;
}

async function captureDarkCard(page: TestPage, path: string): Promise<string | null> {
  const raw = playwrightPageOf(page);
  if (!raw) return null;
  await raw.emulateMedia({ colorScheme: 'dark' });
  await sleep(200);
  await within(WAIT.step, 'dark card screenshot timed out', page.screenshot(path));
  await raw.emulateMedia({ colorScheme: 'light' });
  return path;
}

/** Polls `fn` in the page until it is truthy or `ms` pass; true if it became truthy. */
async function waitUntil<A>(page: TestPage, fn: (arg: A) => unknown, ms: number, arg?: A): Promise<boolean> {
  try {
    await page.waitFor(fn, arg as A, ms);
    return true;
  } catch {
    return false;
  }
}

function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} (after ${secs(ms)})`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const secs = (ms: number) => `${ms / 1000} s`;

// ---------------------------------------------------------------------------
// Headed flow: a normal window the user drives

/** Opens a Chromium window on the demo index and resolves when the user closes it (or presses Ctrl-C). */
export async function openDemoWindow(server: PageServer, headless = false): Promise<void> {
  // Listen for Ctrl-C from the start, so one pressed while Chromium starts still cleans up.
  const interrupted = new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  const extensionDir = builtExtensionDir('chromium');
  const profileDir = mkdtempSync(join(tmpdir(), 'ol-start-'));
  // The sandbox only needs turning off when running as root (containers).
  const args = chromiumArgs(extensionDir).filter(
    (a) => (a !== '--no-sandbox' || process.getuid?.() === 0) && a !== '--disable-gpu',
  );
  try {
    const context = await within(
      WAIT.launch,
      'Chromium did not start',
      chromium.launchPersistentContext(profileDir, {
        executablePath: findChromium(),
        headless,
        args,
        // No "controlled by automated software" bar: this window is for a person.
        ignoreDefaultArgs: ['--enable-automation'],
        viewport: null,
        // Ctrl-C is handled here, so the window closes and the profile is removed.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      }),
    );
    const closed = new Promise<void>((done) => context.on('close', () => done()));
    const url = server.url('/demo/index.html');
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    console.log(`\nDemo pages: ${url}`);
    console.log('Names of AI models and companies are underlined by status; hover or click one for its card.');
    console.log("The extension's button is under the puzzle-piece icon in the toolbar (pin it to keep it in view).");
    console.log('Close the window or press Ctrl-C to stop.');
    await Promise.race([closed, interrupted]);
    await context.close().catch(() => {});
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** Firefox in a normal window: web-ext runs it with the extension installed temporarily. */
async function openFirefoxWindow(server: PageServer): Promise<void> {
  const url = server.url('/demo/index.html');
  console.log(`\nDemo pages: ${url}\nClose Firefox or press Ctrl-C to stop.`);
  const child = spawn(
    'npx',
    ['web-ext', 'run', '--source-dir', builtExtensionDir('firefox'), '--firefox', findFirefox(), '--start-url', url, '--no-reload'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  await new Promise<void>((done) => {
    child.on('exit', () => done());
    process.once('SIGINT', () => child.kill('SIGINT'));
  });
}

// ---------------------------------------------------------------------------
// Command line

interface Flags {
  browser: BrowserName;
  headless: boolean;
  build: boolean;
}

export function parseFlags(argv: string[], env: NodeJS.ProcessEnv = process.env): Flags {
  const hasDisplay = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  return {
    browser: argv.includes('--firefox') ? 'firefox' : 'chromium',
    headless: argv.includes('--headless') || !hasDisplay,
    build: !argv.includes('--no-build'),
  };
}

function build(browser: BrowserName): void {
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  console.log(`Building the extension (npx ${args.join(' ')})…`);
  const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed (see above)');
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(readFileSync(import.meta.filename, 'utf8').split('*/')[0]!.replace(/^\/\*\*|^ \* ?/gm, ''));
    return 0;
  }
  const flags = parseFlags(argv);
  try {
    // Find the browser first, so a missing one is reported before a build.
    if (flags.browser === 'firefox') findFirefox();
    else findChromium();
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  try {
    if (flags.build) build(flags.browser);
    if (flags.headless) {
      const why = process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? '--headless' : 'no display found';
      console.log(`Running headless (${why}).`);
      await runHeadlessDemo({ browser: flags.browser });
      if (why !== '--headless') console.log('\nOn a machine with a display, npm start opens the demo in a browser window instead.');
      return 0;
    }
    const server = await startPageServer();
    try {
      await (flags.browser === 'firefox' ? openFirefoxWindow(server) : openDemoWindow(server));
    } finally {
      await server.close();
    }
    return 0;
  } catch (e) {
    console.error(`npm start failed: ${(e as Error).message}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then((code) => process.exit(code));
}
