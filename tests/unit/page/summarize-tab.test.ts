import { describe, expect, it } from 'vitest';
import { badgeText, readEntityCounts, summarizeTab, withFrameReport } from '../../../lib/page/summarize-tab';

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
});
