/**
 * When the card opens and closes. Hovering a mention for a moment or clicking
 * it opens its card (as the user's cardTrigger setting allows); Escape, a
 * click elsewhere, or scrolling the mention out of view closes it. The
 * keyboard commands step through the page's mentions in document order,
 * scroll each into view and open its card.
 */
import type { CardTrigger } from '../settings';
import type { Annotator, MentionRecord } from './annotator';

export interface CardView {
  open(mention: MentionRecord, anchor: DOMRect, options: { focus: boolean }): void;
  place(anchor: DOMRect): void;
  close(): void;
  isOpen(): boolean;
  /** True for events inside the card. */
  holds(event: Event): boolean;
}

export interface CardControllerOptions {
  doc: Document;
  annotator: Annotator;
  view: CardView;
  trigger(): CardTrigger;
  hoverDelayMs?: number;
  /** How long the pointer may be off both mention and card before a hover-opened card closes. */
  leaveDelayMs?: number;
}

export interface CardController {
  step(direction: 1 | -1): boolean;
  jump(entity: string, index: number): boolean;
  /** Scrolls to this mention and opens its card (a mark at the page's edge). */
  goTo(id: number): boolean;
  close(): void;
  current(): MentionRecord | null;
  dispose(): void;
}

/** The rectangle to place a card against: the mention's first line box. */
export function anchorRect(range: Range): DOMRect | null {
  const rects = range.getClientRects();
  const rect = rects.length > 0 ? rects[0]! : range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}

export function createCardController(options: CardControllerOptions): CardController {
  const { doc, annotator, view } = options;
  const win = doc.defaultView!;
  const hoverDelay = options.hoverDelayMs ?? 300;
  const leaveDelay = options.leaveDelayMs ?? 600;
  let current: MentionRecord | null = null;
  let openedByHover = false;
  let lastStep = -1;
  let hoverTimer = 0;
  let leaveTimer = 0;
  let hovered: MentionRecord | null = null;
  let frame = 0;
  let pointer = { x: 0, y: 0 };

  function open(m: MentionRecord, how: { focus: boolean; hover: boolean }): boolean {
    const range = annotator.rangeOf(m);
    const rect = range && anchorRect(range);
    if (!rect) return false;
    current = m;
    openedByHover = how.hover;
    view.open(m, rect, { focus: how.focus });
    return true;
  }

  function close(): void {
    win.clearTimeout(hoverTimer);
    win.clearTimeout(leaveTimer);
    current = null;
    if (view.isOpen()) view.close();
  }

  function sameMention(a: MentionRecord | null, b: MentionRecord | null): boolean {
    return a !== null && b !== null && a.id === b.id;
  }

  function onPointerMove(e: PointerEvent): void {
    pointer = { x: e.clientX, y: e.clientY };
    if (view.holds(e)) {
      win.clearTimeout(leaveTimer);
      return;
    }
    if (frame) return;
    // One hit test per frame at most, however fast the pointer moves.
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      hoverCheck();
    });
  }

  function hoverCheck(): void {
    const m = annotator.mentionAt(pointer.x, pointer.y);
    if (!sameMention(m, hovered)) {
      win.clearTimeout(hoverTimer);
      hovered = m;
      if (m && options.trigger() === 'hover' && !sameMention(m, current)) {
        hoverTimer = win.setTimeout(() => {
          if (sameMention(hovered, m)) open(m, { focus: false, hover: true });
        }, hoverDelay);
      }
    }
    if (current && openedByHover && !sameMention(m, current)) {
      win.clearTimeout(leaveTimer);
      leaveTimer = win.setTimeout(close, leaveDelay);
    } else win.clearTimeout(leaveTimer);
  }

  function onClick(e: MouseEvent): void {
    if (view.holds(e) || options.trigger() === 'off') return;
    const m = annotator.mentionAt(e.clientX, e.clientY);
    if (m && !sameMention(m, current)) open(m, { focus: false, hover: false });
    else if (m) openedByHover = false; // a click keeps a hover card open
  }

  function onPointerDown(e: PointerEvent): void {
    if (!view.isOpen() || view.holds(e)) return;
    const m = annotator.mentionAt(e.clientX, e.clientY);
    if (!sameMention(m, current)) close();
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && view.isOpen()) close();
  }

  function onScroll(): void {
    if (!current || !view.isOpen()) return;
    const range = annotator.rangeOf(current);
    const rect = range && anchorRect(range);
    const vh = doc.documentElement.clientHeight || win.innerHeight;
    if (!rect || rect.bottom < 0 || rect.top > vh) close();
    else view.place(rect);
  }

  function reveal(m: MentionRecord): boolean {
    const range = annotator.rangeOf(m);
    if (!range) return false;
    const rect = anchorRect(range);
    const vh = doc.documentElement.clientHeight || win.innerHeight;
    if (!rect || rect.top < 0 || rect.bottom > vh) {
      const el = range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    }
    if (options.trigger() === 'off') {
      current = m;
      return true;
    }
    return open(m, { focus: true, hover: false });
  }

  function step(direction: 1 | -1): boolean {
    annotator.flushMutations();
    const list = annotator.mentions();
    if (list.length === 0) return false;
    let at = current ? list.findIndex((m) => m.id === current!.id) : -1;
    if (at < 0) at = lastStep;
    const next = at < 0 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
    lastStep = next;
    return reveal(list[next]!);
  }

  function jump(entity: string, index: number): boolean {
    annotator.flushMutations();
    const list = annotator.mentions();
    const ofEntity = list.filter((m) => m.entity === entity);
    if (ofEntity.length === 0) return false;
    const m = ofEntity[((index % ofEntity.length) + ofEntity.length) % ofEntity.length]!;
    lastStep = list.indexOf(m);
    return reveal(m);
  }

  function goTo(id: number): boolean {
    const list = annotator.mentions();
    const at = list.findIndex((m) => m.id === id);
    if (at < 0) return false;
    lastStep = at;
    return reveal(list[at]!);
  }

  const listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions]> = [
    [doc, 'pointermove', onPointerMove as EventListener, { passive: true, capture: true }],
    [doc, 'click', onClick as EventListener, { capture: true }],
    [doc, 'pointerdown', onPointerDown as EventListener, { capture: true }],
    [doc, 'keydown', onKeyDown as EventListener, { capture: true }],
    [win, 'scroll', onScroll, { passive: true, capture: true }],
    [win, 'resize', onScroll, { passive: true }],
  ];
  for (const [t, type, fn, o] of listeners) t.addEventListener(type, fn, o);

  return {
    step,
    jump,
    goTo,
    close,
    current: () => current,
    dispose() {
      close();
      if (frame) win.cancelAnimationFrame(frame);
      for (const [t, type, fn, o] of listeners) t.removeEventListener(type, fn, o);
    },
  };
}
