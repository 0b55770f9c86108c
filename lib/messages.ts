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
import type { ClaimKind, JudgedRelease, Qualifier, Verdict } from './claims/types';
import type { Kind, Level, Status } from './kb/schema';

/** Per-entity tally a frame reports for its own document. */
export interface EntityCount {
  entity: string;
  count: number;
  status: Status;
}

/**
 * One openness claim a frame's page makes about a mention, as reported to
 * the background: the check's finding, the words that make it, and which of
 * its entity's mentions it sits on (what jumpToMention takes).
 */
export interface ReportedClaim {
  entity: string;
  /** 0-based rank among the entity's mentions in the frame, in page order. */
  index: number;
  /** The mention's place among all the frame's mentions, for listing claims in page order. */
  start: number;
  end: number;
  claim: ClaimKind;
  verdict: Verdict | null;
  /** The claim's words as the page writes them. */
  cue: string;
  /** The sentence that makes the claim (cut around the mention when long), for listing claims out of the page. */
  sentence?: string;
}

/** A stretch of page text (a sentence) and the mentions in it, sent to be checked for claims. */
export interface ClaimPassage {
  text: string;
  /** UTF-16 offsets into `text`, in order. */
  mentions: Array<{ entity: string; start: number; end: number }>;
}

/** What the check found for one mention of a passage; null fields when no claim attaches to it. */
export interface MentionClaim {
  claim: ClaimKind | null;
  verdict: Verdict | null;
  cue: string | null;
  qualifier?: Qualifier;
  /** The release the verdict was judged against, when the mention names one ("Gemma 3"). */
  release?: JudgedRelease;
}

/** What the background keeps per tab: the sum of its frames' reports. */
export interface TabSummary {
  tabId: number;
  url: string;
  entities: EntityCount[];
  /** The openness claims the tab's pages make, frame by frame in page order. */
  claims?: ReportedClaim[];
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
  /** The latest release's date (YYYY-MM-DD or YYYY-MM), when the entity lists releases. */
  asOf?: string;
  /** Releases in date order, when the entity lists them. */
  releases?: Array<{ name: string; date: string; status: Status; statusLabel: string; licence?: string }>;
  /** The five evidence marks: weights, training code, training data, licence, commercial use. */
  marks?: Array<{ key: string; label: string; level: Level | 'na'; levelLabel: string; note?: string }>;
  /** The user's own note on the entity. */
  note?: string;
  /** A company's models with their statuses (a company has none of its own). */
  models?: Array<{ id: string; name: string; status: Status; statusLabel: string }>;
  /** Risk and benefit notes: the entity's, then (for open and open-weights entities) the source article's general ones. */
  notes?: Array<{ type: 'risk' | 'benefit'; text: string; paragraph?: number; source?: string }>;
  /** "The source article says X; the record says Y". */
  corrections?: string[];
  /** Expert grades, labelled in the card's language. */
  expert?: {
    osai?: Array<{ group: string; grades: Array<{ key: string; grade: 'open' | 'partial' | 'closed' | null; label: string; link?: string }> }>;
    mof?: string;
    /** The MOF components that keep the model below the next class. */
    mofHolding?: string;
    /** Where our status and the experts' grades disagree, in plain words. */
    disagreement?: string;
  };
  /** A short bilingual text for the clipboard. */
  copyText?: string;
  /** Labels the card needs beyond the fixed ones, keyed by message name. */
  text?: Record<string, string>;
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
  reportMentions: { req: { url: string; entities: EntityCount[]; claims?: ReportedClaim[] }; res: void };
  /** Popup asks what a tab holds. */
  getTabSummary: { req: { tabId: number }; res: TabSummary | null };
  /** The in-page card asks for what it shows about one entity (resolved with user overrides). */
  getCard: { req: { id: string; lang: 'ar' | 'en'; name?: string }; res: CardData | null };
  /** The in-page card's "More" button: open the entry in the options page. */
  openEntry: { req: { id: string }; res: void };
  /** The open-washing check: for each passage, one finding per mention, in order (null when the check cannot run). */
  checkClaims: { req: { passages: ClaimPassage[] }; res: MentionClaim[][] | null };
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

/** A protocol: each request type's payload and its reply. */
type Protocol<M> = { [K in keyof M]: { req: object; res: unknown } };

export type RequestOf<M extends Protocol<M>, K extends keyof M> = { type: K } & M[K]['req'];
export type ResponseOf<M extends Protocol<M>, K extends keyof M> = M[K]['res'];
export type AnyRequest<M extends Protocol<M>> = { [K in keyof M]: RequestOf<M, K> }[keyof M];

/** What a handler learns of the sender: the tab and frame of a content script. */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * One handler per request type. A handler answers with its reply, or with
 * undefined to stay silent (so that another frame or context may answer).
 */
export type HandlerTable<M extends Protocol<M>> = {
  [K in keyof M]: (request: RequestOf<M, K>, sender: Sender) => Promise<ResponseOf<M, K>> | undefined;
};

/** Posts a message and resolves to whatever the other side answered (`runtime.sendMessage` and the like). */
export type Post = (message: unknown) => Promise<unknown>;

/**
 * Sends a request to the background; the reply's type follows from the
 * request's. The background's handler table (entrypoints/background) is
 * checked against the same map, which is what makes this the one place
 * where a reply is taken for its type.
 */
export function sendToBackground<K extends keyof BackgroundRequests>(
  post: Post,
  request: RequestOf<BackgroundRequests, K>,
): Promise<ResponseOf<BackgroundRequests, K>> {
  return post(request) as Promise<ResponseOf<BackgroundRequests, K>>;
}

/** Sends a request to a tab's content scripts (`post` binds the tab and frame). */
export function sendToContent<K extends keyof ContentRequests>(
  post: Post,
  request: RequestOf<ContentRequests, K>,
): Promise<ResponseOf<ContentRequests, K>> {
  return post(request) as Promise<ResponseOf<ContentRequests, K>>;
}

/**
 * The one `onMessage` listener of a context: answers a message from the
 * extension itself whose type is one of `types`, with the table's handler
 * for that type; anything else goes unanswered.
 */
export function answerWith<M extends Protocol<M>>(
  types: ReadonlyArray<keyof M>,
  table: HandlerTable<M>,
  ownId: () => string | undefined,
): (message: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (message, sender) => {
    if (!isFromExtension(sender, ownId())) return undefined;
    if (!isRequestOf<M>(types, message)) return undefined;
    const handler = table[message.type] as (request: AnyRequest<M>, sender: Sender) => Promise<unknown> | undefined;
    return handler(message, sender);
  };
}

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
export function isRequestOf<M extends Protocol<M>>(types: ReadonlyArray<keyof M>, message: unknown): message is AnyRequest<M> {
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
  'checkClaims',
];
export const CONTENT_REQUEST_TYPES: ReadonlyArray<keyof ContentRequests> = ['jumpToMention', 'stepMention', 'listMentions'];
