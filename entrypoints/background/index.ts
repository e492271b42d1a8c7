// Thin wiring: typed messages from the extension's own pages -> the auditor.
// Messages from content scripts or other senders are dropped.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type BackgroundMessage, isBackgroundMessage, isExtensionPageSender } from '../../src/messaging';
import { auditLink, auditTab, forgetTab, renderExport, reveal, setHighlights } from './auditor';
import { cancelFullScan, requestFullScan, resumePendingScans } from './full-scan';
import { onToolbarClick } from './toolbar';

function route(message: BackgroundMessage): Promise<unknown> {
  switch (message.type) {
    case 'audit':
      return auditTab(message.tabId, { reuse: message.reuse });
    case 'audit-link':
      return auditLink(message.tabId, message.url);
    case 'highlights':
      return setHighlights(message.tabId, message.on);
    case 'reveal':
      return reveal(message.tabId, message.start, message.end);
    case 'render':
      return renderExport(message.tabId, message.format);
    case 'cookie-scan':
      return message.cancel ? cancelFullScan(message.tabId) : requestFullScan(message.tabId);
  }
}

export default defineBackground(() => {
  // Chrome build: no default popup, so the click starts the audit here while the popup opens.
  browser.action?.onClicked.addListener(onToolbarClick);
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isBackgroundMessage(message) || !isExtensionPageSender(sender, browser.runtime.id, origin)) return;
    route(message).then(sendResponse, (error: unknown) =>
      sendResponse({ __error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // the response is sent asynchronously
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
  // A full cookie scan waits for the user to grant access (in Chrome the prompt closes the popup).
  browser.permissions.onAdded.addListener(() => {
    void resumePendingScans();
  });
});
