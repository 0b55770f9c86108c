/**
 * The status shapes of components/status-badge.tsx, drawn with plain DOM for
 * the in-page card (the content script carries no UI framework, to stay
 * small). Same geometry: a disc, a half disc, a diamond, a square and a
 * dotted ring, so a status looks the same in the card and the popup.
 */
import type { Status } from '../../lib/kb/schema';

const SVG = 'http://www.w3.org/2000/svg';

type Shape = Array<[tag: string, attrs: Record<string, string>]>;

const SHAPES: Record<Status, { name: string; parts: Shape }> = {
  open: { name: 'disc', parts: [['circle', { cx: '6', cy: '6', r: '5', fill: 'currentColor' }]] },
  'open-weights': {
    name: 'half-disc',
    parts: [
      ['circle', { cx: '6', cy: '6', r: '4.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' }],
      ['path', { d: 'M6 1.5 A4.5 4.5 0 0 0 6 10.5 Z', fill: 'currentColor' }],
    ],
  },
  restricted: { name: 'diamond', parts: [['path', { d: 'M6 0.8 L11.2 6 L6 11.2 L0.8 6 Z', fill: 'currentColor' }]] },
  closed: { name: 'square', parts: [['rect', { x: '1.5', y: '1.5', width: '9', height: '9', fill: 'currentColor' }]] },
  unknown: {
    name: 'dotted-ring',
    parts: [
      ['circle', { cx: '6', cy: '6', r: '4.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5', 'stroke-dasharray': '2 1.6' }],
    ],
  },
};

export function statusShape(doc: Document, status: Status): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  const shape = SHAPES[status];
  for (const [k, v] of Object.entries({ class: 'ol-shape', viewBox: '0 0 12 12', width: '12', height: '12', 'aria-hidden': 'true', focusable: 'false', 'data-shape': shape.name })) {
    svg.setAttribute(k, v);
  }
  for (const [tag, attrs] of shape.parts) {
    const el = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    svg.appendChild(el);
  }
  return svg;
}
