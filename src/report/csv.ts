// CSV (RFC 4180): a header row, then one row per check per report, CRLF line
// ends. Cells a spreadsheet would read as a formula are defused with a quote.
// A report with a cookie audit adds one row per cookie after its checks, with
// the same columns and a `check_id` of "cookie:<name>" (docs/report-schema.md).
import type { AuditReport, ObservedCookieResult } from '../engine/types';
import { describeConsent, displayTitle, findCheckMeta, formatCookieExpiry, orderCookies } from './common';

export const CSV_COLUMNS = [
  'source_location',
  'score',
  'check_id',
  'title',
  'status',
  'weight',
  'reason',
  'advice',
  'evidence',
  'evidence_start',
  'evidence_end',
  'section',
] as const;

type Cell = string | number | null | undefined;

export function renderCsv(reports: readonly AuditReport[]): string {
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  for (const report of reports) {
    const location = report.source.location;
    if (report.verdict?.auditable === false) {
      // Keep the input visible in a spreadsheet: one row saying why it was not audited.
      rows.push([
        location,
        null,
        '',
        'Not audited',
        'not-audited',
        null,
        report.verdict.message,
        null,
        null,
        null,
        null,
        null,
      ]);
      continue;
    }
    for (const check of report.checks) {
      const evidence = check.evidence[0];
      rows.push([
        location,
        report.score,
        check.id,
        displayTitle(check),
        check.status,
        check.weight,
        check.reason,
        check.advice ??
          (check.status === 'missing' || check.status === 'partial' ? findCheckMeta(check.id)?.advice : null),
        evidence?.text,
        evidence?.start,
        evidence?.end,
        evidence?.section,
      ]);
    }
    for (const cookie of orderCookies(report.cookies?.cookies ?? []))
      rows.push(cookieRow(location, report.score, cookie));
  }
  return rows.map((row) => `${row.map(toCsvField).join(',')}\r\n`).join('');
}

/**
 * A cookie as a row: title "name (domain)", status disclosed/undisclosed, the
 * facts as the reason, what to add as the advice, the classification rule as
 * the evidence (why the category and vendor were given).
 */
function cookieRow(location: string, score: number, c: ObservedCookieResult): Cell[] {
  const consent = describeConsent(c);
  const facts = [
    c.category,
    c.vendor ?? 'vendor unknown',
    `${c.party} party`,
    c.expires ? `expires ${formatCookieExpiry(c)}` : c.expiryUnknown ? 'expiry unknown' : 'session cookie',
    consent ? `set before consent: ${consent}` : '',
  ].filter(Boolean);
  const advice = c.disclosed
    ? null
    : `Name ${c.vendor ?? `the ${c.name} cookie`} in the notice, with what its cookies do and how to refuse them.`;
  return [
    location,
    score,
    `cookie:${c.name}`,
    `${c.name} (${c.domain})`,
    c.disclosed ? 'disclosed' : 'undisclosed',
    null,
    facts.join('; '),
    advice,
    c.rule,
    null,
    null,
    null,
  ];
}

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; formula-like text prefixed with '. */
export function toCsvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  // OWASP's list: = + - @ and the tab / carriage return a spreadsheet may skip first.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
