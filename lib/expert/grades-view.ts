/**
 * What the card and the popup show under "Expert grades", prepared from an
 * entity's `expert` field: the Index's grades in its three groups with their
 * evidence links, the MOF class with the components that keep the model
 * below the next class, and a plain sentence, in both languages, where our
 * status and the one the experts' grades give do not agree.
 */
import type { Bilingual, Entity, Status } from '../kb/schema';
import { nextClass, type MofClass } from './mof-class';
import { mofFileUrl } from './mof';
import { osaiFileUrl } from './osai';
import type { Grade } from './source-meta';

export const OSAI_GROUPS = [
  { ref: 'availability', params: ['datasources_basemodel', 'datasources_endmodel', 'weights_basemodel', 'weights_endmodel', 'trainingcode'] },
  { ref: 'documentation', params: ['code', 'hardware_architecture', 'preprint', 'paper', 'modelcard', 'datasheet'] },
  { ref: 'access', params: ['licenses'] },
] as const;
export type GroupRef = (typeof OSAI_GROUPS)[number]['ref'];

const GROUP_LABELS: Record<GroupRef, Bilingual> = {
  availability: { en: 'Availability', ar: 'الإتاحة' },
  documentation: { en: 'Documentation', ar: 'التوثيق' },
  access: { en: 'Access', ar: 'الوصول' },
};

const DIMENSION_LABELS: Record<string, Bilingual> = {
  datasources_basemodel: { en: 'Base model data', ar: 'بيانات النموذج الأساسي' },
  datasources_endmodel: { en: 'End model data', ar: 'بيانات النموذج النهائي' },
  weights_basemodel: { en: 'Base model weights', ar: 'أوزان النموذج الأساسي' },
  weights_endmodel: { en: 'End model weights', ar: 'أوزان النموذج النهائي' },
  trainingcode: { en: 'Training code', ar: 'شيفرة التدريب' },
  code: { en: 'Code documentation', ar: 'توثيق الشيفرة' },
  hardware_architecture: { en: 'Hardware architecture', ar: 'معمارية العتاد' },
  preprint: { en: 'Preprint', ar: 'ورقة أولية' },
  paper: { en: 'Peer-reviewed paper', ar: 'ورقة محكّمة' },
  modelcard: { en: 'Model card', ar: 'بطاقة النموذج' },
  datasheet: { en: 'Datasheet', ar: 'صحيفة البيانات' },
  licenses: { en: 'Licences', ar: 'الرخص' },
};

const COMPONENT_AR: Record<string, string> = {
  'Model architecture': 'معمارية النموذج',
  'Model parameters (Final)': 'معاملات النموذج النهائية',
  'Model parameters (Intermediate)': 'معاملات النموذج الوسيطة',
  'Model metadata': 'البيانات الوصفية للنموذج',
  'Technical report': 'التقرير التقني',
  'Evaluation results': 'نتائج التقييم',
  'Model card': 'بطاقة النموذج',
  'Data card': 'بطاقة البيانات',
  'Training code': 'شيفرة التدريب',
  'Inference code': 'شيفرة الاستدلال',
  'Evaluation code': 'شيفرة التقييم',
  'Evaluation data': 'بيانات التقييم',
  'Supporting libraries and tools': 'المكتبات والأدوات المساندة',
  Datasets: 'مجموعات البيانات',
  'Data preprocessing code': 'شيفرة المعالجة المسبقة للبيانات',
  'Research paper': 'الورقة البحثية',
  'Sample model outputs': 'عينات من مخرجات النموذج',
};

const CLASS_LABELS: Record<'1' | '2' | '3' | 'none', Bilingual> = {
  '1': { en: 'Class I: open science', ar: 'الفئة الأولى: علم مفتوح' },
  '2': { en: 'Class II: open tooling', ar: 'الفئة الثانية: أدوات مفتوحة' },
  '3': { en: 'Class III: open model', ar: 'الفئة الثالثة: نموذج مفتوح' },
  none: { en: 'Not classified', ar: 'غير مصنّف' },
};

const STATUS_NAMES: Record<Status, Bilingual> = {
  open: { en: 'open', ar: 'مفتوح' },
  'open-weights': { en: 'open weights', ar: 'أوزان مفتوحة' },
  restricted: { en: 'restricted', ar: 'مقيّد' },
  closed: { en: 'closed', ar: 'مغلق' },
  unknown: { en: 'unknown', ar: 'غير معروف' },
};

export interface GradeCell {
  ref: string;
  label: Bilingual;
  grade: Grade | null;
  /** The evidence the Index cites for this grade. */
  link?: string;
}

export interface GradeGroup {
  ref: GroupRef;
  label: Bilingual;
  cells: GradeCell[];
}

export interface ExpertView {
  osai?: { groups: GradeGroup[]; open: number; graded: number; source: string };
  mof?: {
    class: MofClass | null;
    label: Bilingual;
    next: { class: MofClass; label: Bilingual; holding: Bilingual[] } | null;
    source: string;
  };
  /** Present only where our status and the experts' differ. */
  disagreement?: Bilingual;
}

const classLabel = (c: MofClass | null): Bilingual => CLASS_LABELS[c === null ? 'none' : (String(c) as '1' | '2' | '3')];

/** How many of the Index's dimensions are graded open; null when the Index has not graded the entity. */
export function openDimensionCount(entity: Pick<Entity, 'expert'>): number | null {
  const dimensions = entity.expert?.osai?.dimensions;
  return dimensions ? Object.values(dimensions).filter((g) => g === 'open').length : null;
}

function disagreement(entity: Entity): Bilingual | undefined {
  const ours = entity.assessment?.status;
  const theirs = entity.expert?.status;
  if (!ours || !theirs || theirs === 'unknown' || ours === theirs || entity.expert?.derived) return undefined;
  return {
    en: `We rate it ${STATUS_NAMES[ours].en}; the expert grades point to ${STATUS_NAMES[theirs].en}.`,
    ar: `تقييمنا: ${STATUS_NAMES[ours].ar}؛ أما تقييمات الخبراء فتشير إلى: ${STATUS_NAMES[theirs].ar}.`,
  };
}

/** The "Expert grades" section for one entity, or null when no expert graded it. */
export function expertView(entity: Entity): ExpertView | null {
  const expert = entity.expert;
  if (!expert?.osai && !expert?.mof) return null;
  const view: ExpertView = {};
  if (expert.osai) {
    const { dimensions, evidence = {} } = expert.osai;
    const groups = OSAI_GROUPS.map((g) => ({
      ref: g.ref,
      label: GROUP_LABELS[g.ref],
      cells: g.params.map((ref) => ({
        ref,
        label: DIMENSION_LABELS[ref]!,
        grade: dimensions[ref] ?? null,
        ...(evidence[ref] ? { link: evidence[ref] } : {}),
      })),
    }));
    const grades = Object.values(dimensions);
    view.osai = {
      groups,
      open: grades.filter((g) => g === 'open').length,
      graded: grades.filter((g) => g !== null).length,
      source: osaiFileUrl(expert.osai.commit, expert.osai.file),
    };
  }
  if (expert.mof) {
    const next = nextClass(expert.mof.class);
    view.mof = {
      class: expert.mof.class,
      label: classLabel(expert.mof.class),
      next: next === null ? null : { class: next, label: classLabel(next), holding: (expert.mof.holding ?? []).map((c) => ({ en: c, ar: COMPONENT_AR[c] ?? c })) },
      source: mofFileUrl(expert.mof.commit, expert.mof.file),
    };
  }
  const differs = disagreement(entity);
  if (differs) view.disagreement = differs;
  return view;
}
