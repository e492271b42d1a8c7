// One entry point for every export: the popup, the report page and the CLI
// all call renderReports(reports, format). Pure: no browser or Node API.
import type { AuditReport } from '../engine/types';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson, renderJsonLines } from './json';
import { renderMarkdown } from './markdown';
import { renderText } from './text';

export type ReportFormat = 'text' | 'json' | 'jsonl' | 'md' | 'html' | 'csv';

export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'jsonl', 'md', 'html', 'csv'];

/** Every format ends with a newline; write the result as is (no extra newline). */
export function renderReports(
  reports: readonly AuditReport[],
  format: ReportFormat,
  options: { color?: boolean } = {},
): string {
  switch (format) {
    case 'text':
      return renderText(reports, options);
    case 'json':
      return renderJson(reports);
    case 'jsonl':
      return renderJsonLines(reports);
    case 'md':
      return renderMarkdown(reports);
    case 'html':
      return renderHtml(reports);
    case 'csv':
      return renderCsv(reports);
    default:
      throw new Error(`Unknown report format: ${String(format)}`);
  }
}

export { reportFileName } from './filename';
export { renderGapSummary } from './summary';
