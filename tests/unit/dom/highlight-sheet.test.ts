// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPainter, type PaintSpan } from '../../../lib/dom/highlight-painter';
import { adoptEarlySheet, removeEarlySheet, sharedSheetOf } from '../../../lib/dom/highlight-sheet';
import { highlightCss } from '../../../lib/dom/highlight-styles';
import { collectTextBlocks } from '../../../lib/dom/text-blocks';
import { withFakeHighlightApi } from './fake-highlight-api';

/** What the document's adopted sheets hold, as the CSS text the code gave them. */
function adoptedCss(target: Document | ShadowRoot = document): string[] {
  return target.adoptedStyleSheets.map((s) => {
    const shared = sharedSheetOf(document);
    return s === shared?.sheet ? `shared:${shared.css}` : 'own';
  });
}

/** Counts every time the page's sheets are swapped: each swap restyles the whole page in a browser. */
function countAdoptions(): { count: () => number; restore: () => void } {
  const proto = Object.getPrototypeOf(document) as object;
  let owner: object | null = proto;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'adoptedStyleSheets')) owner = Object.getPrototypeOf(owner);
  const desc = Object.getOwnPropertyDescriptor(owner!, 'adoptedStyleSheets')!;
  let n = 0;
  Object.defineProperty(document, 'adoptedStyleSheets', {
    configurable: true,
    get: () => desc.get!.call(document),
    set: (v) => {
      n++;
      desc.set!.call(document, v);
    },
  });
  return { count: () => n, restore: () => delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets };
}

const span = (text: string, word: string): PaintSpan => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, status: 'open', id: 1 };
};

describe('the highlight sheet adopted at document_start', () => {
  afterEach(() => {
    removeEarlySheet(document);
    document.adoptedStyleSheets = [];
    document.body.innerHTML = '';
  });

  it('is adopted once, and only where the highlight API exists', async () => {
    adoptEarlySheet(document);
    expect(document.adoptedStyleSheets).toHaveLength(0); // happy-dom has no CSS.highlights
    await withFakeHighlightApi(() => {
      adoptEarlySheet(document);
      adoptEarlySheet(document);
      expect(adoptedCss()).toEqual([`shared:${highlightCss()}`]);
    });
  });

  it('is reused by the painter, which then never touches the document’s sheets', async () => {
    await withFakeHighlightApi((registry) => {
      adoptEarlySheet(document);
      document.body.innerHTML = '<p>Meta released Llama.</p>';
      const adoptions = countAdoptions();
      try {
        const painter = createPainter(document);
        const [block] = collectTextBlocks(document);
        painter.paint(block!, [span(block!.text, 'Llama')]);
        expect(registry.get('ol-open')!.size).toBe(1);
        painter.dispose();
        // Kept for the next start (the site switched back on): no restyle either way.
        expect(adoptions.count()).toBe(0);
        expect(adoptedCss()).toEqual([`shared:${highlightCss()}`]);
      } finally {
        adoptions.restore();
      }
    });
  });

  it('takes the user’s colours by rewriting the shared rules, not by adding a sheet', async () => {
    await withFakeHighlightApi(() => {
      adoptEarlySheet(document);
      const painter = createPainter(document, { colors: { closed: '#ff00aa' } });
      expect(adoptedCss()).toEqual([`shared:${highlightCss({ closed: '#ff00aa' })}`]);
      painter.setColors({});
      expect(adoptedCss()).toEqual([`shared:${highlightCss()}`]);
      painter.dispose();
    });
  });

  it('is replaced by the painter’s own sheet when the page dropped it', async () => {
    await withFakeHighlightApi(() => {
      adoptEarlySheet(document);
      document.adoptedStyleSheets = []; // a page that assigns its own list
      expect(sharedSheetOf(document)).toBeNull();
      const painter = createPainter(document);
      expect(adoptedCss()).toEqual(['own']);
      painter.dispose();
      expect(document.adoptedStyleSheets).toHaveLength(0);
    });
  });

  it('is shared with the open shadow roots the painter styles, and taken away with the extension', async () => {
    await withFakeHighlightApi(() => {
      adoptEarlySheet(document);
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const painter = createPainter(document);
      painter.styleShadowRoot(root);
      painter.styleShadowRoot(root);
      expect(root.adoptedStyleSheets).toEqual([sharedSheetOf(document)!.sheet]);
      painter.dispose();
      expect(root.adoptedStyleSheets).toHaveLength(0);
      removeEarlySheet(document);
      expect(document.adoptedStyleSheets).toHaveLength(0);
    });
  });
});
