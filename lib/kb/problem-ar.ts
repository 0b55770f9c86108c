/**
 * The problems the knowledge base reports (imports, entity edits), in Arabic.
 *
 * Problems are made in English in one place each (lib/kb/issues.ts, the
 * schema's own messages, imports, the database's checks), and the command
 * line and the tests read them so. Rather than thread a language through all
 * of them, the Arabic UI renders each English form through this table, one
 * pattern per form. A form with no pattern falls back to English; a unit test
 * builds every form the code can make and fails on any that would.
 */

type Render = (...parts: string[]) => string;

/**
 * Latin text inside an Arabic sentence (ids, quoted values, lists of
 * options), set apart with first-strong isolates so its quotes and commas
 * stay with it instead of being reordered by the surrounding right-to-left text.
 */
const iso = (latin: string) => `\u2068${latin}\u2069`;
/** An entity id, quoted and isolated. */
const quoted = (id: string) => iso(`"${id}"`);

/** What a value was, as describeValue() in issues.ts names it. */
function value(en: string): string {
  const text = /^the text "(.*)"$/s.exec(en);
  if (text) return `النص «${iso(text[1]!)}»`;
  const number = /^the number (.+)$/.exec(en);
  if (number) return `الرقم ${number[1]}`;
  // null, true and false read the same in both languages.
  const names: Record<string, string> = { 'a list': 'قائمة', 'an object': 'كائن', undefined: 'لا شيء' };
  return names[en] ?? en;
}

/** What was expected, as issues.ts names a type. */
function expected(en: string): string {
  const names: Record<string, string> = {
    text: 'نصًا',
    'a number': 'رقمًا',
    'true or false': 'true أو false',
    'a list': 'قائمة',
    'an object': 'كائنًا',
  };
  return names[en] ?? en;
}

const unit = (en: string) => (en === 'items' ? 'عناصر' : 'أحرف');
const kind = (en: string) =>
  ({ company: 'شركة', organization: 'منظمة', family: 'عائلة نماذج', model: 'نموذج', product: 'منتج' })[en] ?? en;

const FORMS: Array<[RegExp, Render]> = [
  // issues.ts: valibot's checks in plain words.
  [/^is required but missing$/, () => 'مطلوب لكنه غير موجود'],
  [/^should be one of (.+), not (.+)$/s, (options, got) => `يجب أن يكون واحدًا من ${iso(options)}، لا ${value(got)}`],
  [/^should be (text|a number|true or false|a list|an object), not (.+)$/s, (want, got) => `يجب أن يكون ${expected(want)}، لا ${value(got)}`],
  [/^should be (".*"|\d+), not (.+)$/s, (want, got) => `يجب أن يكون ${iso(want)}، لا ${value(got)}`],
  [/^needs at least (\d+) (items|characters)$/, (n, what) => `يحتاج إلى ${n} ${unit(what)} على الأقل`],
  [/^is too long \(at most (\d+) (items|characters)\)$/, (n, what) => `أطول من اللازم (${n} ${unit(what)} على الأكثر)`],
  [/^should not be empty$/, () => 'يجب ألا يكون فارغًا'],
  [/^is not a valid link$/, () => 'ليس رابطًا صالحًا'],
  [/^should be a whole number$/, () => 'يجب أن يكون عددًا صحيحًا'],
  [/^should be at least (.+)$/, (n) => `يجب أن يكون ${n} على الأقل`],
  [/^is not valid \((.*)\)$/s, (raw) => `غير صالح (${raw})`],
  // The schema's own messages.
  [/^must be an https:\/\/ link$/, () => 'يجب أن يكون رابط https://'],
  [/^must be a lowercase slug such as "([^"]+)"$/, (example) => `يجب أن يكون معرّفًا بأحرف لاتينية صغيرة مثل ${iso(`"${example}"`)}`],
  [/^an alias needs at least two characters$/, () => 'يحتاج الاسم البديل إلى حرفين على الأقل'],
  [/^an alias needs at least one letter or digit$/, () => 'يحتاج الاسم البديل إلى حرف أو رقم واحد على الأقل'],
  [/^an English name is needed$/, () => 'الاسم الإنجليزي مطلوب'],
  [/^an Arabic name is needed$/, () => 'الاسم العربي مطلوب'],
  [/^a note cannot be empty$/, () => 'لا يمكن أن تكون الملاحظة فارغة'],
  [/^a note can hold at most (\d+) characters$/, (n) => `تتسع الملاحظة لـ ${n} حرف على الأكثر`],
  [/^should be a date and time such as "([^"]+)"$/, (example) => `يجب أن يكون تاريخًا ووقتًا مثل ${iso(`"${example}"`)}`],
  // Imports.
  [/^the file is (.+ MB); files larger than (.+ MB) are not imported$/, (size, max) => `حجم الملف ${iso(size)}؛ لا تُستورد الملفات الأكبر من ${iso(max)}`],
  [/^the file is not valid JSON \((.*)\)$/s, (why) => `الملف ليس JSON صالحًا (${iso(why)})`],
  [/^the file should hold a JSON object with "format", "version" and "entities"$/, () => 'يجب أن يحوي الملف كائن JSON فيه "format" و"version" و"entities"'],
  [
    /^this is not an Openness Lens knowledge-base file \(format is (.*), expected "([^"]+)"\)$/,
    (got, want) => `هذا ليس ملف قاعدة معرفة لعدسة الانفتاح (الصيغة ${iso(got)}، والمتوقع ${iso(`"${want}"`)})`,
  ],
  [
    /^this file is format version (.+); this version of Openness Lens reads version (\d+)$/,
    (got, want) => `إصدار صيغة هذا الملف ${got}؛ وهذا الإصدار من عدسة الانفتاح يقرأ الإصدار ${want}`,
  ],
  [
    /^duplicate id "([^"]+)": (\w+\[\d+\]) already has (an entity|a note) with this id$/,
    (id, at, what) => `المعرّف ${quoted(id)} مكرر: في ${iso(at!)} ${what === 'a note' ? 'ملاحظة' : 'كيان'} بالمعرّف نفسه`,
  ],
  // The database's checks and links between entities.
  [/^no entity has the id "([^"]+)"$/, (id) => `لا يوجد كيان بالمعرّف ${quoted(id)}`],
  [/^an entity with the id "([^"]+)" already exists$/, (id) => `يوجد كيان بالمعرّف ${quoted(id)} من قبل`],
  [/^an entity with the id "([^"]+)" exists again$/, (id) => `صار هناك كيان بالمعرّف ${quoted(id)} من جديد`],
  [/^the id of an entity cannot be changed$/, () => 'لا يمكن تغيير معرّف الكيان'],
  // Before the two forms it quotes.
  [
    /^"([^"]+)" would be left with a broken (maker|family): (.+)$/s,
    (id, field, why) => `سيبقى ${quoted(id)} برابط ${field === 'maker' ? 'مطوّر' : 'عائلة'} معطّل: ${toArabic(why) ?? why}`,
  ],
  [/^"([^"]+)" is a (\w+), not a company or organization$/, (id, k) => `${quoted(id)} ${kind(k)}، وليس شركة أو منظمة`],
  [/^"([^"]+)" is a (\w+), not a family$/, (id, k) => `${quoted(id)} ${kind(k)}، وليس عائلة نماذج`],
];

/** The Arabic form of one of the knowledge base's English problem messages, or null if it has none. */
export function toArabic(message: string): string | null {
  for (const [pattern, render] of FORMS) {
    const m = pattern.exec(message);
    if (m) return render(...m.slice(1));
  }
  return null;
}
