import type { BenchAlias } from '../../../bench/seed-aliases';

/** A small alias set with every flag the corpus and the baseline care about. */
export const FIXTURE_ALIASES: BenchAlias[] = [
  { entity: 'openai', text: 'OpenAI' },
  { entity: 'openai', text: 'أوبن إيه آي' },
  { entity: 'meta', text: 'Meta', caseSensitive: true },
  { entity: 'meta', text: 'ميتا' },
  { entity: 'llama', text: 'Llama', caseSensitive: true, versioned: true },
  { entity: 'llama', text: 'لاما', versioned: true },
  { entity: 'google', text: 'Google', caseSensitive: true },
  { entity: 'chrome', text: 'Google Chrome' },
  { entity: 'gpt-oss-120b', text: 'gpt-oss-120b' },
  { entity: 'deepseek', text: 'DeepSeek' },
  { entity: 'deepseek', text: 'ديب سيك' },
];

export const ARABIC_WORDS = ['الذكاء', 'الاصطناعي', 'مفتوح', 'المصدر', 'الشركات', 'نموذج', 'أطلقت', 'المطورين', 'حرية', 'الابتكار'];
export const ENGLISH_WORDS = ['the', 'model', 'weights', 'released', 'developers', 'open', 'licence', 'report', 'market', 'said'];
