/**
 * The open-washing check on the labelled claim corpus and its held-out
 * slice: precision and recall of overstatement flags, and how many
 * sentences without a claim got a flag, beside a keyword baseline that
 * reads any cue in a sentence as a claim about every name in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkerFlags, keywordFlags, scoreFlags, type LabelledSentence } from '../claim-score';
import { section, type Section } from '../result';
import { claimChecker, recordLookup } from '../../lib/claims/check';
import { CueFileSchema } from '../../lib/claims/cue-book';
import type { Entity } from '../../lib/kb/schema';
import { readSeedFiles } from '../../scripts/kb-files';
import * as v from 'valibot';

function readSentences(root: string, file: string): LabelledSentence[] {
  return (JSON.parse(readFileSync(join(root, 'tests/fixtures/claims', file), 'utf8')) as { sentences: LabelledSentence[] }).sentences;
}

export function benchClaims(root: string): Section {
  const out = section('claims');
  const entities = readSeedFiles(root).entityFiles.map((f) => f.data as Entity);
  const check = claimChecker(entities);
  const cues = v.parse(CueFileSchema, JSON.parse(readFileSync(join(root, 'assets/kb/claim-cues.json'), 'utf8'))).cues;
  const baseline = keywordFlags(cues, check, recordLookup(entities));
  const flags = checkerFlags(check);
  const corpus = readSentences(root, 'corpus.json');
  const heldOut = readSentences(root, 'held-out.json');
  const mine = scoreFlags(corpus, flags);
  const held = scoreFlags(heldOut, flags);
  const base = scoreFlags(corpus, baseline);
  const baseHeld = scoreFlags(heldOut, baseline);
  out.figures = {
    precision: mine.precision,
    recall: mine.recall,
    flaggedNoClaim: mine.flaggedNoClaim,
    heldOutPrecision: held.precision,
    heldOutRecall: held.recall,
    heldOutFlaggedNoClaim: held.flaggedNoClaim,
    baselinePrecision: base.precision,
    baselineRecall: base.recall,
    baselineHeldOutPrecision: baseHeld.precision,
    baselineHeldOutRecall: baseHeld.recall,
    corpus: mine,
    heldOut: held,
  };
  out.notes.push(
    `claims: ${corpus.length} corpus sentences (${mine.truePositives + mine.falseNegatives} overstated claims), ` +
      `${heldOut.length} held-out (${held.truePositives + held.falseNegatives}); ` +
      `check ${mine.truePositives} right, ${mine.falsePositives} wrong, ${mine.falseNegatives} missed on the corpus; ` +
      `${held.truePositives}/${held.falsePositives}/${held.falseNegatives} held out.`,
  );
  return out;
}
