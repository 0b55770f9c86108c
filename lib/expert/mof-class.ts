/**
 * The Model Openness Framework's class rules, as its tool applies them
 * (components and their classes from `mof.settings.yml`):
 *
 * - Class III (open model), II (open tooling) and I (open science) each add
 *   required components; a class is met when every required component of it
 *   and of every class above it is released under an open licence.
 * - Optional components never decide a class.
 * - The technical report may be replaced by the research paper: when the
 *   paper is openly licensed, it stands in for a missing report.
 * - A model that does not meet class III is unclassified (null).
 */
import { isMofOpen } from './licences';
import { isPlain, text } from './source-meta';

export type MofClass = 1 | 2 | 3;
export const CONTENT_TYPES = ['code', 'data', 'document'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export interface MofComponent {
  id: number;
  name: string;
  type: ContentType;
  class: MofClass;
  required: boolean;
}

export const TECHNICAL_REPORT = 'Technical report';
export const RESEARCH_PAPER = 'Research paper';

/** The component list from `mof.settings.yml`, sorted by id. */
export function parseMofSettings(data: unknown): MofComponent[] {
  if (!isPlain(data) || !Array.isArray(data.components)) throw new Error('mof.settings.yml should hold a "components" list');
  return data.components
    .map((c: unknown, i): MofComponent => {
      const type = isPlain(c) ? text(c.content_type) : undefined;
      const cls = isPlain(c) ? Number(c.class) : NaN;
      const name = isPlain(c) ? text(c.name) : undefined;
      if (!isPlain(c) || !name || !CONTENT_TYPES.includes(type as ContentType) || ![1, 2, 3].includes(cls)) {
        throw new Error(`mof.settings.yml: component ${i + 1} needs a name, a content_type and a class 1-3`);
      }
      return { id: Number(c.id), name, type: type as ContentType, class: cls as MofClass, required: c.required === true };
    })
    .sort((a, b) => a.id - b.id);
}

/** Component name → its licence as resolved for the model (null: included but unlicensed). Absent: not included. */
export type ComponentLicences = Readonly<Record<string, string | null>>;

/** Names of the components whose licence counts as open, with the paper standing in for the report. */
function openComponents(licences: ComponentLicences): Set<string> {
  const open = new Set(Object.keys(licences).filter((name) => isMofOpen(licences[name] ?? null)));
  if (open.has(RESEARCH_PAPER)) open.add(TECHNICAL_REPORT);
  return open;
}

/** Required components of `target` and every class above it that are not openly licensed. */
export function missingFor(target: MofClass, framework: readonly MofComponent[], licences: ComponentLicences): string[] {
  const open = openComponents(licences);
  return framework.filter((c) => c.required && c.class >= target && !open.has(c.name)).map((c) => c.name);
}

/** The best class met, or null. */
export function mofClass(framework: readonly MofComponent[], licences: ComponentLicences): MofClass | null {
  let best: MofClass | null = null;
  for (const target of [3, 2, 1] as const) {
    if (missingFor(target, framework, licences).length > 0) break;
    best = target;
  }
  return best;
}

/** The class one step up (null for unclassified → III), or null when already class I. */
export function nextClass(current: MofClass | null): MofClass | null {
  if (current === null) return 3;
  return current === 1 ? null : ((current - 1) as MofClass);
}
