// The Markdown gap report a reviewer hands to a site owner: what the notice must
// add (gaps first, with legal source, advice and sample wording), warnings, then
// what it already covers. Every string from the report goes through escapeMarkdown.
import type { AuditReport, CheckResult, Evidence, ObservedCookieResult } from '../engine/types';
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
  formatCounts,
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

// The characters that start inline syntax anywhere in a line: emphasis, code,
// links and images (`[`), raw HTML and autolinks (`<`), entities, table cells,
// strikethrough. `(` and `!` need no escape once `[` and `]` have one.
const MARKDOWN_INLINE = /[\\`*_[\]<>&|~]/g;

/** One line of page text, safe to place anywhere inline in Markdown (a line start included). */
export function escapeMarkdown(text: string): string {
  return (
    cleanInline(text)
      .replace(MARKDOWN_INLINE, '\\$&')
      // GFM links bare URLs; an escaped colon or dot leaves them plain text.
      .replace(/([a-z]):\/\//gi, '$1\\://')
      .replace(/\b(www)\./gi, '$1\\.')
      // Block syntax counts only at a line start: headings, list items, setext underlines.
      .replace(/^[#+\-=]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

export function renderMarkdown(reports: readonly AuditReport[]): string {
  if (reports.length === 1) return joinBlocks(renderReport(reports[0]!, 1));
  const blocks = [`# Privacy notice gap report: ${pluralise(reports.length, 'notice')}`, overviewTable(reports)];
  reports.forEach((report, i) => {
    blocks.push(...renderReport(report, 2, `${i + 1}. `));
  });
  return joinBlocks(blocks);
}

function overviewTable(reports: readonly AuditReport[]): string {
  const rows = reports.map((r, i) => {
    const name = escapeMarkdown(reportName(r));
    if (!isAuditable(r)) return `| ${i + 1} | ${name} | not audited | - | - |`;
    const counts = countStatuses(r.checks);
    return `| ${i + 1} | ${name} | ${displayScore(r)}/100 (${scoreBand(displayScore(r))}) | ${counts.missing} missing, ${counts.partial} partial | ${r.warnings.length} |`;
  });
  return ['| # | Notice | Score | Gaps | Warnings |', '|---|---|---|---|---|', ...rows].join('\n');
}

function joinBlocks(blocks: readonly string[]): string {
  return `${blocks.join('\n\n')}\n`;
}

function renderReport(report: AuditReport, level: number, numbering = ''): string[] {
  const h = (offset: number, text: string) => `${'#'.repeat(level + offset)} ${text}`;
  const blocks: string[] = [];
  blocks.push(
    h(0, `${numbering}${level === 1 ? 'Privacy notice gap report: ' : ''}${escapeMarkdown(reportName(report))}`),
  );

  const facts: [string, string][] = [
    ['Source', `${escapeMarkdown(report.source.location)} (${escapeMarkdown(describeSourceKind(report))})`],
  ];
  if (report.source.title) facts.push(['Notice title', escapeMarkdown(report.source.title)]);
  facts.push(['Audited', escapeMarkdown(formatAuditDate(report.auditedAt))]);

  if (!isAuditable(report)) {
    blocks.push(factTable(facts));
    blocks.push(`**Not audited.** ${escapeMarkdown(report.verdict?.message ?? 'This input could not be audited.')}`);
    return blocks;
  }

  const counts = countStatuses(report.checks);
  facts.push(['Score', `**${displayScore(report)}/100** (${scoreBand(displayScore(report))})`]);
  facts.push(['Checks', formatCounts(counts)]);
  if (report.warnings.length) facts.push(['Warnings', String(report.warnings.length)]);
  blocks.push(factTable(facts));

  const gaps = orderGaps(report.checks);
  blocks.push(h(1, `What the notice must add (${gaps.length})`));
  if (gaps.length === 0) blocks.push('Nothing: every applicable item is covered.');
  gaps.forEach((check, i) => {
    blocks.push(...renderGap(check, i + 1, level + 2));
  });

  if (report.warnings.length) {
    blocks.push(h(1, `Warnings (${report.warnings.length})`));
    blocks.push(
      report.warnings
        .map((w) => {
          const quote = w.evidence[0];
          const line = `- **${escapeMarkdown(findWarningTitle(w))}**: ${escapeMarkdown(w.message)}`;
          return quote ? `${line}\n  ${inlineQuote(quote)}` : line;
        })
        .join('\n'),
    );
  }

  const met = report.checks.filter((c) => c.status === 'met');
  blocks.push(h(1, `What the notice already covers (${met.length})`));
  blocks.push(met.length ? met.map(renderCovered).join('\n') : 'None of the checked items is covered yet.');

  const notApplicable = report.checks.filter((c) => c.status === 'not-applicable');
  if (notApplicable.length) {
    blocks.push(h(1, `Not applicable (${notApplicable.length})`));
    blocks.push(
      notApplicable
        .map((c) => `- **${escapeMarkdown(displayTitle(c))}**${c.reason ? `: ${escapeMarkdown(c.reason)}` : ''}`)
        .join('\n'),
    );
  }

  const cookies = report.cookies?.cookies ?? [];
  if (cookies.length) {
    blocks.push(h(1, `Cookies observed (${cookies.length})`));
    blocks.push(`${escapeMarkdown(cookieCounts(cookies))}.`);
    blocks.push(cookieTable(cookies));
  }
  return blocks;
}

