/**
 * The open-washing check's public contract: what a page says about an
 * entity's openness, beside what the record says.
 */
import type { Kind, Status } from '../kb/schema';

/** What the page's words claim: open source, open weights, or closed. */
export type ClaimKind = 'open' | 'open-weights' | 'closed';

/** The claim against the record on closed < restricted < open-weights < open. */
export type Verdict = 'overstated' | 'consistent' | 'understated';

/**
 * Why words that would be a claim are not taken as one: the page negates
 * them ("not open source"), hedges them ("so-called", a question) or reports
 * someone else's words ("the OSI says", "critics argue").
 */
export type Qualifier = 'negated' | 'hedged' | 'attributed';

/**
 * One mention the check looked at. `claim`, `verdict` and the cue are null
 * when no openness words attach to the mention; a cue with a null claim and
 * a `qualifier` means the words were read but negated, hedged or attributed.
 * All offsets are UTF-16 indices into the checked text.
 */
export interface PageClaim {
  entity: string;
  start: number;
  end: number;
  claim: ClaimKind | null;
  verdict: Verdict | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  qualifier?: Qualifier;
  /**
   * The release the verdict was judged against, when the mention names one
   * the record lists with its own status ("Gemma 3" in a family whose newest
   * release is Gemma 4); absent when it was judged against the entity.
   */
  release?: JudgedRelease;
}

/** A release of a family, as a verdict was judged against it. */
export interface JudgedRelease {
  name: string;
  status: Status;
}

/** What the check needs to know about an entity from the knowledge base. */
export interface EntityRecord {
  kind: Kind;
  /** The status as of today; absent for companies and organizations, which carry none. */
  status?: Status;
  /** A family's dated releases, by the version their names give ("3" for "Gemma 3"); a model's, by name alone (version ""). */
  releases?: readonly VersionedRelease[];
}

export interface VersionedRelease extends JudgedRelease {
  version: string;
  date: string;
}

export type RecordLookup = (entity: string) => EntityRecord | undefined;
