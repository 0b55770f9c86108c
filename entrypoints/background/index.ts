// The background: seeds the knowledge base, publishes the alias index for the
// content scripts, keeps per-tab summaries and the badge. Wiring only; the
// logic lives in lib/.
import { registerCommands } from './commands';
import { lookupEntity, registerContextMenu } from './context-menu';
import { hostOfTab, registerTabSummary } from './tab-summary';
import { startIndexPublisher } from './index-publisher';
import { registerCardHandlers } from './card';

export default defineBackground(() => {
  registerContextMenu({ lookup: lookupEntity });
  registerCommands({ hostOfTab });
  registerTabSummary();
  registerCardHandlers();
  startIndexPublisher();
  browser.runtime.onInstalled.addListener(() => {
    /* seeding is wired by lib/kb */
  });
});
