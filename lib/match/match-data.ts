/**
 * What a content script needs to find names: the compiled alias index and the
 * packed context cues, stored together as one JSON string.
 *
 * Why a string: a browser hands a stored object to a content script by
 * converting it value by value. For the ~220 KB index that conversion took
 * ~40 ms in Chromium even on an idle page and 110–300 ms while a page loads,
 * which held back the first highlight. One string crosses in ~8 ms idle, and
 * JSON.parse reads it in 2–3 ms. The index and cues travel in one value so a
 * frame never pairs a new index with old cues.
 */
import { FORMAT, type CompiledIndex } from './alias-index';
import type { PackedCues } from './context-cues';

export interface MatchData {
  index: CompiledIndex;
  /** Always packed: a frame rebuilds the lookup tables without normalizing a word. */
  cues: PackedCues;
}

export function encodeMatchData(data: MatchData): string {
  return JSON.stringify(data);
}

/**
 * The stored value read back, or null when it is missing or not one this
 * version can use (a frame then waits for the background to publish again,
 * instead of throwing into the page).
 */
export function decodeMatchData(value: unknown): MatchData | null {
  if (typeof value !== 'string') return null;
  let data: Partial<MatchData> | null;
  try {
    data = JSON.parse(value) as Partial<MatchData> | null;
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const { index, cues } = data;
  if (!index || index.format !== FORMAT || !Array.isArray(index.aliases) || !Array.isArray(index.entities)) return null;
  if (!cues || typeof cues !== 'object' || (cues as { packed?: unknown }).packed !== 1) return null;
  return { index, cues };
}
