/**
 * One end-to-end session for a suite: a local page server (answering
 * /favicon.ico, so no 404 reaches the page's console), a browser with the
 * built extension, and an extension page to ask the background from.
 * Suites open it in beforeAll and close it in afterAll.
 */
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
