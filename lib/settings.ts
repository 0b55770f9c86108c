/**
 * User settings, kept in `storage.local` under SETTINGS_KEY so that every
 * context (content scripts included) can read them and follow their changes.
 */
import { isStatus, STATUSES, type Status } from './kb/status';

export const SETTINGS_KEY = 'settings';
/** storage.local key of the alias index and context cues the content scripts read, as one string (lib/match/match-data.ts). */
export const MATCH_DATA_KEY = 'matchData';
/** Keys under which earlier versions stored the index and cues as objects; removed when the string is published. */
export const RETIRED_KEYS = ['aliasIndex', 'contextCues'];

export type CardTrigger = 'hover' | 'click' | 'off';
export type UiLanguage = 'auto' | 'ar' | 'en';
/** The languages the interface is written in. */
export type Lang = 'ar' | 'en';
/** The in-page card's language: the page's, the browser's, or a fixed one. */
export type CardLanguage = 'page' | 'browser' | 'ar' | 'en';

export interface Settings {
  enabled: boolean;
  /** Hostnames (exact, lowercase) where highlighting is off. */
  excludedSites: string[];
  cardTrigger: CardTrigger;
  /** Statuses that get highlighted; mentions of other statuses are still counted. */
  highlightStatuses: Status[];
  language: UiLanguage;
  /** Per-status colour overrides (#rrggbb); a missing status keeps its default colour. */
  statusColors: Partial<Record<Status, string>>;
  cardLanguage: CardLanguage;
  /**
   * Thin marks at the page's edge, one per mention. Off unless chosen: the marks
   * need an element in the page, which the page's own script could see, while the
   * highlights alone leave the page's DOM as it was.
   */
  edgeMarks: boolean;
  /**
   * The open-washing check: what the page's own words claim about a mention's
   * openness, beside the record, in the card, the popup and the side panel,
   * with a quiet mark on overstated claims.
   */
  checkClaims: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  excludedSites: [],
  cardTrigger: 'hover',
  highlightStatuses: [...STATUSES],
  language: 'auto',
  statusColors: {},
  cardLanguage: 'page',
  edgeMarks: false,
  checkClaims: true,
};

/** Fill in defaults for missing or malformed fields of a stored value. */
export function readSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Settings>;
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_SETTINGS.enabled,
    excludedSites: Array.isArray(s.excludedSites)
      ? s.excludedSites.filter((x): x is string => typeof x === 'string')
      : DEFAULT_SETTINGS.excludedSites,
    cardTrigger: s.cardTrigger === 'click' || s.cardTrigger === 'off' ? s.cardTrigger : 'hover',
    highlightStatuses: Array.isArray(s.highlightStatuses)
      ? s.highlightStatuses.filter((x): x is Status => typeof x === 'string')
      : DEFAULT_SETTINGS.highlightStatuses,
    language: s.language === 'ar' || s.language === 'en' ? s.language : 'auto',
    statusColors: readStatusColors(s.statusColors),
    cardLanguage: (['page', 'browser', 'ar', 'en'] as const).find((l) => l === s.cardLanguage) ?? 'page',
    edgeMarks: typeof s.edgeMarks === 'boolean' ? s.edgeMarks : DEFAULT_SETTINGS.edgeMarks,
    checkClaims: typeof s.checkClaims === 'boolean' ? s.checkClaims : DEFAULT_SETTINGS.checkClaims,
  };
}

/** Keeps only `#rrggbb` colours, so a stored value can never inject CSS. */
function readStatusColors(stored: unknown): Partial<Record<Status, string>> {
  if (typeof stored !== 'object' || stored === null) return {};
  const out: Partial<Record<Status, string>> = {};
  for (const [status, color] of Object.entries(stored)) {
    if (isStatus(status) && typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)) out[status] = color.toLowerCase();
  }
  return out;
}

/** Is highlighting active on this hostname? */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.excludedSites.includes(hostname.toLowerCase());
}

/**
 * The language the interface shows: the setting when it names one, else the
 * browser's. Here rather than with the string tables, so that the content
 * script can resolve it without carrying them.
 */
export function resolveLanguage(setting: UiLanguage, browserLanguage: string): Lang {
  if (setting === 'ar' || setting === 'en') return setting;
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
