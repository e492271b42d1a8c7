// The state and actions both extension pages share: which tab, its audit
// (stored and live), re-run, reveal, highlights, linked notices, site access.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Evidence } from '../engine/types';
import { type PolicyLink, popupViewKey, type TabAudit, tabAuditKey } from '../messaging';
import { ask, resolveTab, useStoredAudit } from './client';
import { NOT_GRANTED_MESSAGE } from './cookies';
import { readSettings } from './settings';

export type View = 'checklist' | 'cookies';

export interface CookieScanStatus {
  busy: boolean;
  message: string | null;
}

export interface AuditController {
  tab: { id: number; url: string | null } | null | undefined;
  state: TabAudit | null;
  highlights: boolean;
  /** The popup's selected tab. */
  view: View;
  setView(view: View): void;
  cookieScan: CookieScanStatus;
  rerun(): void;
  reveal(evidence: Evidence): void;
  toggleHighlights(): void;
  auditLink(link: PolicyLink): void;
  /** Ask for cookie access (must run inside the click) and run a full cookie scan. */
  fullCookieScan(): void;
  openReport(): void;
}

export interface Boot {
  autoStart: boolean;
  tab: Promise<{ id: number; url: string | null } | null>;
  /** The background's answer to "audit this tab" (sent before the UI renders), or null. */
  answer: Promise<TabAudit | null>;
  stored: Promise<TabAudit | null>;
  /** The view to open on: `cookies` when the popup reopens after a full scan it did not see end. */
  view: Promise<View | null>;
  /** What to paint first: the tab and its stored report when it is of this page (a click's audit has
   * usually finished while the popup opened); resolves within a few milliseconds either way. */
  first: Promise<FirstPaint>;
}

export interface FirstPaint {
  tab: { id: number; url: string | null } | null | undefined;
  state: TabAudit | null;
  view: View | null;
}

// Never hold the first paint longer than this for storage.
const FIRST_PAINT_WAIT_MS = 50;

/** Called while the page's module loads, before the first render, so the audit starts at once. */
export function bootAudit(search: string, autoStart: boolean): Boot {
  const tab = resolveTab(search);
  const answer = autoStart
    ? tab.then((found) => {
        if (!found) return null;
        performance.mark('pna:audit-requested');
        return ask({ type: 'audit', tabId: found.id, reuse: true }).then((next) => {
          performance.mark('pna:audit-answered');
          return next;
        });
      })
    : Promise.resolve(null);
  answer.catch(() => {}); // handled by the controller; this only keeps it from being reported as unhandled
  // One storage read for both: the tab's last report and a view the background asked for.
  const both = tab.then((found) => (found ? readStoredState(found.id) : { state: null, view: null }));
  const stored = both.then((b) => b.state);
  const view = both.then((b) => b.view).catch(() => null);
  const settled = Promise.all([tab, stored, view]).then(
    ([found, report, next]): FirstPaint => ({
      tab: found,
      state: isReportOf(report, found) ? report : null,
      view: next,
    }),
  );
  const first = Promise.race([
    settled,
    new Promise<FirstPaint>((resolve) =>
      setTimeout(() => resolve({ tab: undefined, state: null, view: null }), FIRST_PAINT_WAIT_MS),
    ),
  ]).catch((): FirstPaint => ({ tab: undefined, state: null, view: null }));
  return { autoStart, tab, answer, stored, view, first };
}

function isSameReport(a: TabAudit | null, b: TabAudit): boolean {
  return (
    a?.phase === 'done' &&
    b.phase === 'done' &&
    a.report.auditedAt === b.report.auditedAt &&
    a.url === b.url &&
    a.cookieScan.mode === b.cookieScan.mode
  );
}

/** A finished report of the page the tab shows now. */
function isReportOf(state: TabAudit | null, tab: { url: string | null } | null): state is TabAudit {
  return state?.phase === 'done' && tab !== null && (tab.url === null || state.url === tab.url);
}

/** The tab's stored report and the one-shot view request the background may have left (cleared once read). */
async function readStoredState(tabId: number): Promise<{ state: TabAudit | null; view: View | null }> {
  const auditKey = tabAuditKey(tabId);
  const viewKey = popupViewKey(tabId);
  const stored = await browser.storage.session.get([auditKey, viewKey]);
  if (viewKey in stored) void browser.storage.session.remove(viewKey);
  return {
    state: (stored[auditKey] as TabAudit | undefined) ?? null,
    view: stored[viewKey] === 'cookies' ? 'cookies' : null,
  };
}

