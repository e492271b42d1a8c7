// The state and actions both extension pages share: which tab, its audit
// (stored and live), re-run, reveal, highlights, linked notices, site access.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Evidence } from '../engine/types';
import type { PolicyLink, TabAudit } from '../messaging';
import { ask, readStoredAudit, resolveTab, useStoredAudit } from './client';
import { readSettings } from './settings';

export interface AuditController {
  tab: { id: number; url: string | null } | null | undefined;
  state: TabAudit | null;
  highlights: boolean;
  rerun(): void;
  reveal(evidence: Evidence): void;
  toggleHighlights(): void;
  auditLink(link: PolicyLink): void;
  requestCookieAccess(): void;
  openReport(): void;
}

export interface Boot {
  autoStart: boolean;
  tab: Promise<{ id: number; url: string | null } | null>;
  /** The background's answer to "audit this tab" (sent before the UI renders), or null. */
  answer: Promise<TabAudit | null>;
  stored: Promise<TabAudit | null>;
}

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
  const stored = tab.then((found) => (found ? readStoredAudit(found.id) : null));
  return { autoStart, tab, answer, stored };
}

export function useAuditController(options: { boot: Boot; activateOnReveal?: boolean }): AuditController {
  const [tab, setTab] = useState<{ id: number; url: string | null } | null | undefined>(undefined);
  // True while a report from an earlier visit is on screen and the background re-checks the page.
  const refreshing = useRef(false);
  const [state, setState] = useStoredAudit(tab?.id ?? null, () => refreshing.current);
  const [highlights, setHighlights] = useState(true);

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
      if (!options.boot.autoStart) {
        setState((await options.boot.stored) ?? null);
        return;
      }
      let settled = false;
      options.boot.answer.then(
        (next) => {
          settled = true;
          refreshing.current = false;
          if (next) setState(next);
        },
        (e) => {
          refreshing.current = false;
          failWith(found.id, found.url, e);
        },
      );
      // Meanwhile show the last report of this page at once, if there is one.
      const stored = await options.boot.stored;
      if (settled) return;
      const current = stored?.phase === 'done' && (found.url === null || stored.url === found.url);
      refreshing.current = current;
      setState(current ? stored : { phase: 'auditing', tabId: found.id, url: found.url, since: Date.now() });
    })();
  }, []);

  return {
    tab,
    state,
    highlights,
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
    requestCookieAccess() {
      if (!tab || state?.phase !== 'done') return;
      const origin = originOf(state.url);
      void browser.permissions
        .request({ permissions: ['cookies'], origins: [`${origin}/*`] })
        .then((granted) => granted && start(tab.id, tab.url, false))
        .catch(() => {});
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
