// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildCard } from '../../../../components/card/card-view';
import type { CardData } from '../../../../lib/messages';

const DATA: CardData = {
  id: 'llama',
  lang: 'en',
  name: { en: 'Llama', ar: 'لاما' },
  kind: 'family',
  maker: { id: 'meta', name: 'Meta' },
  status: 'restricted',
  reason: 'Weights under a community licence.',
  claim: { quoteAr: 'نماذجها الشهيرة LLaMA', en: 'its famous LLaMA models', claimedStatus: 'open' },
  risk: 'Licence <b>limits</b> large users.',
  labels: {
    kind: 'Model family',
    status: 'Restricted',
    claimedStatus: 'Open',
    maker: 'Maker',
    articleSays: 'The article’s wording suggests',
    recordShows: 'The public record shows',
    risk: 'Risks',
    more: 'Open in options',
    close: 'Close',
  },
};

describe('the card view', () => {
  it('shows both names, kind, maker, status with its shape, reason, the differing claim and the risk', () => {
    const card = buildCard(document, DATA, 'en', { onClose() {}, onMore() {} });
    const text = card.textContent!;
    for (const part of ['Llama', 'لاما', 'Model family', 'Maker: Meta', 'Restricted', 'Weights under', 'suggests: Open', 'نماذجها الشهيرة', 'Risks:']) {
      expect(text).toContain(part);
    }
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.querySelector('svg')!.getAttribute('data-shape')).toBe('diamond');
  });

  it('sets knowledge-base text as text, never as markup', () => {
    const card = buildCard(document, DATA, 'en', { onClose() {}, onMore() {} });
    expect(card.querySelector('.risk b')).toBeNull();
    expect(card.querySelector('.risk')!.textContent).toContain('<b>limits</b>');
  });

  it('is right-to-left in Arabic, Arabic name first, and leaves out what the data lacks', () => {
    const { claim: _c, risk: _r, maker: _m, ...rest } = DATA;
    const card = buildCard(document, { ...rest, lang: 'ar' }, 'ar', { onClose() {}, onMore() {} });
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.querySelector('.name')!.textContent).toBe('لاما');
    expect(card.querySelector('.claim, .risk, .maker')).toBeNull();
  });

  it('calls back for More and Close', () => {
    const onMore = vi.fn();
    const onClose = vi.fn();
    const card = buildCard(document, DATA, 'en', { onClose, onMore });
    card.querySelector<HTMLButtonElement>('.more')!.click();
    card.querySelector<HTMLButtonElement>('.close')!.click();
    expect(onMore).toHaveBeenCalledWith('llama');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
