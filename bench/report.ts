/**
 * Turning sections into results.json, a console table and a markdown table,
 * with each target shown beside its figure as pass or miss.
 */
import type { MachineInfo } from './machine';
import type { Section } from './result';

export interface Target {
  key: string;
  op: '>=' | '<=';
  value: number;
}

export const TARGETS: Target[] = [
  { key: 'matcher.vsNaive', op: '>=', value: 10 },
  { key: 'matcher.senseCostPct', op: '<=', value: 10 },
  { key: 'matcher.senses.offTopicFalsePer1000Words', op: '<=', value: 0.5 },
  { key: 'matcher.senses.newsPrecision', op: '>=', value: 0.99 },
  { key: 'page.vsMarkjs', op: '>=', value: 10 },
  { key: 'scaling.minMbPerSec', op: '>=', value: 100 },
  { key: 'scaling.spreadPct', op: '<=', value: 10 },
  { key: 'scaling.vsNaiveAt1000', op: '>=', value: 10 },
  { key: 'page.cpuVsTreeWalker', op: '<=', value: 3 },
  { key: 'page.recalcStyleDeltaPct', op: '<=', value: 10 },
  { key: 'page.longestTaskMs', op: '<=', value: 50 },
  { key: 'dynamic.batchP95Ms', op: '<=', value: 4 },
  { key: 'extension.firstHighlightMs', op: '<=', value: 50 },
  { key: 'contentScript.bytes', op: '<=', value: 102_400 },
  { key: 'memory.heapDeltaMB', op: '<=', value: 2 },
  { key: 'hostile.longestTaskMs', op: '<=', value: 50 },
  { key: 'claims.heldOutPrecision', op: '>=', value: 0.95 },
  { key: 'claims.heldOutRecall', op: '>=', value: 0.9 },
  { key: 'claims.heldOutFlaggedNoClaim', op: '<=', value: 0 },
];

/** The rows of the table, in order: [key, unit, what it is]. */
export const ROWS: [string, string, string][] = [
  ['matcher.mbPerSec', 'MB/s', 'scanner throughput, Node, mixed ar/en corpus'],
  ['matcher.vsNaive', '×', 'scanner speed ÷ one-RegExp-per-alias loop'],
  ['matcher.agreement.ratio', '', 'Latin mentions both find ÷ all Latin mentions'],
  ['matcher.withSensesMbPerSec', 'MB/s', 'scanner + sense decision, as the extension runs them'],
  ['matcher.senseCostPct', '%', 'time the sense decision adds to the scan'],
  ['matcher.senses.offTopicFalsePer1000Words', '/1k words', 'false highlights, held-out off-topic sentences (ar+en), read as pages'],
  ['matcher.senses.newsPrecision', '', 'kept mentions a reader expects ÷ kept, news corpus read as pages'],
  ['matcher.senses.newsRecall', '', 'expected mentions kept ÷ expected (scanner alone: newsRecallBefore)'],
  ['scaling.minMbPerSec', 'MB/s', 'slowest scanner throughput from 100 to 20,000 aliases'],
  ['scaling.spreadPct', '%', '(fastest − slowest) ÷ fastest over those sizes'],
  ['scaling.vsNaiveAt1000', '×', 'scanner speed ÷ one-RegExp-per-alias loop, at 1,000 aliases'],
  ['page.annotateMs', 'ms', 'annotator, whole large page, scan + paint (wall time, pauses included)'],
  ['page.cpuMs', 'ms', 'annotator main-thread script time: the sum of its work slices'],
  ['page.scriptDurationMs', 'ms', 'CDP ScriptDuration while annotating, minus an idle wait of the same length (cross-check)'],
  ['page.layoutDurationMs', 'ms', 'CDP LayoutDuration over the same span: layout the annotator forces by reading positions'],
  ['page.recalcStyleDurationMs', 'ms', 'CDP RecalcStyleDuration over the same span'],
  ['page.taskDurationMs', 'ms', 'CDP TaskDuration over the same span: all main-thread work'],
  ['page.treeWalkerMs', 'ms', 'bare TreeWalker reading every text node'],
  ['page.markjsMs', 'ms', 'mark.js with the same aliases'],
  ['page.cpuVsTreeWalker', '×', 'cpuMs ÷ treeWalkerMs (CPU against CPU)'],
  ['page.vsTreeWalker', '×', 'annotateMs ÷ treeWalkerMs (wall time, for reference)'],
  ['page.vsMarkjs', '×', 'markjsMs ÷ annotateMs'],
  ['page.longestTaskMs', 'ms', 'longest main-thread task while annotating'],
  ['page.annotateToFrameMs', 'ms', 'annotation done → next frame drawn'],
  ['page.styleRecalcMs', 'ms', 'one full restyle of the page, with the highlight sheet'],
  ['page.styleRecalcNoSheetMs', 'ms', 'the same restyle without it (baseline)'],
  ['page.recalcStyleDeltaMs', 'ms', 'styleRecalcMs − styleRecalcNoSheetMs'],
  ['page.recalcStyleDeltaPct', '%', 'that delta ÷ styleRecalcNoSheetMs'],
  ['dynamic.batchP95Ms', 'ms', 'p95 time to apply one batch of 50 added paragraphs'],
  ['dynamic.longTaskMaxMs', 'ms', 'longest task while the feed grows (page rendering included)'],
  ['dynamic.baselineLongTaskMaxMs', 'ms', 'the same appends without the extension (baseline)'],
  ['extension.firstHighlightMs', 'ms', 'DOMContentLoaded → first highlight, built extension'],
  ['extension.firstPaintMs', 'ms', "DOMContentLoaded → the page's first contentful paint, same loads"],
  ['extension.baselineFirstPaintMs', 'ms', 'the same without the extension (baseline): no highlight can be seen before it'],
  ['extension.firstHighlightAfterPaintMs', 'ms', 'first highlight − first contentful paint, per load (≤ 0: in the first frame)'],
  ['extension.newsTaskDeltaMs', 'ms', 'main-thread time (CDP TaskDuration) a load of a 30 KB-text news page costs, with minus without the extension'],
  ['extension.newsNonLayoutDeltaMs', 'ms', 'the same, layout and style left out (they vary by load)'],
  ['extension.newsScriptDeltaMs', 'ms', 'the same, CDP ScriptDuration only (misses work run in microtasks)'],
  ['extension.demoEnNonLayoutDeltaMs', 'ms', 'non-layout main-thread time, with minus without, English demo page'],
  ['extension.demoArNonLayoutDeltaMs', 'ms', 'the same, Arabic demo page'],
  ['contentScript.bytes', 'B', 'every content script file the manifest injects, JS + CSS'],
  ['memory.heapDeltaMB', 'MB', 'JS heap growth after annotating the large page'],
  ['hostile.longestTaskMs', 'ms', 'longest task after DOMContentLoaded, hostile pages, extension on'],
  ['hostile.baselineLongestTaskMs', 'ms', 'the same pages without the extension (baseline)'],
  ['claims.precision', '', 'overstatement flags right ÷ all flags, claim corpus'],
  ['claims.recall', '', 'overstated claims flagged ÷ all overstated claims, claim corpus'],
  ['claims.baselinePrecision', '', 'the same for a keyword baseline (any cue → every name in the sentence)'],
  ['claims.baselineRecall', '', 'the same for the keyword baseline'],
  ['claims.heldOutPrecision', '', 'precision on the held-out slice'],
  ['claims.heldOutRecall', '', 'recall on the held-out slice'],
  ['claims.baselineHeldOutPrecision', '', 'keyword baseline precision, held-out slice'],
  ['claims.baselineHeldOutRecall', '', 'keyword baseline recall, held-out slice'],
  ['claims.heldOutFlaggedNoClaim', '', 'held-out sentences without a claim that got a flag'],
];

