// The toolbar click (Chrome build, no default popup): the audit starts in the
// background at once and the popup is opened for the tab; where the browser
// cannot open it, the same page opens in a small window.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { onToolbarClick, openPopup } = await import('../../entrypoints/background/toolbar');

interface Stubbed {
  scripting: { executeScript: ReturnType<typeof vi.fn> };
  action: { openPopup: ReturnType<typeof vi.fn>; setPopup: ReturnType<typeof vi.fn> };
  runtime: { getManifest: ReturnType<typeof vi.fn> };
  windows: { create: ReturnType<typeof vi.fn> };
}
const fake = fakeBrowser as unknown as Stubbed;

beforeEach(() => {
  fakeBrowser.reset();
  fake.scripting.executeScript = vi.fn(async () => [{ result: undefined }]);
  fake.action.openPopup = vi.fn(async () => {});
  fake.action.setPopup = vi.fn(async () => {});
  fake.windows.create = vi.fn(async () => ({}));
  fake.runtime.getManifest = vi.fn(() => ({ manifest_version: 3, action: {} }));
});

describe('the toolbar click', () => {
  test('starts the audit of the tab and opens the popup, set for the tab only while opening', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/privacy', active: true });
    onToolbarClick(tab);
    await vi.waitFor(() => expect(fake.scripting.executeScript).toHaveBeenCalled());
    await vi.waitFor(() => expect(fake.action.setPopup).toHaveBeenCalledTimes(2));
    expect(fake.action.openPopup).toHaveBeenCalledWith({ windowId: tab.windowId });
    expect(fake.action.setPopup.mock.calls.map(([details]) => details)).toEqual([
      { tabId: tab.id, popup: '/popup.html' },
      { tabId: tab.id, popup: '' },
    ]);
  });

  test('without action.openPopup the popup page opens in a window for that tab', async () => {
    fake.action.openPopup.mockRejectedValue(new Error('browser.action.openPopup is not a function'));
    await openPopup(7, 1);
    expect(fake.windows.create).toHaveBeenCalledWith(
      expect.objectContaining({ url: '/popup.html?tab=7', type: 'popup' }),
    );
  });

  test('a manifest with a default popup (Firefox) is left as it is', async () => {
    fake.runtime.getManifest.mockReturnValue({ manifest_version: 3, action: { default_popup: 'popup.html' } });
    await openPopup(7, 1);
    expect(fake.action.setPopup).not.toHaveBeenCalled();
    expect(fake.action.openPopup).toHaveBeenCalled();
  });
});
