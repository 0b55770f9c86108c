/**
 * The claim corpus: well formed, labelled against the record, and read by
 * the check as labelled, sentence by sentence, with the overstatement flags
 * above the targets on the corpus and on the held-out slice.
 */
import { describe, expect, it } from 'vitest';
import { checkerFlags, scoreFlags, type LabelledSentence } from '../../../bench/claim-score';
import { namedRelease } from '../../../lib/claims/detect';
import { judgedAgainst, verdictOf } from '../../../lib/claims/verdict';
import { CORPUS, HELD_OUT, check, lookup } from './corpus-support';

/** Sentences the check reads wrongly today, each with the reason; `it.fails` keeps them honest. */
const KNOWN_MISSES = new Map<string, string>([
  ['Meta released Llama 3.1 under its community licence as an open-source model.', 'a prepositional phrase stands between the name and "as"'],
  ['OpenAI and Anthropic keep their flagship models proprietary.', 'the cue is read as said of the companies, not of their models (no flag: companies carry no status)'],
  ['أطلقت أوبن إيه آي نموذجين مفتوحي الأوزان هما جي بي تي أو إس إس 120B وجي بي تي أو إس إس 20B.', 'the company before «نموذجين» takes the cue too (no flag)'],
]);

/** Per entity, the claim the check settled on (a claim wins over a mention without one). */
function claimsOf(text: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const c of check(text)) if (c.claim !== null || !(c.entity in out)) out[c.entity] = c.claim;
  return out;
}

function expected(s: LabelledSentence): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const c of check(s.text)) out[c.entity] = null;
  for (const e of s.expect) out[e.entity] = e.claim;
  return out;
}

describe('the claim corpus', () => {
  it('holds at least 200 sentences in each of its two languages together, with and without claims', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200);
    for (const lang of ['en', 'ar']) expect(CORPUS.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(90);
    expect(CORPUS.filter((s) => s.expect.length === 0).length).toBeGreaterThanOrEqual(60);
    expect(CORPUS.filter((s) => s.expect.some((e) => e.verdict === 'overstated')).length).toBeGreaterThanOrEqual(40);
    const texts = [...CORPUS, ...HELD_OUT].map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('labels each verdict as the record gives it, on entities the scanner finds in the sentence', () => {
    for (const s of [...CORPUS, ...HELD_OUT]) {
      const found = check(s.text);
      for (const e of s.expect) {
        const mention = found.find((c) => c.entity === e.entity);
        expect(mention, `${s.text} (${e.entity})`).toBeDefined();
        // A mention that names a release the record lists ("Gemma 3") is judged against that release.
        const against = judgedAgainst(lookup(e.entity), namedRelease(s.text, { ...mention!, text: s.text.slice(mention!.start, mention!.end) }));
        expect(e.verdict, `${s.text} (${e.entity})`).toBe(verdictOf(e.claim, against));
      }
    }
  });
});

describe('the check on the corpus, sentence by sentence', () => {
  for (const s of CORPUS) {
    const test = KNOWN_MISSES.has(s.text) ? it.fails : it;
    test(s.text, () => expect(claimsOf(s.text)).toEqual(expected(s)));
  }
});

describe('overstatement flags', () => {
  it('meet the targets on the corpus and on the held-out slice, and never fire on a sentence without a claim', () => {
    for (const set of [CORPUS, HELD_OUT]) {
      const score = scoreFlags(set, checkerFlags(check));
      expect(score.precision).toBeGreaterThanOrEqual(0.95);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
      expect(score.flaggedNoClaim).toBe(0);
    }
  });
});
