/**
 * The knowledge-base data model, as a valibot schema.
 *
 * One schema serves three places: the seed files under assets/kb/entities are
 * validated against it in tests and at build time, user imports are validated
 * against it before anything touches the database, and the TypeScript types
 * the rest of the code uses are inferred from it, so the three cannot drift.
 */
import * as v from 'valibot';

export const STATUSES = ['open', 'open-weights', 'restricted', 'closed', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const KINDS = ['company', 'family', 'model', 'product', 'organization'] as const;
export type Kind = (typeof KINDS)[number];

/** How far one openness dimension is met. `unknown` means "not known", never "bad". */
export const LEVELS = ['yes', 'partial', 'no', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

/** Stable slug used as the entity id everywhere (`gpt-oss-120b`). */
export const EntityIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be a lowercase slug such as "gpt-oss-120b"'),
  v.maxLength(80),
);

const PlainText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

/** The same statement in both languages. */
export const BilingualSchema = v.object({
  en: PlainText(2000),
  ar: PlainText(2000),
});
export type Bilingual = v.InferOutput<typeof BilingualSchema>;

/** Where a statement comes from: a paragraph of the seed article, or a public web page. */
export const SourceSchema = v.variant('kind', [
  v.object({
    kind: v.literal('article'),
    /** 1-based index of the paragraph (non-empty line) in assets/article/article-ar.txt. */
    paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  v.object({
    kind: v.literal('web'),
    title: PlainText(300),
    /** Only https links are ever stored, so a source link can never run script. */
    url: v.pipe(v.string(), v.url(), v.startsWith('https://', 'must be an https:// link')),
  }),
]);
export type Source = v.InferOutput<typeof SourceSchema>;

/**
 * One written form of a name. Matching flags live here, in the data, not in code.
 * - `caseSensitive`: Latin aliases that are also common words ("Apple", "Meta",
 *   "Llama", "Chrome", "Gemini", "Claude") only match with this exact case.
 * - `article`: the Arabic definite article ال / لل may precede this alias.
 * - `versioned`: a version suffix may follow ("Llama 3.1", "لاما 4").
 * - `ambiguous`: the alias is also an ordinary word, a first name, a place, a
 *   zodiac sign, an animal, a wind...; the short reason says which. Such a
 *   mention counts only where its context says AI (lib/match/sense.ts).
 */
export const AliasSchema = v.object({
  text: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(2, 'an alias needs at least two characters'),
    v.maxLength(100),
    v.regex(/[\p{L}\p{N}]/u, 'an alias needs at least one letter or digit'),
  ),
  caseSensitive: v.optional(v.boolean()),
  article: v.optional(v.boolean()),
  versioned: v.optional(v.boolean()),
  ambiguous: v.optional(PlainText(100)),
});
export type Alias = v.InferOutput<typeof AliasSchema>;

/**
 * A context rule: this alias does not name the entity when one of the given
 * words stands right before (or after) it. Example: كلاود after غوغل is
 * "Google Cloud", not Claude.
 */
export const ContextRuleSchema = v.object({
  alias: PlainText(100),
  notAfter: v.optional(v.array(PlainText(100))),
  notBefore: v.optional(v.array(PlainText(100))),
  why: PlainText(500),
});
export type ContextRule = v.InferOutput<typeof ContextRuleSchema>;

export const EvidenceSchema = v.object({
  value: v.picklist(LEVELS),
  /**
   * The dimension does not apply (a browser has no training data). The value
   * is then `unknown` and the UI shows "does not apply" instead of a level.
   */
  notApplicable: v.optional(v.literal(true)),
  note: v.optional(BilingualSchema),
  sources: v.array(SourceSchema),
});
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

export const LicenceSchema = v.object({
  /** SPDX id or the licence's own name ("Llama 3.1 Community License"). */
  name: PlainText(200),
  /** null: not a single licence, or not known. */
  osiApproved: v.nullable(v.boolean()),
  value: v.picklist(LEVELS),
  /** Caveats, such as a family whose members use different licences. */
  note: v.optional(BilingualSchema),
  sources: v.array(SourceSchema),
});

/** Why an entity has its status: one cell per dimension, each with its source. */
export const AssessmentSchema = v.object({
  status: v.picklist(STATUSES),
  reason: BilingualSchema,
  weights: EvidenceSchema,
  trainingCode: EvidenceSchema,
  trainingData: EvidenceSchema,
  licence: LicenceSchema,
  commercialUse: EvidenceSchema,
});
export type Assessment = v.InferOutput<typeof AssessmentSchema>;

/** What the seed article says, quoted verbatim, shown beside the assessed status. */
export const ArticleClaimSchema = v.object({
  quoteAr: PlainText(2000),
  en: PlainText(2000),
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The status the article's wording implies, when it implies one. */
  claimedStatus: v.optional(v.picklist(STATUSES)),
});
export type ArticleClaim = v.InferOutput<typeof ArticleClaimSchema>;

export const NoteSchema = v.object({
  text: BilingualSchema,
  /** The article's own words behind the note, checked verbatim against its article sources. */
  quoteAr: v.optional(PlainText(2000)),
  sources: v.array(SourceSchema),
});
export type Note = v.InferOutput<typeof NoteSchema>;

/** The article's general benefit and risk notes (assets/kb/general.json), not tied to one entity. */
export const GeneralNotesSchema = v.object({
  benefits: v.array(NoteSchema),
  risks: v.array(NoteSchema),
});
export type GeneralNotes = v.InferOutput<typeof GeneralNotesSchema>;

/** An entity's display name: both languages are required. */
export const NameSchema = v.object({
  en: v.pipe(PlainText(200), v.nonEmpty('an English name is needed')),
  ar: v.pipe(PlainText(200), v.nonEmpty('an Arabic name is needed')),
});

export const EntitySchema = v.object({
  id: EntityIdSchema,
  kind: v.picklist(KINDS),
  name: NameSchema,
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1), v.maxLength(200)),
  rules: v.optional(v.array(ContextRuleSchema)),
  maker: v.optional(EntityIdSchema),
  family: v.optional(EntityIdSchema),
  summary: BilingualSchema,
  assessment: v.optional(AssessmentSchema),
  articleClaims: v.optional(v.array(ArticleClaimSchema)),
  risks: v.optional(v.array(NoteSchema)),
  benefits: v.optional(v.array(NoteSchema)),
});
export type Entity = v.InferOutput<typeof EntitySchema>;
