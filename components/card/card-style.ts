/**
 * The card's styles, inside its own shadow root so the page's CSS cannot
 * reach it and it cannot reach the page. Logical properties (inline-start,
 * padding-inline) flip the layout for Arabic; the colour scheme follows the
 * reader's light or dark preference.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; box-sizing: border-box; z-index: 2147483647;
  inline-size: min(360px, calc(100vw - 16px)); max-block-size: min(70vh, 480px); overflow: auto;
  padding: 12px 14px; border-radius: 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans Arabic", Tahoma, sans-serif;
  color: #1d2127; background: #ffffff; border: 1px solid #c9ced6;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22); text-align: start; outline: none;
}
.card:focus-visible { outline: 2px solid #2b7bd6; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #22262c; border-color: #444b55; }
  .close, .more { color: #e8eaed; }
}
header { display: flex; align-items: flex-start; gap: 8px; }
h2 { margin: 0; flex: 1; font-size: 16px; line-height: 1.3; display: flex; flex-wrap: wrap; column-gap: 8px; }
.name-alt { font-weight: normal; opacity: 0.8; }
.close { border: 0; background: transparent; font-size: 20px; line-height: 1; cursor: pointer; padding: 0 4px; color: #1d2127; }
.meta { margin: 4px 0 8px; opacity: 0.85; font-size: 13px; }
.status { margin: 0 0 8px; display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 6px; }
.status .ol-shape { align-self: center; flex: none; }
.status-open { --c: #1f9d55; } .status-open-weights { --c: #2b7bd6; } .status-restricted { --c: #c77d00; }
.status-closed { --c: #d03b3b; } .status-unknown { --c: #7a7f87; }
.status .ol-shape, .status-label { color: var(--c); }
.reason { flex-basis: 100%; }
.claim { margin: 0 0 8px; padding-inline-start: 10px; border-inline-start: 3px solid #c77d00; }
.claim p { margin: 0 0 4px; }
blockquote { margin: 0 0 4px; font-style: normal; }
.claim-en { opacity: 0.85; font-size: 13px; }
.risk { margin: 0 0 8px; }
footer { display: flex; justify-content: flex-end; }
.more { font: inherit; cursor: pointer; padding: 4px 10px; border-radius: 6px; border: 1px solid currentColor; background: transparent; color: #1d2127; }
.loading { padding: 8px; text-align: center; }
`;
