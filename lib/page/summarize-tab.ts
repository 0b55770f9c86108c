/**
 * Per-tab mention tallies. Every frame of a tab reports its own document's
 * counts; the tab's summary is their sum, and the toolbar badge shows how many
 * distinct entities the tab mentions. Pure data, so the background can keep it
 * in storage.session and rebuild it after the service worker restarts.
 */
import type { EntityCount, ReportedClaim, TabSummary } from '../messages';

export interface TabRecord {
  /** The top frame's address, as its content script reported it. */
  url: string;
  /** Each frame's latest report, by frame id. */
  frames: Record<string, EntityCount[]>;
  /** Each frame's latest claims, by frame id, when it made any. */
  claims?: Record<string, ReportedClaim[]>;
}

/** The record with one frame's report replacing that frame's previous one. */
export function withFrameReport(
  record: TabRecord | undefined,
  frameId: number,
  url: string,
  entities: EntityCount[],
  claims: ReportedClaim[] = [],
): TabRecord {
  const key = String(frameId);
  const frames = { ...(record?.frames ?? {}) };
  if (entities.length > 0) frames[key] = entities;
  else delete frames[key];
  const claimsByFrame = { ...(record?.claims ?? {}) };
  if (claims.length > 0 && entities.length > 0) claimsByFrame[key] = claims;
  else delete claimsByFrame[key];
  const next: TabRecord = { url: frameId === 0 ? url : (record?.url ?? ''), frames };
  if (Object.keys(claimsByFrame).length > 0) next.claims = claimsByFrame;
  return next;
}

export function summarizeTab(tabId: number, record: TabRecord | undefined): TabSummary {
  const byEntity = new Map<string, EntityCount>();
  for (const counts of Object.values(record?.frames ?? {})) {
    for (const c of counts) {
      const seen = byEntity.get(c.entity);
      if (seen) seen.count += c.count;
      else byEntity.set(c.entity, { ...c });
    }
  }
  const entities = [...byEntity.values()].sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity));
  const summary: TabSummary = { tabId, url: record?.url ?? '', entities };
  // The top frame's claims first, then the frames' in the order they were made.
  const claims = Object.entries(record?.claims ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .flatMap(([, list]) => list);
  if (claims.length > 0) summary.claims = claims;
  return summary;
}

/** The badge: the number of distinct entities, empty when there are none. */
export function badgeText(summary: TabSummary): string {
  return summary.entities.length > 0 ? String(summary.entities.length) : '';
}

/** A report's entity list, checked: it is data from a page's context. */
export function readEntityCounts(value: unknown): EntityCount[] {
  if (!Array.isArray(value)) return [];
  const out: EntityCount[] = [];
  for (const item of value.slice(0, 2000)) {
    const c = item as Partial<EntityCount>;
    if (typeof c?.entity === 'string' && typeof c.status === 'string' && Number.isInteger(c.count) && c.count! > 0) {
      out.push({ entity: c.entity.slice(0, 80), count: c.count!, status: c.status });
    }
  }
  return out;
}

const CLAIMS = new Set(['open', 'open-weights', 'closed']);
const VERDICTS = new Set(['overstated', 'consistent', 'understated']);
const isIndex = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** A report's claims, checked: they are data from a page's context. */
export function readClaims(value: unknown): ReportedClaim[] {
  if (!Array.isArray(value)) return [];
  const out: ReportedClaim[] = [];
  for (const item of value.slice(0, 500)) {
    const c = item as Partial<ReportedClaim>;
    if (typeof c?.entity !== 'string' || !CLAIMS.has(c.claim as string) || typeof c.cue !== 'string') continue;
    if (!isIndex(c.index) || !isIndex(c.start) || !isIndex(c.end)) continue;
    const verdict = VERDICTS.has(c.verdict as string) ? c.verdict! : null;
    const claim: ReportedClaim = { entity: c.entity.slice(0, 80), index: c.index, start: c.start, end: c.end, claim: c.claim!, verdict, cue: c.cue.slice(0, 120) };
    if (typeof c.sentence === 'string') claim.sentence = c.sentence.slice(0, 300);
    out.push(claim);
  }
  return out;
}
