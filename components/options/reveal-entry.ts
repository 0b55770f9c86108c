/**
 * Brings an opened or just-saved entry into view without scrolling the
 * page's header and its status line ("Saved.") away: when the entry starts
 * within the first half screen, the page goes back to its top; only an entry
 * further down is scrolled to.
 */
export function revealEntry(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView!;
  const top = el.getBoundingClientRect().top + win.scrollY;
  if (top < win.innerHeight / 2) win.scrollTo({ top: 0 });
  else el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}
