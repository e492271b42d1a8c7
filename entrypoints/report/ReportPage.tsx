import { useEffect } from 'preact/hooks';
import type { CheckResult } from '../../src/engine/types';
import { BrandMark } from '../../src/ui/components/Brand';
import { Checklist } from '../../src/ui/components/Checklist';
import { CookieAudit } from '../../src/ui/components/CookieAudit';
import { ExportActions } from '../../src/ui/components/ExportActions';
import { ScoreCard } from '../../src/ui/components/ScoreCard';
import { Auditing, StateMessage } from '../../src/ui/components/StateViews';
import { StatusIcon } from '../../src/ui/components/StatusIcon';
import { Warnings } from '../../src/ui/components/Warnings';
import { isCookieWarning } from '../../src/ui/cookies';
import { hostOf } from '../../src/ui/format';
import { type Boot, useAuditController } from '../../src/ui/use-audit';

/** The full-page gap report of a tab's last audit: printable, with every export. */
export function ReportPage({ boot }: { boot: Boot }) {
  const audit = useAuditController({ boot, activateOnReveal: true });
  const { state } = audit;
  useEffect(() => {
    if (state?.phase === 'done') document.title = `Gap report: ${hostOf(state.url)} – Privacy Notice Auditor`;
  }, [state]);

  return (
    <>
      <header class="report-header">
        <div class="report-header-inner">
          <BrandMark size={28} />
          <div>
            <p class="eyebrow">Privacy Notice Auditor</p>
            <h1>Privacy notice gap report</h1>
          </div>
          {state?.phase === 'done' && (
            <button type="button" class="button no-print" data-action="print" onClick={() => window.print()}>
              Print or save as PDF
            </button>
          )}
        </div>
      </header>
      <main class="report-main">{renderBody()}</main>
      <footer class="report-footer">
        Checked against UK GDPR Articles 13 and 14, as amended by the Data (Use and Access) Act 2025, and PECR
        regulation 6. An automated review: confirm each finding against the notice before relying on it.
      </footer>
    </>
  );

  function renderBody() {
    if (audit.tab === undefined) return <Auditing url={null} />;
    if (!state) {
      return (
        <StateMessage
          kind="error"
          message="There is no audit for this tab yet. Open the privacy notice and click the Privacy Notice Auditor button."
        />
      );
    }
    if (state.phase === 'auditing') return <Auditing url={state.url} />;
    if (state.phase !== 'done') return <StateMessage kind={state.phase} message={state.message} />;
    const { report, labels, page } = state;
    if (report.verdict && !report.verdict.auditable) {
      const kind = report.verdict.kind === 'privacy-notice' ? 'error' : report.verdict.kind;
      return <StateMessage kind={kind} message={report.verdict.message} />;
    }
    const gaps = orderGaps(report.checks);
    return (
      <div class="report-grid">
        <section class="report-summary" aria-label="Summary">
          <ScoreCard report={report} />
          <dl class="facts">
            <dt>Notice</dt>
            <dd>{report.source.title ?? hostOf(report.source.location)}</dd>
            <dt>Address</dt>
            <dd class="break">{report.source.location}</dd>
            <dt>Audited</dt>
            <dd>{new Date(report.auditedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}</dd>
            <dt>Length</dt>
            <dd>{report.source.characters.toLocaleString('en-GB')} characters</dd>
          </dl>
        </section>

        <section class="gap-list" aria-labelledby="gaps-title">
          <h2 id="gaps-title" class="section-title">
            What the notice should add <span class="section-count">{gaps.length}</span>
          </h2>
          {gaps.length === 0 ? (
            <p class="empty">No gaps: every applicable item is covered.</p>
          ) : (
            <ol class="gaps">
              {gaps.map((check) => (
                <li
                  key={check.id}
                  class={`gap status-${check.status}`}
                  data-check-id={check.id}
                  data-status={check.status}
                >
                  <StatusIcon status={check.status} />
                  <div>
                    <p class="gap-title">
                      {check.title}
                      <span class="gap-source">{labels.checks[check.id]?.source}</span>
                    </p>
                    {check.reason && <p class="reason">{check.reason}</p>}
                    {check.advice && <p class="advice">{check.advice}</p>}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section class="full-checklist" aria-labelledby="checklist-title">
          <h2 id="checklist-title" class="section-title">
            Every check
          </h2>
          <Checklist report={report} labels={labels} onReveal={audit.reveal} expanded />
        </section>

        <Warnings
          warnings={report.warnings.filter((w) => !isCookieWarning(w))}
          labels={labels}
          onReveal={audit.reveal}
        />
        <section class="report-cookies" aria-labelledby="cookies-title">
          <h2 id="cookies-title" class="section-title">
            Cookies
          </h2>
          <CookieAudit
            report={report}
            page={page}
            scan={state.cookieScan}
            labels={labels}
            onReveal={audit.reveal}
            idPrefix="report-cookies"
          />
        </section>
        <div class="no-print">
          <ExportActions tabId={state.tabId} />
        </div>
      </div>
    );
  }
}

/** Missing before partial, core before extended, then catalogue order. */
function orderGaps(checks: readonly CheckResult[]): CheckResult[] {
  const rank = (c: CheckResult) => (c.status === 'missing' ? 0 : 2) + (c.weight >= 3 ? 0 : 1);
  return checks
    .map((check, index) => ({ check, index }))
    .filter(({ check }) => check.status === 'missing' || check.status === 'partial')
    .sort((a, b) => rank(a.check) - rank(b.check) || a.index - b.index)
    .map(({ check }) => check);
}
