// Display helpers for the cookie audit (report.cookies): grouping, labels,
// expiry, what was read. Shared by the popup's Cookies tab and the report page.
import type {
  CookieAudit,
  CookieCategory,
  CookieVendorResult,
  ObservedCookieResult,
  Warning,
  WarningId,
} from '../engine/types';
import type { CookieScan, PageCookie } from '../messaging';

export const CATEGORY_ORDER: readonly CookieCategory[] = [
  'necessary',
  'functional',
  'analytics',
  'advertising',
  'unknown',
];

export const CATEGORY_LABEL: Record<CookieCategory, string> = {
  necessary: 'Strictly necessary',
  functional: 'Functional',
  analytics: 'Analytics',
  advertising: 'Advertising',
  unknown: 'Unclassified',
};

export const CATEGORY_HINT: Record<CookieCategory, string> = {
  necessary: 'exempt from consent',
  functional: 'remember choices',
  analytics: 'measure visits',
  advertising: 'track for ads',
  unknown: 'purpose unknown',
};

export const COOKIE_WARNINGS: readonly WarningId[] = ['undisclosed-cookies', 'pre-consent-cookies'];

export const PAGE_ONLY_NOTE = 'Cookies readable by the page only: HttpOnly and third-party cookies need a full scan.';

export const NOT_GRANTED_MESSAGE =
  'Cookie access was not granted, so the list still shows only the cookies this page can read: HttpOnly and third-party cookies stay hidden.';

export function isCookieWarning(warning: Warning): boolean {
  return COOKIE_WARNINGS.includes(warning.id);
}

export interface CookieGroup {
  category: CookieCategory;
  cookies: ObservedCookieResult[];
}

/** Non-empty categories in a fixed order (necessary first, unclassified last); cookies by name within each. */
export function groupCookies(audit: CookieAudit | null | undefined): CookieGroup[] {
  const cookies = audit?.cookies ?? [];
  return CATEGORY_ORDER.map((category) => ({
    category,
    cookies: cookies
      .filter((c) => c.category === category)
      .sort((a, b) => a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain)),
  })).filter((g) => g.cookies.length > 0);
}

/** The page cookie a result came from (name and domain), to know how it was read. */
export function findPageCookie(
  cookie: Pick<ObservedCookieResult, 'name' | 'domain'>,
  cookies: readonly PageCookie[],
): PageCookie | undefined {
  return cookies.find((c) => c.name === cookie.name && c.domain === cookie.domain);
}

/** "session", "until 22 Nov 2027", or "expiry unknown" for a cookie read through document.cookie (it hides expiry). */
export function describeExpiry(cookie: ObservedCookieResult, source: PageCookie | undefined): string {
  if (!source || source.source === 'page') return 'expiry unknown';
  if (cookie.expires === null) return 'session';
  const date = new Date(cookie.expires);
  if (Number.isNaN(date.getTime())) return 'session';
  return `until ${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

export type Disclosure = 'disclosed' | 'undisclosed' | 'exempt';

/** Strictly necessary cookies need no mention (PECR Sch A1); the rest are disclosed or not. */
export function disclosureOf(cookie: Pick<ObservedCookieResult, 'disclosed' | 'category'>): Disclosure {
  if (cookie.disclosed) return 'disclosed';
  return cookie.category === 'necessary' ? 'exempt' : 'undisclosed';
}

export const DISCLOSURE_LABEL: Record<Disclosure, string> = {
  disclosed: 'Disclosed',
  undisclosed: 'Not mentioned',
  exempt: 'Not mentioned',
};

/** "exact name in the Open Cookie Database" etc.: how matchedBy reads to a reviewer. */
export const MATCHED_BY_LABEL: Record<ObservedCookieResult['matchedBy'], string> = {
  exact: 'exact name',
  pattern: 'name pattern',
  prefix: 'name prefix',
  host: 'vendor domain',
  none: 'no match',
};

/** Vendors worth listing: those seen through the page's third-party hosts or with cookies. */
export function listVendors(audit: CookieAudit | null | undefined): CookieVendorResult[] {
  const rank = (v: CookieVendorResult) => (v.disclosed ? 1 : 0);
  return [...(audit?.vendors ?? [])].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Third-party hosts no vendor data knows (shown so nothing the page loaded is hidden). */
export function unknownHosts(audit: CookieAudit | null | undefined, hosts: readonly string[]): string[] {
  const known = new Set((audit?.vendors ?? []).flatMap((v) => v.hosts));
  return hosts.filter((h) => !known.has(h));
}

export interface CookieCounts {
  cookies: number;
  vendors: number;
  undisclosed: number;
}

export function countCookies(audit: CookieAudit | null | undefined): CookieCounts {
  const cookies = audit?.cookies ?? [];
  return {
    cookies: cookies.length,
    vendors: audit?.vendors?.length ?? 0,
    undisclosed: cookies.filter((c) => disclosureOf(c) === 'undisclosed').length,
  };
}

/** What the list is made of, in one sentence. */
export function describeScan(scan: CookieScan | undefined): string {
  if (!scan || scan.mode === 'page') return PAGE_ONLY_NOTE;
  const others = scan.domains.length - 1;
  const where =
    others > 0 ? `${scan.domains[0]} and ${others} third ${others === 1 ? 'party' : 'parties'}` : scan.domains[0];
  const kinds = scan.partitioned ? 'HttpOnly, third-party and partitioned' : 'HttpOnly and third-party';
  return `Full scan: all cookies the browser holds for ${where}, ${kinds} ones included.`;
}

/**
 * What the extension knows of consent on the site, in one sentence (src/cookies/consent-state.ts); null for
 * an audit that did not infer it (a scan's cookies were read before any interaction).
 */
export function describeConsentState(audit: CookieAudit | null | undefined): string | null {
  const consent = audit?.consent;
  if (!consent) return null;
  if (!consent.recorded) {
    return 'No consent choice is recorded on this site (no consent-manager cookie), so its cookies count as set without consent.';
  }
  const shown = consent.records.slice(0, 3).join(', ') + (consent.records.length > 3 ? '…' : '');
  return `A consent choice is recorded on this site (${shown}), so you may have consented: no cookie is flagged as set before consent.`;
}

/** "127.0.0.1 and 2 other sites": who the permission prompt will name. */
export function describeAccess(scan: CookieScan | undefined): string {
  const origins = scan?.origins ?? [];
  const site = (origins[0] ?? '').replace(/^\*:\/\/(?:\*\.)?/, '').replace(/\/\*$/, '');
  const others = origins.length - 1;
  if (!site) return 'this site';
  return others > 0 ? `${site} and ${others} other ${others === 1 ? 'site' : 'sites'} it loads` : site;
}
