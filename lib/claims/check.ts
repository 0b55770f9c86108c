/**
 * The check in one call, for a set of knowledge-base entities: find the
 * mentions with the extension's own scanner, then read the claims about them.
 */
import type { Entity } from '../kb/schema';
import { buildAliasIndex, reviveIndex } from '../match/alias-index';
import { scanText } from '../match/scanner';
import { toAliasSource } from '../match/sources';
import type { CueBook } from './cue-book';
import { detectClaims } from './detect';
import { shippedCueBook } from './shipped-cues';
import type { EntityRecord, PageClaim, RecordLookup } from './types';
import { entityRecord } from './verdict';

export type ClaimCheck = (text: string) => PageClaim[];

/** Each entity's kind and status as of today, by id. */
export function recordLookup(entities: readonly Entity[]): RecordLookup {
  const records = new Map<string, EntityRecord>(entities.map((e) => [e.id, entityRecord(e)]));
  return (id) => records.get(id);
}

export function claimChecker(entities: readonly Entity[], book: CueBook = shippedCueBook()): ClaimCheck {
  const index = reviveIndex(buildAliasIndex(entities.map(toAliasSource)));
  const lookup = recordLookup(entities);
  return (text) => detectClaims(text, scanText(index, text), lookup, book);
}