function renderGap(check: CheckResult, n: number, level: number): string[] {
  const meta = findCheckMeta(check.id);
  const kind = `${STATUS_LABEL[check.status]} · ${isCore(check) ? 'core' : 'extended'}`;
  const blocks = [`${'#'.repeat(level)} ${n}. ${escapeMarkdown(displayTitle(check))} (${kind})`];
  const lines: string[] = [];
  if (meta) lines.push(`**Legal source:** ${escapeMarkdown(meta.source)}`);
  if (check.reason) lines.push(`**Why:** ${escapeMarkdown(check.reason)}`);
  if (check.error) lines.push('**Note:** this check could not be completed automatically; review the item by hand.');
  const advice = check.advice ?? meta?.advice;
  if (advice) lines.push(`**What to add:** ${escapeMarkdown(advice)}`);
  // Two trailing spaces: a hard line break, so the fields stay one per line.
  blocks.push(lines.join('  \n'));
  const current = check.evidence[0];
  if (current) blocks.push(`What the notice says now: ${inlineQuote(current)}`);
  if (meta?.sampleWording) blocks.push(`Sample wording you could adapt:\n\n> ${escapeMarkdown(meta.sampleWording)}`);
  return blocks;
}

function renderCovered(check: CheckResult): string {
  const meta = findCheckMeta(check.id);
  const source = meta ? ` (${escapeMarkdown(meta.source)})` : '';
  const quotes = check.evidence.slice(0, 2).map((e) => `  ${inlineQuote(e)}`);
  return [`- **${escapeMarkdown(displayTitle(check))}**${source}`, ...quotes].join('\n');
}

/** “quote” — *Section*, on one line. */
function inlineQuote(evidence: Evidence): string {
  const section = sectionName(evidence);
  return `“${escapeMarkdown(quoteText(evidence, QUOTE_MAX))}”${section ? ` (*${escapeMarkdown(section)}*)` : ''}`;
}

function factTable(rows: readonly [string, string][]): string {
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

function cookieTable(cookies: readonly ObservedCookieResult[]): string {
  const cell = (text: string | null) => (text ? escapeMarkdown(text) : '-');
  const consent = cookies.some((c) => c.beforeConsent);
  const head = ['Cookie', 'Domain', 'Party', 'Category', 'Vendor', 'Expires', 'In the notice', 'Rule'];
  if (consent) head.push('Before consent');
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...orderCookies(cookies).map((c) => {
      const row = [
        cell(c.name),
        cell(c.domain),
        cell(c.party),
        cell(c.category),
        cell(c.vendor),
        cell(formatCookieExpiry(c)),
        c.disclosed ? 'yes' : '**no**',
        cell(c.rule),
      ];
      if (consent) {
        const label = describeConsent(c);
        row.push(label === 'violation' ? '**violation**' : cell(label));
      }
      return `| ${row.join(' | ')} |`;
    }),
  ].join('\n');
}
