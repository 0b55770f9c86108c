/** The labelled claim corpus and the checker the tests run it through, on the shipped knowledge base. */
import corpus from '../../fixtures/claims/corpus.json';
import heldOut from '../../fixtures/claims/held-out.json';
import type { LabelledSentence } from '../../../bench/claim-score';
import { claimChecker, recordLookup } from '../../../lib/claims/check';
import { SEED } from '../../../lib/kb/seed';

export const CORPUS = corpus.sentences as LabelledSentence[];
export const HELD_OUT = heldOut.sentences as LabelledSentence[];
export const check = claimChecker(SEED.entities);
export const lookup = recordLookup(SEED.entities);