export function useAuditController(options: {
  boot: Boot;
  activateOnReveal?: boolean;
  /** The first paint's data (see Boot.first). */
  initial?: FirstPaint;
}): AuditController {
  const initial = options.initial;
  const [tab, setTab] = useState<{ id: number; url: string | null } | null | undefined>(initial?.tab);
  // True while a report from an earlier visit is on screen and the background re-checks the page.
  const refreshing = useRef(initial?.state?.phase === 'done');
  const [state, setState] = useStoredAudit(tab?.id ?? null, () => refreshing.current, initial?.state ?? null);
  const [highlights, setHighlights] = useState(true);
  const [view, setView] = useState<View>(initial?.view ?? 'checklist');
  const [cookieScan, setCookieScan] = useState<CookieScanStatus>({ busy: false, message: null });

  const failWith = useCallback(
    (tabId: number, url: string | null, error: unknown) =>
      setState({ phase: 'error', tabId, url, message: error instanceof Error ? error.message : String(error) }),
    [setState],
  );

  const start = useCallback(
    (tabId: number, url: string | null, reuse: boolean) => {
      setState({ phase: 'auditing', tabId, url, since: Date.now() });
      ask({ type: 'audit', tabId, reuse }).then(setState, (e) => failWith(tabId, url, e));
    },
    [setState, failWith],
  );

  useEffect(() => {
    void (async () => {
      const found = await options.boot.tab;
      setTab(found);
      if (!found) return;
      void readSettings().then((s) => setHighlights(s.highlights));
      void options.boot.view.then((next) => next && setView(next));
      if (!options.boot.autoStart) {
        setState((await options.boot.stored) ?? null);
        return;
      }
      let settled = false;
      options.boot.answer.then(
        (next) => {
          settled = true;
          refreshing.current = false;
          // The same report as on screen (read from storage for the first paint): keep it, no redraw.
          if (next) setState((current) => (isSameReport(current, next) ? current : next));
        },
        (e) => {
          refreshing.current = false;
          failWith(found.id, found.url, e);
        },
      );
      // Meanwhile show the last report of this page at once, if there is one.
      const stored = await options.boot.stored;
      if (settled) return;
      const current = isReportOf(stored, found);
      refreshing.current = current;
      setState(current ? stored : { phase: 'auditing', tabId: found.id, url: found.url, since: Date.now() });
    })();
  }, []);

  return {
    tab,
    state,
    highlights,
    view,
    setView,
    cookieScan,
    rerun() {
      if (tab) start(tab.id, tab.url, false);
    },
    reveal(evidence) {
      if (!tab) return;
      if (options.activateOnReveal) void browser.tabs.update(tab.id, { active: true });
      void ask({ type: 'reveal', tabId: tab.id, start: evidence.start, end: evidence.end }).catch(() => {});
    },
    toggleHighlights() {
      if (!tab) return;
      const on = !highlights;
      setHighlights(on);
      void ask({ type: 'highlights', tabId: tab.id, on }).catch(() => {});
    },
    auditLink(link) {
      if (!tab) return;
      const tabId = tab.id;
      const sameOrigin = state?.phase === 'done' && originOf(state.url) === originOf(link.href);
      // A cross-origin notice needs site access: ask now, while the click still counts as a user gesture.
      const access = sameOrigin
        ? Promise.resolve(true)
        : browser.permissions.request({ origins: [`${originOf(link.href)}/*`] }).catch(() => false);
      setState({ phase: 'auditing', tabId, url: link.href, since: Date.now() });
      void access.then(() =>
        ask({ type: 'audit-link', tabId, url: link.href }).then(
          (next) => {
            setTab({ id: tabId, url: next.url });
            setState(next);
          },
          (e) => failWith(tabId, link.href, e),
        ),
      );
    },
    fullCookieScan() {
      if (!tab || state?.phase !== 'done' || cookieScan.busy) return;
      if (!state.cookieScan.origins.length) {
        setCookieScan({ busy: false, message: 'Only web pages (http and https) have cookies to scan.' });
        return;
      }
      const tabId = tab.id;
      setCookieScan({ busy: true, message: null });
      // The background waits for the grant; in Chrome the prompt closes the popup and the background carries on.
      const scanned = ask({ type: 'cookie-scan', tabId });
      const cancel = (message: string) => {
        setCookieScan({ busy: false, message });
        void ask({ type: 'cookie-scan', tabId, cancel: true }).catch(() => {});
      };
      // Inside the click: the browser shows its permission prompt only for a user gesture.
      browser.permissions.request({ permissions: ['cookies'], origins: state.cookieScan.origins }).then(
        (granted) => {
          if (!granted) cancel(NOT_GRANTED_MESSAGE);
        },
        (error: unknown) =>
          cancel(`The browser did not ask for access: ${error instanceof Error ? error.message : String(error)}`),
      );
      scanned.then(
        (next) => {
          if (next.phase === 'done' && next.cookieScan.mode === 'full') {
            setState(next);
            setCookieScan({ busy: false, message: next.cookieScan.problem });
          } else {
            setCookieScan((current) => ({ busy: false, message: current.message ?? NOT_GRANTED_MESSAGE }));
          }
        },
        (error: unknown) =>
          setCookieScan({
            busy: false,
            message: `The cookie scan failed: ${error instanceof Error ? error.message : String(error)}`,
          }),
      );
    },
    openReport() {
      if (!tab) return;
      void browser.tabs.create({ url: `${browser.runtime.getURL('/report.html')}?tab=${tab.id}` });
    },
  };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
