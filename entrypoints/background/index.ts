// The background: seeds the knowledge base, publishes the alias index for the
// content scripts, keeps per-tab summaries and the badge. Wiring only; the
// logic lives in lib/.
import { registerCommands } from './commands';
import { lookupEntity, registerContextMenu } from './context-menu';
import { hostOfTab, registerTabSummary } from './tab-summary';
import { startIndexPublisher } from './index-publisher';
import { registerCardHandlers } from './card';
import { ensureKb } from '../../components/ensure-kb';

export default defineBackground(() => {
  registerContextMenu({ lookup: lookupEntity });
  registerCommands({ hostOfTab });
  registerTabSummary();
  registerCardHandlers();
  startIndexPublisher();
  // Install or upgrade the shipped seed on every start of the worker (a no-op
  // when it is already installed), so a newer seed reaches the pages without
  // the user opening the popup; the publisher follows the change.
  void ensureKb();
});
