/**
 * The extension pages make sure the knowledge base is installed before they
 * read it. The background seeds it on install, but a page opened in the
 * first moments (or after the service worker was stopped mid-way) must not
 * show an empty list. `ensureSeed` is idempotent and transactional, so the
 * background and a page doing it at once is harmless.
 */
import { ensureSeed, getKb } from '../lib/kb/db';
import { SEED } from '../lib/kb/seed';

export function ensureKb(): Promise<unknown> {
  return ensureSeed(getKb(), SEED).catch(() => undefined);
}
