/**
 * Dated releases: which release sets an entity's current status, and the
 * status history in one line ("restricted until March 2025 (V3), MIT since
 * V3-0324") for entities whose releases came under different terms.
 *
 * Pure: the card, the popup and the seed check all read the same answers.
 */
import type { Release, Status } from './schema';

export type Lang = 'en' | 'ar';

/** The status as of a date: what the newest release says, and when it came out. */
export interface StatusAsOf {
  status: Status;
  /** The newest release's date, YYYY-MM-DD or YYYY-MM. */
  date: string;
  release: Release;
}

const STATUS_WORDS: Record<Lang, Record<Status, string>> = {
  en: { open: 'open source', 'open-weights': 'open weights', restricted: 'restricted', closed: 'closed', unknown: 'unknown' },
  ar: { open: 'مفتوح المصدر', 'open-weights': 'أوزان مفتوحة', restricted: 'مقيّد', closed: 'مغلق', unknown: 'غير معروف' },
};

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

/**
 * Releases from oldest to newest. Dates are ISO strings of one or two parts,
 * so text order is date order ("2025-03" sorts before "2025-03-24"); ties keep
 * the order the data gives.
 */
export function byDate(releases: readonly Release[]): Release[] {
  return releases
    .map((release, i) => ({ release, i }))
    .sort((a, b) => (a.release.date < b.release.date ? -1 : a.release.date > b.release.date ? 1 : a.i - b.i))
    .map(({ release }) => release);
}

/** The current status, from the newest release; undefined when there are no releases. */
export function statusAsOf(releases: readonly Release[] | undefined): StatusAsOf | undefined {
  if (!releases?.length) return undefined;
  const newest = byDate(releases).at(-1)!;
  return { status: newest.status, date: newest.date, release: newest };
}

/** "March 2025" / "مارس 2025" for 2025-03 or 2025-03-24. */
export function monthYear(date: string, lang: Lang): string {
  const [year, month] = date.split('-');
  return `${MONTHS[lang][Number(month) - 1]} ${year}`;
}

/** Consecutive releases under the same status, in date order. */
function runsByStatus(releases: readonly Release[]): Release[][] {
  const runs: Release[][] = [];
  for (const release of byDate(releases)) {
    const last = runs.at(-1);
    if (last && last[0]!.status === release.status) last.push(release);
    else runs.push([release]);
  }
  return runs;
}

function names(run: readonly Release[]): string {
  return run.length === 1 ? run[0]!.name : `${run[0]!.name}, ${run.at(-1)!.name}`;
}

/**
 * The status history in one line, or undefined when every release has the
 * same status (then the current status says it all). Earlier runs read
 * "<status> until <month> (<releases>)", the last "<licence> since <release>"
 * (or "<status> since <release>" when its releases differ in licence).
 */
export function releaseHistory(releases: readonly Release[] | undefined, lang: Lang): string | undefined {
  if (!releases?.length) return undefined;
  const runs = runsByStatus(releases);
  if (runs.length < 2) return undefined;
  const words = STATUS_WORDS[lang];
  const parts = runs.map((run, i) => {
    const next = runs[i + 1];
    if (next) {
      const until = monthYear(next[0]!.date, lang);
      return lang === 'ar' ? `${words[run[0]!.status]} حتى ${until} (${names(run)})` : `${words[run[0]!.status]} until ${until} (${names(run)})`;
    }
    const first = run[0]!;
    // Name the licence only when the whole current run shares it; otherwise the status says it.
    const licence = run.every((r) => r.licence === first.licence) ? first.licence : '';
    const label = licence || words[first.status];
    return lang === 'ar' ? `${label} منذ ${first.name}` : `${label} since ${first.name}`;
  });
  return parts.join(lang === 'ar' ? '، ' : ', ');
}
