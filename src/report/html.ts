// The printable gap report: one self-contained HTML file (inline CSS, no script,
// no external resource) that prints cleanly to A4 PDF. Markup is only ever
// built from our own literals; every string from a report goes through escapeHtml.
import type { AuditReport, CheckResult, Evidence, ObservedCookieResult, Status, Warning } from '../engine/types';
import {
  cleanInline,
  cookieCounts,
  countStatuses,
  describeConsent,
  describeSourceKind,
  displayScore,
  displayTitle,
  findCheckMeta,
  findWarningTitle,
  formatAuditDate,
  formatCookieExpiry,
  isAuditable,
  isCore,
  orderCookies,
  orderGaps,
  pluralise,
  quoteText,
  reportName,
  STATUS_LABEL,
  scoreBand,
  sectionName,
} from './common';

const QUOTE_MAX = 400;

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Page text as HTML text or attribute content: cleaned to one line, then escaped. */
export function escapeHtml(text: string): string {
  return cleanInline(text).replace(/[&<>"']/g, (c) => HTML_SPECIAL[c] ?? c);
}

const MARK: Record<Status, string> = { met: '✓', partial: '◐', missing: '✗', 'not-applicable': '–' };

export function renderHtml(reports: readonly AuditReport[]): string {
  const docTitle =
    reports.length === 1
      ? `Privacy notice gap report: ${escapeHtml(reportName(reports[0]!))}`
      : `Privacy notice gap report: ${pluralise(reports.length, 'notice')}`;
  const several = reports.length > 1;
  const body = [several ? renderOverview(reports) : '', ...reports.map((r) => renderReport(r, several))]
    .filter(Boolean)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${docTitle}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
<footer class="colophon">Produced by Privacy Notice Auditor, an automated check of the notice against UK GDPR Articles 13 and 14, the ICO’s guidance and PECR. It is a reviewer’s aid, not legal advice.</footer>
</main>
</body>
</html>
`;
}

/** For several reports: one table of every notice, its score and gap count, before the reports. */
function renderOverview(reports: readonly AuditReport[]): string {
  const rows = reports
    .map((r, i) => {
      const name = `<td>${escapeHtml(reportName(r))}<br><span class="muted">${escapeHtml(r.source.location)}</span></td>`;
      if (!isAuditable(r)) return `<tr><td>${i + 1}</td>${name}<td colspan="3" class="muted">Not audited</td></tr>`;
      const counts = countStatuses(r.checks);
      return `<tr><td>${i + 1}</td>${name}<td class="nowrap"><strong>${displayScore(r)}</strong>/100 <span class="muted">${scoreBand(displayScore(r))}</span></td><td class="nowrap">${counts.missing} missing, ${counts.partial} partial</td><td>${r.warnings.length}</td></tr>`;
    })
    .join('\n');
  return `<header class="overview">
<p class="eyebrow">Privacy notice gap reports</p>
<h1>${pluralise(reports.length, 'notice')} audited</h1>
<table><thead><tr><th>#</th><th>Notice</th><th>Score</th><th>Gaps</th><th>Warnings</th></tr></thead>
<tbody>${rows}</tbody></table>
</header>`;
}

function renderReport(report: AuditReport, several: boolean): string {
  const facts: [string, string][] = [
    [
      'Source',
      `${escapeHtml(report.source.location)} <span class="muted">(${escapeHtml(describeSourceKind(report))})</span>`,
    ],
  ];
  if (report.source.title) facts.push(['Notice title', escapeHtml(report.source.title)]);
  facts.push(['Audited', escapeHtml(formatAuditDate(report.auditedAt))]);
  const head = `<header class="report-head">
<p class="eyebrow">Privacy notice gap report</p>
<h1>${escapeHtml(reportName(report))}</h1>
<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
</header>`;

  if (!isAuditable(report)) {
    return `<article class="report${several ? ' several' : ''}">
${head}
<section class="verdict" role="note"><h2>Not audited</h2><p>${escapeHtml(report.verdict?.message ?? 'This input could not be audited.')}</p></section>
</article>`;
  }

  const gaps = orderGaps(report.checks);
  const met = report.checks.filter((c) => c.status === 'met');
  const notApplicable = report.checks.filter((c) => c.status === 'not-applicable');
  const cookies = report.cookies?.cookies ?? [];
  const parts = [
    head,
    renderScore(report),
    `<section class="gaps"><h2>What the notice must add <span class="count">${gaps.length}</span></h2>
${gaps.length ? gaps.map((c, i) => renderGap(c, i + 1)).join('\n') : '<p class="empty">Nothing: every applicable item is covered.</p>'}
</section>`,
  ];
  if (report.warnings.length) {
    parts.push(`<section class="warnings"><h2>Warnings <span class="count">${report.warnings.length}</span></h2>
<ul class="warning-list">${report.warnings.map(renderWarning).join('\n')}</ul>
</section>`);
  }
  parts.push(`<section class="covered"><h2>What the notice already covers <span class="count">${met.length}</span></h2>
${met.length ? `<ul class="covered-list">${met.map(renderCovered).join('\n')}</ul>` : '<p class="empty">None of the checked items is covered yet.</p>'}
</section>`);
  if (notApplicable.length) {
    parts.push(`<section class="not-applicable"><h2>Not applicable <span class="count">${notApplicable.length}</span></h2>
<ul class="na-list">${notApplicable
      .map(
        (c) =>
          `<li><span class="mark">${MARK[c.status]}</span> <strong>${escapeHtml(displayTitle(c))}</strong>${c.reason ? ` <span class="muted">${escapeHtml(c.reason)}</span>` : ''}</li>`,
      )
      .join('\n')}</ul>
</section>`);
  }
  if (cookies.length) parts.push(renderCookies(cookies));
  return `<article class="report${several ? ' several' : ''}">\n${parts.join('\n')}\n</article>`;
}

function renderScore(report: AuditReport): string {
  const score = displayScore(report);
  const band = scoreBand(score);
  const counts = countStatuses(report.checks);
  const tiles = (['missing', 'partial', 'met', 'not-applicable'] as const)
    .map((s) => `<li class="tile ${s}"><span class="n">${counts[s]}</span> ${STATUS_LABEL[s].toLowerCase()}</li>`)
    .join('');
  return `<section class="summary band-${band.replace(' ', '-')}" aria-label="Score">
<div class="ring" style="--p:${score}"><div class="ring-inner"><span class="score">${score}</span><span class="of">/100</span></div></div>
<div class="summary-text">
<p class="band">${band === 'good' ? 'Good' : band === 'needs work' ? 'Needs work' : 'Poor'}</p>
<p class="muted">Weighted score over ${pluralise(report.checks.length - counts['not-applicable'], 'applicable check')}: core items count three times as much as extended ones.</p>
<ul class="tiles">${tiles}</ul>${report.warnings.length ? `\n<p class="muted">${pluralise(report.warnings.length, 'warning')} below.</p>` : ''}
</div>
</section>`;
}

function renderGap(check: CheckResult, n: number): string {
  const meta = findCheckMeta(check.id);
  const rows: string[] = [];
  if (meta) rows.push(`<dt>Legal source</dt><dd>${escapeHtml(meta.source)}</dd>`);
  if (check.reason) rows.push(`<dt>Why</dt><dd>${escapeHtml(check.reason)}</dd>`);
  if (check.error)
    rows.push('<dt>Note</dt><dd>This check could not be completed automatically; review the item by hand.</dd>');
  const advice = check.advice ?? meta?.advice;
  if (advice) rows.push(`<dt>What to add</dt><dd>${escapeHtml(advice)}</dd>`);
  const current = check.evidence[0];
  const status = escapeHtml(check.status);
  return `<section class="gap ${status}">
<h3><span class="num">${n}</span><span class="gap-title">${escapeHtml(displayTitle(check))}</span><span class="badges"><span class="badge ${status}">${STATUS_LABEL[check.status]}</span><span class="badge weight">${isCore(check) ? 'Core' : 'Extended'}</span></span></h3>
<dl class="gap-facts">${rows.join('')}</dl>${current ? `\n<div class="now"><p class="label">What the notice says now</p>${blockQuote(current)}</div>` : ''}${
    meta?.sampleWording
      ? `\n<div class="sample"><p class="label">Sample wording you could adapt</p><p>${escapeHtml(meta.sampleWording)}</p></div>`
      : ''
  }
</section>`;
}

function renderWarning(warning: Warning): string {
  const quote = warning.evidence[0];
  return `<li><span class="mark">!</span><div><strong>${escapeHtml(findWarningTitle(warning))}</strong><p>${escapeHtml(warning.message)}</p>${quote ? blockQuote(quote) : ''}</div></li>`;
}

function renderCovered(check: CheckResult): string {
  const meta = findCheckMeta(check.id);
  return `<li><span class="mark">${MARK.met}</span><div><strong>${escapeHtml(displayTitle(check))}</strong>${meta ? ` <span class="source">${escapeHtml(meta.source)}</span>` : ''}${check.evidence
    .slice(0, 2)
    .map(blockQuote)
    .join('')}</div></li>`;
}

function blockQuote(evidence: Evidence): string {
  const section = sectionName(evidence);
  return `<blockquote><p>${escapeHtml(quoteText(evidence, QUOTE_MAX))}</p>${section ? `<cite>${escapeHtml(section)}</cite>` : ''}</blockquote>`;
}

function renderCookies(cookies: readonly ObservedCookieResult[]): string {
  const cell = (text: string | null) => (text ? escapeHtml(text) : '<span class="muted">–</span>');
  const consent = cookies.some((c) => c.beforeConsent);
  const rows = orderCookies(cookies)
    .map((c) => {
      const label = describeConsent(c);
      const before = consent ? `<td class="${label === 'violation' ? 'no' : ''}">${cell(label)}</td>` : '';
      return `<tr><td class="mono">${cell(c.name)}</td><td>${cell(c.domain)}</td><td>${escapeHtml(c.party)}</td><td>${cell(c.category)}</td><td>${cell(c.vendor)}</td><td class="nowrap">${cell(formatCookieExpiry(c))}</td><td class="${c.disclosed ? 'yes' : 'no'}">${c.disclosed ? 'Yes' : 'No'}</td><td class="rule">${cell(c.rule)}</td>${before}</tr>`;
    })
    .join('\n');
  return `<section class="cookies"><h2>Cookies observed <span class="count">${cookies.length}</span></h2>
<p class="muted">${escapeHtml(cookieCounts(cookies))}.</p>
<table><thead><tr><th>Cookie</th><th>Domain</th><th>Party</th><th>Category</th><th>Vendor</th><th>Expires</th><th>In the notice</th><th>Rule</th>${consent ? '<th>Before consent</th>' : ''}</tr></thead>
<tbody>${rows}</tbody></table>
</section>`;
}

const STYLE = `
:root{--ink:#1d2430;--muted:#5b6472;--line:#dfe3ea;--paper:#fff;--bg:#eef1f5;--red:#b42318;--red-bg:#fdecea;--amber:#a15c07;--amber-bg:#fef4e2;--green:#1e7b4a;--green-bg:#e7f5ed;--grey-bg:#f1f3f6;--accent:#234b8f;-webkit-print-color-adjust:exact;print-color-adjust:exact}
*{box-sizing:border-box}
html{background:var(--bg)}
body{margin:0;padding:32px 16px;color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:860px;margin:0 auto;background:var(--paper);padding:40px 48px;border-radius:10px;box-shadow:0 1px 3px rgba(16,24,40,.08),0 8px 24px rgba(16,24,40,.06)}
h1,h2,h3{line-height:1.25;margin:0}
h1{font-size:26px;font-weight:700;margin:2px 0 14px;overflow-wrap:anywhere}
h2{font-size:18px;margin:34px 0 14px;padding-bottom:6px;border-bottom:2px solid var(--ink);display:flex;align-items:baseline;gap:10px}
h3{font-size:16px}
p{margin:0 0 8px}
.muted{color:var(--muted)}
.eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:12px;font-weight:600;color:var(--accent);margin:0}
.count{font-size:13px;font-weight:600;color:var(--muted);background:var(--grey-bg);border-radius:999px;padding:1px 9px}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;margin:0;font-size:14px}
.facts dt{color:var(--muted)}
.facts dd{margin:0;overflow-wrap:anywhere}
.report+.report,.overview+.report{margin-top:56px;padding-top:32px;border-top:3px double var(--line)}
.summary{display:flex;gap:28px;align-items:center;margin:24px 0 0;padding:20px 24px;border:1px solid var(--line);border-radius:10px;background:#fafbfc}
.ring{--c:var(--red);flex:none;width:112px;height:112px;border-radius:50%;background:conic-gradient(var(--c) calc(var(--p)*1%),var(--line) 0);display:grid;place-items:center}
.band-good .ring{--c:var(--green)}
.band-needs-work .ring{--c:#d98a0b}
.ring-inner{width:86px;height:86px;border-radius:50%;background:#fff;display:flex;align-items:baseline;justify-content:center;padding-top:26px}
.score{font-size:32px;font-weight:700;line-height:1}
.of{font-size:13px;color:var(--muted)}
.band{font-size:20px;font-weight:700;margin:0 0 2px}
.band-good .band{color:var(--green)}
.band-needs-work .band{color:var(--amber)}
.band-poor .band{color:var(--red)}
.summary-text{flex:1}
.summary-text .muted{font-size:13px}
.tiles{list-style:none;display:flex;flex-wrap:wrap;gap:8px;margin:10px 0 6px;padding:0}
.tile{font-size:13px;border-radius:6px;padding:3px 10px;background:var(--grey-bg);color:var(--muted)}
.tile .n{font-weight:700;color:var(--ink)}
.tile.missing{background:var(--red-bg)}.tile.partial{background:var(--amber-bg)}.tile.met{background:var(--green-bg)}
.gap{border:1px solid var(--line);border-left:5px solid var(--red);border-radius:8px;padding:16px 20px;margin:0 0 16px;break-inside:avoid;page-break-inside:avoid}
.gap.partial{border-left-color:#d98a0b}
.gap h3{display:flex;align-items:baseline;gap:10px;flex-wrap:wrap;margin-bottom:10px}
.num{flex:none;font-size:13px;font-weight:700;color:var(--muted);min-width:1.4em}
.gap-title{flex:1 1 300px}
.badges{display:flex;gap:6px}
.badge{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;border-radius:4px;padding:2px 7px;background:var(--grey-bg);color:var(--muted)}
.badge.missing{background:var(--red-bg);color:var(--red)}
.badge.partial{background:var(--amber-bg);color:var(--amber)}
.gap-facts{display:grid;grid-template-columns:110px 1fr;gap:6px 14px;margin:0 0 10px;font-size:14px}
.gap-facts dt{color:var(--muted);font-weight:600}
.gap-facts dd{margin:0}
.label{font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:12px 0 6px}
.sample{background:#f3f6fb;border:1px dashed #b8c4d8;border-radius:6px;padding:2px 14px 10px;font-size:14px}
.sample p:last-child{margin:0}
blockquote{margin:6px 0 8px;padding:6px 12px;border-left:3px solid var(--line);color:#333b48;font-size:14px;font-style:italic;overflow-wrap:anywhere}
blockquote p{margin:0}
cite{display:block;font-style:normal;font-size:12px;color:var(--muted);margin-top:3px}
cite::before{content:"Section: "}
.warning-list,.covered-list,.na-list{list-style:none;margin:0;padding:0}
.warning-list li,.covered-list li{display:flex;gap:12px;padding:10px 0;border-bottom:1px solid var(--line);break-inside:avoid;page-break-inside:avoid}
.warning-list li:last-child,.covered-list li:last-child{border-bottom:0}
.warning-list li>div,.covered-list li>div{flex:1;min-width:0}
.warning-list p{margin:2px 0 4px;font-size:14px}
.mark{flex:none;width:24px;height:24px;border-radius:50%;display:inline-grid;place-items:center;font-weight:700;font-size:13px;font-style:normal}
.warning-list .mark{background:var(--amber-bg);color:var(--amber)}
.covered-list .mark{background:var(--green-bg);color:var(--green)}
.na-list li{padding:6px 0;font-size:14px}
.na-list .mark{background:var(--grey-bg);color:var(--muted);margin-right:6px}
.source{font-size:12px;color:var(--muted);margin-left:6px}
.verdict{margin:24px 0 0;padding:18px 22px;border:1px solid var(--line);border-left:5px solid var(--muted);border-radius:8px;background:var(--grey-bg)}
.verdict h2{border:0;margin:0 0 6px;padding:0}
.empty{color:var(--muted);font-style:italic}
table{width:100%;border-collapse:collapse;font-size:13px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);white-space:nowrap;overflow-wrap:normal}
td.nowrap{white-space:nowrap}
tr{break-inside:avoid;page-break-inside:avoid}
td.no{color:var(--red);font-weight:700}
td.rule{font-size:12px;color:var(--muted)}
.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.colophon{margin-top:40px;padding-top:12px;border-top:1px solid var(--line);font-size:12px;color:var(--muted)}
@page{size:A4;margin:15mm 15mm 18mm;@bottom-left{content:"Privacy notice gap report";font:8pt system-ui,sans-serif;color:#5b6472}@bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt system-ui,sans-serif;color:#5b6472}}
@media print{
html,body{background:#fff}
body{padding:0;font-size:10pt}
h1{font-size:20pt}
h2{font-size:13pt;margin:22pt 0 10pt}
h3{font-size:11pt}
.gap{padding:10pt 14pt;margin:0 0 10pt}
.gap-facts,blockquote,.sample{font-size:9.5pt}
.summary{padding:12pt 16pt}
main{max-width:none;padding:0;box-shadow:none;border-radius:0}
h2{break-after:avoid;page-break-after:avoid}
h3,.label{break-after:avoid;page-break-after:avoid}
.report.several{break-before:page;page-break-before:always;margin-top:0;padding-top:0;border-top:0}
.overview+.report.several{break-before:auto;page-break-before:auto;margin-top:28pt;padding-top:20pt;border-top:3px double var(--line)}
.summary{break-inside:avoid;page-break-inside:avoid}
blockquote,.sample{break-inside:avoid;page-break-inside:avoid}
}
@media (max-width:640px){main{padding:24px 18px}.summary{flex-direction:column;align-items:flex-start}.gap-facts{grid-template-columns:1fr}}
`
  .trim()
  .replace(/\n/g, '');
