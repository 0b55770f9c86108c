import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, readSettings } from '../../lib/settings';

describe('readSettings', () => {
  it('fills defaults for a missing value', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
  it('drops malformed fields instead of failing', () => {
    const s = readSettings({ enabled: 'yes', excludedSites: ['a.com', 3], cardTrigger: 'hover', language: 'fr' });
    expect(s.enabled).toBe(true);
    expect(s.excludedSites).toEqual(['a.com']);
    expect(s.language).toBe('auto');
  });
  it('turns highlighting off for an excluded site only', () => {
    const s = readSettings({ excludedSites: ['news.example'] });
    expect(isActiveOn(s, 'News.Example')).toBe(false);
    expect(isActiveOn(s, 'other.example')).toBe(true);
    expect(isActiveOn({ ...s, enabled: false }, 'other.example')).toBe(false);
  });
});
