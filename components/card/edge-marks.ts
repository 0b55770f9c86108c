/**
 * Thin marks at the page's right edge, one for each mention, in the status's
 * colour and line style, inside the extension's own shadow root (the page's
 * DOM and styles stay untouched). A mark is a button: a click, or Enter
 * after Tab, goes to its mention and opens the card.
 *
 * Cheap by design: the mentions' rectangles are read in one batch, then the
 * marks are written in one pass, one element each, capped on long pages
 * (see lib/dom/edge-layout.ts).
 */
import { layoutEdgeMarks } from '../../lib/dom/edge-layout';
import { STATUS_LOOK, type StatusColors } from '../../lib/dom/highlight-styles';
import { OWN_UI_ATTR } from '../../lib/dom/text-blocks';
import type { Status } from '../../lib/kb/schema';
// Minified by the bundler: it travels in the script injected into every page.
import CSS from './edge-marks.css?inline';

export interface EdgeMention {
  id: number;
  status: Status;
  text: string;
  /** The mention's first rectangle in viewport coordinates, or null when it has none. */
  rect(): DOMRect | null;
}

export interface EdgeMarks {
  update(mentions: EdgeMention[], colors: StatusColors): void;
  dispose(): void;
}

const STYLE_OF: Record<Status, string> = {
  open: 'solid',
  'open-weights': 'double',
  restricted: 'dashed',
  closed: 'solid',
  unknown: 'dotted',
};

export function createEdgeMarks(doc: Document, onPick: (id: number) => void): EdgeMarks {
  let host: HTMLElement | null = null;
  let rail: HTMLElement | null = null;

  const ensure = (): HTMLElement => {
    if (rail && host?.isConnected) return rail;
    host = doc.createElement('openness-lens-marks');
    host.setAttribute(OWN_UI_ATTR, '');
    host.style.cssText = 'all: initial; position: fixed; inset: 0 0 auto auto; z-index: 2147483646;';
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    // The rail is always on the right, whatever the page's direction: one place to look.
    rail = doc.createElement('div');
    rail.className = 'rail';
    rail.dir = 'ltr';
    rail.addEventListener('click', (e) => {
      const id = Number((e.target as HTMLElement).closest('.mark')?.getAttribute('data-mention'));
      if (id) onPick(id);
    });
    root.append(style, rail);
    doc.documentElement.appendChild(host);
    return rail;
  };

  return {
    update(mentions, colors) {
      const win = doc.defaultView!;
      // Read every rectangle first, then write: one layout, however many mentions.
      const scrollY = win.scrollY;
      const inputs = mentions.flatMap((m) => {
        const r = m.rect();
        return r ? [{ item: m, top: r.top + scrollY }] : [];
      });
      const docHeight = Math.max(doc.documentElement.scrollHeight, doc.body?.scrollHeight ?? 0);
      const edgeHeight = doc.documentElement.clientHeight || win.innerHeight;
      const marks = layoutEdgeMarks(inputs, docHeight, edgeHeight);
      if (marks.length === 0 && !host) return;
      const target = ensure();
      target.replaceChildren(
        ...marks.map(({ item, at }) => {
          const b = doc.createElement('button');
          b.type = 'button';
          b.className = 'mark';
          b.setAttribute('data-mention', String(item.id));
          b.setAttribute('data-status', item.status);
          b.setAttribute('aria-label', item.text);
          b.title = item.text;
          b.style.cssText = `top: calc(4px + ${at.toFixed(5)} * (100% - 8px)); --c: ${colors[item.status] ?? STATUS_LOOK[item.status].color}; border-block-start-style: ${STYLE_OF[item.status]};`;
          return b;
        }),
      );
    },
    dispose() {
      host?.remove();
      host = rail = null;
    },
  };
}
