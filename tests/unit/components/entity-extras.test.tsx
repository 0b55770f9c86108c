// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent } from '@testing-library/preact';
import { EntityDetail } from '../../../components/entity-detail';
import { claimMentionIndex, releasesOf, releaseSteps, statusAsOf, type PageClaim } from '../../../components/entity-extras';
import { evidenceText } from '../../../components/evidence-text';
import type { Entity } from '../../../lib/kb/schema';
import { renderIn } from './render';
import { sampleEntity } from './fixtures';

afterEach(cleanup);

const releases = [
  { name: 'V3-0324', date: '2025-03-24', licence: 'MIT', status: 'open-weights', sources: [] },
  { name: 'V3', date: '2024-12', licence: 'DeepSeek License', status: 'restricted', sources: [] },
  { name: 'V3.1', date: '2025-08', licence: 'MIT', status: 'open-weights', sources: [] },
  { name: 'broken', date: 'soon', status: 'open' },
];
const withReleases = () => ({ ...sampleEntity(), releases }) as unknown as Entity;

const claim = (entity: string, start: number, c: PageClaim['claim'], verdict: PageClaim['verdict']): PageClaim => ({
  entity,
  start,
  end: start + 5,
  claim: c,
  verdict,
  cue: c ? 'open source' : '',
  cueStart: start + 6,
  cueEnd: start + 17,
});

describe('entity extras', () => {
  it('reads dated releases oldest first, leaving out malformed ones, and collapses unchanged steps', () => {
    const entity = withReleases();
    expect(releasesOf(entity).map((r) => r.name)).toEqual(['V3', 'V3-0324', 'V3.1']);
    expect(releaseSteps(releasesOf(entity)).map((r) => r.name)).toEqual(['V3', 'V3-0324']);
    expect(statusAsOf(entity)).toBe('2025-08');
  });

  it('shows the history in one line, in Arabic too', () => {
    const { container } = renderIn('ar', <EntityDetail entity={withReleases()} />);
    expect(container.querySelector('[data-release-line]')!.textContent).toBe(
      'الإصدارات: مقيّد (DeepSeek License) منذ 2024-12 (V3) → أوزان مفتوحة (MIT) منذ 2025-03-24 (V3-0324)',
    );
    expect(container.querySelector('[data-as-of]')!.textContent).toBe('حتى 2025-08');
  });

  it('gives a company no status, and no "not assessed"', () => {
    const company = { ...sampleEntity({ kind: 'company' }), assessment: undefined } as Entity;
    const { container } = renderIn('en', <EntityDetail entity={company} />);
    expect(container.querySelector('[data-status]')).toBeNull();
    expect(container.textContent).not.toContain('Not assessed');
  });

  it('lists the page\'s claims with their verdicts, each jumping to its own mention', () => {
    const claims = [claim('sample-model', 10, null, null), claim('sample-model', 50, 'open', 'overstated'), claim('other', 30, 'open', 'overstated')];
    const onJump = vi.fn();
    const shown = claims.filter((c) => c.entity === 'sample-model' && c.claim !== null);
    const { container } = renderIn('en', <EntityDetail entity={sampleEntity()} pageClaims={shown} onJumpToClaim={onJump} />);
    const items = container.querySelectorAll('[data-section="page-claims"] li');
    expect(items).toHaveLength(1);
    expect(items[0]!.getAttribute('data-claim-verdict')).toBe('overstated');
    expect(items[0]!.textContent).toContain('overstated');
    fireEvent.click(container.querySelector('[data-claim-jump]')!);
    expect(onJump).toHaveBeenCalledWith(shown[0]);
    // The second mention of the entity the check looked at: index 1.
    expect(claimMentionIndex(claims, shown[0]!)).toBe(1);
  });

  it('writes the evidence text in both languages with the five marks and the web sources', () => {
    const text = evidenceText(withReleases());
    expect(text.split('\n')).toEqual([
      'Sample Model: Open weights (as of 2025-08)',
      'Weights are Apache-2.0.',
      'Weights: Yes · Training code: Partial · Training data: No · Licence: Yes (Apache-2.0) · Commercial use: Not known',
      '',
      'نموذج تجريبي: أوزان مفتوحة (حتى 2025-08)',
      'الأوزان بترخيص Apache-2.0.',
      expect.stringContaining('الأوزان'),
      '',
      'Sources: / المصادر:',
      '- https://example.org/card',
      '— Openness Lens',
    ]);
  });
});
