// The contract of ../shared/spec/report-schema.md (schema version 1), plus the
// optional `verdict` field documented in docs/report-schema.md.

export type Status = 'met' | 'partial' | 'missing' | 'not-applicable';

export type CheckId =
  | 'controller-identity'
  | 'lawful-basis'
  | 'retention'
  | 'rights'
  | 'ico-complaint'
  | 'international-transfers'
  | 'dpo-contact'
  | 'purposes'
  | 'legitimate-interests'
  | 'recipients'
  | 'withdraw-consent'
  | 'data-categories'
  | 'data-source'
  | 'statutory-contractual'
  | 'controller-complaint'
  | 'automated-decisions'
  | 'uk-representative'
  | 'cookies';

export type WarningId =
  | 'outdated-law'
  | 'invalid-transfer-mechanism'
  | 'no-date'
  | 'stale'
  | 'undisclosed-cookies'
  | 'pre-consent-cookies';

export interface Evidence {
  /** Exactly `sourceText.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the extracted text. */
  start: number;
  end: number;
  /** The heading the quote sits under, if any. */
  section: string | null;
}

export interface CheckResult {
  id: CheckId;
  title: string;
  status: Status;
  weight: number;
  reason: string | null;
  advice: string | null;
  evidence: Evidence[];
  /** Set when the check itself failed; the status is then `missing` and the reason says so. */
  error?: string;
}

export interface Warning {
  id: WarningId;
  message: string;
  evidence: Evidence[];
}

export type SourceKind = 'file' | 'url' | 'page';

/** Why an input could not be audited as a privacy notice. */
export type VerdictKind = 'privacy-notice' | 'empty' | 'binary' | 'not-english' | 'not-a-policy';

export interface Verdict {
  auditable: boolean;
  kind: VerdictKind;
  message: string;
}

/**
 * Filled in by the cookie audit; null when no cookie data was available.
 * `vendors` and `site` are optional additions (docs/report-schema.md).
 */
export interface CookieAudit {
  cookies: ObservedCookieResult[];
  /** Every vendor seen on the site, from its cookies and the third-party hosts the page loaded. */
  vendors?: CookieVendorResult[];
  /** The site's host the cookies were read on (decides first or third party); null when unknown. */
  site?: string | null;
  /**
   * Optional: whether a consent choice is recorded on the site, from its consent-manager cookies (the
   * extension, which reads cookies at any point of a visit). Absent for a scan, which reads them before
   * any interaction (each cookie `beforeConsent`), and for a cookies file.
   */
  consent?: CookieConsentState;
}

/** Whether the site holds a recorded consent choice when its cookies were read (src/cookies/consent-state.ts). */
export interface CookieConsentState {
  /**
   * false: no consent-manager cookie, so no choice is recorded and every cookie was set without one
   * (each is `beforeConsent`); true: a choice is recorded, so the visitor may have consented and no
   * cookie is flagged.
   */
  recorded: boolean;
  /** Names of the first-party cookies that record it; empty when none. */
  records: string[];
}

export type CookieCategory = 'necessary' | 'functional' | 'analytics' | 'advertising' | 'unknown';

/** What UK law (PECR reg 6 and Sch A1, as amended in 2026) makes of a cookie set before consent. */
export type ConsentOutcome = 'exempt' | 'allowed-with-conditions' | 'consent-required' | 'unknown';

export interface ObservedCookieResult {
  name: string;
  domain: string;
  party: 'first' | 'third';
  expires: string | null;
  /** Optional: true when the source gave no expiry (`document.cookie`), so a null `expires` is not a session cookie. */
  expiryUnknown?: boolean;
  category: CookieCategory;
  /**
   * The vendor's display name, one per vendor: the same as its entry in `CookieAudit.vendors` ("Meta", where
   * the Open Cookie Database says "Facebook"; the data's own name stays in `rule`). Null when unknown.
   */
  vendor: string | null;
  /** The company behind the vendor, e.g. "Google" for "Google Analytics". */
  company: string | null;
  /** Which kind of rule classified it. */
  matchedBy: 'exact' | 'pattern' | 'prefix' | 'host' | 'none';
  /** The rule itself, in words, so a reviewer sees why. */
  rule: string;
  disclosed: boolean;
  /** Optional: what in the notice discloses it, e.g. `names "Google Analytics"`; null when undisclosed. */
  disclosedBy?: string | null;
  /**
   * Optional: true when the site set it before any consent was given: a scan (before any interaction), or
   * the extension on a site where no consent choice is recorded (`CookieAudit.consent.recorded` false).
   */
  beforeConsent?: boolean;
  /** Optional, with `beforeConsent`: what the UK rules make of setting it before consent. */
  consent?: ConsentOutcome;
}

export interface CookieVendorResult {
  /** The vendor's display name ("Google Analytics", "Google Ads / DoubleClick"), the same as on its cookies. */
  name: string;
  company: string | null;
  /** Its cookies' most intrusive category, or its host's when it set no cookie. */
  category: CookieCategory;
  /** Names of its cookies observed on the site. */
  cookies: string[];
  /** Third-party hosts of the vendor the page loaded. */
  hosts: string[];
  disclosed: boolean;
  /** What in the notice names it; null when undisclosed. */
  disclosedBy: string | null;
}

export interface AuditReport {
  schemaVersion: 1;
  source: {
    kind: SourceKind;
    location: string;
    title: string | null;
    characters: number;
  };
  auditedAt: string;
  score: number;
  checks: CheckResult[];
  warnings: Warning[];
  cookies: CookieAudit | null;
  /** Optional extension: absent or `auditable: true` for a normal audit. */
  verdict?: Verdict;
}

/** A half-open range of the extracted text. */
export interface Span {
  start: number;
  end: number;
}
