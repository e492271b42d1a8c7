import { useEffect, useLayoutEffect } from 'preact/hooks';
import type { AuditReport } from '../../src/engine/types';
import type { TabAudit } from '../../src/messaging';
import { BrandMark } from '../../src/ui/components/Brand';
import { Checklist } from '../../src/ui/components/Checklist';
import { CookieAudit } from '../../src/ui/components/CookieAudit';
import { ExportActions } from '../../src/ui/components/ExportActions';
import { ScoreCard } from '../../src/ui/components/ScoreCard';
import { Auditing, NotAPolicy, StateMessage } from '../../src/ui/components/StateViews';
import { TabList, TabPanel } from '../../src/ui/components/Tabs';
import { Warnings } from '../../src/ui/components/Warnings';
import { countCookies, isCookieWarning } from '../../src/ui/cookies';
import { clip, countStatuses, hostOf } from '../../src/ui/format';
import {
  type AuditController,
  type Boot,
  type FirstPaint,
  useAuditController,
  type View,
} from '../../src/ui/use-audit';

export function App({ boot, initial }: { boot: Boot; initial?: FirstPaint }) {
  const audit = useAuditController({ boot, initial });
  const { state } = audit;
  const url = state?.url ?? audit.tab?.url ?? null;
  useLayoutEffect(() => {
    // What the user saw first (tests check that a stored report shows at once, without "auditing").
    if (state) document.documentElement.dataset.firstPhase ??= state.phase;
    document.documentElement.dataset.phase = state?.phase ?? 'starting';
    if (audit.tab) document.documentElement.dataset.tabId = String(audit.tab.id);
  }, [state, audit.tab]);
  return (
    <>
      <header class="app-header">
        <BrandMark />
        <div class="app-heading">
          <h1>Privacy Notice Auditor</h1>
          <p class="page-line">{url ? hostOf(url) : 'Current tab'}</p>
        </div>
      </header>
      <main class="app-main">
        <Body audit={audit} />
      </main>
      <footer class="app-footer">
        {state?.phase === 'done' && state.report.verdict?.auditable !== false && (
          <span>
            {state.report.source.characters.toLocaleString('en-GB')} characters audited in {state.durationMs} ms ·{' '}
          </span>
        )}
        Runs locally: nothing leaves your browser.
      </footer>
    </>
  );
}

function Body({ audit }: { audit: AuditController }) {
  const { state, tab } = audit;
  if (tab === null) return <StateMessage kind="error" message="There is no active tab to audit." />;
  if (!state || state.phase === 'auditing') return <Auditing url={state?.url ?? tab?.url ?? null} />;
  if (state.phase === 'forbidden') return <StateMessage kind="forbidden" message={state.message} />;
  if (state.phase === 'needs-click') return <StateMessage kind="needs-click" message={state.message} />;
  if (state.phase === 'error') return <StateMessage kind="error" message={state.message} onRetry={audit.rerun} />;

  const { report, page } = state;
  const verdict = report.verdict;
  if (verdict && !verdict.auditable) {
    if (verdict.kind === 'not-a-policy') {
      return <NotAPolicy message={verdict.message} links={page.policyLinks} onAudit={audit.auditLink} />;
    }
    return (
      <StateMessage
        kind={verdict.kind === 'privacy-notice' ? 'error' : verdict.kind}
        message={verdict.message}
        onRetry={audit.rerun}
      />
    );
  }
  return (
    <Done>
      <div class="summary-row">
        <ScoreCard report={report} compact />
        <div class="page-title" title={report.source.title ?? undefined}>
          {report.source.title ? clip(report.source.title, 90) : hostOf(state.url)}
          <StatusCounts report={report} />
        </div>
      </div>
      <Toolbar audit={audit} />
      {page.truncated && (
        <p class="note" role="note">
          This page is very long: only the first {report.source.characters.toLocaleString('en-GB')} characters were
          audited.
        </p>
      )}
      <Views audit={audit} state={state} />
      <ExportActions tabId={state.tabId} />
    </Done>
  );
}

function Views({ audit, state }: { audit: AuditController; state: Extract<TabAudit, { phase: 'done' }> }) {
  const { report, page, labels, cookieScan } = state;
  const cookieWarnings = report.warnings.filter(isCookieWarning);
  const counts = countCookies(report.cookies);
  const tabs: { id: View; label: preact.ComponentChildren }[] = [
    { id: 'checklist', label: 'Checklist' },
    {
      id: 'cookies',
      label: (
        <>
          Cookies <span class="tab-count">{counts.cookies}</span>
          {cookieWarnings.length > 0 && (
            <>
              <span class="tab-alert" aria-hidden="true" />
              <span class="visually-hidden">
                , {cookieWarnings.length} {cookieWarnings.length === 1 ? 'warning' : 'warnings'}
              </span>
            </>
          )}
        </>
      ),
    },
  ];
  return (
    <>
      <TabList label="Audit views" idPrefix="view" tabs={tabs} selected={audit.view} onSelect={audit.setView} />
      <TabPanel idPrefix="view" id="checklist" selected={audit.view === 'checklist'}>
        <Checklist report={report} labels={labels} onReveal={audit.reveal} />
        <Warnings
          warnings={report.warnings.filter((w) => !isCookieWarning(w))}
          labels={labels}
          onReveal={audit.reveal}
        />
        {cookieWarnings.length > 0 && (
          <p class="note cookie-pointer">
            {cookieWarnings.length === 1 ? 'A cookie warning' : `${cookieWarnings.length} cookie warnings`}:{' '}
            <button
              type="button"
              class="link-button"
              data-action="show-cookies"
              onClick={() => audit.setView('cookies')}
            >
              see Cookies
            </button>
          </p>
        )}
      </TabPanel>
      <TabPanel idPrefix="view" id="cookies" selected={audit.view === 'cookies'}>
        <CookieAudit
          report={report}
          page={page}
          scan={cookieScan}
          labels={labels}
          onReveal={audit.reveal}
          fullScan={{ ...audit.cookieScan, run: audit.fullCookieScan }}
          idPrefix="popup-cookies"
        />
      </TabPanel>
    </>
  );
}

function StatusCounts({ report }: { report: AuditReport }) {
  const counts = countStatuses(report.checks);
  return (
    <span class="audit-meta status-counts">
      <span class="dot dot-met" aria-hidden="true" />
      {counts.met} met
      <span class="dot dot-partial" aria-hidden="true" />
      {counts.partial} partial
      <span class="dot dot-missing" aria-hidden="true" />
      {counts.missing} missing
    </span>
  );
}

/** Marks when the checklist first appears (the click-to-checklist benchmark reads it). */
function Done({ children }: { children: preact.ComponentChildren }) {
  useEffect(() => {
    const at = performance.timeOrigin + performance.now();
    document.documentElement.dataset.checklistAt ??= String(Math.round(at));
  }, []);
  return <div class="done">{children}</div>;
}

function Toolbar({ audit }: { audit: AuditController }) {
  return (
    <fieldset class="toolbar">
      <legend class="visually-hidden">Audit actions</legend>
      <button type="button" class="button" data-action="rerun" onClick={audit.rerun}>
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3"
            fill="none"
            stroke="currentColor"
            stroke-width="1.6"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
        Re-run
      </button>
      <button
        type="button"
        class="switch"
        role="switch"
        aria-checked={audit.highlights}
        data-action="highlights"
        onClick={audit.toggleHighlights}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        Highlights
      </button>
      <button type="button" class="button" data-action="report" onClick={audit.openReport}>
        Full report
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M6 3h7v7M13 3L5 11" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
      </button>
    </fieldset>
  );
}
