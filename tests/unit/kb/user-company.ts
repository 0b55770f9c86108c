/** The company a user adds in the knowledge-base tests: not in the seed, valid, with a name in each script. */
import type { Entity } from '../../../lib/kb/schema';

export const userCompany = (): Entity => ({
  id: 'acme-ai',
  kind: 'company',
  name: { en: 'Acme AI', ar: 'أكمي' },
  aliases: [{ text: 'Acme AI' }, { text: 'أكمي' }],
  summary: { en: 'A company the user added.', ar: 'شركة أضافها المستخدم.' },
});
