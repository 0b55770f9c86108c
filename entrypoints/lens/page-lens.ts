/**
 * One document's lens: the annotator, the card and the report to the
 * background, started and stopped as the settings and the alias index change.
 */
import { browser } from 'wxt/browser';
import { createCardHost, type CardHost } from '../../components/card/card-host';
import { createEdgeMarks, type EdgeMarks } from '../../components/card/edge-marks';
import { createAnnotator, type Annotator, type MentionRecord } from '../../lib/dom/annotator';
import { anchorRect, createCardController, type CardController } from '../../lib/dom/card-controller';
import { createClaimMark } from '../../lib/dom/claim-mark';
import { createCurrentMark } from '../../lib/dom/current-mark';
import { createPainter, type Painter } from '../../lib/dom/highlight-painter';
import type { HighlightScope } from '../../lib/dom/highlight-styles';
import { statusOf, type CompiledIndex } from '../../lib/match/alias-index';
import { scanText } from '../../lib/match/scanner';
import { usePackedCues, type PackedCues } from '../../lib/match/context-cues';
import { forEachRanked, listMentions } from '../../lib/dom/list-mentions';
import { cardLanguageOf } from '../../lib/dom/page-language';
import { sendToBackground, type CardData, type EntityCount, type MentionClaim, type PageMention, type ReportedClaim } from '../../lib/messages';
import { claimPassages } from '../../lib/page/claim-passages';
import { sentenceAround } from '../../lib/text/sentence-around';
import { isActiveOn, type Lang, type Settings } from '../../lib/settings';

/** Where this build's highlights.css writes its rules (wxt.config.ts): the user's colours go there too. */
const HIGHLIGHT_SCOPE: HighlightScope = import.meta.env.FIREFOX ? '' : ':root';
const REPORT_DELAY_MS = 400;
/** The edge marks follow the page's changes at most this often. */
const MARKS_DELAY_MS = 300;
/** New mentions are checked for claims at most this often. */
const CLAIMS_DELAY_MS = 250;

export interface PageLens {
  /** Starts, restarts or stops the lens; it reads the page only with both an index and the context cues. */
  update(settings: Settings, index: CompiledIndex | null, cues: PackedCues | null): void;
  step(direction: 1 | -1): boolean;
  jump(entity: string, index: number): boolean;
  mentions(): PageMention[];
}

