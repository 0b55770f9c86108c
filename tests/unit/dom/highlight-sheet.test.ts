// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPainter, type PaintSpan } from '../../../lib/dom/highlight-painter';
import { highlightCss, highlightOverrideCss } from '../../../lib/dom/highlight-styles';
import { collectTextBlocks } from '../../../lib/dom/text-blocks';
import { withFakeHighlightApi } from './fake-highlight-api';

// happy-dom does not parse `::highlight()` rules, so each sheet's CSS is read as the code gave it.
const cssOf = new WeakMap<CSSStyleSheet, string>();
const replaceSync = CSSStyleSheet.prototype.replaceSync;
beforeAll(() => {
  CSSStyleSheet.prototype.replaceSync = function (this: CSSStyleSheet, css: string) {
    cssOf.set(this, css);
    return replaceSync.call(this, css);
  };
});
afterAll(() => {
  CSSStyleSheet.prototype.replaceSync = replaceSync;
});

/** The CSS text of each sheet adopted by a document or shadow root. */
function adoptedCss(target: Document | ShadowRoot = document): string[] {
  return target.adoptedStyleSheets.map((s) => cssOf.get(s) ?? '?');
}

const rulesOf = (css: string): string[] => [css];

const span = (text: string, word: string, status: PaintSpan['status'] = 'open'): PaintSpan => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, status, id: 1 };
};

describe('the highlight styles in highlight mode', () => {
  afterEach(() => {
    document.adoptedStyleSheets = [];
    document.body.innerHTML = '';
  });

  it('come from the browser-injected sheet: the painter adds no sheet to the page with the default colours', async () => {
    await withFakeHighlightApi((registry) => {
      document.body.innerHTML = '<p>Meta released Llama.</p>';
      const painter = createPainter(document);
      const [block] = collectTextBlocks(document);
      painter.paint(block!, [span(block!.text, 'Llama')]);
      expect(registry.get('ol-open')!.size).toBe(1);
      expect(document.adoptedStyleSheets).toHaveLength(0);
      painter.dispose();
      expect(document.adoptedStyleSheets).toHaveLength(0);
    });
  });

  it('take the user’s colours as override rules for just the changed statuses, dropped again with the defaults', async () => {
    await withFakeHighlightApi(() => {
      const painter = createPainter(document, { colors: { closed: '#ff00aa' } });
      // Outranking the injected rules on every element (Firefox), or beside them on :root (Chromium).
      expect(highlightOverrideCss({ closed: '#ff00aa' })).toMatch(/^:not\(#[a-z-]+\)::highlight\(ol-closed\)[^\n]*$/);
      expect(highlightOverrideCss({ closed: '#ff00aa' }, ':root')).toMatch(/^:root::highlight\(ol-closed\)[^\n]*$/);
      expect(adoptedCss()).toEqual(rulesOf(highlightOverrideCss({ closed: '#ff00aa' })));
      painter.setColors({ closed: '#ff00aa', open: '#000000' });
      expect(adoptedCss()[0]).toContain('::highlight(ol-open)');
      expect(document.adoptedStyleSheets).toHaveLength(1);
      painter.setColors({});
      expect(document.adoptedStyleSheets).toHaveLength(0);
      painter.dispose();
    });
  });

  it('are adopted in full by the open shadow roots the painter styles, and taken away with the painter', async () => {
    await withFakeHighlightApi(() => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const painter = createPainter(document);
      painter.styleShadowRoot(root);
      painter.styleShadowRoot(root);
      expect(adoptedCss(root)).toEqual(rulesOf(highlightCss()));
      painter.setColors({ open: '#112233' });
      expect(adoptedCss(root)).toEqual(rulesOf(highlightCss({ open: '#112233' })));
      painter.dispose();
      expect(root.adoptedStyleSheets).toHaveLength(0);
      expect(document.adoptedStyleSheets).toHaveLength(0);
    });
  });
});

describe('the lens’s highlights in a registry shared with the page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lose the ranges the page added to them at the next paint, and keep their own', async () => {
    await withFakeHighlightApi((registry) => {
      document.body.innerHTML = '<p>Meta released Llama.</p><p>Qwen is here.</p><p>Cooking.</p>';
      const painter = createPainter(document);
      const [first, second, third] = collectTextBlocks(document);
      painter.paint(first!, [span(first!.text, 'Llama')]);
      const foreign = document.createRange();
      foreign.setStart(third!.nodes[0]!, 0);
      foreign.setEnd(third!.nodes[0]!, 4);
      registry.get('ol-open')!.add(foreign);
      expect(registry.get('ol-open')!.size).toBe(2);
      // The next paint is of another status: the foreign range goes all the same.
      painter.paint(second!, [span(second!.text, 'Qwen', 'closed')]);
      expect(registry.get('ol-open')!.has(foreign)).toBe(false);
      expect(registry.get('ol-open')!.size).toBe(1);
      expect(registry.get('ol-closed')!.size).toBe(1);
      painter.dispose();
    });
  });

  it('are registered again when the page replaced or deleted them', async () => {
    await withFakeHighlightApi((registry) => {
      document.body.innerHTML = '<p>Meta released Llama.</p><p>Qwen is here.</p>';
      const painter = createPainter(document);
      const [first, second] = collectTextBlocks(document);
      painter.paint(first!, [span(first!.text, 'Llama')]);
      const ours = registry.get('ol-open');
      registry.set('ol-open', new Set());
      painter.paint(second!, [span(second!.text, 'Qwen')]);
      expect(registry.get('ol-open')).toBe(ours);
      expect(ours!.size).toBe(2);
      registry.delete('ol-open');
      painter.paint(second!, []);
      expect(registry.get('ol-open')).toBe(ours);
      painter.dispose();
      expect(registry.has('ol-open')).toBe(false);
    });
  });
});
