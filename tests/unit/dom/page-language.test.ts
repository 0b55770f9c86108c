import { describe, expect, it } from 'vitest';
import { cardLanguageOf, pageLanguage } from '../../../lib/dom/page-language';

describe('the card language', () => {
  it('reads the page language from lang, else from an rtl direction', () => {
    expect(pageLanguage({ lang: 'ar-EG', dir: '' })).toBe('ar');
    expect(pageLanguage({ lang: 'en-GB', dir: 'rtl' })).toBe('en');
    expect(pageLanguage({ lang: '', dir: 'rtl' })).toBe('ar');
    expect(pageLanguage({ lang: 'fr', dir: '' })).toBeNull();
  });

  it('speaks the page language by default, else the interface language, else the browser\'s', () => {
    expect(cardLanguageOf('page', 'en', { lang: 'ar', dir: 'rtl' }, 'en-US')).toBe('ar');
    expect(cardLanguageOf('page', 'ar', { lang: 'fr', dir: '' }, 'en-US')).toBe('ar');
    expect(cardLanguageOf('page', 'auto', { lang: '', dir: '' }, 'ar-SA')).toBe('ar');
    expect(cardLanguageOf('browser', 'auto', { lang: 'ar', dir: 'rtl' }, 'en-US')).toBe('en');
    expect(cardLanguageOf('en', 'ar', { lang: 'ar', dir: 'rtl' }, 'ar')).toBe('en');
  });
});
