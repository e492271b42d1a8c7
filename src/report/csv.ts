// CSV (RFC 4180): a header row, then one row per check per report, CRLF line
// ends. Cells a spreadsheet would read as a formula are defused with a quote.
import type { AuditReport } from '../engine/types';
import { displayTitle, findCheckMeta } from './common';

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
  }
  return rows.map((row) => `${row.map(toCsvField).join(',')}\r\n`).join('');
}

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; formula-like text prefixed with '. */
export function toCsvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  // OWASP's list: = + - @ and the tab / carriage return a spreadsheet may skip first.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
