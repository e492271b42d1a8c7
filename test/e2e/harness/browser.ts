// Launches the system Chromium headless with the built extension loaded, and
// drives it the way a user does: a real toolbar click (CDP
// Extensions.triggerAction on the tab target) opens the real popup.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../../src/cli/scan';
import { Cdp } from './cdp';
import type { FixtureServer } from './server';

// The extension service worker's global, inside worker.evaluate().
declare const chrome: { storage: { session: { get(key: string | null): Promise<Record<string, unknown>> } } };
interface ChromeGlobal {
  chrome: { action?: { onClicked: { hasListeners(): boolean } } };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = join(process.cwd(), '.output/chrome-mv3');
/** The test-only build granted the cookies permission and the local fixture sites at install (see wxt.config.ts). */
export const SITE_ACCESS_EXTENSION_DIR = join(process.cwd(), '.output/chrome-mv3-site-access');
export const EXTENSION_NAME = 'Privacy Notice Auditor';

export interface Popup {
  targetId: string;
  sessionId: string;
  evaluate<T>(expression: string): Promise<T>;
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  ctx: BrowserContext;
  cdp: Cdp;
  worker: Worker;
  extensionId: string;
  server: FixtureServer;
  /** Requests made by the extension's own targets (service worker, real popups), from CDP Network events. */
  extensionRequests: { url: string; target: string }[];
  /** JavaScript dialogs opened in the extension's popups. */
  popupDialogs: string[];
  open(path: string): Promise<Page>;
  /** A real toolbar click on the page's tab; resolves with the opened popup. */
  clickToolbar(page: Page): Promise<Popup>;
  /** Date.now() just before the last click was sent to the browser (after the harness found the tab). */
  lastClickAt: number;
  /** Stop the extension's service worker, as the browser does after 30 s idle (the next event restarts it). */
  stopServiceWorker(): Promise<void>;
  /** The extension's tab id of a page, from its stored audit. */
  tabIdOf(page: Page): Promise<number>;
  /** Evaluate in the extension's isolated world of a page (where the content script lives). */
  evaluateIsolated<T>(page: Page, expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchExtensionBrowser(
  server: FixtureServer,
  extensionDir = EXTENSION_DIR,
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'pna-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_FLAGS,
      '--remote-debugging-port=0',
      // Every request goes through the fixture server (loopback included), which logs and refuses foreign hosts.
      `--proxy-server=http://127.0.0.1:${server.port}`,
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A click that comes before a freshly installed worker has registered its onClicked listener is lost
  // (the browser learns of lazy listeners from the first run): wait for the registration.
  for (let i = 0; i < 200; i++) {
    const ready = await worker
      .evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action?.onClicked.hasListeners() ?? true)
      .catch(() => false);
    if (ready) break;
    await sleep(25);
  }
  const port = await waitForDevToolsPort(profile);
  const version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const cdp = await Cdp.connect((version as { webSocketDebuggerUrl: string }).webSocketDebuggerUrl);

  async function targets(): Promise<{ targetId: string; type: string; url: string }[]> {
    const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>(
      'Target.getTargets',
      { filter: [{}] },
    );
    return targetInfos;
  }

  async function attach(targetId: string): Promise<string> {
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    return sessionId;
  }

  // Record what the extension's own targets request and any dialog they open.
  const extensionRequests: { url: string; target: string }[] = [];
  const popupDialogs: string[] = [];
  const watched = new Map<string, string>();
  cdp.on((event) => {
    const target = event.sessionId ? watched.get(event.sessionId) : undefined;
    if (!target) return;
    if (event.method === 'Network.requestWillBeSent') {
      extensionRequests.push({ url: (event.params.request as { url: string }).url, target });
    } else if (event.method === 'Page.javascriptDialogOpening') {
      popupDialogs.push(String(event.params.message));
    }
  });
  async function watch(targetId: string, label: string): Promise<string> {
    const sessionId = await attach(targetId);
    watched.set(sessionId, label);
    await cdp.send('Network.enable', {}, sessionId);
    if (label !== 'service-worker') await cdp.send('Page.enable', {}, sessionId).catch(() => {});
    return sessionId;
  }
  // Every target of the extension (service worker, also after a restart; popups; report tabs) is watched.
  const watchedTargets = new Set<string>();
  const extensionOrigin = `chrome-extension://${extensionId}/`;
  function maybeWatch(info: { targetId: string; type: string; url: string }) {
    if (!info.url.startsWith(extensionOrigin) || watchedTargets.has(info.targetId)) return;
    watchedTargets.add(info.targetId);
    const label =
      info.type === 'service_worker' ? 'service-worker' : (info.url.slice(extensionOrigin.length).split('?')[0] ?? '');
    void watch(info.targetId, label).catch(() => {});
  }
  cdp.on((event) => {
    if (event.method === 'Target.targetCreated' || event.method === 'Target.targetInfoChanged') {
      maybeWatch(event.params.targetInfo as { targetId: string; type: string; url: string });
    }
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true, filter: [{}] });
  for (const info of await targets()) maybeWatch(info);

  const popupPrefix = `chrome-extension://${extensionId}/popup.html`;
  async function popupTargetIds(): Promise<Set<string>> {
    return new Set((await targets()).filter((t) => t.url.startsWith(popupPrefix)).map((t) => t.targetId));
  }

  /** The popup target that appeared after a click (never an earlier one still closing, nor a popup.html tab). */
  async function popupFor(before: Set<string>): Promise<Popup> {
    const prefix = popupPrefix;
    const deadline = Date.now() + 10_000;
    let targetId: string | undefined;
    while (!targetId && Date.now() < deadline) {
      targetId = (await targets()).find(
        (t) => t.url.startsWith(prefix) && !before.has(t.targetId) && !/[?&]tab=/.test(t.url),
      )?.targetId;
      if (!targetId) await sleep(20);
    }
    if (!targetId) throw new Error('the toolbar click opened no popup');
    const sessionId = await attach(targetId);
    await cdp.send('Page.enable', {}, sessionId).catch(() => {});
    watched.set(sessionId, 'popup');
    const evaluate = <T>(expression: string) => cdp.evaluate<T>(sessionId, expression);
    const id = targetId;
    return {
      targetId: id,
      sessionId,
      evaluate,
      async waitFor(expression, timeoutMs = 10_000) {
        const end = Date.now() + timeoutMs;
        for (;;) {
          try {
            if (await evaluate<boolean>(`Boolean(${expression})`)) return;
          } catch {
            // the page is still loading
          }
          if (Date.now() > end) throw new Error(`popup: timed out waiting for ${expression}`);
          await sleep(25);
        }
      },
      async screenshot() {
        const { data } = await cdp.send<{ data: string }>('Page.captureScreenshot', { format: 'png' }, sessionId);
        return Buffer.from(data, 'base64');
      },
      async close() {
        await cdp.send('Target.closeTarget', { targetId: id }).catch(() => {});
      },
    };
  }

  const browser: ExtensionBrowser = {
    ctx,
    cdp,
    worker,
    extensionId,
    server,
    lastClickAt: 0,
    extensionRequests,
    popupDialogs,
    async open(path) {
      const page = await ctx.newPage();
      await page.goto(`${server.origin}${path}`);
      return page;
    },
    async clickToolbar(page) {
      await page.bringToFront();
      const tab = (await targets()).find((t) => t.type === 'tab' && t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      const before = await popupTargetIds();
      browser.lastClickAt = Date.now();
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      return popupFor(before);
    },
    async stopServiceWorker() {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      const session = await ctx.newCDPSession(page);
      try {
        await session.send('ServiceWorker.enable');
        await session.send('ServiceWorker.stopAllWorkers');
      } finally {
        await session.detach().catch(() => {});
      }
      const deadline = Date.now() + 5000;
      while ((await targets()).some((t) => t.type === 'service_worker' && t.url.startsWith(extensionOrigin))) {
        if (Date.now() > deadline) throw new Error('the service worker did not stop');
        await sleep(20);
      }
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (u) => {
        const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string; tabId: number }>;
        return Object.values(all).find((s) => s.url === u)?.tabId ?? null;
      }, url);
      if (id === null) throw new Error(`no stored audit for ${url}`);
      return id;
    },
    async evaluateIsolated(page, expression) {
      const target = (await targets()).find((t) => t.type === 'page' && t.url === page.url());
      if (!target) throw new Error(`no page target for ${page.url()}`);
      const sessionId = await attach(target.targetId);
      const contexts: { id: number; name: string; auxData?: { isDefault?: boolean; frameId?: string } }[] = [];
      const off = cdp.on((event) => {
        if (event.sessionId === sessionId && event.method === 'Runtime.executionContextCreated') {
          contexts.push(event.params.context as (typeof contexts)[number]);
        }
      });
      await cdp.send('Runtime.enable', {}, sessionId);
      await sleep(50);
      off();
      const world = contexts.find((c) => c.name === EXTENSION_NAME && c.auxData?.isDefault === false);
      try {
        if (!world) throw new Error(`the extension has no isolated world in ${page.url()}`);
        return await cdp.evaluate(sessionId, expression, world.id);
      } finally {
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      }
    },
    async close() {
      cdp.close();
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}

async function waitForDevToolsPort(profile: string): Promise<number> {
  const file = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 200; i++) {
    try {
      const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    } catch {
      // not written yet
    }
    await sleep(25);
  }
  throw new Error('Chromium did not report a DevTools port');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
