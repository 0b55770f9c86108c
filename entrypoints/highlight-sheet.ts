// Adopts the highlight style sheet while the document is still empty, so that
// painting later never restyles a finished page in one long task. The main
// content script (content/index.ts) finds this sheet and reuses it; see
// lib/dom/highlight-sheet.ts.
//
// An unlisted script, added to the manifest's content scripts at
// document_start by wxt.config.ts: as a WXT content-script entry it would
// carry the browser API polyfill (13 KB more) into every frame, for nothing.
import { adoptEarlySheet } from '../lib/dom/highlight-sheet';

export default defineUnlistedScript(() => {
  adoptEarlySheet(document);
});
