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

describe('the card view at a glance', () => {
  const full: CardData = {
    ...DATA,
    text: {
      card_page_calls: 'This page calls it $1.',
      card_record_says: 'The record says $1.',
      card_record_says_release: 'The record says $1 for $2.',
      status_restricted: 'Restricted',
      claim_open: 'open source',
      'claim_open-weights': 'open weights',
      verdict_overstated: 'The page overstates it.',
      note_label: 'Your note',
      card_copy: 'Copy',
      card_copied: 'Copied',
    },
    note: 'Mine.',
    copyText: 'Llama: Restricted',
    marks: [
      { key: 'weights', label: 'Weights', level: 'partial', levelLabel: 'Partial', note: 'After accepting the licence' },
      { key: 'trainingCode', label: 'Training code', level: 'no', levelLabel: 'No' },
      { key: 'trainingData', label: 'Training data', level: 'no', levelLabel: 'No' },
      { key: 'licence', label: 'Licence', level: 'no', levelLabel: 'No' },
      { key: 'commercialUse', label: 'Commercial use', level: 'partial', levelLabel: 'Partial' },
    ],
  };

  it('puts the page\'s claim first, with the record and its reason', () => {
    const card = buildCard(document, full, 'en', { onClose() {}, onMore() {} }, { claim: 'open', verdict: 'overstated' });
    const claim = card.querySelector('.page-claim')!;
    expect(claim.textContent).toBe('This page calls it open source.The page overstates it. The record says Restricted.');
    expect(card.querySelector('.page-claim + .status')).not.toBeNull();
    expect(buildCard(document, full, 'en', { onClose() {}, onMore() {} }, null).querySelector('.page-claim')).toBeNull();
  });

  it('names the release a claim was judged against, when the mention names one', () => {
    const release = { name: 'Gemma 3', status: 'restricted' };
    const card = buildCard(document, full, 'en', { onClose() {}, onMore() {} }, { claim: 'open-weights', verdict: 'overstated', release });
    expect(card.querySelector('.page-claim')!.textContent).toBe('This page calls it open weights.The page overstates it. The record says Restricted for \u2068Gemma 3\u2069.');
  });

  it('unfolds the five marks on demand and shows the user\'s note', () => {
    const card = buildCard(document, full, 'en', { onClose() {}, onMore() {} });
    const row = card.querySelector<HTMLButtonElement>('.marks')!;
    expect(card.querySelectorAll('.mark')).toHaveLength(5);
    expect(card.querySelector<HTMLElement>('.evidence')!.hidden).toBe(true);
    row.click();
    expect(row.getAttribute('aria-expanded')).toBe('true');
    expect(card.querySelector<HTMLElement>('.evidence')!.hidden).toBe(false);
    expect(card.querySelector('.evidence')!.textContent).toContain('Partial — After accepting the licence');
    expect(card.querySelector('.user-note')!.textContent).toBe('Your note: Mine.');
  });

  it('copies the card\'s text and says so', async () => {
    const onCopy = vi.fn(() => Promise.resolve());
    const card = buildCard(document, full, 'en', { onClose() {}, onMore() {}, onCopy });
    const copy = card.querySelector<HTMLButtonElement>('.copy')!;
    copy.click();
    await Promise.resolve();
    await Promise.resolve();
    expect(onCopy).toHaveBeenCalledWith('Llama: Restricted');
    expect(copy.textContent).toBe('Copied');
  });
});
