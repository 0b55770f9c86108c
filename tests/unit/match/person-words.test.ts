/**
 * The person words read beside a first name, looked up word by word: what the patterns they replace found, and
 * only that.
 */
import { describe, expect, it } from 'vitest';
import { creditBefore, kinAfter, kinBefore, personSets, saidBefore } from '../../../lib/match/person-words';

const sets = personSets({
  said: ['said', 'according to', 'قال', 'وقالت'],
  kin: ['my colleague', 'from it', 'mrs.', 'a reader,', 'بقلم:', 'تصوير:', 'أبو', 'زميلتي', 'المترجم'],
});
const before = (text: string) => kinBefore(sets, text + 'Gemma', text.length);
const after = (text: string) => kinAfter(sets, 'Gemma' + text, 5);

describe('person words beside a first name', () => {
  it('finds a word for a person ending right before the name, in any case, after a bracket or a quote', () => {
    expect(before('Then My Colleague ')).toBe('my colleague');
    expect(before('(تصوير: ')).toBe('تصوير:');
    expect(before('«أبو ')).toBe('أبو');
    expect(before('Mrs. ')).toBe('mrs.');
    expect(before('a reader, ')).toBe('a reader,');
  });

  it('finds an Arabic word for a person with «و», "and", written onto it', () => {
    expect(before('والمترجم ')).toBe('والمترجم');
    expect(before('وأبو ')).toBe('وأبو');
    expect(before('بأبو ')).toBeNull();
  });

  it('needs the words right before the name, with a space, and whole', () => {
    expect(before('my colleague asked ')).toBeNull();
    expect(before('my colleague')).toBeNull();
    expect(before('الأبو ')).toBeNull();
    expect(before('my colleague\n')).toBeNull();
  });

  it('finds a word for a person after the name, past a comma, and only a whole one', () => {
    expect(after('، زميلتي في العمل')).toBe('زميلتي');
    expect(after(', my colleague, liked it')).toBe('my colleague');
    expect(after(' from it.')).toBe('from it');
    expect(after(' from its office')).toBeNull();
    expect(after(' tested my colleague')).toBeNull();
  });

  it('finds a verb of saying right before the name, one word or two', () => {
    expect(saidBefore(sets, 'then said Claude', 10)).toBe(true);
    expect(saidBefore(sets, 'According to Claude', 13)).toBe(true);
    expect(saidBefore(sets, 'وقالت كلود', 6)).toBe(true);
    expect(saidBefore(sets, 'unsaid Claude', 7)).toBe(false);
    expect(saidBefore(sets, 'said the Claude', 9)).toBe(false);
  });

  it('reads a credit and a first name before a surname, and a second name after «و»', () => {
    const text = 'بقلم: نهى علّام وكلود سركيس';
    expect(creditBefore(sets, text, text.indexOf('علّام'))).toBe('بقلم: نهى');
    expect(creditBefore(sets, text, text.indexOf('كلود'))).toBe('بقلم: نهى علّام');
    const credit = (line: string) => creditBefore(sets, line, line.indexOf('علّام'));
    expect(credit('القسم | بقلم: فهد علّام')).toBe('بقلم: فهد');
    expect(credit('بقلم: | علّام')).toBeNull();
    expect(credit('قال نهى علّام')).toBeNull();
  });
});

describe('words that make a first name a woman’s', () => {
  it('find a verb of saying in the feminine or «اسمها» right before the name, one word', () => {
    const her = personSets({ said: [], kin: [], she: ['قالت', 'وتقول', 'اسمها'] });
    expect(kinBefore(her, 'وتقول لاما', 6)).toBe('وتقول');
    expect(kinBefore(her, 'بنتي اسمها لاما', 11)).toBe('اسمها');
    expect(kinBefore(her, 'قال لاما', 4)).toBeNull();
  });
});
