import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSeed, getKb } from '../../../../lib/kb/db';
import { SEED } from '../../../../lib/kb/seed';
import { lookupEntity, lookupUrl } from '../../../../entrypoints/background/context-menu';

// The menu looks selections up in the extension's own database, seeded as on install.
beforeAll(async () => {
  await ensureSeed(getKb(), SEED);
});

describe('looking up a selection', () => {
  it.each([
    ['DeepSeek-R1', 'deepseek-r1'],
    ['ديب سيك', 'deepseek'],
    ['لاما', 'llama'],
    ['Llama 3.1', 'llama'],
    ['أوبن إيه آي', 'openai'],
    ['ولاما', 'llama'],
  ])('finds the entity %s names', async (text, id) => {
    expect(await lookupEntity(text)).toBe(id);
  });

  it('finds nothing for text that names no entity, so the page offers a search', async () => {
    expect(await lookupEntity('the weather today')).toBeNull();
    expect(lookupUrl('x/options.html', 'the weather today', null)).toBe('x/options.html#search=the%20weather%20today');
  });
});
