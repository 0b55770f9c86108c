/**
 * The short bilingual evidence text that "Copy" puts on the clipboard, ready
 * to paste in a reply: name, status as of its date, the reason, the five
 * marks and the web sources, in English then in Arabic.
 */
import type { Assessment, Entity, Source } from '../lib/kb/schema';
import { statusAsOf } from './entity-extras';
import { levelLabel, statusLabel, translate, type Lang, type MessageKey } from './i18n';

const DIMENSIONS = ['weights', 'trainingCode', 'trainingData', 'licence', 'commercialUse'] as const;

function marks(lang: Lang, a: Assessment): string {
  return DIMENSIONS.map((dim) => {
    const cell = a[dim];
    const level = 'notApplicable' in cell && cell.notApplicable ? translate(lang, 'level_na') : levelLabel(lang, cell.value);
    const extra = dim === 'licence' && a.licence.name ? ` (${a.licence.name})` : '';
    return `${translate(lang, `dim_${dim}` as MessageKey)}: ${level}${extra}`;
  }).join(' · ');
}

function block(lang: Lang, entity: Entity): string[] {
  const name = entity.name[lang] || entity.name.en;
  const a = entity.assessment;
  const status = statusLabel(lang, a?.status ?? 'unknown');
  const asOf = statusAsOf(entity);
  const lines = [`${name}: ${status}${asOf ? ` (${translate(lang, 'detail_as_of', asOf)})` : ''}`];
  if (a) {
    lines.push(a.reason[lang] || a.reason.en);
    lines.push(marks(lang, a));
  }
  return lines;
}

/** Distinct https sources behind the assessment, in the order the marks list them. */
export function webSourcesOf(entity: Entity): string[] {
  const a = entity.assessment;
  if (!a) return [];
  const all: Source[] = DIMENSIONS.flatMap((dim) => a[dim].sources);
  return [...new Set(all.flatMap((s) => (s.kind === 'web' ? [s.url] : [])))];
}

export function evidenceText(entity: Entity): string {
  const sources = webSourcesOf(entity);
  return [
    ...block('en', entity),
    '',
    ...block('ar', entity),
    '',
    `${translate('en', 'copy_sources')} / ${translate('ar', 'copy_sources')}`,
    ...sources.map((url) => `- ${url}`),
    `— ${translate('en', 'copy_by')}`,
  ].join('\n');
}
