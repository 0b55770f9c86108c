/**
 * One end-to-end session for a suite: a local page server (answering
 * /favicon.ico, so no 404 reaches the page's console), a browser with the
 * built extension, and an extension page to ask the background from.
 * Suites take it as a fixture (see `it` below).
 */
import { it as base } from 'vitest';
import { launch, startPageServer, type BrowserName, type ExtensionBrowser, type PageServer, type TestPage } from '../../harness';
import { serveFavicon } from './hardening-support';
import { extensionPage } from './highlight-support';

export interface Session {
  server: PageServer;
  browser: ExtensionBrowser;
  ext: TestPage;
  close(): Promise<void>;
}

export async function openSession(name: BrowserName = 'chromium'): Promise<Session> {
  const server = await startPageServer();
  serveFavicon(server);
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launch(name);
    const opened = browser;
    return {
      server,
      browser: opened,
      ext: await extensionPage(opened),
      async close() {
        await opened.dispose();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.dispose();
    await server.close();
    throw error;
  }
}

/** A session fixture: opened for `name`, closed when its scope ends. */
function sessionFixture(name: BrowserName) {
  // An empty pattern, not `_`: vitest reads from it which other fixtures this one needs.
  return async ({}: object, { onCleanup }: { onCleanup(cleanup: () => unknown): void }): Promise<Session> => {
    const session = await openSession(name);
    onCleanup(() => session.close());
    return session;
  };
}

/**
 * `it` with the suite's session as a fixture. The session opens when first
 * asked for (in `it.beforeAll(({ session }) => …)` or a test) and closes
 * after the file's last test, so a suite neither opens nor closes it itself.
 */
export function sessionTest(name: BrowserName = 'chromium') {
  return base.extend('session', { scope: 'file' }, sessionFixture(name));
}

/**
 * `it` with a session for each test alone (taken in `it.beforeEach` or the
 * test): for a file whose suites each run in another browser, so that one
 * browser is closed before the next starts.
 */
export function sessionPerTest(name: BrowserName) {
  return base.extend('session', sessionFixture(name));
}

/** The session fixture in Chromium, the browser most suites run in. */
export const it = sessionTest();
