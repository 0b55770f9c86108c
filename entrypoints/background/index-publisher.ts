/**
 * Publishes the compiled alias index for the content scripts.
 *
 * Content scripts never open IndexedDB: they read one string from
 * storage.local and follow its changes: the index, with the context cues of
 * the sense decision (kept out of the script injected into every frame). The
 * background compiles that value from the knowledge base's resolved view
 * (seed + the user's edits and entities) at start-up and again whenever the
 * knowledge base changes, which Dexie's liveQuery reports, edits made in the
 * popup or options page included.
 * Until the database is seeded, the shipped seed is compiled instead.
 */
import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { getKb } from '../../lib/kb/db';
import type { Entity } from '../../lib/kb/schema';
import { SEED } from '../../lib/kb/seed';
import { buildAliasIndex } from '../../lib/match/alias-index';
import { toAliasSource } from '../../lib/match/sources';
import { PACKED_CUES } from '../../lib/match/shipped-cues';
import { encodeMatchData } from '../../lib/match/match-data';
import { MATCH_DATA_KEY, RETIRED_KEYS } from '../../lib/settings';

/** Compiles and stores the index, unless the stored one is already the same (no needless change events). */
export async function publishIndex(entities: Entity[]): Promise<void> {
  const next = encodeMatchData({ index: buildAliasIndex(entities.map(toAliasSource)), cues: PACKED_CUES });
  const stored = await browser.storage.local.get([MATCH_DATA_KEY, ...RETIRED_KEYS]);
  if (RETIRED_KEYS.some((key) => key in stored)) await browser.storage.local.remove(RETIRED_KEYS);
  if (stored[MATCH_DATA_KEY] === next) return;
  await browser.storage.local.set({ [MATCH_DATA_KEY]: next });
}

let publishing: Promise<void> = Promise.resolve();

export function startIndexPublisher(): void {
  const entities = liveQuery(async () => (await getKb().resolved.toArray()).map((row) => row.entity));
  entities.subscribe({
    next(rows) {
      const list = rows.length > 0 ? rows : SEED.entities;
      publishing = publishing.then(() => publishIndex(list)).catch((e) => console.error('alias index', e));
    },
    error(e) {
      // The database is unavailable (private mode in some browsers): the shipped seed still works.
      console.error('knowledge base', e);
      publishing = publishing.then(() => publishIndex(SEED.entities));
    },
  });
}
