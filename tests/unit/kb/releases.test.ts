import { describe, expect, it } from 'vitest';
import deepseekV3 from '../../../assets/kb/entities/deepseek-v3.json';
import grok from '../../../assets/kb/entities/grok.json';
import llama from '../../../assets/kb/entities/llama.json';
import { byDate, monthYear, releaseHistory, statusAsOf } from '../../../lib/kb/releases';
import type { Release } from '../../../lib/kb/schema';

const source = [{ kind: 'web' as const, title: 'x', url: 'https://example.org/licence' }];
const release = (name: string, date: string, status: Release['status'], licence: string): Release => ({ name, date, status, licence, sources: source });

describe('statusAsOf', () => {
  it('takes the newest release, whatever order the data gives', () => {
    const releases = [release('B', '2025-03-24', 'open-weights', 'MIT'), release('A', '2024-12-26', 'restricted', 'DeepSeek License')];
    expect(statusAsOf(releases)).toMatchObject({ status: 'open-weights', date: '2025-03-24', release: { name: 'B' } });
  });

  it('is undefined without releases', () => {
    expect(statusAsOf(undefined)).toBeUndefined();
    expect(statusAsOf([])).toBeUndefined();
  });

  it('sorts a month-only date before a day in that month, and keeps the data order on ties', () => {
    const rs = [release('day', '2025-03-24', 'closed', ''), release('month', '2025-03', 'closed', ''), release('tie', '2025-03-24', 'closed', '')];
    expect(byDate(rs).map((r) => r.name)).toEqual(['month', 'day', 'tie']);
  });
});

describe('releaseHistory', () => {
  it('reads DeepSeek-V3 as the record has it, in both languages', () => {
    const releases = deepseekV3.releases as Release[];
    expect(releaseHistory(releases, 'en')).toBe('restricted until March 2025 (DeepSeek-V3), MIT since DeepSeek-V3-0324');
    expect(releaseHistory(releases, 'ar')).toBe('مقيّد حتى مارس 2025 (DeepSeek-V3)، MIT منذ DeepSeek-V3-0324');
    expect(statusAsOf(releases)?.status).toBe('open-weights');
  });

  it('names the first and last release of a run, and the licence of the current run', () => {
    const rs = [
      release('Grok-1', '2024-03-17', 'open-weights', 'Apache-2.0'),
      release('Grok 3', '2025-02-17', 'closed', ''),
      release('Grok 4', '2025-07-09', 'closed', ''),
      release('Grok 2.5', '2025-08-23', 'restricted', 'Grok 2 Community License'),
    ];
    expect(releaseHistory(rs, 'en')).toBe(
      'open weights until February 2025 (Grok-1), closed until August 2025 (Grok 3, Grok 4), Grok 2 Community License since Grok 2.5',
    );
  });

  it('falls back to the status word when the current run has no licence name', () => {
    const rs = [release('A', '2024-01', 'open-weights', 'MIT'), release('B', '2025-02', 'closed', '')];
    expect(releaseHistory(rs, 'en')).toBe('open weights until February 2025 (A), closed since B');
    expect(releaseHistory(rs, 'ar')).toBe('أوزان مفتوحة حتى فبراير 2025 (A)، مغلق منذ B');
  });

  it('names the status, not a licence, when the current run mixes licences', () => {
    const rs = [
      release('Falcon-40B', '2023-05', 'open-weights', 'Apache-2.0'),
      release('Falcon 180B', '2023-09', 'restricted', 'Falcon-180B TII License'),
      release('Falcon 3', '2024-12', 'restricted', 'TII Falcon License 2.0'),
    ];
    expect(releaseHistory(rs, 'en')).toBe('open weights until September 2023 (Falcon-40B), restricted since Falcon 180B');
  });

  it('says nothing when every release has the same status (Llama)', () => {
    expect((llama.releases as Release[]).length).toBeGreaterThan(2);
    expect(releaseHistory(llama.releases as Release[], 'en')).toBeUndefined();
    expect(releaseHistory(undefined, 'ar')).toBeUndefined();
  });

  it('gives Grok a history line from its shipped releases', () => {
    expect(releaseHistory(grok.releases as Release[], 'en')).toMatch(/^open weights until .+ \(Grok-1\), /);
  });
});

describe('monthYear', () => {
  it('names the month in each language', () => {
    expect(monthYear('2024-12-26', 'en')).toBe('December 2024');
    expect(monthYear('2025-06', 'ar')).toBe('يونيو 2025');
  });
});
