import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startPageServer, type ExtensionBrowser, type PageServer } from '../../harness';

describe('the built extension in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: PageServer;
  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch('chromium');
  });
  afterAll(async () => {
    await browser?.dispose();
    await server?.close();
  });

  it('loads, and its popup opens for a given tab', async () => {
    server.route('/hello.html', '<!doctype html><title>t</title><p>Hello</p>');
    const page = await browser.newPage();
    await page.goto(server.url('/hello.html'));
    const tabId = await browser.tabIdOf(page);
    expect(tabId).toBeGreaterThan(0);
    const popup = await browser.openPopup(tabId);
    await popup.waitFor(() => document.querySelector('#app')?.textContent?.includes('Openness Lens'));
    expect(browser.extensionOrigin).toMatch(/^chrome-extension:\/\/[a-p]{32}$/);
  });
});
