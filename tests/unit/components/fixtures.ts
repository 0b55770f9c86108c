/** A small, valid entity for component tests; tests override what they check. */
import type { Entity } from '../../../lib/kb/schema';

export function sampleEntity(overrides: Partial<Entity> = {}): Entity {
  return {
    id: 'sample-model',
    kind: 'model',
    name: { en: 'Sample Model', ar: 'نموذج تجريبي' },
    aliases: [{ text: 'Sample Model' }],
    summary: { en: 'A model used in tests.', ar: 'نموذج للاختبار.' },
    assessment: {
      status: 'open-weights',
      reason: { en: 'Weights are Apache-2.0.', ar: 'الأوزان بترخيص Apache-2.0.' },
      weights: { value: 'yes', sources: [{ kind: 'web', title: 'Model card', url: 'https://example.org/card' }] },
      trainingCode: { value: 'partial', sources: [{ kind: 'article', paragraph: 2 }] },
      trainingData: { value: 'no', note: { en: 'Not released.', ar: 'غير منشورة.' }, sources: [] },
      licence: { name: 'Apache-2.0', osiApproved: true, value: 'yes', sources: [] },
      commercialUse: { value: 'unknown', sources: [] },
    },
    ...overrides,
  };
}
