// The background: seeds the knowledge base, publishes the alias index for the
// content scripts, keeps per-tab summaries and the badge. Wiring only; the
// logic lives in lib/.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { registerCommands } from './commands';
import { lookupEntity, registerContextMenu } from './context-menu';
import { hostOfTab, registerTabSummary } from './tab-summary';
import { startIndexPublisher } from './index-publisher';
import { ensureKb } from '../../lib/kb/ensure-kb';
import { answerWith, BACKGROUND_REQUEST_TYPES } from '../../lib/messages';
import { BACKGROUND_HANDLERS } from './handlers';

export default defineBackground(() => {
  registerContextMenu({ lookup: lookupEntity });
  registerCommands({ hostOfTab });
  registerTabSummary();
  // The one message listener: every request the background answers is an entry of this table.
  browser.runtime.onMessage.addListener(answerWith(BACKGROUND_REQUEST_TYPES, BACKGROUND_HANDLERS, () => browser.runtime.id));
  startIndexPublisher();
  // Install or upgrade the shipped seed on every start of the worker (a no-op
  // when it is already installed), so a newer seed reaches the pages without
  // the user opening the popup; the publisher follows the change.
  void ensureKb();
});
