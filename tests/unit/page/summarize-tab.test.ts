import { describe, expect, it } from 'vitest';
import { badgeText, readClaims, readEntityCounts, summarizeTab, withFrameReport } from '../../../lib/page/summarize-tab';

describe('tab summaries', () => {
  it('sums the frames of a tab and counts distinct entities for the badge', () => {
    let rec = withFrameReport(undefined, 0, 'https://news.example/a', [
      { entity: 'openai', count: 3, status: 'closed' },
      { entity: 'meta', count: 1, status: 'restricted' },
    ]);
    rec = withFrameReport(rec, 7, 'https://ads.example/frame', [{ entity: 'openai', count: 2, status: 'closed' }]);
    const s = summarizeTab(4, rec);
    expect(s).toEqual({
      tabId: 4,
      url: 'https://news.example/a',
      entities: [
        { entity: 'openai', count: 5, status: 'closed' },
        { entity: 'meta', count: 1, status: 'restricted' },
      ],
    });
    expect(badgeText(s)).toBe('2');
  });

  it('replaces a frame\'s previous report and empties the badge when nothing is left', () => {
    let rec = withFrameReport(undefined, 0, 'u', [{ entity: 'qwen', count: 1, status: 'open-weights' }]);
    rec = withFrameReport(rec, 0, 'u', []);
    expect(summarizeTab(1, rec).entities).toEqual([]);
    expect(badgeText(summarizeTab(1, rec))).toBe('');
  });

  it('keeps only well-formed counts from a report', () => {
    expect(
      readEntityCounts([{ entity: 'a', count: 2, status: 'open' }, { entity: 'b', count: -1, status: 'open' }, 'x', null]),
    ).toEqual([{ entity: 'a', count: 2, status: 'open' }]);
    expect(readEntityCounts('nope')).toEqual([]);
  });

  it('lists the claims of every frame, the top frame first, and forgets a frame\'s claims with its mentions', () => {
    const claim = (entity: string, index: number) => ({ entity, index, start: index, end: index + 1, claim: 'open' as const, verdict: 'overstated' as const, cue: 'open source', sentence: `${entity} is open source.` });
    let rec = withFrameReport(undefined, 5, 'f', [{ entity: 'llama', count: 1, status: 'restricted' }], [claim('llama', 0)]);
    rec = withFrameReport(rec, 0, 'u', [{ entity: 'grok', count: 2, status: 'restricted' }], [claim('grok', 1)]);
    expect(summarizeTab(1, rec).claims?.map((c) => c.entity)).toEqual(['grok', 'llama']);
    rec = withFrameReport(rec, 5, 'f', []);
    expect(summarizeTab(1, rec).claims?.map((c) => c.entity)).toEqual(['grok']);
    rec = withFrameReport(rec, 0, 'u', [{ entity: 'grok', count: 2, status: 'restricted' }]);
    expect(summarizeTab(1, rec).claims).toBeUndefined();
  });

  it('keeps only well-formed claims from a report', () => {
    const good = { entity: 'qwen', index: 0, start: 3, end: 4, claim: 'open', verdict: 'overstated', cue: 'open source' };
    expect(
      readClaims([
        good,
        { ...good, claim: 'restricted' },
        { ...good, index: -1 },
        { ...good, entity: 7 },
        { ...good, verdict: 'maybe', sentence: 'Qwen is open source.' },
        'x',
      ]),
    ).toEqual([good, { ...good, verdict: null, sentence: 'Qwen is open source.' }]);
    expect(readClaims({})).toEqual([]);
  });
});
