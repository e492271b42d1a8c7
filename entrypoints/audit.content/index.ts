// Runtime-registered: injected by the background on a toolbar click (activeTab),
// never declared for any site. main() returns the page snapshot; the controller
// stays in the page to draw highlights and the panel when asked.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isContentMessage } from '../../src/messaging';
import { createPageController, type PageController } from '../../src/ui/page/controller';

interface Installed {
  controller: PageController;
  listener: Parameters<typeof browser.runtime.onMessage.addListener>[0];
}

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    const scope = globalThis as typeof globalThis & { __pnaAuditor?: Installed };
    // A re-run replaces the previous injection's controller and listener.
    const previous = scope.__pnaAuditor;
    if (previous) {
      previous.controller.dispose();
      browser.runtime.onMessage.removeListener(previous.listener);
    }
    const controller = createPageController(document);
    const listener: Installed['listener'] = (message, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || !isContentMessage(message)) return;
      try {
        sendResponse(controller.handle(message));
      } catch (error) {
        sendResponse({ __error: error instanceof Error ? error.message : String(error) });
      }
    };
    browser.runtime.onMessage.addListener(listener);
    scope.__pnaAuditor = { controller, listener };
    return controller.snapshot();
  },
});
