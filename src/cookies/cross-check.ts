// Cross-checks the cookies observed on a site against the text of its notice
// (pure). Each cookie is classified, given its party and expiry, and called
// disclosed when the notice names, in this order:
//   its vendor or a known alias ("GA4" for Google Analytics, "Meta" for Facebook);
//   the company behind it, named on its own ("Google LLC", not "Google Analytics");
//   the cookie itself ("_ga", or "_ga_<container-id>" for a name with a variable part);
//   for a strictly necessary cookie: strictly necessary / essential cookies at all;
//   for a cookie whose purpose is known but not its vendor: that kind of cookie ("analytics cookies").
// The page's third-party hosts add the vendors behind them (`vendors`).
// Each vendor has one display name (its alias's, else the data's), the same on
// its cookies and in the vendor list; the data's own name stays in `rule`.
import type { CheckContext } from '../engine/check';
import type {
  CookieAudit,
  CookieCategory,
  CookieConsentState,
  CookieVendorResult,
  ObservedCookieResult,
  Span,
} from '../engine/types';
import { classifyCookie, entityForHost } from './classify';
import { findConsentRule } from './consent-rules';
import { normalizeHost, partyOf, registrableDomain } from './domain';
import type { ObservedCookie } from './types';
import {
  COMPANIES,
  COMPANY_SUFFIX,
  type Company,
  displayCompany,
  findVendorAlias,
  type VendorAlias,
} from './vendor-aliases';

export interface CrossCheckOptions {
  /** The site's host or URL the cookies were read on; inferred from the cookies when absent. */
  site?: string | null;
  /** Hosts of other sites the page loaded resources from. */
  thirdPartyHosts?: readonly string[];
  /** Whether a consent choice is recorded on the site (the extension); becomes `audit.consent`. */
  consent?: CookieConsentState | null;
}

export interface CookieCrossCheck {
  /** The report's `cookies` field. */
  audit: CookieAudit;
  /** Where the notice discloses each cookie, in `audit.cookies` order; null when undisclosed or by no quote. */
  cookieSpans: (Span | null)[];
  /** Where the notice names each vendor, in `audit.vendors` order. */
  vendorSpans: (Span | null)[];
}

interface Mention extends Span {
  text: string;
}

// "We use strictly necessary cookies", "cookies that are essential for the site to work".
const NECESSARY_MENTION =
  /\b(?:strictly necessary|essential|necessary|required|technical|session)\s+cookies\b|\bcookies\b[^.\n]{0,80}?\b(?:strictly necessary|essential|necessary for|required for|needed for|needed to)\b/i;

// "analytics cookies", "advertising cookies", "preference cookies": the kind named, for cookies with no vendor.
const CATEGORY_MENTION: Readonly<Record<CookieCategory, RegExp | null>> = {
  necessary: NECESSARY_MENTION,
  analytics: /\b(?:analytics?|analytical|statistics?|statistical|performance|measurement)\s+cookies\b/i,
  advertising: /\b(?:advertising|marketing|targeting|tracking|retargeting|remarketing)\s+cookies\b/i,
  functional: /\b(?:functional(?:ity)?|preferences?|personali[sz]ation)\s+cookies\b/i,
  unknown: null,
};

