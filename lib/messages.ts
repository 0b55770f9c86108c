/**
 * The typed message protocol between the extension's parts.
 *
 * Content scripts, the popup and the options page talk to the background with
 * `runtime.sendMessage`; the background and the popup talk to a tab's content
 * scripts with `tabs.sendMessage`. Every request is a `{ type, ...payload }`
 * object listed in one of the maps below, so both sides are checked by the
 * compiler. Incoming requests are checked again at run time (see
 * `isRequestOf`), because a message is data from another context.
 *
 * This module holds no extension API: the entrypoints pass in `browser.runtime`
 * or `browser.tabs`.
 */
import type { Kind, Status } from './kb/schema';

/** Per-entity tally a frame reports for its own document. */
export interface EntityCount {
  entity: string;
  count: number;
  status: Status;
}

/** What the background keeps per tab: the sum of its frames' reports. */
export interface TabSummary {
  tabId: number;
  url: string;
  entities: EntityCount[];
  /** Content scripts cannot run there (browser pages, web stores). */
  unsupported?: boolean;
}

/**
 * What the in-page card shows about one entity, resolved with the user's
 * edits. Texts and labels come already in the requested language, so the
 * content script carries no string tables.
 */
export interface CardData {
  id: string;
  lang: 'ar' | 'en';
  /** Both scripts are shown. */
  name: { en: string; ar: string };
  kind: Kind;
  maker?: { id: string; name: string };
  /** 'unknown' for entities that are not assessed. */
  status: Status;
  /** The status's one-line reason. */
  reason: string;
  /** The article's words, when they imply a status other than the record's. */
  claim?: { quoteAr: string; en: string; claimedStatus: Status };
  /** The first risk note. */
  risk?: string;
  labels: {
    kind: string;
    status: string;
    claimedStatus?: string;
    maker: string;
    articleSays: string;
    recordShows: string;
    risk: string;
    more: string;
    close: string;
  };
}

/** One mention listed out of the page (side panel): its entity, which of that entity's mentions it is, and its sentence. */
export interface PageMention {
  entity: string;
  status: Status;
  /** 0-based rank among the entity's mentions in page order (what jumpToMention takes). */
  index: number;
  sentence: string;
  /** The mention's place in `sentence`. */
  at: number;
  length: number;
}

/** Requests handled by the background. */
export interface BackgroundRequests {
  /** A frame's mention tally; replaces that frame's previous one. */
  reportMentions: { req: { url: string; entities: EntityCount[] }; res: void };
  /** Popup asks what a tab holds. */
  getTabSummary: { req: { tabId: number }; res: TabSummary | null };
  /** The in-page card asks for what it shows about one entity (resolved with user overrides). */
  getCard: { req: { id: string; lang: 'ar' | 'en' }; res: CardData | null };
  /** The in-page card's "More" button: open the entry in the options page. */
  openEntry: { req: { id: string }; res: void };
}

/** Requests handled by a tab's content scripts. */
export interface ContentRequests {
  /** Scroll to the entity's Nth mention (wrapping) and open its card. Answers false when this frame has none. */
  jumpToMention: { req: { entity: string; index: number }; res: boolean };
  /** Move to the next / previous mention in the page. */
  stepMention: { req: { direction: 1 | -1 }; res: boolean };
  /** Every mention in the frame with its sentence, in page order. */
  listMentions: { req: object; res: PageMention[] };
}

export type RequestOf<M, K extends keyof M> = M[K] extends { req: infer R } ? { type: K } & R : never;
export type ResponseOf<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;
export type AnyRequest<M> = { [K in keyof M]: RequestOf<M, K> }[keyof M];

/**
 * Is a message from one of the extension's own contexts (its pages, its
 * background, its content scripts)? runtime.onMessage only carries those, but
 * every listener checks anyway, so nothing else can ever be answered, even
 * if the manifest one day lets web pages or other extensions connect.
 */
export function isFromExtension(sender: { id?: string } | undefined, extensionId: string | undefined): boolean {
  return typeof extensionId === 'string' && extensionId.length > 0 && sender?.id === extensionId;
}

/** Run-time check that an unknown message is one of the protocol's request types. */
export function isRequestOf<M>(types: ReadonlyArray<keyof M>, message: unknown): message is AnyRequest<M> {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    types.includes((message as { type: keyof M }).type)
  );
}

export const BACKGROUND_REQUEST_TYPES: ReadonlyArray<keyof BackgroundRequests> = [
  'reportMentions',
  'getTabSummary',
  'getCard',
  'openEntry',
];
export const CONTENT_REQUEST_TYPES: ReadonlyArray<keyof ContentRequests> = ['jumpToMention', 'stepMention', 'listMentions'];
