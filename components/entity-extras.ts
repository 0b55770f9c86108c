/**
 * Fields an entity may carry beyond the core schema: dated releases,
 * corrections, expert grades; and the claims the page being read makes.
 * They are read defensively (any of them may be absent, and stored data is
 * never trusted to have the right shape), so the views render what is there
 * and nothing else.
 */
import type { Bilingual, Entity, Note, Release, Source, Status } from '../lib/kb/schema';
import { STATUSES } from '../lib/kb/schema';
import { byDate } from '../lib/kb/releases';

export type { Release };

export interface Correction {
  text: Bilingual;
  quoteAr?: string;
  sources: Source[];
}

export const OSAI_GROUPS = {
  availability: ['datasources_basemodel', 'datasources_endmodel', 'weights_basemodel', 'weights_endmodel', 'trainingcode'],
  documentation: ['code', 'hardware_architecture', 'preprint', 'paper', 'modelcard', 'datasheet'],
  access: ['licenses'],
} as const;
export type OsaiGroup = keyof typeof OSAI_GROUPS;
export type OsaiGrade = 'open' | 'partial' | 'closed' | null;

export interface ExpertGrades {
  osai?: { file: string; commit: string; dimensions: Record<string, OsaiGrade> };
  mof?: { file: string; commit: string; class: 1 | 2 | 3 | null };
}

/** One openness claim the page makes about a mention (UTF-16 offsets in the page text). */
export interface PageClaim {
  entity: string;
  start: number;
  end: number;
  claim: 'open' | 'open-weights' | 'closed' | null;
  verdict: 'overstated' | 'consistent' | 'understated' | null;
  cue: string;
  cueStart?: number;
  cueEnd?: number;
  /** The sentence that makes the claim, when the report carries it. */
  sentence?: string;
  /** Which of its entity's mentions the claim sits on, when the report says so. */
  index?: number;
}

type Loose = Entity & { releases?: unknown; corrections?: unknown; expert?: unknown };

const isStatus = (s: unknown): s is Status => typeof s === 'string' && (STATUSES as readonly string[]).includes(s);
const isDate = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(s);
const asSources = (s: unknown): Source[] => (Array.isArray(s) ? (s as Source[]) : []);

/** The entity's releases with a date and a status, oldest first. */
export function releasesOf(entity: Entity): Release[] {
  const raw: unknown = entity.releases;
  if (!Array.isArray(raw)) return [];
  return byDate(raw.filter((r): r is Release => !!r && typeof r.name === 'string' && isDate(r.date) && isStatus(r.status)));
}

export function correctionsOf(entity: Entity): Correction[] {
  const raw = (entity as Loose).corrections;
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((c): c is Correction => !!c && typeof c.text?.en === 'string')
    .map((c) => ({ ...c, sources: asSources(c.sources) }));
}

export function expertOf(entity: Entity): ExpertGrades {
  const raw = (entity as Loose).expert as ExpertGrades | undefined;
  if (!raw || typeof raw !== 'object') return {};
  const out: ExpertGrades = {};
  if (raw.osai && typeof raw.osai.dimensions === 'object' && raw.osai.dimensions) out.osai = raw.osai;
  if (raw.mof && typeof raw.mof === 'object' && [1, 2, 3, null].includes(raw.mof.class)) out.mof = raw.mof;
  return out;
}

/** The date the current status holds from: the latest release's, when there are releases. */
export function statusAsOf(entity: Entity): string | undefined {
  const releases = releasesOf(entity);
  return releases.at(-1)?.date;
}

/**
 * Consecutive releases with the same status and licence collapse into one
 * step, so the history reads as the changes only: "Restricted (DeepSeek
 * License) from 2024-12, MIT from 2025-03-24".
 */
export function releaseSteps(releases: Release[]): Release[] {
  const steps: Release[] = [];
  for (const r of releases) {
    const last = steps.at(-1);
    if (last && last.status === r.status && last.licence === r.licence) continue;
    steps.push(r);
  }
  return steps;
}

/** The page's claims as reported with its summary, when the page has been checked. */
export function claimsOf(summary: unknown): PageClaim[] {
  const raw = (summary as { claims?: unknown } | null | undefined)?.claims;
  return Array.isArray(raw) ? raw.filter((c): c is PageClaim => !!c && typeof c.entity === 'string' && typeof c.start === 'number') : [];
}

/**
 * Which of its entity's mentions a claim sits on: the rank the page's lens
 * reported, or else, for a list with one entry for every mention looked at,
 * the claim's rank among its entity's entries in page order.
 */
export function claimMentionIndex(claims: PageClaim[], claim: PageClaim): number {
  if (typeof claim.index === 'number') return claim.index;
  return claims
    .filter((c) => c.entity === claim.entity)
    .sort((a, b) => a.start - b.start)
    .indexOf(claim);
}

export type { Note };
