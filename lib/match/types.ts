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
  /** The version is one the record lists a release for ("Sora 2", "Gemma 3"; not "Falcon 9"). */
  knownRelease?: true;
}

/** What the index compiler needs from each entity. */
export interface AliasSource {
  id: string;
  status: Status;
  aliases: Alias[];
  rules?: ContextRule[];
  /** Releases a mention can name whose status is not the entity's ("Grok 4": closed). */
  releases?: NamedStatuses;
  /** The versions a family's releases carry ("2", "3", "3.1" for Llama). */
  versions?: string[];
}

/**
 * Statuses by the version a mention gives, where they differ from the
 * entity's: a family's by the first version of the name ("4" in "Grok 4"), a
 * model's (`whole`) by all its versions joined by a space ("3 0324").
 */
export interface NamedStatuses {
  whole?: true;
  by: Record<string, Status>;
}
