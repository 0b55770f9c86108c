/**
 * Scoring the open-washing check on a labelled corpus: precision and recall
 * of overstatement flags (the flags a reader sees), counted per sentence and
 * entity, beside a keyword baseline that takes any cue anywhere in a
 * sentence as a claim about every name in it.
 */
import type { ClaimCheck } from '../lib/claims/check';
import { toWords, type CueFile } from '../lib/claims/cue-book';
import { aliasKey } from '../lib/match/alias-index';
import type { ClaimKind, PageClaim, RecordLookup, Verdict } from '../lib/claims/types';
import { judgedAgainst, verdictOf } from '../lib/claims/verdict';

export interface LabelledClaim {
  entity: string;
  claim: ClaimKind;
  verdict: Verdict | null;
}

export interface LabelledSentence {
  lang: 'en' | 'ar';
  text: string;
  expect: LabelledClaim[];
}

export interface Score {
  sentences: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
  /** Sentences labelled with no claim on which something was flagged. */
  flaggedNoClaim: number;
}

/** Entity ids flagged overstated, per sentence. */
export type Flagger = (text: string) => Set<string>;

export function checkerFlags(check: ClaimCheck): Flagger {
  return (text) => new Set(check(text).filter((c) => c.verdict === 'overstated').map((c) => c.entity));
}

/**
 * The keyword baseline: a cue phrase anywhere in the sentence is read as a
 * claim about every mention in it, the first cue deciding the kind.
 */
export function keywordFlags(cues: CueFile['cues'], mentionsOf: (text: string) => PageClaim[], lookup: RecordLookup): Flagger {
  const phrases = cues.map((c) => ({ key: ` ${toWords(c.phrase).join(' ')} `, claim: c.claim }));
  return (text) => {
    const key = ` ${aliasKey(text).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/ +/g, ' ')} `;
    const cue = phrases.find((p) => key.includes(p.key));
    if (!cue) return new Set();
    // Judged as the check judges: a mention that names a release against that release.
    const flagged = mentionsOf(text).filter((m) => verdictOf(cue.claim, judgedAgainst(lookup(m.entity), text.slice(m.start, m.end))) === 'overstated');
    return new Set(flagged.map((m) => m.entity));
  };
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

export function scoreFlags(sentences: readonly LabelledSentence[], flags: Flagger): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let flaggedNoClaim = 0;
  for (const s of sentences) {
    const got = flags(s.text);
    const want = new Set(s.expect.filter((e) => e.verdict === 'overstated').map((e) => e.entity));
    for (const id of got) (want.has(id) ? tp++ : fp++);
    for (const id of want) if (!got.has(id)) fn++;
    if (s.expect.length === 0 && got.size > 0) flaggedNoClaim++;
  }
  return {
    sentences: sentences.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    flaggedNoClaim,
  };
}
