// The options page: wires the browser's command list to the options UI.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/options-app';
import type { Shortcut } from '../../components/options/about-panel';
import { ensureKb } from '../../lib/kb/ensure-kb';
import '../../components/ui.css';
import '../../components/options/options.css';

async function shortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
}

void ensureKb();
render(<OptionsApp shortcuts={shortcuts} />, document.getElementById('app')!);
