import { describe, expect, it } from 'vitest';
import cues from '../../../assets/kb/claim-cues.json';
import { mayHoldClaim } from '../../../lib/claims/prefilter';
import { CORPUS, HELD_OUT, check } from './corpus-support';

describe('the claim prefilter', () => {
  it('lets through every cue of the shipped cue book', () => {
    for (const cue of cues.cues) expect(mayHoldClaim(cue.phrase), cue.phrase).toBe(true);
  });

  it('lets through every corpus sentence in which the check finds a claim or reads a qualified one', () => {
    const withCue = [...CORPUS, ...HELD_OUT].filter((s) => check(s.text).some((c) => c.cue !== null));
    expect(withCue.length).toBeGreaterThan(150);
    for (const s of withCue) expect(mayHoldClaim(s.text), s.text).toBe(true);
  });

  it('reads through Arabic diacritics and tatweel', () => {
    expect(mayHoldClaim('نموذج مَفْتُوح المصدر')).toBe(true);
    expect(mayHoldClaim('نموذج مغـــلق')).toBe(true);
  });

  it('stops sentences with no openness word at all', () => {
    expect(mayHoldClaim('Llama 3 powers the assistant in WhatsApp.')).toBe(false);
    expect(mayHoldClaim('أطلقت شركة ديب سيك نموذجها الجديد أمس.')).toBe(false);
    expect(mayHoldClaim('The rapid growth of capital spending continues.')).toBe(false);
  });
});
