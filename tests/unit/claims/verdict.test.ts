/** The record a claim is held against: the latest dated release's status, else the assessment's. */
import { describe, expect, it } from 'vitest';
import { entityRecord, verdictOf } from '../../../lib/claims/verdict';

describe('entityRecord', () => {
  it('gives companies and organizations no status', () => {
    expect(entityRecord({ kind: 'company', assessment: undefined })).toEqual({ kind: 'company' });
    expect(entityRecord({ kind: 'organization', assessment: undefined })).toEqual({ kind: 'organization' });
  });

  it('reads the latest dated release when the entity lists releases', () => {
    const releases = [
      { date: '2025-03-24', status: 'open-weights' as const },
      { date: '2024-12', status: 'restricted' as const },
    ];
    expect(entityRecord({ kind: 'model', assessment: undefined, releases })).toEqual({ kind: 'model', status: 'open-weights' });
    expect(verdictOf('open', entityRecord({ kind: 'model', assessment: undefined, releases }))).toBe('overstated');
  });

  it('reads nothing into a missing record or an unknown status', () => {
    expect(verdictOf('open', undefined)).toBeNull();
    expect(verdictOf('closed', { kind: 'family', status: 'unknown' })).toBeNull();
  });
});
