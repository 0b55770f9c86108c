import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardDataOf, firstSentence, monthYear } from '../../lib/card-data';
import type { Entity } from '../../lib/kb/schema';
import { SEED } from '../../lib/kb/seed';

const byId = (id: string) => SEED.entities.find((e) => e.id === id)!;
const extras = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/card/llama-extras.json'), 'utf8'));

describe('what the card shows about an entity', () => {
  it('gives one short reason, the five marks in order, and the source article named with its date', () => {
    const data = cardDataOf(byId('llama'), 'en');
    expect(data.reason).toBe(firstSentence(byId('llama').assessment!.reason.en));
    expect(data.marks!.map((m) => m.key)).toEqual(['weights', 'trainingCode', 'trainingData', 'licence', 'commercialUse']);
    expect(data.labels.articleSays).toBe('The Arabic article of August 2025 that this knowledge base began from suggests');
  });

  it('ends a first clause cut at a semicolon with a full stop', () => {
    expect(firstSentence('Weights are open; the data is not. More.')).toBe('Weights are open.');
    expect(firstSentence('One sentence only.')).toBe('One sentence only.');
  });

  it('shows a company with its models and no status claim', () => {
    const meta = byId('meta');
    const data = cardDataOf(meta, 'en', { models: [byId('llama')] });
    expect(data.models).toEqual([{ id: 'llama', name: 'Llama', status: 'restricted', statusLabel: 'Restricted' }]);
    expect(data.claim).toBeUndefined();
    expect(data.copyText).toBeUndefined();
  });

  it('adds the general risks and benefits, with their paragraphs, to open-weights cards only', () => {
    const open = cardDataOf(byId('qwen'), 'en', { general: SEED.general });
    expect(open.notes!.filter((n) => n.paragraph).length).toBe(SEED.general.risks.length + SEED.general.benefits.length);
    expect(open.notes!.find((n) => n.paragraph)!.source).toMatch(/^About open models in general \(source article, paragraph \d+\)$/);
    const restricted = cardDataOf(byId('llama'), 'en', { general: SEED.general });
    expect((restricted.notes ?? []).some((n) => n.paragraph)).toBe(false);
  });

  it('reads releases, corrections and expert grades when the entity has them', () => {
    const entity = { ...byId('llama'), ...extras } as Entity;
    const data = cardDataOf(entity, 'ar', { note: 'ملاحظتي' });
    expect(data.asOf).toBe('2024-07-23');
    expect(data.text!.as_of).toBe(`حتى ${monthYear('ar', '2024-07-23')}`);
    expect(data.releases!.map((r) => r.name)).toEqual(['Llama 2', 'Llama 3.1']);
    expect(data.corrections![0]).toContain('يقول المقال المصدر');
    expect(data.expert!.osai!.map((g) => g.grades.length)).toEqual([5, 6, 1]);
    expect(data.expert!.mof).toBe('إطار انفتاح النماذج: لم يبلغ أي فئة');
    expect(data.note).toBe('ملاحظتي');
  });

  it("leads with the release the page's name gives, when its status is not the family's", () => {
    const grok = byId('grok');
    expect(grok.assessment!.status).toBe('restricted');
    const grok4 = cardDataOf(grok, 'en', { name: 'Grok 4' });
    expect(grok4.status).toBe('closed');
    expect(grok4.labels.status).toBe('Closed');
    expect(grok4.text!.as_of).toBe('Grok 4, released July 2025');
    // The family's newest release stays in view; the named one's licence leads where it has one.
    expect(grok4.reason).toBe('The newest release, Grok 2, is restricted.');
    expect(cardDataOf(grok, 'en', { name: 'Grok-1' }).reason).toBe('Licence: Apache-2.0. The newest release, Grok 2, is restricted.');
    const kimi = cardDataOf(byId('kimi'), 'ar', { name: 'كيمي K2' });
    expect(kimi.status).toBe('open-weights');
    expect(kimi.reason).toBe('الترخيص: Modified MIT License. أما أحدث إصدار، Kimi K3، فحالته: مقيّد.');
    // A release named by a tier joined with a hyphen: Hunyuan-Large kept its community licence.
    const large = cardDataOf(byId('hunyuan'), 'en', { name: 'Hunyuan-Large' });
    expect(large.status).toBe('restricted');
    expect(cardDataOf(byId('hunyuan'), 'en', { name: 'Hunyuan' }).status).toBe('open-weights');
    // A bare name, a release of the family's own status, and an unknown version keep the family's card.
    for (const name of [undefined, 'Grok', 'Grok 2', 'Grok 9']) {
      const card = cardDataOf(grok, 'en', { name });
      expect(card.status).toBe('restricted');
      expect(card.reason).toBe(cardDataOf(grok, 'en').reason);
    }
  });

  it('copies a bilingual text with the status as of its date, the marks and the sources', () => {
    const entity = { ...byId('llama'), ...extras } as Entity;
    const text = cardDataOf(entity, 'en').copyText!;
    expect(text).toMatch(/^Llama: Restricted \(as of July 2024\)/);
    expect(text).toContain('لاما: مقيّد');
    expect(text).toContain('Weights: Partial · Training code: No');
    expect(text).toMatch(/Sources \/ المصادر:\nhttps:\/\//);
  });
});
