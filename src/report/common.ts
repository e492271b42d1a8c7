// Shared by every renderer: metadata lookup, gap ordering, counts, score bands,
// dates and the cleaning of page text (which is hostile until proven otherwise).

import { checks as checkCatalogue } from '../checks';
import type { CheckMeta } from '../engine/check';
import { MONTH_NAMES } from '../engine/lexicons/dates';
import type {
  AuditReport,
  CheckId,
  CheckResult,
  ConsentOutcome,
  Evidence,
  ObservedCookieResult,
  Status,
  Warning,
} from '../engine/types';
import { warnings as warningCatalogue } from '../warnings';

let checkMetaById: Map<string, CheckMeta> | undefined;
let warningTitleById: Map<string, string> | undefined;

/** The check's static metadata (legal source, sample wording, titles), if the id is in the catalogue. */
export function findCheckMeta(id: CheckId | string): CheckMeta | undefined {
  checkMetaById ??= new Map(checkCatalogue.map((c) => [c.meta.id, c.meta]));
  return checkMetaById.get(id);
}

// Cookie warnings are raised by the cookie audit, not the warnings registry.
const FALLBACK_WARNING_TITLES: Record<string, string> = {
  'outdated-law': 'Outdated law cited',
  'invalid-transfer-mechanism': 'Invalid transfer mechanism relied on',
  'no-date': 'No "last updated" date',
  stale: 'Notice not updated for over two years',
  'undisclosed-cookies': 'Cookies the notice does not mention',
  'pre-consent-cookies': 'Cookies set before consent',
};

export function findWarningTitle(warning: Warning): string {
  warningTitleById ??= new Map(warningCatalogue.map((w) => [w.id, w.title]));
  return warningTitleById.get(warning.id) ?? FALLBACK_WARNING_TITLES[warning.id] ?? warning.id;
}

export function isAuditable(report: AuditReport): boolean {
  return report.verdict?.auditable !== false;
}

/** The title to show: the met title when met or not applicable, the failure title for a gap. */
export function displayTitle(check: CheckResult): string {
  if (check.status === 'met' || check.status === 'not-applicable') return check.title;
  return findCheckMeta(check.id)?.failureTitle ?? check.title;
}

export function isCore(check: CheckResult): boolean {
  return check.weight >= 3;
}

function isGap(check: CheckResult): boolean {
  return check.status === 'missing' || check.status === 'partial';
}

/** Gaps for the owner: missing before partial, core before extended, then catalogue order. */
export function orderGaps(checks: readonly CheckResult[]): CheckResult[] {
  const rank = (c: CheckResult) => (c.status === 'missing' ? 0 : 2) + (isCore(c) ? 0 : 1);
  return checks
    .map((check, index) => ({ check, index }))
    .filter(({ check }) => isGap(check))
    .sort((a, b) => rank(a.check) - rank(b.check) || a.index - b.index)
    .map(({ check }) => check);
}

export type StatusCounts = Record<Status, number>;

export function countStatuses(checks: readonly CheckResult[]): StatusCounts {
  const counts: StatusCounts = { met: 0, partial: 0, missing: 0, 'not-applicable': 0 };
  for (const c of checks) counts[c.status]++;
  return counts;
}

export function formatCounts(counts: StatusCounts, separator = ' · '): string {
  return [
    `${counts.met} met`,
    `${counts.partial} partial`,
    `${counts.missing} missing`,
    `${counts['not-applicable']} not applicable`,
  ].join(separator);
}

/** The score as a whole number 0-100, whatever a report read from storage holds. */
export function displayScore(report: AuditReport): number {
  return Math.max(0, Math.min(100, Math.round(Number(report.score) || 0)));
}

export type ScoreBand = 'good' | 'needs work' | 'poor';

export function scoreBand(score: number): ScoreBand {
  if (score >= 80) return 'good';
  if (score >= 50) return 'needs work';
  return 'poor';
}

export const STATUS_LABEL: Record<Status, string> = {
  met: 'Met',
  partial: 'Partial',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
};

const SOURCE_KIND_LABEL = { file: 'file', url: 'URL', page: 'web page' } as const;

export function describeSourceKind(report: AuditReport): string {
  return SOURCE_KIND_LABEL[report.source.kind] ?? cleanInline(String(report.source.kind));
}

/** "22 November 2026" from an ISO timestamp, read in UTC so output never depends on the machine. */
export function formatAuditDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return cleanInline(iso);
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}

/** The report's heading: its page title if it has one, else where it came from. */
export function reportName(report: AuditReport): string {
  return cleanInline(report.source.title ?? '') || cleanInline(report.source.location) || 'Untitled notice';
}

// C0/C1 controls (ANSI escapes), bidi overrides and zero-width marks let page text
// rewrite a terminal line or disguise itself; they never belong in a report.
const UNSAFE_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Page text for one line: unsafe characters dropped, runs of whitespace (newlines too) to one space. */
export function cleanInline(text: string): string {
  return text.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
}

/** Shortens to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A quote ready for display: one line, cleaned, shortened. */
export function quoteText(evidence: Evidence, max: number): string {
  return truncate(cleanInline(evidence.text), max);
}

export function sectionName(evidence: Evidence): string | null {
  const name = evidence.section === null ? '' : cleanInline(evidence.section);
  return name || null;
}

export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

// ---------------------------------------------------------------------------
// Cookies

const COOKIE_ORDER: Record<ObservedCookieResult['category'], number> = {
  advertising: 0,
  analytics: 1,
  functional: 2,
  necessary: 3,
  unknown: 4,
};

/** Cookies grouped by category, the most intrusive first; observed order within a category. */
export function orderCookies(cookies: readonly ObservedCookieResult[]): ObservedCookieResult[] {
  return cookies
    .map((cookie, index) => ({ cookie, index }))
    .sort((a, b) => COOKIE_ORDER[a.cookie.category] - COOKIE_ORDER[b.cookie.category] || a.index - b.index)
    .map(({ cookie }) => cookie);
}

/** "2027-11-22", "session" or "unknown". */
export function formatCookieExpiry(cookie: ObservedCookieResult): string {
  if (!cookie.expires) return cookie.expiryUnknown ? 'unknown' : 'session';
  return /^\d{4}-\d{2}-\d{2}/.exec(cookie.expires)?.[0] ?? cleanInline(cookie.expires);
}

/** What setting it before consent means, in a word or two. */
export const CONSENT_LABEL: Record<ConsentOutcome, string> = {
  exempt: 'exempt',
  'allowed-with-conditions': 'allowed if informed',
  'consent-required': 'violation',
  unknown: 'check',
};

/** The "before consent" cell: empty for a cookie not read before consent. */
export function describeConsent(cookie: ObservedCookieResult): string | null {
  if (!cookie.beforeConsent) return null;
  return cookie.consent ? CONSENT_LABEL[cookie.consent] : 'set before consent';
}

export function cookieCounts(cookies: readonly ObservedCookieResult[]): string {
  const undisclosed = cookies.filter((c) => !c.disclosed).length;
  return `${cookies.length} observed, ${undisclosed} not mentioned by the notice`;
}
