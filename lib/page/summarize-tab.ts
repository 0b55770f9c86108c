/**
 * Per-tab mention tallies. Every frame of a tab reports its own document's
 * counts; the tab's summary is their sum, and the toolbar badge shows how many
 * distinct entities the tab mentions. Pure data, so the background can keep it
 * in storage.session and rebuild it after the service worker restarts.
 */
import type { EntityCount, TabSummary } from '../messages';

export interface TabRecord {
  /** The top frame's address, as its content script reported it. */
  url: string;
  /** Each frame's latest report, by frame id. */
  frames: Record<string, EntityCount[]>;
}

/** The record with one frame's report replacing that frame's previous one. */
export function withFrameReport(
  record: TabRecord | undefined,
  frameId: number,
  url: string,
  entities: EntityCount[],
): TabRecord {
  const frames = { ...(record?.frames ?? {}) };
  if (entities.length > 0) frames[String(frameId)] = entities;
  else delete frames[String(frameId)];
  return { url: frameId === 0 ? url : (record?.url ?? ''), frames };
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
  return { tabId, url: record?.url ?? '', entities };
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
