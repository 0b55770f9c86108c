/**
 * The matcher's public contract, shared by the content script, the popup's
 * search, the scan CLI and the benchmarks.
 */
import type { Alias, ContextRule, Status } from '../kb/schema';

/** One mention found in a text. Offsets are UTF-16 indices into the original, unnormalized text. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
  /** Exactly text.slice(start, end) of the scanned string. */
  text: string;
  /** Captured version suffix ("3.1", "4"), when the alias allows one. */
  version?: string;
  /** Why the alias matched is ambiguous ("first name", "zodiac sign"); absent for a distinctive alias. */
  ambiguous?: string;
}

/** What the index compiler needs from each entity. */
export interface AliasSource {
  id: string;
  status: Status;
  aliases: Alias[];
  rules?: ContextRule[];
}
