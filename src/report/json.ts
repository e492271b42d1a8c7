// JSON and JSON Lines: exactly the shape of spec/report-schema.md, keys in schema
// order, so a report read back from disk or built by hand prints the same way.
import type { AuditReport, CheckResult, Evidence, Warning } from '../engine/types';

export function renderJson(reports: readonly AuditReport[]): string {
  const body = reports.length === 1 ? toSchemaObject(reports[0]!) : reports.map(toSchemaObject);
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function renderJsonLines(reports: readonly AuditReport[]): string {
  return reports.map((r) => `${JSON.stringify(toSchemaObject(r))}\n`).join('');
}

/** The report with schema fields only, in schema order; the optional `verdict` and check `error` kept when present. */
export function toSchemaObject(report: AuditReport): AuditReport {
  const out: AuditReport = {
    schemaVersion: report.schemaVersion,
    source: {
      kind: report.source.kind,
      location: report.source.location,
      title: report.source.title,
      characters: report.source.characters,
    },
    auditedAt: report.auditedAt,
    score: report.score,
    checks: report.checks.map(toCheck),
    warnings: report.warnings.map(toWarning),
    cookies: report.cookies,
  };
  if (report.verdict) out.verdict = { ...report.verdict };
  return out;
}

function toCheck(check: CheckResult): CheckResult {
  const out: CheckResult = {
    id: check.id,
    title: check.title,
    status: check.status,
    weight: check.weight,
    reason: check.reason,
    advice: check.advice,
    evidence: check.evidence.map(toEvidence),
  };
  if (check.error !== undefined) out.error = check.error;
  return out;
}

function toWarning(warning: Warning): Warning {
  return { id: warning.id, message: warning.message, evidence: warning.evidence.map(toEvidence) };
}

function toEvidence(evidence: Evidence): Evidence {
  return { text: evidence.text, start: evidence.start, end: evidence.end, section: evidence.section };
}
