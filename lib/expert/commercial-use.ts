/**
 * Whether an imported model may be used commercially, read from the name of
 * the licence its weights are published under.
 *
 * The expert datasets grade openness, not commercial use, so without this
 * every imported model said "commercial use: not known", even under Apache-2.0.
 * Only licences whose terms on this point are plain are named here; any other
 * licence keeps "not known". Each answer cites the licence text that settles
 * it, beside the sources that show which licence the model is under.
 */
import type { Bilingual, Evidence, Source } from '../kb/schema';
import { foldLicence, isOsiApproved, licenceOpenness } from './licences';

interface Terms {
  value: Evidence['value'];
  note: Bilingual;
  /** The licence text (or the definition) that says so; none when the licence's own name says it. */
  source?: Source;
}

const OPEN_SOURCE_DEFINITION: Source = {
  kind: 'web',
  title: 'The Open Source Definition, clause 6: no discrimination against fields of endeavour (including business use)',
  url: 'https://opensource.org/osd',
};

/** Allowed, within a licence's list of forbidden uses. */
const WITH_USE_RULES: Bilingual = {
  en: "Allowed, subject to the licence's list of restricted uses.",
  ar: 'مسموح، مع التقيّد بقائمة الاستخدامات المحظورة في الرخصة.',
};

const META_CAP: Bilingual = {
  en: 'Allowed, but licensees with more than 700 million monthly active users must ask Meta for a licence, and the acceptable use policy applies.',
  ar: 'مسموح، لكن على المرخَّص لهم الذين يتجاوز مستخدموهم النشطون شهرياً 700 مليون أن يطلبوا ترخيصاً من ميتا، وتسري سياسة الاستخدام المقبول.',
};

const rail = (title: string, url: string): Terms => ({ value: 'yes', note: WITH_USE_RULES, source: { kind: 'web', title, url } });

const llama = (title: string, url: string): Terms => ({ value: 'partial', note: META_CAP, source: { kind: 'web', title, url } });

/**
 * Vendor licences by folded name (see `foldLicence`), each with the text that
 * settles commercial use. Checked after the non-commercial test, so a
 * "research" variant of one of these never reads as allowed.
 */
const VENDOR_TERMS: [RegExp, Terms][] = [
  [/^(meta)?llama2community(agreement)?$/, llama('Llama 2 Community License Agreement, clause 2', 'https://github.com/meta-llama/llama/blob/main/LICENSE')],
  [/^(meta)?llama3community(agreement)?$/, llama('Meta Llama 3 Community License Agreement, clause 2', 'https://github.com/meta-llama/llama3/blob/main/LICENSE')],
  [/^llama31community(agreement)?$/, llama('Llama 3.1 Community License Agreement, clause 2', 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE')],
  [/^llama32community(agreement)?$/, llama('Llama 3.2 Community License Agreement, clause 2', 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE')],
  [/^llama33community(agreement)?$/, llama('Llama 3.3 Community License Agreement, clause 2', 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE')],
  [
    /^(gemma|gemmatermsofuse)$/,
    {
      value: 'yes',
      note: { en: 'Allowed, subject to the prohibited-use policy.', ar: 'مسموح، مع التقيّد بسياسة الاستخدامات المحظورة.' },
      source: { kind: 'web', title: 'Gemma Terms of Use', url: 'https://ai.google.dev/gemma/terms' },
    },
  ],
  [
    /^nvidiaopenmodel$/,
    {
      value: 'yes',
      note: { en: "Allowed, within the licence's conditions.", ar: 'مسموح ضمن شروط الرخصة.' },
      source: {
        kind: 'web',
        title: 'NVIDIA Open Model License Agreement',
        url: 'https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/',
      },
    },
  ],
  [
    /^tongyiqianwen$/,
    {
      value: 'partial',
      note: {
        en: 'Allowed, but a product or service with more than 100 million monthly active users needs a licence from Alibaba Cloud.',
        ar: 'مسموح، لكن المنتج أو الخدمة التي يتجاوز مستخدموها النشطون شهرياً 100 مليون تحتاج إلى ترخيص من علي بابا كلاود.',
      },
      source: { kind: 'web', title: 'Tongyi Qianwen License Agreement, clause 4', url: 'https://github.com/QwenLM/Qwen/blob/main/LICENSE' },
    },
  ],
  // The RAIL family and DeepSeek's model licence allow commercial use and list
  // forbidden uses in an attachment.
  [/^creativemlopenrailm$/, rail('CreativeML Open RAIL-M (Stable Diffusion licence), with its Attachment A of restricted uses', 'https://huggingface.co/spaces/CompVis/stable-diffusion-license')],
  [/^bigsciencebloomrail10$/, rail('BigScience BLOOM RAIL License v1.0, with its Attachment A of restricted uses', 'https://huggingface.co/spaces/bigscience/license')],
  [/^bigcodeopenrailm1(agreement)?$/, rail('BigCode OpenRAIL-M v1 License Agreement, with its Attachment A of restricted uses', 'https://huggingface.co/spaces/bigcode/bigcode-model-license-agreement')],
  [/^deepseek(agreement)?$/, rail('DeepSeek License Agreement (model licence), with its Attachment A of restricted uses', 'https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL')],
];

/** Names that say the weights may not be used commercially at all. */
const NON_COMMERCIAL = /\bnc\b|non-?\s?commercial|research/i;

/** The commercial-use cell for a model whose weights are under `licence`, given the sources that show that licence. */
export function commercialUseOf(licence: string | undefined, licenceSources: Source[]): Evidence {
  const terms = licence ? termsOf(licence) : undefined;
  if (!terms) return { value: 'unknown', sources: [] };
  return { value: terms.value, note: terms.note, sources: terms.source ? [terms.source, ...licenceSources] : licenceSources };
}

function termsOf(licence: string): Terms | undefined {
  // Several licences at once, or a name that spells out its own commercial
  // terms: which part governs the weights is not plain from the name.
  if (/\band\b|,|commercial use/i.test(licence)) return undefined;
  if (licenceOpenness(licence) === 'open') {
    const terms: Terms = {
      value: 'yes',
      note: { en: `Allowed: ${licence} sets no limit on the fields of use.`, ar: `مسموح: لا تقيّد رخصة ${licence} مجالات الاستخدام.` },
    };
    return isOsiApproved(licence) ? { ...terms, source: OPEN_SOURCE_DEFINITION } : terms;
  }
  if (NON_COMMERCIAL.test(licence.replace(/[-_]/g, ' '))) {
    return {
      value: 'no',
      note: { en: `Not allowed: ${licence} is for non-commercial use only.`, ar: `غير مسموح: رخصة ${licence} للاستخدام غير التجاري فقط.` },
    };
  }
  // RAIL++-M (Stable Diffusion XL) folds to the same key as RAIL-M: its own text is cited.
  if (/rail\s*\+\+/i.test(licence)) {
    return rail('CreativeML Open RAIL++-M License (Stable Diffusion XL), with its Attachment A of restricted uses', 'https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md');
  }
  const key = foldLicence(licence);
  return VENDOR_TERMS.find(([pattern]) => pattern.test(key))?.[1];
}