export interface Results {
  mode: 'full' | 'quick';
  machine: MachineInfo;
  [section: string]: unknown;
  targets: { key: string; target: string; value: number | null; pass: boolean | null }[];
  notes: string[];
  failures: string[];
}

export function lookup(results: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), results);
}

export function assemble(mode: 'full' | 'quick', machine: MachineInfo, sections: Section[]): Results {
  const results: Results = { mode, machine, targets: [], notes: [], failures: [] };
  for (const s of sections) {
    results[s.name] = { ...((results[s.name] as object) ?? {}), ...s.figures };
    results.notes.push(...s.notes);
    if (s.failure) results.failures.push(s.failure);
  }
  for (const t of TARGETS) {
    const v = lookup(results, t.key);
    const value = typeof v === 'number' && Number.isFinite(v) ? v : null;
    const pass = value === null ? null : t.op === '>=' ? value >= t.value : value <= t.value;
    results.targets.push({ key: t.key, target: `${t.op} ${t.value}`, value, pass });
  }
  return results;
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return 'n/a';
  if (typeof v === 'number') return v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return String(v);
}

function tableRows(results: Results): string[][] {
  return ROWS.map(([key, unit, what]) => {
    const t = results.targets.find((x) => x.key === key);
    const verdict = !t ? '' : t.pass === null ? 'n/a' : t.pass ? 'pass' : 'MISS';
    return [key, cell(lookup(results, key)), unit, t ? t.target : '', verdict, what];
  });
}

const HEADER = ['figure', 'value', 'unit', 'target', '', 'what'];

export function consoleTable(results: Results): string {
  const rows = [HEADER, ...tableRows(results)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r.map((v, c) => (c === 1 ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function machineLine(m: MachineInfo): string {
  const load = `load ${m.loadAverage}${m.loadAverageEnd === undefined ? '' : `→${m.loadAverageEnd}`}`;
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB · ${m.os} · Node ${m.node} · ${m.chromium} · ${m.date} · commit ${m.commit} · ${load}`;
}

export function markdownTable(results: Results): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const rows = tableRows(results).map((r) => `| \`${r[0]}\` | ${r[1]} ${r[2]} | ${r[3]} | ${r[4]} | ${esc(r[5]!)} |`);
  return [
    `Measured ${results.mode === 'quick' ? '(quick run, smaller inputs) ' : ''}on ${machineLine(results.machine)}.`,
    '',
    '| figure | value | target | | what |',
    '|---|---:|---|---|---|',
    ...rows,
  ].join('\n');
}
