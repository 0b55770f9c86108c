import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuote, splitParagraphs } from '../../../lib/kb/article';
import { applyPatch, diff, jsonEqual } from '../../../lib/kb/patch';

describe('article paragraphs', () => {
  const text = 'Title\n\n  First paragraph.  \r\n\nSecond “quoted” paragraph.\n\n\n';
  const paragraphs = splitParagraphs(text);

  it('numbers the non-empty lines', () => {
    expect(paragraphs).toEqual(['Title', 'First paragraph.', 'Second “quoted” paragraph.']);
  });

  it('accepts only verbatim quotes in the cited paragraph', () => {
    expect(checkQuote(paragraphs, 3, '“quoted”')).toEqual({ ok: true });
    expect(checkQuote(paragraphs, 3, '"quoted"')).toEqual({ ok: false, problem: 'the quote does not occur verbatim in paragraph 3' });
    expect(checkQuote(paragraphs, 2, '“quoted”')).toEqual({ ok: false, problem: 'the quote is in paragraph 3, not paragraph 2' });
    expect(checkQuote(paragraphs, 9, 'Title')).toEqual({ ok: false, problem: 'the article has no paragraph 9 (it has 3)' });
  });
});

describe('edit patches', () => {
  const record = fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 });

  it('diff then apply gives back the edited entity, for any JSON records', () => {
    fc.assert(
      fc.property(record, record, (base, target) => {
        const clean = (x: unknown) => JSON.parse(JSON.stringify(x)) as Record<string, unknown>;
        const [a, b] = [clean(base), clean(target)];
        // null marks a removal in a patch, so records holding null values are out of scope.
        fc.pre(!JSON.stringify(b).includes('null'));
        expect(jsonEqual(applyPatch(a, diff(a, b)), b)).toBe(true);
      }),
    );
  });

  it('keeps a field named "__proto__" as a field, and leaves every object\'s prototype alone', () => {
    // An edit file is JSON from anywhere: JSON.parse makes "__proto__" an own key, and assigning it would set the prototype.
    const target = JSON.parse('{"reason":{"__proto__":{"polluted":true}},"__proto__":"x"}') as Record<string, unknown>;
    const patched = applyPatch({ reason: { en: 'a' } }, diff({ reason: { en: 'a' } }, target));
    expect(jsonEqual(patched, target)).toBe(true);
    expect(Object.keys(patched.reason as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(patched)).toBe(Object.prototype);
  });

  it('keeps an edited field and takes every other field from a newer base', () => {
    const v1 = { status: 'restricted', reason: { en: 'old', ar: 'قديم' }, aliases: ['a'] };
    const edited = { ...v1, reason: { en: 'mine', ar: 'قديم' } };
    const patch = diff(v1, edited);
    expect(patch).toEqual({ reason: { en: 'mine' } });
    const v2 = { status: 'open-weights', reason: { en: 'new', ar: 'جديد' }, aliases: ['a', 'b'] };
    expect(applyPatch(v2, patch)).toEqual({ status: 'open-weights', reason: { en: 'mine', ar: 'جديد' }, aliases: ['a', 'b'] });
  });
});
