// runAudit: document in, report (shared/spec/report-schema.md) out. Each check
// runs inside a guard, so one broken check becomes an error entry, never a
// crashed audit.
import { checks as catalogue } from '../checks';
import { crossCheckFor } from '../cookies/cross-check';
import type { ObservedCookie } from '../cookies/types';
import { warnings as warningCatalogue } from '../warnings';
import type { CheckContext, CheckDefinition } from './check';
import type { PolicyDocument } from './document';
import { createFacts } from './facts';
import { runCheck, toEvidence } from './run-check';
import { scoreChecks } from './scoring';
import type { AuditReport, CookieConsentState, SourceKind, Warning } from './types';
import { assessAuditability } from './verdict';
import type { WarningDefinition } from './warning';

export interface AuditOptions {
  source: { kind: SourceKind; location: string };
  /** The audit date (for `stale` and `auditedAt`); defaults to now. */
  now?: Date;
  /** Cookies observed on the site; with them the report carries a cookie audit (`report.cookies`). */
  cookies?: readonly ObservedCookie[] | null;
  /**
   * The site's host or URL the cookies were read on (decides first or third
   * party). Defaults to the source location for a URL or page; for a file,
   * the domain most cookies share.
   */
  site?: string | null;
  /** Hosts of other sites the page loaded resources from (their vendors join the cookie audit). */
  thirdPartyHosts?: readonly string[];
  /**
   * Whether a consent choice is recorded on the site (the extension: src/cookies/consent-state.ts); it
   * becomes `report.cookies.consent` and words the pre-consent warning. Absent for a scan or a file.
   */
  cookieConsent?: CookieConsentState | null;
  /** For tests: run these instead of the catalogue. */
  checks?: readonly CheckDefinition[];
  warnings?: readonly WarningDefinition[];
}

export function runAudit(doc: PolicyDocument, options: AuditOptions): AuditReport {
  const now = options.now ?? new Date();
  const verdict = assessAuditability(doc);
  const base = {
    schemaVersion: 1 as const,
    source: { ...options.source, title: doc.title, characters: doc.text.length },
    auditedAt: now.toISOString(),
    cookies: null,
    verdict,
  };
  if (!verdict.auditable) return { ...base, score: 0, checks: [], warnings: [] };

  const context: CheckContext = {
    doc,
    facts: createFacts(doc),
    cookies: options.cookies ?? null,
    site: options.site ?? (options.source.kind === 'file' ? null : options.source.location),
    thirdPartyHosts: options.thirdPartyHosts ?? [],
    cookieConsent: options.cookieConsent ?? null,
  };
  const results = (options.checks ?? catalogue).map((check) => runCheck(check, context));
  const warnings: Warning[] = [];
  for (const warning of options.warnings ?? warningCatalogue) {
    try {
      const found = warning.run({ ...context, asOf: now, results });
      if (found) warnings.push({ id: warning.id, message: found.message, evidence: toEvidence(doc, found.evidence) });
    } catch {
      // A warning is advisory: one that fails is left out rather than failing the audit.
    }
  }
  const cookies = crossCheckFor(context)?.audit ?? null;
  return { ...base, score: scoreChecks(results), checks: results, warnings, cookies };
}
