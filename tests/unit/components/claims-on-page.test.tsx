// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, waitFor } from '@testing-library/preact';
import { ClaimsOnPage } from '../../../components/claims-on-page';
import type { PageClaim } from '../../../components/entity-extras';
import { ensureSeed, getKb } from '../../../lib/kb/db';
import { SEED } from '../../../lib/kb/seed';
import { renderIn } from './render';

beforeAll(async () => {
  await ensureSeed(getKb(), SEED);
});
afterEach(cleanup);

const claim: PageClaim = {
  entity: 'llama',
  start: 19,
  end: 24,
  claim: 'open',
  verdict: 'overstated',
  cue: 'open-source',
  sentence: "Meta's open-source Llama powers chatbots.",
};

describe('ClaimsOnPage', () => {
  it('names each claim by its entity in the reader\'s language, never by its id while the names load', async () => {
    const seen: string[] = [];
    const { container } = renderIn('en', <ClaimsOnPage claims={[claim]} />);
    seen.push(container.textContent ?? '');
    await waitFor(() => expect(container.querySelector('[data-claim-verdict="overstated"]')).not.toBeNull());
    seen.push(container.textContent ?? '');
    expect(container.querySelector('.ol-claim-line')!.textContent).toContain('Llama called open source');
    for (const text of seen) expect(text).not.toMatch(/\bllama called/);
  });
});
