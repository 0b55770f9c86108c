import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import ar from '../../../public/_locales/ar/messages.json';
import { resolveLanguage, translate, dirOf } from '../../../components/i18n';

describe('UI strings', () => {
  it('exist in both languages for every key, none empty', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const catalog of [en, ar]) {
      for (const [key, entry] of Object.entries(catalog)) expect((entry as { message: string }).message.trim(), key).not.toBe('');
    }
  });

  it('are really translated: the Arabic catalog is in Arabic script', () => {
    const untranslated = Object.entries(ar).filter(([key, e]) => !/[\u0600-\u06FF]/.test((e as { message: string }).message) && key !== 'status_open');
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });

  it('fill placeholders in order', () => {
    expect(translate('en', 'jump_position', 2, 5)).toBe('Mention 2 of 5');
    expect(translate('ar', 'jump_position', 2, 5)).toBe('الذكر 2 من 5');
    expect(translate('en', 'search_no_results', 'لاما')).toBe('Nothing matches “لاما”.');
  });

  it('follow the browser unless the setting names a language', () => {
    expect(resolveLanguage('auto', 'ar-EG')).toBe('ar');
    expect(resolveLanguage('auto', 'fr-FR')).toBe('en');
    expect(resolveLanguage('en', 'ar')).toBe('en');
    expect(resolveLanguage('ar', 'en-US')).toBe('ar');
    expect(dirOf('ar')).toBe('rtl');
  });

  it('use the status words of the scale', () => {
    expect(['open', 'open_weights', 'restricted', 'closed', 'unknown'].map((s) => translate('ar', `status_${s}` as never))).toEqual([
      'مفتوح المصدر',
      'أوزان مفتوحة',
      'مقيّد',
      'مغلق',
      'غير معروف',
    ]);
  });
});
