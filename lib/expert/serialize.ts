/**
 * Deterministic JSON for the expert files: keys sorted, no spacing, and one
 * record per line so a refresh reads as a reviewable diff. The same data
 * always gives the same bytes.
 */
import { compareText } from './source-meta';

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareText(a, b))
      .map(([k, v]) => [k, sortDeep(v)]),
  );
}

/** `{"records":[` … one record per line … `]}` with every other key compact. */
export function serializeExpert(data: { records: readonly unknown[] } & Record<string, unknown>): string {
  const { records, ...rest } = data;
  const head = JSON.stringify(sortDeep(rest)).slice(0, -1);
  const open = head === '{' ? '{"records":[' : `${head},"records":[`;
  const lines = records.map((r) => JSON.stringify(sortDeep(r)));
  return `${open}\n${lines.join(',\n')}\n]}\n`;
}

/** A flat string map, one entry per line, keys sorted. */
export function serializeTable(table: Record<string, Record<string, string>>): string {
  const groups = Object.keys(table)
    .sort(compareText)
    .map((group) => {
      const entries = Object.entries(table[group] ?? {})
        .sort(([a], [b]) => compareText(a, b))
        .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      return `${JSON.stringify(group)}: {\n${entries.join(',\n')}\n}`;
    });
  return `{\n${groups.join(',\n')}\n}\n`;
}
