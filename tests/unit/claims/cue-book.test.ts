/** The cue file: the shipped one validates, a malformed one is refused with its path. */
import { describe, expect, it } from 'vitest';
import cues from '../../../assets/kb/claim-cues.json';
import { compileCueBook, toWords } from '../../../lib/claims/cue-book';

describe('claim cues', () => {
  it('ships a valid file with every cue the check promises, in both languages', () => {
    const book = compileCueBook(cues);
    const phrases = new Set(cues.cues.map((c) => toWords(c.phrase).join(' ')));
    for (const p of ['open source', 'fully open', 'truly open', 'open weights', 'open model', 'closed', 'proprietary', 'available only through an api']) {
      expect(phrases, p).toContain(p);
    }
    for (const p of ['مفتوح المصدر', 'مفتوحة المصدر', 'مفتوح بالكامل', 'مفتوحة الأوزان', 'بأوزان مفتوحة', 'مغلق', 'مغلقة المصدر', 'احتكاري', 'متاح عبر واجهة برمجة التطبيقات فقط']) {
      expect(phrases, p).toContain(toWords(p).join(' '));
    }
    expect(book.cues.get('open')?.[0]?.words.length).toBeGreaterThan(1);
  });

  it('normalizes phrases as page text is normalized', () => {
    expect(toWords('مفتوحة الأوزان')).toEqual(toWords('مفتوحه الاوزان'));
    expect(toWords('Open-Source')).toEqual(['open', 'source']);
  });

  it('refuses a malformed file and names the faulty field', () => {
    expect(() => compileCueBook({ ...cues, cues: [{ phrase: 'open', claim: 'half-open' }] })).toThrow(/cues\.0\.claim/);
    expect(() => compileCueBook({ ...cues, negations: [] })).toThrow(/negations/);
  });
});
