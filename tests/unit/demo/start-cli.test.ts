/**
 * `npm start`'s choices and printout that do not need a browser: when it runs
 * headless, and the table of entities it prints.
 */
import { describe, expect, it } from 'vitest';
import { formatTable, parseFlags, rowsFrom } from '../../../scripts/start';

describe('npm start flags', () => {
  it('opens a window when a display is there, and runs headless without one or with --headless', () => {
    expect(parseFlags([], { DISPLAY: ':0' }).headless).toBe(false);
    expect(parseFlags([], { WAYLAND_DISPLAY: 'wayland-0' }).headless).toBe(false);
    expect(parseFlags([], {}).headless).toBe(true);
    expect(parseFlags(['--headless'], { DISPLAY: ':0' }).headless).toBe(true);
  });

  it('uses Chromium unless --firefox is given, and builds unless --no-build is given', () => {
    expect(parseFlags([], {})).toMatchObject({ browser: 'chromium', build: true });
    expect(parseFlags(['--firefox', '--no-build'], {})).toMatchObject({ browser: 'firefox', build: false });
  });
});

describe('the printed table', () => {
  const rows = rowsFrom([
    { entity: 'qwen', count: 3, status: 'open-weights' },
    { entity: 'openai', count: 5, status: 'unknown' },
    { entity: 'no-such-entity', count: 1, status: 'closed' },
  ]);

  it('names each entity in English and Arabic from the knowledge base, most mentioned first', () => {
    expect(rows.map((r) => [r.id, r.en, r.ar])).toEqual([
      ['openai', 'OpenAI', 'أوبن إيه آي'],
      ['qwen', 'Qwen', 'كوين'],
      ['no-such-entity', '—', '—'],
    ]);
  });

  it('lines its columns up, with the counts right-aligned', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines[0]).toMatch(/^id\s+English name\s+Arabic name\s+status\s+count$/);
    const statusAt = lines[0]!.indexOf('status');
    for (const line of lines.slice(2)) {
      expect([...line].length, line).toBe([...lines[0]!].length);
      expect(line.slice(statusAt), line).toMatch(/^(no status|open-weights|closed)\s+\d$/);
    }
  });

  it('gives a company no status of its own', () => {
    expect(rows.find((r) => r.id === 'openai')!.status).toBe('no status');
    expect(rows.find((r) => r.id === 'qwen')!.status).toBe('open-weights');
  });
});
