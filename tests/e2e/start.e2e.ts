/**
 * `npm start` without a display: the demo pages are checked in a real browser
 * with the built extension, a table of what was found is printed, and
 * screenshots are saved. This runs the same function the command runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { e2eBrowsers } from '../../harness';
import { readDemoSpecs, runHeadlessDemo, type DemoReport } from '../../scripts/start';
import { STATUSES } from '../../lib/kb/schema';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header, or null when the file is not a PNG. */
function pngSize(path: string): { width: number; height: number } | null {
  const bytes = readFileSync(path);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The printed lines of one page's section, from its "■ page" heading to the next section. */
function sectionOf(output: string, page: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`■ ${page} `));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && (l.startsWith('■ ') || l.startsWith('Screenshots')));
  return lines.slice(start, end < 0 ? undefined : end);
}

describe.each(e2eBrowsers())('npm start, headless, in %s', (browserName) => {
  const specs = readDemoSpecs();
  let shotsDir: string;
  let report: DemoReport;
  let output = '';

  beforeAll(async () => {
    shotsDir = mkdtempSync(join(tmpdir(), 'ol-start-shots-'));
    const lines: string[] = [];
    report = await runHeadlessDemo({ browser: browserName, shotsDir, log: (l) => lines.push(l) });
    output = lines.join('\n');
  }, 240_000);

  afterAll(() => {
    if (shotsDir) rmSync(shotsDir, { recursive: true, force: true });
  });

  it('prints, for each demo page, a row for every entity the page mentions on purpose', () => {
    for (const spec of specs) {
      const section = sectionOf(output, spec.page);
      expect(section, `no section for ${spec.page}`).not.toHaveLength(0);
      const rows = new Map<string, string[]>();
      for (const line of section) {
        const cells = line.trim().split(/\s{2,}/);
        if (cells.length === 5) rows.set(cells[0]!, cells);
      }
      const listed = spec.entities.filter((id) => rows.has(id));
      expect(listed, `${spec.page}: expected entities in the printed table`).toEqual(spec.entities);
      for (const id of spec.entities) {
        const [, , , status, count] = rows.get(id)!;
        // Companies and organisations carry no status of their own.
        expect([...STATUSES, 'no status']).toContain(status);
        expect(Number(count)).toBeGreaterThanOrEqual(1);
      }
      expect(section.join('\n')).toContain(`${spec.entities.length} of ${spec.entities.length} expected entities found.`);
    }
  });

  it('finds no entity a demo page does not mention', () => {
    for (const page of report.pages) expect(page.unexpected, page.page).toEqual([]);
  });

  it('leaves look-alike words, the comment box and the name field unhighlighted', () => {
    for (const page of report.pages) {
      expect(page.painted, `${page.page}: painted mentions`).toBeGreaterThan(0);
      expect(page.wrongHighlights, page.page).toEqual([]);
    }
  });

  it('saves a full-page, a card, a popup and an options screenshot of each page as PNG images', () => {
    for (const spec of specs) {
      const base = spec.page.replace(/\.html$/, '');
      const full = pngSize(join(shotsDir, `${base}.png`));
      const card = existsSync(join(shotsDir, `${base}-card.png`)) ? pngSize(join(shotsDir, `${base}-card.png`)) : null;
      const popup = pngSize(join(shotsDir, `${base}-popup.png`));
      // The full page is longer than the 900-pixel view (Firefox leaves the
      // scrollbar's width out of it); the popup is phone-sized.
      expect(full?.width, `${base}.png`).toBeGreaterThanOrEqual(1240);
      expect(full!.width).toBeLessThanOrEqual(1280);
      expect(full!.height).toBeGreaterThan(900);
      expect(card, `${base}-card.png`).toEqual({ width: 1280, height: 900 });
      // Chromium also saves the card in dark mode (Playwright emulates the colour scheme there).
      if (browserName === 'chromium') {
        expect(pngSize(join(shotsDir, `${base}-card-dark.png`)), `${base}-card-dark.png`).toEqual({ width: 1280, height: 900 });
      }
      expect(popup, `${base}-popup.png`).toEqual({ width: 400, height: 600 });
      expect(pngSize(join(shotsDir, `${base}-options.png`)), `${base}-options.png`).toEqual({ width: 1280, height: 900 });
    }
    expect(output).toContain(shotsDir);
  });

  it('saves the opened entry in the popup and the side panel, and in Chromium their dark-mode versions', () => {
    // Dark mode is emulated through Chromium's driver only.
    const schemes = browserName === 'chromium' ? ['', '-dark'] : [''];
    for (const spec of specs) {
      const base = spec.page.replace(/\.html$/, '');
      expect(pngSize(join(shotsDir, `${base}-popup-detail.png`)), `${base}-popup-detail.png`).toEqual({ width: 400, height: 600 });
      for (const dark of schemes) {
        expect(pngSize(join(shotsDir, `${base}-sidepanel${dark}.png`)), `${base}-sidepanel${dark}.png`).toEqual({ width: 360, height: 800 });
        if (dark) expect(pngSize(join(shotsDir, `${base}-popup${dark}.png`)), `${base}-popup${dark}.png`).toEqual({ width: 400, height: 600 });
      }
    }
  });

  it('reports nothing that failed to appear in time', () => {
    for (const page of report.pages) expect(page.problems, page.page).toEqual([]);
  });
});
