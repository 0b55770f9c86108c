/**
 * What a bench section returns: figures, or the reason there are none. A
 * missing piece is reported as such ("n/a"), never as a made-up number.
 */
export type Figures = Record<string, unknown>;

export interface Section {
  /** results.json key prefix: "matcher", "page", "dynamic", "extension"... */
  name: string;
  figures: Figures;
  /** Why some or all figures are missing. */
  notes: string[];
  /** A correctness check failed badly: the run must exit non-zero. */
  failure?: string;
}

export const NOT_BUILT = 'n/a (not built yet)';

export function section(name: string): Section {
  return { name, figures: {}, notes: [] };
}
