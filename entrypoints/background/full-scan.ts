// A full cookie scan asked for from the popup. The popup asks the browser for
// the optional permissions inside the click (a user gesture) and tells the
// background at the same time; the background waits for the grant. In Chrome
// the permission prompt closes the popup, so the grant is picked up from
// permissions.onAdded (also after the service worker restarted) and the popup
// is opened again on the cookie list once the scan is done.
import { type Browser, browser } from 'wxt/browser';
import { pendingScanKey, popupViewKey, type TabAudit } from '../../src/messaging';
import { NOT_GRANTED_MESSAGE } from '../../src/ui/cookies';
import { auditTab, readTabAudit } from './auditor';
import { hasScanAccess, scanTargets } from './cookie-scan';
import { openPopup } from './toolbar';

const GRANT_TIMEOUT_MS = 120_000;
// A grant long after the question was asked is not an answer to it.
const PENDING_MAX_AGE_MS = 300_000;

const waiters = new Map<number, (granted: boolean) => void>();
// When the user last refused, per tab: a refusal that overtakes the request still ends it.
const refusedAt = new Map<number, number>();

/** Run a full scan of the tab once access is granted; answers with the new audit, or the old one and why not. */
export async function requestFullScan(tabId: number): Promise<TabAudit> {
  const askedAt = Date.now();
  const state = await readTabAudit(tabId);
  if (state?.phase !== 'done') throw new Error('There is no report for this tab yet: audit the page first.');
  const targets = scanTargets(state.url, state.page.thirdPartyHosts);
  if (!targets.origins.length)
    return { ...state, cookieScan: { ...state.cookieScan, problem: 'Only web pages have cookies to scan.' } };
  if (!(await hasScanAccess(targets))) {
    await browser.storage.session.set({ [pendingScanKey(tabId)]: Date.now() });
    const refused = (refusedAt.get(tabId) ?? -1) >= askedAt;
    if (refused || !(await waitForGrant(tabId)))
      return { ...state, cookieScan: { ...state.cookieScan, problem: NOT_GRANTED_MESSAGE } };
  }
  return runFullScan(tabId);
}

/** The user refused (the popup saw the request resolve false): stop waiting. */
export async function cancelFullScan(tabId: number): Promise<TabAudit> {
  refusedAt.set(tabId, Date.now());
  await browser.storage.session.remove(pendingScanKey(tabId));
  waiters.get(tabId)?.(false);
  const state = await readTabAudit(tabId);
  if (!state) throw new Error('There is no report for this tab yet.');
  return state.phase === 'done'
    ? { ...state, cookieScan: { ...state.cookieScan, problem: NOT_GRANTED_MESSAGE } }
    : state;
}

function waitForGrant(tabId: number): Promise<boolean> {
  waiters.get(tabId)?.(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), GRANT_TIMEOUT_MS);
    function finish(granted: boolean) {
      clearTimeout(timer);
      if (waiters.get(tabId) === finish) waiters.delete(tabId);
      resolve(granted);
    }
    waiters.set(tabId, finish);
  });
}

/** permissions.onAdded: run the scans that were waiting for access. */
export async function resumePendingScans(): Promise<void> {
  const stored = await browser.storage.session.get(null);
  const prefix = pendingScanKey(0).slice(0, -1);
  for (const [key, askedAt] of Object.entries(stored)) {
    if (!key.startsWith(prefix)) continue;
    const tabId = Number(key.slice(prefix.length));
    if (!Number.isInteger(tabId)) continue;
    const state = await readTabAudit(tabId);
    if (state?.phase !== 'done' || !(await hasScanAccess(scanTargets(state.url, state.page.thirdPartyHosts)))) continue;
    await browser.storage.session.remove(key);
    if (typeof askedAt !== 'number' || Date.now() - askedAt > PENDING_MAX_AGE_MS) continue;
    const waiter = waiters.get(tabId);
    // The popup's request is still waiting (the same worker): it runs the scan and answers the popup.
    if (waiter) waiter(true);
    else void runFullScan(tabId);
  }
}

async function runFullScan(tabId: number): Promise<TabAudit> {
  const state = await auditTab(tabId, { fullScan: true, quiet: true });
  if (state.phase === 'done') void reopenPopup(tabId);
  return state;
}

/** Open the popup again on the cookie list when the permission prompt closed it (Chrome). */
async function reopenPopup(tabId: number): Promise<void> {
  try {
    if (await isPopupOpen()) return;
    const tab = await browser.tabs.get(tabId);
    if (!tab.active) return;
    await browser.storage.session.set({ [popupViewKey(tabId)]: 'cookies' });
    await openPopup(tabId, tab.windowId);
  } catch {
    // The tab is gone: nothing to show.
  }
}

async function isPopupOpen(): Promise<boolean> {
  if (typeof browser.runtime.getContexts !== 'function') return false;
  const contexts = await browser.runtime.getContexts({ contextTypes: ['POPUP' as Browser.runtime.ContextType] });
  return contexts.length > 0;
}
