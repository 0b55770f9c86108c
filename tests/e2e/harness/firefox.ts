/** Firefox driver (puppeteer-core over WebDriver BiDi). */
import type { ExtensionBrowser, LaunchOptions } from './types';

export async function launchFirefox(_options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  throw new Error('Firefox driver not available yet');
}
