/**
 * Shapes of the files under assets/kb/expert, checked when the seed loads and
 * by `npm run kb -- check`, so a hand edit or a broken import is caught
 * before it reaches the extension.
 */
import * as v from 'valibot';
import { ContextRuleSchema, EntityIdSchema, EXPERT_GRADES } from '../kb/schema';

const Https = v.pipe(v.string(), v.startsWith('https://'));
const Commit = v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/));
const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const Released = v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(?:-\d{2})?$/)));
const Source = v.looseObject({ name: v.string(), repository: Https, licence: v.string(), commit: Commit, date: Day });

export const OsaiDataSchema = v.object({
  source: v.looseObject({ ...Source.entries, doi: v.string(), site: Https }),
  groups: v.array(v.object({ ref: v.string(), params: v.array(v.string()) })),
  records: v.array(
    v.object({
      file: v.string(),
      name: v.string(),
      link: v.optional(Https),
      org: v.optional(v.object({ name: v.string(), link: v.optional(Https) })),
      basemodel: v.optional(v.string()),
      endmodel: v.optional(v.string()),
      licence: v.optional(v.string()),
      released: Released,
      type: v.optional(v.string()),
      dimensions: v.record(v.string(), v.object({ grade: v.nullable(v.picklist(EXPERT_GRADES)), link: v.optional(Https) })),
    }),
  ),
});

export const MofDataSchema = v.object({
  source: Source,
  framework: v.array(
    v.object({
      id: v.number(),
      name: v.string(),
      type: v.picklist(['code', 'data', 'document']),
      class: v.picklist([1, 2, 3]),
      required: v.boolean(),
    }),
  ),
  records: v.array(
    v.object({
      file: v.pipe(v.string(), v.startsWith('models/')),
      name: v.string(),
      version: v.optional(v.string()),
      producer: v.optional(v.string()),
      released: Released,
      type: v.optional(v.string()),
      links: v.optional(v.object({ repository: v.optional(Https), huggingface: v.optional(Https) })),
      licences: v.record(v.string(), v.string()),
      components: v.record(v.string(), v.nullable(v.string())),
      class: v.nullable(v.picklist([1, 2, 3])),
    }),
  ),
});

export const LinkTableSchema = v.object({
  osai: v.record(v.string(), EntityIdSchema),
  mof: v.record(v.string(), EntityIdSchema),
});

/** Name key → short reason. */
export const AmbiguousNamesSchema = v.record(v.string(), v.pipe(v.string(), v.nonEmpty()));

/**
 * assets/kb/expert/names.json: for entities made from expert records, the
 * names the records do not give: the Arabic name as Arabic news writes it,
 * and extra aliases (Arabic spellings, a short name the records omit), and
 * context rules for the records' own names ("Bloomberg reported" is the news
 * agency citing itself, not the maker of BloombergGPT).
 */
export const ExpertNamesSchema = v.object({
  about: v.string(),
  entities: v.record(
    v.string(),
    v.object({
      ar: v.pipe(v.string(), v.nonEmpty()),
      aliases: v.array(
        v.object({
          text: v.pipe(v.string(), v.nonEmpty()),
          caseSensitive: v.optional(v.boolean()),
          /** The name takes a version ("Wan2.2", "Wan 2.1"); on a name the records give, this adds the flag to it. */
          versioned: v.optional(v.boolean()),
          ambiguous: v.optional(v.pipe(v.string(), v.nonEmpty())),
        }),
      ),
      rules: v.optional(v.array(ContextRuleSchema)),
    }),
  ),
});
export type ExpertNames = v.InferOutput<typeof ExpertNamesSchema>['entities'];

/**
 * assets/kb/expert/card-licences.json: for MOF records that do not list the
 * weights (or list the code's licence for them: `corrects`), the licence the
 * model card of their Hugging Face repository states, with the card's
 * address and the day it was read.
 */
export const CardLicencesSchema = v.object({
  about: v.string(),
  checked: v.pipe(v.string(), v.isoDate()),
  records: v.record(
    v.pipe(v.string(), v.startsWith('models/')),
    v.object({
      licence: v.pipe(v.string(), v.nonEmpty()),
      source: v.pipe(v.string(), v.url(), v.startsWith('https://huggingface.co/')),
      note: v.optional(v.string()),
      corrects: v.optional(v.pipe(v.string(), v.nonEmpty())),
    }),
  ),
});
