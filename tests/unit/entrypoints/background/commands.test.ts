import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { runCommand, toggleSite } from '../../../../entrypoints/background/commands';
import { readSettings, SETTINGS_KEY } from '../../../../lib/settings';

const stored = async () => readSettings((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);

describe('keyboard commands', () => {
  beforeEach(() => fakeBrowser.reset());

  it('toggle-site turns the active site off, then on again, keeping other settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { cardTrigger: 'click', excludedSites: ['other.example'] } });
    const deps = { hostOfTab: vi.fn(async () => 'News.Example') };
    await runCommand('toggle-site', 7, deps);
    expect(deps.hostOfTab).toHaveBeenCalledWith(7);
    expect((await stored()).excludedSites).toEqual(['other.example', 'news.example']);
    expect((await stored()).cardTrigger).toBe('click');
    await toggleSite('news.example');
    expect((await stored()).excludedSites).toEqual(['other.example']);
  });

  it('toggle-site does nothing on a tab whose site is not known', async () => {
    await runCommand('toggle-site', 7, { hostOfTab: async () => null });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toBeUndefined();
  });

  it('next-mention and previous-mention ask the top frame of the tab to step', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    await runCommand('next-mention', 3, { hostOfTab: async () => null });
    await runCommand('previous-mention', 3, { hostOfTab: async () => null });
    expect(send.mock.calls).toEqual([
      [3, { type: 'stepMention', direction: 1 }, { frameId: 0 }],
      [3, { type: 'stepMention', direction: -1 }, { frameId: 0 }],
    ]);
  });
});
