// The toolbar click. In the Chrome build the manifest names no default popup,
// so the click reaches the background first: the audit starts at once (the
// click granted activeTab) and runs while the browser opens the popup, which
// takes ~270 ms of its own; the popup then joins the audit in flight instead of
// starting it. Firefox keeps its default popup (no onClicked there).
import { type Browser, browser } from 'wxt/browser';
import { auditTab } from './auditor';

export const POPUP_PATH = '/popup.html';

export function onToolbarClick(tab: Browser.tabs.Tab): void {
  if (tab.id === undefined) return;
  // The popup first: its start-up is the longest step, and the audit fits inside it.
  void openPopup(tab.id, tab.windowId);
  void auditTab(tab.id, { reuse: true }).catch(() => {});
}

/** Whether the manifest names a default popup (Firefox): then clicks open it and never reach onClicked. */
function hasDefaultPopup(): boolean {
  const manifest = browser.runtime.getManifest() as { action?: { default_popup?: string } };
  return Boolean(manifest.action?.default_popup);
}

/** Open the action popup for a tab (also used to show a finished cookie scan); a small window where it cannot. */
export async function openPopup(tabId: number, windowId: number | undefined): Promise<void> {
  const setForTab = !hasDefaultPopup();
  try {
    // openPopup shows the popup set for the tab; it is unset again so the next click comes here too.
    if (setForTab) await browser.action.setPopup({ tabId, popup: POPUP_PATH });
    await browser.action.openPopup(windowId === undefined ? {} : { windowId });
  } catch {
    // No action.openPopup (before Chrome 127) or no focused window: the same page, in a window.
    await browser.windows
      .create({ url: `${POPUP_PATH}?tab=${tabId}`, type: 'popup', width: 420, height: 620, focused: true })
      .catch(() => {});
  } finally {
    if (setForTab) await browser.action.setPopup({ tabId, popup: '' }).catch(() => {});
  }
}
