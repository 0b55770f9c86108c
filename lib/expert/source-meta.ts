/**
 * Shapes shared by both expert importers: where a dataset came from, a
 * problem found in one of its files, and the grade vocabulary.
 */

/** The checkout an import was made from. */
export interface SourceMeta {
  commit: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
}

/** One file that could not be read, or only partly; it never stops the import. */
export interface FileProblem {
  file: string;
  message: string;
}

export const GRADES = ['open', 'partial', 'closed'] as const;
export type Grade = (typeof GRADES)[number];

export type Plain = Record<string, unknown>;

export function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string, or undefined (YAML gives numbers and dates for some fields). */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The first https link in a field that holds one link or a list of them. */
export function firstHttps(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) {
    const link = text(item);
    if (link && /^https:\/\/[^\s]+$/.test(link)) return link;
  }
  return undefined;
}

/** A release date as YYYY-MM-DD or YYYY-MM, or undefined. */
export function releaseDate(value: unknown): string | undefined {
  const raw = text(value);
  const match = raw?.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?/);
  if (!match) return undefined;
  return match[3] ? `${match[1]}-${match[2]}-${match[3]}` : `${match[1]}-${match[2]}`;
}

/** Drops undefined values so the serialized JSON has no holes. */
export function compact<T extends Plain>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/** Code-point order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
