/**
 * Where the card lives: one host element at the end of the document, marked
 * as the extension's own so the annotator never reads it, with an open shadow
 * root that isolates the card's styles from the page. The host is only added
 * when a card first opens, so a page nobody hovers keeps its DOM untouched.
 */
import { OWN_UI_ATTR } from '../../lib/dom/text-blocks';
import type { CardData } from '../../lib/messages';
import { buildCard, type PageClaim } from './card-view';
import { CARD_CSS } from './card-style';

export interface CardHost {
  /** Shows the card for data (null: loading) next to `anchor` (viewport coordinates). */
  show(data: CardData | null, anchor: DOMRect, options?: { focus?: boolean; claim?: PageClaim | null }): void;
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
/** The least height worth showing beside the mention; below that the card covers it instead. */
const SMALLEST = 200;

export interface CardHostOptions {
  lang: () => 'ar' | 'en';
  onMore(id: string): void;
  onClose(): void;
}

/** The clipboard API where the page allows it, else a copy command on a hidden text area. */
async function copyText(doc: Document, root: ShadowRoot, text: string): Promise<void> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return;
  } catch {
    /* no clipboard API here (an insecure page, or a frame without the permission) */
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.style.cssText = 'position: fixed; opacity: 0;';
  root.appendChild(area);
  area.select();
  doc.execCommand('copy');
  area.remove();
}

/** The focused element, looking inside open shadow roots (a mark at the page's edge, say). */
function deepActive(doc: Document): HTMLElement | null {
  let active = doc.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

export function createCardHost(doc: Document, opts: CardHostOptions): CardHost {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let open = false;
  /** Where focus was before the card took it, to give it back when the card closes. */
  let returnFocus: HTMLElement | null = null;

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
    if (height > below && height > above && Math.max(below, above) < Math.min(height, SMALLEST)) {
      // A small frame: neither side can show a useful card, so it fills the frame, over the mention.
      top = MARGIN;
      card.style.maxHeight = `${Math.max(vh - 2 * MARGIN, 40)}px`;
    } else if (height <= below || (height > above && below >= above)) {
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
      const shadow = ensure();
      const slot = shadow.lastChild as HTMLElement;
      const handlers = { onClose: opts.onClose, onMore: opts.onMore, onCopy: (text: string) => copyText(doc, shadow, text) };
      const hadFocus = slot.contains(shadow.activeElement);
      slot.replaceChildren(buildCard(doc, data, opts.lang(), handlers, options.claim));
      open = true;
      place(anchor);
      if (options.focus || hadFocus) {
        const active = deepActive(doc);
        if (active && active !== doc.body && !slot.contains(active)) returnFocus = active;
        cardEl()?.focus({ preventScroll: true });
      }
    },
    place,
    hide() {
      if (!open) return;
      open = false;
      const hadFocus = root?.activeElement != null;
      (root?.lastChild as HTMLElement | null)?.replaceChildren();
      // Focus goes back where it was, so a keyboard user carries on from there.
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
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
