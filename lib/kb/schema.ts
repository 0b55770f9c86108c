/**
 * The knowledge-base data model, as a valibot schema.
 *
 * One schema serves three places: the seed files under assets/kb/entities are
 * validated against it in tests and at build time, user imports are validated
 * against it before anything touches the database, and the TypeScript types
 * the rest of the code uses are inferred from it, so the three cannot drift.
 */
import * as v from 'valibot';
import { STATUSES, type Status } from './status';

export { STATUSES, type Status };

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
  /** Why this written form is also an ordinary word, a name or a place ("animal", "first name"); absent: distinctive. */
  ambiguous: v.optional(PlainText(100)),
});
export type Alias = v.InferOutput<typeof AliasSchema>;

/**
 * A context rule: this alias does not name the entity when one of the given
 * words stands right before (or after) it. Example: كلاود after غوغل is
 * "Google Cloud", not Claude. `onlyAfter` is the converse, for a name too
 * common to stand alone: a bare "Phi" names Microsoft's models only right
 * after "Microsoft". `onlyBefore` is its mirror ("Phi models"); a rule with
 * both lets the match stand when either holds.
 */
export const ContextRuleSchema = v.object({
  alias: PlainText(100),
  notAfter: v.optional(v.array(PlainText(100))),
  notBefore: v.optional(v.array(PlainText(100))),
  onlyAfter: v.optional(v.array(PlainText(100))),
  onlyBefore: v.optional(v.array(PlainText(100))),
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

/** A release date: a day (YYYY-MM-DD) or, where only the month is known, a month (YYYY-MM). */
export const ReleaseDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date such as "2025-03-24" or "2025-03"'),
);

/**
 * One dated release of a model or family, with the terms it came under.
 * Releases of one model can differ (DeepSeek-V3 under its own licence, V3-0324
 * under MIT), so the status is dated rather than timeless.
 */
export const ReleaseSchema = v.object({
  name: v.pipe(PlainText(200), v.nonEmpty('a release needs a name')),
  date: ReleaseDateSchema,
  /** SPDX id or the licence's own name; empty only for a closed release. */
  licence: PlainText(200),
  status: v.picklist(STATUSES),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'a release needs a source')),
});
export type Release = v.InferOutput<typeof ReleaseSchema>;

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

/** An expert grade on one dimension: open, partial, closed, or null when not graded. */
export const EXPERT_GRADES = ['open', 'partial', 'closed'] as const;
const HttpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://', 'must be an https:// link'));
const CommitSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/, 'must be a 40-digit commit'));

/**
 * Expert grades for an entity (assets/kb/expert): the European Open Source AI
 * Index's dimensions and the Model Openness Framework's class. `status` is
 * what the documented rule derives from them (absent on a maker); a
 * hand-written assessment keeps its own status beside it. `derived`: the
 * entity itself was made from them.
 */
export const ExpertSchema = v.object({
  status: v.optional(v.picklist(STATUSES)),
  derived: v.optional(v.literal(true)),
  osai: v.optional(
    v.object({
      file: PlainText(200),
      commit: CommitSchema,
      dimensions: v.record(v.string(), v.nullable(v.picklist(EXPERT_GRADES))),
      /** Dimension → the evidence link the Index gives for its grade. */
      evidence: v.optional(v.record(v.string(), HttpsUrl)),
    }),
  ),
  mof: v.optional(
    v.object({
      file: PlainText(200),
      commit: CommitSchema,
      class: v.nullable(v.picklist([1, 2, 3])),
      /** Included component → its licence (null: unlicensed). */
      components: v.optional(v.record(v.string(), v.nullable(PlainText(300)))),
      /** Required components not openly licensed that keep the model from the next class up. */
      holding: v.optional(v.array(PlainText(100))),
    }),
  ),
});
export type Expert = v.InferOutput<typeof ExpertSchema>;

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
  /** Dated releases, oldest first by convention; the newest published one sets the current status. */
  releases: v.optional(v.array(ReleaseSchema)),
  /** Where the article and the public record differ: "the article says X; the record says Y". */
  corrections: v.optional(v.array(NoteSchema)),
  expert: v.optional(ExpertSchema),
});
export type Entity = v.InferOutput<typeof EntitySchema>;
