// The full cookie scan: what it asks for (the site's and its third parties'
// registrable domains, as optional host permissions) and how it reads them with
// the cookies API, which sees HttpOnly, third-party and partitioned cookies.
// activeTab does not cover the cookies API (it returns [] without an error).
import { type Browser, browser } from 'wxt/browser';
import { registrableDomain } from '../../src/cookies/domain';
import type { PageCookie } from '../../src/messaging';

export interface ScanTargets {
  /** Registrable domains to read, the site's first. */
  domains: string[];
  /** Host permission patterns covering them (and their subdomains). */
  origins: string[];
  /** The partition key of cookies kept for this site (CHIPS): scheme and registrable domain. */
  topLevelSite: string | null;
}

// A permission prompt naming dozens of sites helps nobody; the page's busiest third parties come first anyway.
const MAX_THIRD_PARTIES = 40;

/** What a full scan of a page reads, from its URL and the third-party hosts it loaded. */
export function scanTargets(pageUrl: string, thirdPartyHosts: readonly string[]): ScanTargets {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { domains: [], origins: [], topLevelSite: null };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { domains: [], origins: [], topLevelSite: null };
  const site = registrableDomain(url.hostname);
  const domains = [site];
  for (const host of thirdPartyHosts) {
    const domain = registrableDomain(host);
    if (domain && !domains.includes(domain) && domains.length <= MAX_THIRD_PARTIES) domains.push(domain);
  }
  return { domains, origins: domains.map(originPattern), topLevelSite: `${url.protocol}//${site}` };
}

/** `*://*.example.com/*` (the domain and every subdomain), or `*://127.0.0.1/*` for an address or a single label. */
export function originPattern(domain: string): string {
  const whole = /^[\d.]+$/.test(domain) || domain.includes(':') || !domain.includes('.');
  return whole ? `*://${domain}/*` : `*://*.${domain}/*`;
}

/** Whether the optional `cookies` permission and access to the site (the first pattern) are granted. */
export async function hasScanAccess(targets: ScanTargets): Promise<boolean> {
  const site = targets.origins[0];
  if (!site) return false;
  try {
    return await browser.permissions.contains({ permissions: ['cookies'], origins: [site] });
  } catch {
    return false;
  }
}

export interface ScanResult {
  cookies: PageCookie[];
  /** Whether partitioned cookies could be asked for (the browser supports `partitionKey`). */
  partitioned: boolean;
  problem: string | null;
}

type ApiCookie = Browser.cookies.Cookie;

/**
 * Every cookie of the scanned domains the browser holds: unpartitioned ones, and those partitioned under
 * this site. The API returns only cookies of domains the extension may access; a domain the user did not
 * grant simply gives none.
 */
export async function readScanCookies(targets: ScanTargets): Promise<ScanResult> {
  const seen = new Map<string, PageCookie>();
  let partitioned = targets.topLevelSite !== null;
  const failures: string[] = [];
  const add = (list: readonly ApiCookie[]) => {
    for (const c of list) {
      const partition = c.partitionKey?.topLevelSite ?? '';
      const key = `${c.name}\n${c.domain}\n${c.path}\n${partition}`;
      if (!seen.has(key)) seen.set(key, toPageCookie(c));
    }
  };
  await Promise.all(
    targets.domains.map(async (domain) => {
      try {
        add(await browser.cookies.getAll({ domain }));
      } catch (error) {
        failures.push(`${domain}: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      if (!targets.topLevelSite || !partitioned) return;
      try {
        add(await browser.cookies.getAll({ domain, partitionKey: { topLevelSite: targets.topLevelSite } }));
      } catch {
        partitioned = false; // a browser without CHIPS support in the cookies API
      }
    }),
  );
  const cookies = [...seen.values()].sort((a, b) => a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name));
  const problem = failures.length ? `The browser refused to list some cookies (${failures.join('; ')}).` : null;
  return { cookies, partitioned, problem };
}

function toPageCookie(c: ApiCookie): PageCookie {
  return {
    name: c.name,
    domain: c.domain,
    source: 'browser',
    path: c.path,
    httpOnly: c.httpOnly,
    secure: c.secure,
    ...(c.partitionKey ? { partitioned: true } : {}),
    expires: c.session || !c.expirationDate ? null : new Date(c.expirationDate * 1000).toISOString(),
  };
}

/** The scan's cookies plus any the page showed that the scan did not return (a domain left ungranted). */
export function mergeCookies(scanned: readonly PageCookie[], page: readonly PageCookie[]): PageCookie[] {
  const names = new Set(scanned.map((c) => c.name));
  return [...scanned, ...page.filter((c) => !names.has(c.name))];
}
