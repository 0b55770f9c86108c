/**
 * Where the card lives: one host element at the end of the document, marked
 * as the extension's own so the annotator never reads it, with an open shadow
 * root that isolates the card's styles from the page. The host is only added
 * when a card first opens, so a page nobody hovers keeps its DOM untouched.
 */
import { OWN_UI_ATTR } from '../../lib/dom/text-blocks';
import type { CardData } from '../../lib/messages';
import { buildCard } from './card-view';
import { CARD_CSS } from './card-style';

export interface CardHost {
  /** Shows the card for data (null: loading) next to `anchor` (viewport coordinates). */
  show(data: CardData | null, anchor: DOMRect, options?: { focus?: boolean }): void;
  /** Moves the open card to a new anchor position. */
  place(anchor: DOMRect): void;
  hide(): void;
  isOpen(): boolean;
  /** True for events that happened inside the card. */
  holds(event: Event): boolean;
  dispose(): void;
}

const GAP = 6;
const MARGIN = 8;

export function createCardHost(doc: Document, opts: { lang: () => 'ar' | 'en'; onMore(id: string): void; onClose(): void }): CardHost {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let open = false;

  const ensure = (): ShadowRoot => {
    if (root && host?.isConnected) return root;
    host = doc.createElement('openness-lens-card');
    host.setAttribute(OWN_UI_ATTR, '');
    host.style.cssText = 'all: initial; position: fixed; inset: 0 auto auto 0; z-index: 2147483647;';
    root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    root.appendChild(style);
    root.appendChild(doc.createElement('div'));
    doc.documentElement.appendChild(host);
    return root;
  };

  const cardEl = () => root?.querySelector<HTMLElement>('.card') ?? null;

  function place(anchor: DOMRect): void {
    const card = cardEl();
    const win = doc.defaultView;
    if (!card || !win) return;
    const vw = doc.documentElement.clientWidth || win.innerWidth;
    const vh = doc.documentElement.clientHeight || win.innerHeight;
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    // Below the mention when it fits, else above; when neither side has room,
    // the roomier side, with the card scrolling inside: never over the mention.
    const below = vh - anchor.bottom - GAP - MARGIN;
    const above = anchor.top - GAP - MARGIN;
    let top: number;
    if (height <= below || (height > above && below >= above)) {
      top = anchor.bottom + GAP;
      if (height > below) card.style.maxHeight = `${Math.max(below, 80)}px`;
    } else {
      const h = Math.min(height, above);
      if (height > above) card.style.maxHeight = `${Math.max(above, 80)}px`;
      top = anchor.top - GAP - h;
    }
    top = Math.max(MARGIN, top);
    // Aligned with the mention's start edge: its left in LTR, its right in RTL.
    let left = opts.lang() === 'ar' ? anchor.right - width : anchor.left;
    left = Math.max(MARGIN, Math.min(left, vw - width - MARGIN));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }

  return {
    show(data, anchor, options = {}) {
      const slot = ensure().lastChild as HTMLElement;
      slot.replaceChildren(buildCard(doc, data, opts.lang(), { onClose: opts.onClose, onMore: opts.onMore }));
      open = true;
      place(anchor);
      if (options.focus) cardEl()?.focus({ preventScroll: true });
    },
    place,
    hide() {
      if (!open) return;
      open = false;
      (root?.lastChild as HTMLElement | null)?.replaceChildren();
    },
    isOpen: () => open,
    holds(event) {
      return host !== null && event.composedPath().includes(host);
    },
    dispose() {
      host?.remove();
      host = root = null;
      open = false;
    },
  };
}
