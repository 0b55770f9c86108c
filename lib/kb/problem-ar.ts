/**
 * The knowledge base's problems in Arabic, one text per code (the English
 * table is problem-en.ts; a unit test makes every problem the code can report
 * and reads it in both).
 *
 * Latin text inside an Arabic sentence (ids, quoted values, lists of
 * options) is set apart with first-strong isolates, so its quotes and commas
 * stay with it instead of being reordered by the right-to-left text around it.
 */
import type { ProblemTable, ValueKind } from './problem';

const iso = (latin: string | number) => `\u2068${latin}\u2069`;
/** An entity id, quoted and isolated. */
const quoted = (id: string) => iso(`"${id}"`);

function value(got: ValueKind, text: string | undefined): string {
  switch (got) {
    case 'text':
      return `النص «${iso(text ?? '')}»`;
    case 'number':
      return `الرقم ${text ?? ''}`;
    case 'list':
      return 'قائمة';
    case 'object':
      return 'كائن';
    case 'other':
      return text === undefined || text === 'undefined' ? 'لا شيء' : text;
    default:
      // null, true and false read the same in both languages.
      return got;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'نصًا',
  number: 'رقمًا',
  boolean: 'true أو false',
  array: 'قائمة',
  object: 'كائنًا',
};

const unit = (en: 'items' | 'characters') => (en === 'items' ? 'عناصر' : 'أحرف');
const KINDS: Record<string, string> = { company: 'شركة', organization: 'منظمة', family: 'عائلة نماذج', model: 'نموذج', product: 'منتج' };
const kind = (en: string) => KINDS[en] ?? en;

export const PROBLEM_AR: ProblemTable = {
  required: () => 'مطلوب لكنه غير موجود',
  'one-of': (p) => `يجب أن يكون واحدًا من ${iso(p.options)}، لا ${value(p.got, p.value)}`,
  literal: (p) => `يجب أن يكون ${iso(p.want)}، لا ${value(p.got, p.value)}`,
  type: (p) => `يجب أن يكون ${TYPE_NAMES[p.want] ?? iso(p.want)}، لا ${value(p.got, p.value)}`,
  'min-length': (p) => `يحتاج إلى ${p.n} ${unit(p.unit)} على الأقل`,
  'max-length': (p) => `أطول من اللازم (${p.n} ${unit(p.unit)} على الأكثر)`,
  'non-empty': () => 'يجب ألا يكون فارغًا',
  url: () => 'ليس رابطًا صالحًا',
  integer: () => 'يجب أن يكون عددًا صحيحًا',
  'min-value': (p) => `يجب أن يكون ${p.n} على الأقل`,
  invalid: (p) => `غير صالح (${p.raw})`,
  'https-link': () => 'يجب أن يكون رابط https://',
  slug: (p) => `يجب أن يكون معرّفًا بأحرف لاتينية صغيرة مثل ${quoted(p.example)}`,
  'alias-short': () => 'يحتاج الاسم البديل إلى حرفين على الأقل',
  'alias-no-letter': () => 'يحتاج الاسم البديل إلى حرف أو رقم واحد على الأقل',
  'name-en-needed': () => 'الاسم الإنجليزي مطلوب',
  'name-ar-needed': () => 'الاسم العربي مطلوب',
  'note-empty': () => 'لا يمكن أن تكون الملاحظة فارغة',
  'note-too-long': (p) => `تتسع الملاحظة لـ ${p.n} حرف على الأكثر`,
  timestamp: (p) => `يجب أن يكون تاريخًا ووقتًا مثل ${quoted(p.example)}`,
  'file-too-large': (p) => `حجم الملف ${iso(p.size)}؛ لا تُستورد الملفات الأكبر من ${iso(p.max)}`,
  'not-json': (p) => `الملف ليس JSON صالحًا (${iso(p.why)})`,
  'not-kb-object': () => 'يجب أن يحوي الملف كائن JSON فيه "format" و"version" و"entities"',
  'wrong-format': (p) => `هذا ليس ملف قاعدة معرفة لعدسة الانفتاح (الصيغة ${iso(p.got)}، والمتوقع ${quoted(p.want)})`,
  'wrong-version': (p) => `إصدار صيغة هذا الملف ${p.got}؛ وهذا الإصدار من عدسة الانفتاح يقرأ الإصدار ${p.want}`,
  'duplicate-id': (p) => `المعرّف ${quoted(p.id)} مكرر: في ${iso(p.at)} ${p.what === 'note' ? 'ملاحظة' : 'كيان'} بالمعرّف نفسه`,
  'no-entity': (p) => `لا يوجد كيان بالمعرّف ${quoted(p.id)}`,
  'id-exists': (p) => `يوجد كيان بالمعرّف ${quoted(p.id)} من قبل`,
  'id-exists-again': (p) => `صار هناك كيان بالمعرّف ${quoted(p.id)} من جديد`,
  'id-fixed': () => 'لا يمكن تغيير معرّف الكيان',
  'not-a-maker': (p) => `${quoted(p.id)} ${kind(p.kind)}، وليس شركة أو منظمة`,
  'not-a-family': (p) => `${quoted(p.id)} ${kind(p.kind)}، وليس عائلة نماذج`,
  'breaks-link': (p, cause) => `سيبقى ${quoted(p.id)} برابط ${p.field === 'maker' ? 'مطوّر' : 'عائلة'} معطّل: ${cause ?? ''}`,
};