/** advertising > analytics > functional > necessary > unknown: a vendor is as intrusive as its worst cookie. */
const SEVERITY: Readonly<Record<CookieCategory, number>> = {
  advertising: 4,
  analytics: 3,
  functional: 2,
  necessary: 1,
  unknown: 0,
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function firstMatch(text: string, pattern: RegExp, accept?: (m: RegExpExecArray) => boolean): Mention | null {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (m[0] === '') {
      global.lastIndex++;
      continue;
    }
    if (!accept || accept(m)) return { text: m[0], start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The company named on its own: "Google LLC", "Google's", "with Google." count; "Google Analytics" names a product. */
function findCompany(text: string, notice: RegExp): Mention | null {
  return firstMatch(text, notice, (m) => {
    const next = /^[ \t]+([A-Z0-9][\w&+.-]*)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    return !next || COMPANY_SUFFIX.test(next[1] ?? '');
  });
}

/** A name as written in the data ("PHP.net", "Cookiebot"): whole words, ignoring case when long enough to be safe. */
function literal(name: string): RegExp | null {
  const clean = name.trim();
  if (clean.length < 3) return null;
  return new RegExp(`(?<![\\w-])${escapeRegExp(clean)}(?![\\w-])`, clean.length >= 5 ? 'i' : '');
}

function companyFor(name: string | null, alias: VendorAlias | null): Company | null {
  if (alias?.company) return COMPANIES[alias.company];
  if (!name) return null;
  return Object.values(COMPANIES).find((c) => c.data.test(name)) ?? null;
}

/** A single word that is a company's name ("Google", "Microsoft"), not a product of it. */
function isCompanyName(name: string): boolean {
  const word = name.trim();
  return !/\s/.test(word) && Object.values(COMPANIES).some((c) => c.data.test(word));
}

/** Where the notice names a vendor: its alias, its own name (unless that is just the company), or its company on its own. */
function findVendorMention(
  text: string,
  vendor: string | null,
  company: string | null,
  alias: VendorAlias | null,
): Mention | null {
  if (!vendor) return null;
  if (alias) {
    const hit = firstMatch(text, alias.notice);
    if (hit) return hit;
  }
  const owner = companyFor(company ?? vendor, alias);
  // "Bing / Microsoft": "Bing" is the product; "Microsoft" alone counts only when named on its own, below.
  for (const part of vendor.split(/\s*\/\s*|\s+-\s+/)) {
    if (isCompanyName(part)) continue;
    const pattern = literal(part);
    const hit = pattern ? firstMatch(text, pattern) : null;
    if (hit) return hit;
  }
  if (owner) return findCompany(text, owner.notice);
  if (company && company !== vendor) {
    const pattern = literal(company);
    if (pattern) return findCompany(text, pattern);
  }
  return null;
}

/** "_ga", or for a name with a variable part "_ga_<container-id>", "_hjSessionUser_*", "_pk_id.XXXX". */
function findCookieName(text: string, name: string, variable: boolean): Mention | null {
  const exact = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, name.length >= 5 ? 'i' : '');
  const hit = firstMatch(text, exact);
  if (hit || !variable) return hit;
  const cut = Math.max(name.lastIndexOf('_'), name.lastIndexOf('.'));
  if (cut < 2) return null;
  const stem = name.slice(0, cut + 1);
  return firstMatch(text, new RegExp(`(?<![\\w-])${escapeRegExp(stem)}(?:[*<{[#…]|\\.\\.\\.|x{3,}|X{3,})`));
}

/** ISO date, or null for a session cookie: from an ISO string, a Date-like string or Unix seconds (-1 = session). */
export function normalizeExpiry(value: unknown): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return null;
    const date = new Date(value * 1000);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof value !== 'string' || value.trim() === '') return null;
  if (/^\d+(?:\.\d+)?$/.test(value.trim())) return normalizeExpiry(Number(value));
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The site a list of cookies was most likely read on: the registrable domain most of them share. */
export function inferSite(cookies: readonly { domain: string }[]): string | null {
  const counts = new Map<string, number>();
  for (const c of cookies) {
    const root = registrableDomain(c.domain ?? '');
    if (root) counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [root, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = root;
  return best;
}

interface VendorGroup {
  result: CookieVendorResult;
  span: Mention | null;
  alias: VendorAlias | null;
  cookieIndexes: number[];
}

/** Cross-checks observed cookies (and the page's third-party hosts) against a notice's text. */
export function crossCheckCookies(
  text: string,
  cookies: readonly ObservedCookie[],
  options: CrossCheckOptions = {},
): CookieCrossCheck {
  const site = options.site ? normalizeHost(options.site) || null : inferSite(cookies);
  const necessaryMention = firstMatch(text, NECESSARY_MENTION);
  const groups = new Map<string, VendorGroup>();

  const groupFor = (name: string, company: string | null, alias: VendorAlias | null, category: CookieCategory) => {
    const key = (alias?.name ?? name).toLowerCase();
    let group = groups.get(key);
    if (!group) {
      const span = findVendorMention(text, name, company, alias);
      group = {
        result: {
          name: alias?.name ?? name,
          company: displayCompany(company, alias),
          category,
          cookies: [],
          hosts: [],
          disclosed: span !== null,
          disclosedBy: span ? `names "${span.text}"` : null,
        },
        span,
        alias,
        cookieIndexes: [],
      };
      groups.set(key, group);
    }
    return group;
  };

  const results: ObservedCookieResult[] = [];
  const cookieSpans: (Span | null)[] = [];
  cookies.forEach((cookie, index) => {
    const c = classifyCookie(cookie, site ?? undefined);
    const party = site ? partyOf(cookie.domain, site) : 'first';
    const alias = findVendorAlias(c.vendor, cookie.name);
    let mention: Mention | null = null;
    let disclosedBy: string | null = null;
    let vendor: CookieVendorResult | null = null;
    if (c.vendor) {
      const group = groupFor(c.vendor, c.company, alias, c.category);
      vendor = group.result;
      group.cookieIndexes.push(index);
      if (!group.result.cookies.includes(cookie.name)) group.result.cookies.push(cookie.name);
      if (SEVERITY[c.category] > SEVERITY[group.result.category]) group.result.category = c.category;
      if (group.span) {
        mention = group.span;
        disclosedBy = group.result.disclosedBy;
      }
    }
    if (!disclosedBy) {
      mention = findCookieName(text, cookie.name, c.matchedBy === 'pattern' || c.matchedBy === 'prefix');
      if (mention) disclosedBy = `names the cookie "${mention.text}"`;
    }
    if (!disclosedBy && c.category === 'necessary' && necessaryMention) {
      mention = necessaryMention;
      disclosedBy = `mentions "${necessaryMention.text}"`;
    }
    const kind = CATEGORY_MENTION[c.category];
    if (!disclosedBy && !c.vendor && kind && c.category !== 'necessary') {
      mention = firstMatch(text, kind);
      if (mention) disclosedBy = `mentions "${mention.text}"`;
    }
    const result: ObservedCookieResult = {
      name: cookie.name,
      domain: cookie.domain,
      party,
      expires: normalizeExpiry(cookie.expires),
      category: c.category,
      // The vendor's one display name, as in the vendor list; the data's own name stays in `rule`.
      vendor: vendor?.name ?? null,
      company: vendor ? vendor.company : c.company,
      matchedBy: c.matchedBy,
      rule: c.rule,
      disclosed: disclosedBy !== null,
      disclosedBy,
    };
    // `document.cookie` gives no expiry: unknown, not a session cookie.
    if (cookie.expires === undefined) result.expiryUnknown = true;
    if (cookie.beforeConsent) {
      result.beforeConsent = true;
      result.consent = findConsentRule({ category: c.category, party }).outcome;
    }
    results.push(result);
    cookieSpans.push(mention ? { start: mention.start, end: mention.end } : null);
  });

  const siteRoot = site ? registrableDomain(site) : null;
  for (const raw of options.thirdPartyHosts ?? []) {
    const host = normalizeHost(raw);
    if (!host || (siteRoot && registrableDomain(host) === siteRoot)) continue;
    const entity = entityForHost(host);
    if (!entity) continue;
    const group = groupFor(entity.name, entity.company, findVendorAlias(entity.name), entity.category);
    if (!group.result.hosts.includes(host)) group.result.hosts.push(host);
    if (group.result.cookies.length === 0 && SEVERITY[entity.category] > SEVERITY[group.result.category]) {
      group.result.category = entity.category;
    }
  }

  // A vendor whose every cookie the notice discloses (by name, or as necessary) is disclosed too.
  for (const group of groups.values()) {
    if (group.result.disclosed || group.cookieIndexes.length === 0) continue;
    if (group.cookieIndexes.every((i) => results[i]?.disclosed)) {
      group.result.disclosed = true;
      group.result.disclosedBy = 'each of its cookies is disclosed';
    }
  }

  const vendorGroups = [...groups.values()];
  const audit: CookieAudit = { cookies: results, vendors: vendorGroups.map((g) => g.result), site };
  if (options.consent) audit.consent = { recorded: options.consent.recorded, records: [...options.consent.records] };
  return {
    audit,
    cookieSpans,
    vendorSpans: vendorGroups.map((g) => (g.span ? { start: g.span.start, end: g.span.end } : null)),
  };
}

// One cross-check per audit: the cookies check and both cookie warnings share it.
const memo = new WeakMap<readonly ObservedCookie[], { text: string; key: string; result: CookieCrossCheck }>();

/** The audit's cross-check, or null when no cookies were read. */
export function crossCheckFor(context: CheckContext): CookieCrossCheck | null {
  const { cookies, doc } = context;
  if (!cookies) return null;
  const consent = context.cookieConsent ?? null;
  const key = `${context.site ?? ''}\n${(context.thirdPartyHosts ?? []).join(' ')}\n${consent ? `${consent.recorded} ${consent.records.join(' ')}` : ''}`;
  const cached = memo.get(cookies);
  if (cached && cached.text === doc.text && cached.key === key) return cached.result;
  const result = crossCheckCookies(doc.text, cookies, {
    site: context.site ?? null,
    thirdPartyHosts: context.thirdPartyHosts ?? [],
    consent,
  });
  memo.set(cookies, { text: doc.text, key, result });
  return result;
}
