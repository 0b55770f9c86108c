// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { StatusBadge } from '../../../components/status-badge';
import { LevelBadge } from '../../../components/level-badge';
import { STATUSES } from '../../../lib/kb/schema';
import { renderIn } from './render';

afterEach(cleanup);

const WORDS = {
  en: { open: 'Open', 'open-weights': 'Open weights', restricted: 'Restricted', closed: 'Closed', unknown: 'Unknown' },
  ar: { open: 'مفتوح المصدر', 'open-weights': 'أوزان مفتوحة', restricted: 'مقيّد', closed: 'مغلق', unknown: 'غير معروف' },
} as const;

describe('StatusBadge', () => {
  it.each(['en', 'ar'] as const)('says each status in words (%s)', (lang) => {
    for (const status of STATUSES) {
      const { container, unmount } = renderIn(lang, <StatusBadge status={status} />);
      expect(container.textContent).toBe(WORDS[lang][status]);
      unmount();
    }
  });

  it('gives every status its own shape, hidden from screen readers', () => {
    const shapes = STATUSES.map((status) => {
      const { container, unmount } = renderIn('en', <StatusBadge status={status} />);
      const svg = container.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      const shape = `${svg.getAttribute('data-shape')}|${svg.innerHTML}`;
      unmount();
      return shape;
    });
    expect(new Set(shapes).size).toBe(STATUSES.length);
  });

  it('draws unknown as a neutral ring, not a warning', () => {
    const { container } = renderIn('en', <StatusBadge status="unknown" />);
    const badge = container.querySelector('[data-status="unknown"]')!;
    expect(badge.querySelector('svg')!.getAttribute('data-shape')).toBe('dotted-ring');
    expect(badge.innerHTML).not.toMatch(/[!⚠]|polygon|triangle/);
    expect(badge.textContent).toBe('Unknown');
  });
});

describe('LevelBadge', () => {
  it('names each level and "does not apply"', () => {
    const { container } = renderIn(
      'en',
      <>
        <LevelBadge level="yes" />
        <LevelBadge level="partial" />
        <LevelBadge level="no" />
        <LevelBadge level="unknown" />
        <LevelBadge level="unknown" notApplicable />
      </>,
    );
    expect([...container.querySelectorAll('[data-level]')].map((e) => e.textContent)).toEqual(['Yes', 'Partial', 'No', 'Not known', 'Does not apply']);
  });
});
