import { describe, expect, it } from 'vitest';
import { MAX_PASSAGES, checkPassages } from '../../../lib/claims/passages';
import { shippedCueBook } from '../../../lib/claims/shipped-cues';
import { buildAliasIndex, reviveIndex } from '../../../lib/match/alias-index';
import { scanText } from '../../../lib/match/scanner';
import { toAliasSource } from '../../../lib/match/sources';
import { SEED } from '../../../lib/kb/seed';
import { claimPassages } from '../../../lib/page/claim-passages';
import { CORPUS, HELD_OUT, check, lookup } from './corpus-support';

const index = reviveIndex(buildAliasIndex(SEED.entities.map(toAliasSource)));
/** Sentences per page: well under MAX_PASSAGES even if every one holds a claim. */
const PAGE_SENTENCES = Math.floor(MAX_PASSAGES / 2);

/** A page of corpus sentences as one block, read the way the page's lens reads it: passages out, findings back by mention id. */
function throughPassages(text: string): Map<number, string | null> {
  const block = { text };
  const mentions = scanText(index, text).map((m, i) => ({ id: i, entity: m.entity, start: m.start, end: m.end, block }));
  const { passages, ids } = claimPassages(mentions);
  const found = checkPassages(JSON.parse(JSON.stringify(passages)), lookup, shippedCueBook());
  const out = new Map<number, string | null>();
  found.forEach((list, i) => list.forEach((c, j) => out.set(ids[i]![j]!, c.claim)));
  return out;
}

describe('the check on passages sent from a page', () => {
  it('finds, in pages made of the corpus, the claims the check finds sentence by sentence', () => {
    // A numbered list written inline ("…: 1. DeepSeek-R1 2. Qwen3") is cut at each number by the page's sentence
    // splitter, so its items reach the check without their header: those corpus sentences are read whole only.
    const sentences = [...CORPUS, ...HELD_OUT].map((s) => s.text).filter((t) => !/: 1\. /.test(t));
    let claimedInAll = 0;
    // Pages of a few hundred sentences: a frame sends at most MAX_PASSAGES passages, and the corpus holds more.
    for (let at = 0; at < sentences.length; at += PAGE_SENTENCES) {
      const page = sentences.slice(at, at + PAGE_SENTENCES).join(' ');
      const viaPassages = throughPassages(page);
      const direct = check(page);
      const claimed = direct.filter((c) => c.claim !== null);
      claimedInAll += claimed.length;
      let same = 0;
      direct.forEach((c, i) => {
        if (c.claim !== null && viaPassages.get(i) === c.claim) same++;
      });
      // The check itself reads a sentence at a time, so sending sentences loses nothing.
      expect(same).toBe(claimed.length);
      for (const [i, claim] of viaPassages) if (claim !== null) expect(direct[i]!.claim).toBe(claim);
    }
    expect(claimedInAll).toBeGreaterThan(150);
  });

  it('gives a malformed passage no findings and still checks the others', () => {
    const good = { text: 'gpt-oss is fully open.', mentions: [{ entity: 'gpt-oss', start: 0, end: 7 }] };
    const found = checkPassages(
      [
        { text: 'x', mentions: [{ entity: 'gpt-oss', start: 0, end: 9 }] },
        { text: 42, mentions: [] },
        { text: 'ab', mentions: [{ entity: 'a', start: 1, end: 2 }, { entity: 'b', start: 0, end: 1 }] },
        null,
        good,
      ],
      lookup,
      shippedCueBook(),
    );
    expect(found.slice(0, 4)).toEqual([[], [], [], []]);
    expect(found[4]).toEqual([{ claim: 'open', verdict: expect.any(String), cue: 'fully open' }]);
    expect(checkPassages('not a list', lookup, shippedCueBook())).toEqual([]);
  });

  it('gives a passage the check fails on no findings and still checks the others', () => {
    const good = { text: 'gpt-oss is fully open.', mentions: [{ entity: 'gpt-oss', start: 0, end: 7 }] };
    const odd = { text: 'Broken is open.', mentions: [{ entity: 'broken', start: 0, end: 6 }] };
    // A record lookup that fails for one entity stands for any fault met while reading one passage.
    const failing = (id: string) => {
      if (id === 'broken') throw new Error('unreadable');
      return lookup(id);
    };
    const found = checkPassages([odd, good], failing, shippedCueBook());
    expect(found[0]).toEqual([]);
    expect(found[1]).toEqual([{ claim: 'open', verdict: expect.any(String), cue: 'fully open' }]);
  });
});
