import { describe, expect, it } from 'vitest';
import { assemble, consoleTable, markdownTable } from '../../../bench/report';
import type { MachineInfo } from '../../../bench/machine';

const machine: MachineInfo = {
  cpu: 'Test CPU',
  cores: 2,
  memoryGB: 24,
  os: 'Linux',
  node: 'v20',
  chromium: 'Chromium 1',
  date: '2025-08-05T00:00:00Z',
  commit: 'abc1234',
  loadAverage: 0.5,
};

describe('bench report', () => {
  const results = assemble('quick', machine, [
    { name: 'matcher', figures: { mbPerSec: 40, vsNaive: 12.5 }, notes: [] },
    { name: 'page', figures: { vsMarkjs: 4, cpuVsTreeWalker: 2.5 }, notes: ['page: partial'] },
    { name: 'dynamic', figures: {}, notes: ['dynamic: n/a (not built yet)'] },
  ]);

  it('judges each target as pass, miss, or n/a when the figure is missing', () => {
    const verdict = Object.fromEntries(results.targets.map((t) => [t.key, t.pass]));
    expect(verdict['matcher.vsNaive']).toBe(true);
    expect(verdict['page.vsMarkjs']).toBe(false);
    expect(verdict['page.cpuVsTreeWalker']).toBe(true);
    expect(verdict['dynamic.batchP95Ms']).toBeNull();
    expect(results.notes).toEqual(['page: partial', 'dynamic: n/a (not built yet)']);
  });

  it('prints missing figures as n/a, never as a number', () => {
    const table = consoleTable(results);
    expect(table).toMatch(/dynamic\.batchP95Ms\s+n\/a/);
    expect(table).toMatch(/page\.vsMarkjs\s+4\s+×\s+>= 10\s+MISS/);
    const md = markdownTable(results);
    expect(md).toContain('| `matcher.vsNaive` | 12.5 × | >= 10 | pass |');
    expect(md).toContain('Test CPU, 2 cores');
  });
});
