// "Copy gap summary": a short plain-text list of what the notice must add,
// for pasting into an email or a ticket.
import type { AuditReport } from '../engine/types';
import {
  cleanInline,
  displayScore,
  displayTitle,
  findCheckMeta,
  findWarningTitle,
  formatAuditDate,
  isAuditable,
  orderGaps,
  reportName,
  scoreBand,
} from './common';

export function renderGapSummary(report: AuditReport): string {
  const head = `Privacy notice gaps: ${reportName(report)}`;
  const source = `Source: ${cleanInline(report.source.location)}, audited ${formatAuditDate(report.auditedAt)}`;
  if (!isAuditable(report)) {
    return `${head}\n${source}\nNot audited: ${cleanInline(report.verdict?.message ?? 'this input could not be audited.')}\n`;
  }
  const lines = [head, source, `Score: ${displayScore(report)}/100 (${scoreBand(displayScore(report))})`, ''];
  const gaps = orderGaps(report.checks);
  if (gaps.length === 0) lines.push('No gaps: every applicable item is covered.');
  for (const status of ['missing', 'partial'] as const) {
    const group = gaps.filter((c) => c.status === status);
    if (group.length === 0) continue;
    lines.push(status === 'missing' ? `Missing (${group.length}):` : `Partly covered (${group.length}):`);
    for (const check of group) {
      const source = findCheckMeta(check.id)?.source;
      const reason = check.reason ? `: ${cleanInline(check.reason)}` : '';
      lines.push(`- ${cleanInline(displayTitle(check))}${source ? ` (${source})` : ''}${reason}`);
    }
    lines.push('');
  }
  if (report.warnings.length) {
    lines.push(`Warnings (${report.warnings.length}):`);
    for (const w of report.warnings) lines.push(`- ${findWarningTitle(w)}: ${cleanInline(w.message)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
