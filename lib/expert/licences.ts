/**
 * Which licences count as open, for two different questions:
 *
 * - The Model Openness Framework's class: the framework's tool accepts a
 *   component when its licence id is OSI-approved, FSF-free or an open-data
 *   licence, compared by exact SPDX id (so "Apache 2.0" written with a space
 *   does not count there). `isMofOpen` keeps that exactness.
 * - Our derived status: a licence name as the Index writes it ("Apache 2.0",
 *   "MIT license"). `licenceOpenness` folds spelling first, then also names the
 *   well-known licences with use restrictions.
 */

/** SPDX ids of OSI-approved or FSF-free licences met in model releases. */
const OSI_OR_FSF = [
  '0BSD', 'AFL-3.0', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-1.1', 'Apache-2.0', 'Artistic-2.0',
  'BSD-2-Clause', 'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSL-1.0', 'CDDL-1.0', 'ECL-2.0', 'EPL-1.0', 'EPL-2.0',
  'EUPL-1.2', 'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0', 'GPL-3.0-only', 'GPL-3.0-or-later', 'ISC',
  'LGPL-2.1', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'MIT', 'MIT-0',
  'MPL-2.0', 'MS-PL', 'NCSA', 'OFL-1.1', 'PostgreSQL', 'Python-2.0', 'UPL-1.0', 'Unlicense', 'Zlib', 'CC0-1.0',
];

/** SPDX ids of open-data and open-content licences (no use restrictions beyond attribution or share-alike). */
const OPEN_DATA = [
  'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0',
  'CDLA-Sharing-1.0', 'ODC-By-1.0', 'ODbL-1.0', 'PDDL-1.0', 'CC-PDDC',
];

const MOF_OPEN: ReadonlySet<string> = new Set([...OSI_OR_FSF, ...OPEN_DATA]);
const OSI_KEYS: ReadonlySet<string> = new Set(OSI_OR_FSF.map(foldLicence));
const OPEN_KEYS: ReadonlySet<string> = new Set([...OSI_OR_FSF, ...OPEN_DATA].map(foldLicence));

/** Words that mark a licence as restricting use (non-commercial, responsible-AI clauses, vendor terms). */
const RESTRICTED_CUES = [
  'nc', 'noncommercial', 'rail', 'openrail', 'llama', 'gemma', 'community', 'research', 'qwen', 'tongyi', 'deepseek',
  'agreement', 'termsofuse', 'terms', 'restrict', 'restricted', 'nvidiaopenmodel', 'databricks', 'falcon', 'bigscience',
];

/**
 * Licences of the vendor's own, read by hand (folded names; the files are cited
 * in docs/expert-grades.md): they limit use (a registration step before
 * commercial use, lists of forbidden uses), so they read as restricted.
 */
const VENDOR_RESTRICTED: ReadonlySet<string> = new Set(['chatglm6b', 'chatglm26b', 'chatglm36b', 'baichuan7b']);

/** Licences written without being a licence: the component is not released. */
const CLOSED_CUES = ['proprietary', 'closed', 'undisclosed', 'unlicensed', 'notinclude'];

/** Lower case, letters and digits only, with the usual long forms shortened ("Apache License 2.0" → "apache20"). */
export function foldLicence(name: string): string {
  return name
    .toLowerCase()
    .replace(/\blicen[cs]e\b|\bversion\b|\bv(?=\d)/g, '')
    .replace(/(gnu\s*)?(lesser|library)\s+general\s+public/g, 'lgpl')
    .replace(/(gnu\s*)?general\s+public/g, 'gpl')
    .replace(/creative\s*commons|\bcc\b/g, 'cc')
    .replace(/attribution/g, 'by')
    .replace(/non\s*commercial/g, 'nc')
    .replace(/share\s*alike/g, 'sa')
    .replace(/[^a-z0-9]/g, '');
}

/** The framework tool's test: exact SPDX id, OSI-approved, FSF-free or open data. */
export function isMofOpen(licence: string | null): boolean {
  return licence !== null && MOF_OPEN.has(licence);
}

/** Whether a licence name (in any usual spelling) is OSI-approved; null when not recognised as such. */
export function isOsiApproved(name: string): boolean | null {
  const key = foldLicence(name);
  if (OSI_KEYS.has(key) || OSI_KEYS.has(key.replace(/^apache(\d)$/, 'apache$10'))) return true;
  return licenceOpenness(name) === 'restricted' || licenceOpenness(name) === 'closed' ? false : null;
}

export type LicenceOpenness = 'open' | 'restricted' | 'closed' | 'unknown';

/** How open a licence name reads: open, with use restrictions, not a release at all, or not recognised. */
export function licenceOpenness(name: string | null | undefined): LicenceOpenness {
  if (!name || !name.trim()) return 'unknown';
  const key = foldLicence(name);
  if (OPEN_KEYS.has(key) || OPEN_KEYS.has(key.replace(/^apache(\d)$/, 'apache$10'))) return 'open';
  if (/^(apache20|mit|bsd3|bsd|bsd3clause|bsd2clause|ccby40|ccbysa40|cc0|cc010|odcby|odcby10)$/.test(key)) return 'open';
  if (key === 'none' || CLOSED_CUES.some((cue) => key.includes(cue))) return 'closed';
  if (VENDOR_RESTRICTED.has(key) || RESTRICTED_CUES.some((cue) => key.includes(cue))) return 'restricted';
  return 'unknown';
}
