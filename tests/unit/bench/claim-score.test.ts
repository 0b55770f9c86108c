/** Scoring overstatement flags, and the keyword baseline the check is compared with. */
import { describe, expect, it } from 'vitest';
import cues from '../../../assets/kb/claim-cues.json';
import { checkerFlags, keywordFlags, scoreFlags, type LabelledSentence } from '../../../bench/claim-score';
import type { CueFile } from '../../../lib/claims/cue-book';
import { check, lookup } from '../claims/corpus-support';

const SENTENCES: LabelledSentence[] = [
  { lang: 'en', text: 'The open-source Qwen is popular.', expect: [{ entity: 'qwen', claim: 'open', verdict: 'overstated' }] },
  { lang: 'en', text: 'The OSI says Llama is not open source.', expect: [] },
  { lang: 'en', text: 'Chrome, built on the open-source Chromium, is fast.', expect: [{ entity: 'chromium', claim: 'open', verdict: 'consistent' }] },
];

describe('scoreFlags', () => {
  it('counts flags per sentence and entity against the labels', () => {
    expect(scoreFlags(SENTENCES, checkerFlags(check))).toEqual({
      sentences: 3,
      truePositives: 1,
      falsePositives: 0,
      falseNegatives: 0,
      precision: 1,
      recall: 1,
      flaggedNoClaim: 0,
    });
  });

  it('shows the keyword baseline flagging every name near a cue', () => {
    const score = scoreFlags(SENTENCES, keywordFlags(cues.cues as CueFile['cues'], check, lookup));
    // Qwen is right; Llama (negated) and Chrome (the claim is Chromium's) are wrong.
    expect(score).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 0, flaggedNoClaim: 1 });
    expect(score.precision).toBeCloseTo(0.333, 3);
  });
});
