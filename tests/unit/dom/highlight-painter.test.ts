// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPainter, WRAPPER_TAG, type PaintSpan } from '../../../lib/dom/highlight-painter';
import { collectTextBlocks } from '../../../lib/dom/text-blocks';
import { withFakeHighlightApi } from './fake-highlight-api';

function spansOf(text: string, words: string[]): PaintSpan[] {
  return words.map((w, i) => {
    const start = text.indexOf(w);
    return { start, end: start + w.length, status: i % 2 ? 'closed' : 'open', id: i + 1 };
  });
}

describe('the wrapper fallback', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('wraps exactly the mention text, across inline elements', () => {
    document.body.innerHTML = '<p>By <b>Open</b>AI and Meta.</p>';
    const painter = createPainter(document, { forceWrap: true });
    const [block] = collectTextBlocks(document);
    painter.paint(block!, spansOf(block!.text, ['OpenAI', 'Meta']));
    const marks = [...document.querySelectorAll(WRAPPER_TAG)];
    expect(marks.map((m) => m.textContent)).toEqual(['Open', 'AI', 'Meta']);
    expect(marks.map((m) => m.getAttribute('data-status'))).toEqual(['open', 'open', 'closed']);
    expect(document.body.textContent).toBe('By OpenAI and Meta.');
    painter.dispose();
  });

  it('removes every wrapper and merges back only the text nodes it split, in any order', () => {
    document.body.innerHTML = '<p>A OpenAI B Meta C <i>Open</i>AI D</p><p>x</p>';
    // Text nodes the page made separately on purpose must stay separate.
    const p2 = document.querySelectorAll('p')[1]!;
    p2.appendChild(document.createTextNode('y'));
    const before = document.body.innerHTML;
    const nodesBefore = [...document.querySelectorAll('p')].map((p) => p.childNodes.length);
    const pageTextNode = document.querySelector('p')!.firstChild;

    const painter = createPainter(document, { forceWrap: true });
    const [block] = collectTextBlocks(document.querySelector('p')!);
    const spans: PaintSpan[] = [
      { start: 2, end: 8, status: 'open', id: 1 },
      { start: 11, end: 15, status: 'closed', id: 2 },
      { start: 18, end: 24, status: 'open', id: 3 },
    ];
    const painted = painter.paint(block!, spans);
    expect(document.querySelectorAll(WRAPPER_TAG)).toHaveLength(4);
    // Erase the middle one first, then the others.
    painter.erase([painted[1]!]);
    expect(document.querySelectorAll(WRAPPER_TAG)).toHaveLength(3);
    painter.erase([painted[0]!, painted[2]!]);

    expect(document.body.innerHTML).toBe(before);
    expect([...document.querySelectorAll('p')].map((p) => p.childNodes.length)).toEqual(nodesBefore);
    // The page's own node object is the one holding the text again.
    expect(document.querySelector('p')!.firstChild).toBe(pageTextNode);
    painter.dispose();
  });

  it('dispose removes whatever is still painted', () => {
    document.body.innerHTML = '<p>DeepSeek and Qwen</p>';
    const before = document.body.innerHTML;
    const painter = createPainter(document, { forceWrap: true });
    const [block] = collectTextBlocks(document);
    painter.paint(block!, spansOf(block!.text, ['DeepSeek', 'Qwen']));
    expect(document.body.innerHTML).not.toBe(before);
    painter.dispose();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('p')!.childNodes).toHaveLength(1);
  });
});

describe('the highlight API painter', () => {
  it('adds ranges to one Highlight per status and leaves the DOM untouched', async () => {
    await withFakeHighlightApi((registry) => {
      document.body.innerHTML = '<p>By <b>Open</b>AI and Meta.</p>';
      const before = document.documentElement.outerHTML;
      const painter = createPainter(document);
      expect(painter.mode).toBe('highlight');
      const [block] = collectTextBlocks(document);
      const painted = painter.paint(block!, spansOf(block!.text, ['OpenAI', 'Meta']));
      expect([...registry.keys()].sort()).toEqual(['ol-closed', 'ol-open']);
      const openRange = [...registry.get('ol-open')!][0] as StaticRange;
      expect(openRange.startContainer.textContent).toBe('Open');
      expect(openRange.endContainer.textContent).toBe('AI and Meta.');
      expect(openRange.endOffset).toBe(2);
      expect(document.documentElement.outerHTML).toBe(before);
      painter.erase([painted[0]!]);
      expect(registry.get('ol-open')!.size).toBe(0);
      painter.dispose();
      expect(registry.size).toBe(0);
    });
  });
});
