// Download names: privacy-audit_<site host or file base name>_<YYYY-MM-DD>.<ext>
import type { AuditReport } from '../engine/types';
import type { ReportFormat } from './index';

const EXTENSION: Record<ReportFormat, string> = {
  text: 'txt',
  json: 'json',
  jsonl: 'jsonl',
  md: 'md',
  html: 'html',
  csv: 'csv',
};

/** e.g. `privacy-audit_example.co.uk_2026-11-22.md`; the date is read in local time, as the user sees it. */
export function reportFileName(report: AuditReport, format: ReportFormat, date: Date): string {
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `privacy-audit_${nameOf(report)}_${stamp}.${EXTENSION[format]}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function nameOf(report: AuditReport): string {
  const location = report.source.location.trim();
  // No URL global here (the pure code has no DOM or Node lib): read the host by hand.
  const url = /^[a-z][a-z\d+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/?#:]*)/i.exec(location);
  let name: string;
  if (url && !/^file:/i.test(location)) {
    name = (url[1] ?? '').toLowerCase().replace(/^www\./, '');
  } else {
    const path = location.replace(/^file:\/\//i, '').replace(/[?#].*$/, '');
    const base = path.split(/[\\/]/).filter(Boolean).pop() ?? '';
    name = base.replace(/\.[^.]+$/, '');
  }
  const safe = name
    .replace(/[^A-Za-z\d._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return safe || 'notice';
}