export function createPageLens(doc: Document): PageLens {
  let settings: Settings | null = null;
  /** The stored index. Its runtime form (the trie and start tables) is built on the first scan and kept (asMatchIndex), so a frame with no text never builds it. */
  let index: CompiledIndex | null = null;
  let cues: PackedCues | null = null;
  let painter: Painter | null = null;
  let annotator: Annotator | null = null;
  let controller: CardController | null = null;
  let cardHost: CardHost | null = null;
  const cardCache = new Map<string, Promise<CardData | null>>();
  const currentMark = createCurrentMark(doc);
  const claimMark = createClaimMark(doc);
  /** The open-washing check's findings that make a claim, by mention id; and every mention id already looked at. */
  const claims = new Map<number, MentionClaim>();
  const checked = new Set<number>();

  let edgeMarks: EdgeMarks | null = null;

  const lang = (): Lang =>
    cardLanguageOf(settings?.cardLanguage ?? 'page', settings?.language ?? 'auto', doc.documentElement, navigator.language);

  // --- Talking to the background ----------------------------------------------
  /**
   * Once the extension is reloaded or removed, this script is cut off: its
   * `runtime` is gone and calling it throws into the page. A cut-off lens
   * takes its highlights, card and style sheet away and does nothing more; the new
   * extension's script serves the next page.
   */
  let cutOff = false;
  function post(message: unknown): Promise<unknown> {
    try {
      if (!cutOff && browser.runtime?.id) return browser.runtime.sendMessage(message);
    } catch {
      /* cut off between the check and the call */
    }
    retire();
    return Promise.reject(new Error('the extension is no longer available to this page'));
  }
  function retire(): void {
    if (cutOff) return;
    cutOff = true;
    clearTimeout(reportTimer);
    clearTimeout(claimsTimer);
    claimMark.dispose();
    controller?.dispose();
    annotator?.stop();
    painter?.dispose();
    cardHost?.dispose();
    edgeMarks?.dispose();
    currentMark.dispose();
    controller = annotator = painter = cardHost = edgeMarks = null;
  }

  // --- Reporting to the background -------------------------------------------
  let reportTimer = 0;
  let lastReport = '';
  function scheduleReport(): void {
    // At most one report per delay, never postponed again: a page that changes
    // every frame would otherwise push the report back forever.
    if (reportTimer || cutOff) return;
    reportTimer = window.setTimeout(() => {
      reportTimer = 0;
      sendReport();
    }, REPORT_DELAY_MS);
  }
  function sendReport(): void {
    const entities: EntityCount[] = annotator?.tally() ?? [];
    const url = location.href;
    const key = JSON.stringify([url, entities]);
    // The URL is part of the key: after an in-page navigation the background has cleared the tab.
    if (key === lastReport) return;
    lastReport = key;
    const found = reportedClaims();
    sendToBackground(post, { type: 'reportMentions', url, entities, ...(found.length ? { claims: found } : {}) }).catch(() => {
      lastReport = ''; // the background was restarting; the next change sends again
    });
  }

  // --- The open-washing check -------------------------------------------------------
  /**
   * New mentions go to the background in sentences (most sentences name a
   * model without a word about its openness and never leave the page); the
   * findings stay here, by mention id, for the card, the mark and the report.
   */
  let claimsTimer = 0;
  function scheduleClaims(): void {
    if (claimsTimer || cutOff || !settings?.checkClaims) return;
    claimsTimer = window.setTimeout(() => {
      claimsTimer = 0;
      void checkNewMentions();
    }, CLAIMS_DELAY_MS);
  }
  async function checkNewMentions(): Promise<void> {
    const a = annotator;
    if (!a || !settings?.checkClaims) return;
    const live = a.mentions();
    forgetGone(live);
    const fresh = live.filter((m) => !checked.has(m.id));
    for (const m of fresh) checked.add(m.id);
    const { passages, ids } = claimPassages(fresh);
    if (passages.length === 0) return;
    const found = await sendToBackground(post, { type: 'checkClaims', passages }).catch(() => null);
    // Dropped if the page's lens restarted, or the check was turned off, while the background answered.
    if (!found || annotator !== a || !settings?.checkClaims) return;
    found.forEach((list, i) => list.forEach((c, j) => {
      const id = ids[i]?.[j];
      if (id !== undefined && c.claim) claims.set(id, c);
    }));
    markOverstated();
    scheduleReport();
  }
  /** Findings of mentions the page has since dropped (their text changed or went). */
  function forgetGone(live: readonly MentionRecord[]): void {
    const ids = new Set(live.map((m) => m.id));
    for (const id of checked) if (!ids.has(id)) checked.delete(id);
    for (const id of claims.keys()) if (!ids.has(id)) claims.delete(id);
  }
  function markOverstated(): void {
    const a = annotator;
    const ranges = a ? a.mentions().flatMap((m) => (claims.get(m.id)?.verdict === 'overstated' ? [a.rangeOf(m)].filter((r): r is Range => !!r) : [])) : [];
    claimMark.set(ranges);
  }
  /** The claims for the popup and the side panel: each with its mention's rank among its entity's, in page order. */
  function reportedClaims(): ReportedClaim[] {
    if (!annotator || claims.size === 0) return [];
    const out: ReportedClaim[] = [];
    forEachRanked(annotator.mentions(), (m, index, position) => {
      const c = claims.get(m.id);
      if (!c?.claim || out.length >= 200) return;
      const sentence = sentenceAround(m.block.text, m.start, m.end).text;
      out.push({ entity: m.entity, index, start: position, end: position + 1, claim: c.claim, verdict: c.verdict, cue: c.cue ?? '', sentence });
    });
    return out;
  }
  function resetClaims(): void {
    clearTimeout(claimsTimer);
    claimsTimer = 0;
    claims.clear();
    checked.clear();
    claimMark.set([]);
  }

  // --- The card ------------------------------------------------------------------
  function cardData(id: string, name: string): Promise<CardData | null> {
    const key = `${lang()}:${id}:${name}`;
    let p = cardCache.get(key);
    if (!p) {
      p = sendToBackground(post, { type: 'getCard', id, lang: lang(), name }).catch(() => null);
      cardCache.set(key, p);
    }
    return p;
  }

  function openCard(m: MentionRecord, anchor: DOMRect, options: { focus: boolean }): void {
    cardHost ??= createCardHost(doc, {
      lang,
      onMore: (id) => void sendToBackground(post, { type: 'openEntry', id }).catch(() => {}),
      onClose: () => controller?.close(),
    });
    const host = cardHost;
    // What this page claims about the mention, when the open-washing check found a claim.
    const found = claims.get(m.id);
    const claim = found?.claim ? { claim: found.claim, verdict: found.verdict, release: found.release } : null;
    host.show(null, anchor, { ...options, claim });
    void cardData(m.entity, m.text).then((data) => {
      // Still the same card? The reader may have moved on meanwhile.
      if (controller?.current()?.id !== m.id || !host.isOpen()) return;
      const range = annotator?.rangeOf(m);
      const rect = range?.getClientRects()[0] ?? anchor;
      host.show(data, rect, { ...options, claim });
    });
  }

  // --- Marks at the page's edge -------------------------------------------------
  let marksTimer = 0;
  function scheduleMarks(): void {
    if (marksTimer || cutOff) return;
    marksTimer = window.setTimeout(() => {
      marksTimer = 0;
      drawMarks();
    }, MARKS_DELAY_MS);
  }
  function drawMarks(): void {
    const a = annotator;
    if (!a || !settings?.edgeMarks) {
      edgeMarks?.dispose();
      edgeMarks = null;
      return;
    }
    edgeMarks ??= createEdgeMarks(doc, (id) => void controller?.goTo(id));
    const mentions = a.mentions().map((m) => ({
      id: m.id,
      status: m.status,
      text: m.text,
      rect: () => {
        const range = a.rangeOf(m);
        return range ? anchorRect(range) : null;
      },
    }));
    edgeMarks.update(mentions, settings.statusColors);
  }

  // --- Start and stop --------------------------------------------------------------
  function start(): void {
    if (!settings || !index) return;
    const idx = index;
    const paints = new Set(settings.highlightStatuses);
    painter = createPainter(doc, { colors: settings.statusColors, scope: HIGHLIGHT_SCOPE });
    annotator = createAnnotator({
      doc,
      painter,
      scan: (text) => scanText(idx, text),
      statusOf: (id, name) => statusOf(idx, id, name) ?? 'unknown',
      paints: (status) => paints.has(status),
      onChange: () => {
        scheduleReport();
        scheduleMarks();
        scheduleClaims();
      },
    });
    controller = createCardController({
      doc,
      annotator,
      trigger: () => settings?.cardTrigger ?? 'hover',
      view: {
        open: openCard,
        place: (rect) => cardHost?.place(rect),
        close: () => cardHost?.hide(),
        isOpen: () => cardHost?.isOpen() ?? false,
        holds: (e) => cardHost?.holds(e) ?? false,
      },
    });
    annotator.start();
    window.addEventListener('resize', scheduleMarks, { passive: true });
  }

  function stop(): void {
    window.removeEventListener('resize', scheduleMarks);
    clearTimeout(marksTimer);
    marksTimer = 0;
    edgeMarks?.dispose();
    edgeMarks = null;
    resetClaims();
    controller?.dispose();
    annotator?.stop();
    painter?.dispose();
    controller = null;
    annotator = null;
    painter = null;
    scheduleReport();
  }

  return {
    update(next, compiled, nextCues) {
      if (cutOff) return;
      const prev = settings;
      const nextIndex = compiled && nextCues ? compiled : null;
      const active = isActiveOn(next, location.hostname) && nextIndex !== null;
      const wasActive = annotator !== null;
      const sameWork =
        wasActive &&
        active &&
        nextIndex === index &&
        nextCues === cues &&
        prev !== null &&
        JSON.stringify(prev.highlightStatuses) === JSON.stringify(next.highlightStatuses);
      if (prev?.language !== next.language || prev?.cardLanguage !== next.cardLanguage) cardCache.clear();
      settings = next;
      if (sameWork) {
        // Only colours, the card, the marks or the claim check changed: no need to read the page again.
        painter?.setColors(next.statusColors);
        scheduleMarks();
        if (prev.checkClaims !== next.checkClaims) {
          resetClaims();
          scheduleClaims();
          scheduleReport();
        }
        return;
      }
      if (wasActive) stop();
      if (nextIndex !== index) cardCache.clear();
      index = nextIndex;
      cues = nextCues;
      if (nextCues) usePackedCues(nextCues);
      if (active) start();
    },
    step: (direction) => controller?.step(direction) ?? false,
    jump(entity, i) {
      const found = controller?.jump(entity, i) ?? false;
      // Show which of the highlighted words the jump went to.
      const current = found ? controller?.current() : null;
      const range = current ? annotator?.rangeOf(current) : null;
      if (range) currentMark.mark(range);
      return found;
    },
    mentions: () => (annotator ? listMentions(annotator.mentions()) : []),
  };
}
