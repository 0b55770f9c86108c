/**
 * The extension pages make sure the knowledge base is installed before they
 * read it. The background seeds it on install, but a page opened in the
 * first moments (or after the service worker was stopped mid-way) must not
 * show an empty list. `ensureSeed` is idempotent and transactional, so the
 * background and a page doing it at once is harmless.
 *
 * The seed module is loaded on demand: it parses and checks every shipped
 * entity when it loads (tens of milliseconds), which a page should not pay
 * for before it first draws.
 */
import { ensureSeed, getKb, installedSeedVersion } from './db';

/** How long the popup leaves the upgrade check until its own first reads are done. */
const UPGRADE_CHECK_DELAY_MS = 1000;

export async function ensureKb(): Promise<unknown> {
  try {
    const { SEED } = await import('./seed');
    return await ensureSeed(getKb(), SEED);
  } catch {
    return undefined;
  }
}

/**
 * For the popup, which must draw quickly: when no seed is installed yet it
 * installs one at once (the page reads through live queries, which fill in);
 * when one is, checking it against the shipped seed (which the background
 * also does on every start) waits until the popup has shown its list.
 */
export async function ensureKbSoon(): Promise<unknown> {
  const installed = await installedSeedVersion(getKb()).catch(() => undefined);
  if (installed === undefined) return ensureKb();
  return new Promise((done) => setTimeout(() => done(ensureKb()), UPGRADE_CHECK_DELAY_MS));
}
