// `audit --scan <url>`: loads a site in a fresh headless Chromium profile and
// records what it stores before any interaction: every cookie (HttpOnly,
// third-party and partitioned ones included) and the third-party hosts it
// requests. Then it finds the site's privacy notice link (the extension's
// heuristics, src/dom/policy-links.ts) and loads the notice for the audit.
// Nothing is clicked, typed or accepted; nothing but the site (and what the
// site itself loads) is contacted, not even Chromium's own Google services;
// every step has a hard time limit.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { BrowserContext, Cookie, Page, Response } from 'playwright-core';
import { normalizeHost, registrableDomain } from '../cookies/domain';
import type { ObservedCookie } from '../cookies/types';
import { findPolicyLinks } from '../dom/policy-links';
import type { PolicyDocument } from '../engine/document';
import { assessAuditability } from '../engine/verdict';
import type { PolicyLink } from '../messaging';
import { fromHtml, fromText } from './inputs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Chromium's own Google services (component and extension updates, sign-in,
 * network time, safe browsing, downloads): it calls some even with every
 * background-networking flag set, so a proxy script sends them to a closed
 * port. A page embedding "Sign in with Google" (accounts.google.com) loses it.
 */
const BROWSER_SERVICE_HOSTS = [
  'update.googleapis.com',
  'accounts.google.com',
  'clients1.google.com',
  'clients2.google.com',
  'clients4.google.com',
  'clientservices.googleapis.com',
  'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com',
  'safebrowsing.googleapis.com',
  'sb-ssl.google.com',
  'android.clients.google.com',
  'chromewebstore.googleapis.com',
  'dl.google.com',
];
const BROWSER_SERVICE_DOMAINS = ['.gvt1.com'];

/** A PAC script: Chromium's services to a closed port, the rest direct (or through `proxy`, for tests). */
export function proxyScript(proxy?: string): string {
  const rest = proxy ? `PROXY ${new URL(proxy).host}` : 'DIRECT';
  return `function FindProxyForURL(url, host) {
  var hosts = ${JSON.stringify(BROWSER_SERVICE_HOSTS)};
  var domains = ${JSON.stringify(BROWSER_SERVICE_DOMAINS)};
  for (var i = 0; i < hosts.length; i++) if (host === hosts[i]) return 'PROXY 127.0.0.1:9';
  for (var j = 0; j < domains.length; j++) if (dnsDomainIs(host, domains[j])) return 'PROXY 127.0.0.1:9';
  return '${rest}';
}`;
}

// toolchain.md's flags, without the extension ones: no sync, updates or background traffic of Chromium's own.
// The end-to-end harness launches with the same ones.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
  '--disable-domain-reliability',
];

export interface ScanOptions {
  /** Chromium's path; defaults to AUDIT_CHROMIUM, then /usr/bin/chromium. */
  executablePath?: string;
  /** Each page load (default 20 s). */
  navigationTimeoutMs?: number;
  /** The longest wait for the network to go quiet after the load event (default 3 s). */
  settleMs?: number;
  /** The whole scan, browser start to notice text (default 60 s). */
  timeoutMs?: number;
  /** Tests only: an HTTP proxy for every request not to a loopback address, so a test sees any other contact. */
  proxy?: string;
}

export interface ScanNotice {
  url: string;
  /** The link that led to it, or null when the scanned page is itself the notice. */
  via: PolicyLink | null;
  doc: PolicyDocument;
}

export interface ScanResult {
  /** The scanned page's URL after redirects. */
  url: string;
  /** Every cookie present after the load, before any interaction (`beforeConsent: true`); values never kept. */
  cookies: ObservedCookie[];
  /** Hosts of other sites the page requested, sorted. */
  thirdPartyHosts: string[];
  notice: ScanNotice;
  /** Things the user should know (which link was followed, truncation). */
  notes: string[];
}

/** Why a scan could not be done, in one line. */
export class ScanError extends Error {
  override name = 'ScanError';
}

/** Scans `url`; throws ScanError with a one-line reason. */
export async function scanSite(url: string, options: ScanOptions = {}): Promise<ScanResult> {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) {
    throw new ScanError(
      `Chromium not found at ${executablePath}: install it (apt-get install chromium) or set AUDIT_CHROMIUM to its path`,
    );
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new ScanError('playwright-core is not installed: run npm install');
  }

  const timeoutMs = options.timeoutMs ?? 60_000;
  const profile = mkdtempSync(join(tmpdir(), 'pna-scan-'));
  // A fresh profile with Chrome's default cookie setting (third-party cookies allowed), so the scan
  // sees what a typical visitor's browser stores; headless Chromium otherwise blocks them.
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));

  let context: BrowserContext | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stopped = true;
      reject(new ScanError(`the scan took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`));
    }, timeoutMs);
  });
  const run = async (): Promise<ScanResult> => {
    try {
      context = await chromium.launchPersistentContext(profile, {
        executablePath,
        headless: true,
        args: [
          ...CHROMIUM_FLAGS,
          `--proxy-pac-url=data:application/x-ns-proxy-autoconfig;base64,${Buffer.from(proxyScript(options.proxy)).toString('base64')}`,
        ],
        timeout: Math.min(timeoutMs, 30_000),
        acceptDownloads: false,
      });
    } catch (error) {
      throw new ScanError(`Chromium did not start (${firstLine(error)})`);
    }
    if (stopped) throw new ScanError('stopped');
    return await scanWith(context, url, options);
  };
  const work = run();
  // After the deadline the browser is closed under the scan, which then fails: nobody is listening any more.
  work.catch(() => {});
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    stopped = true;
    await (context as BrowserContext | null)?.close().catch(() => {});
    // A browser still starting when the deadline passed is closed as soon as it is up.
    await work.catch(() => {});
    await (context as BrowserContext | null)?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}

async function scanWith(context: BrowserContext, url: string, options: ScanOptions): Promise<ScanResult> {
  const navigationTimeoutMs = options.navigationTimeoutMs ?? 20_000;
  context.setDefaultTimeout(navigationTimeoutMs);
  const requested = new Set<string>();
  let recording = true;
  context.on('request', (request) => {
    if (!recording) return;
    try {
      const { protocol, hostname } = new URL(request.url());
      if (protocol === 'http:' || protocol === 'https:') requested.add(hostname);
    } catch {
      // Not a URL we can read a host from (data:, blob:): nothing to record.
    }
  });

  const page = context.pages()[0] ?? (await context.newPage());
  const response = await load(page, url, navigationTimeoutMs);
  assertHtml(response, url);
  // Scripts set cookies after `load` (an analytics tag, then its beacon): wait, bounded, for the network to go quiet.
  await page.waitForLoadState('networkidle', { timeout: options.settleMs ?? 3_000 }).catch(() => {});

  const cookies = (await context.cookies()).map(toObservedCookie);
  recording = false;
  const finalUrl = page.url();
  const site = registrableDomain(new URL(finalUrl).hostname);
  const thirdPartyHosts = [...requested]
    .map((h) => normalizeHost(h))
    .filter((h) => h && registrableDomain(h) !== site)
    .sort();

  const html = await page.content();
  const home = fromHtml(html);
  const notes: string[] = [];
  const { document } = parseHTML(html);
  const links = findPolicyLinks(document as unknown as Document, finalUrl);
  const choice = chooseNotice(finalUrl, home.doc, links);
  if (!choice) {
    throw new ScanError(
      `found no link to a privacy notice on ${finalUrl}, and the page is not a privacy notice itself; audit the notice directly (npm run audit -- NOTICE-URL)`,
    );
  }
  if (choice.link === null) {
    notes.push('the scanned page is itself a privacy notice: auditing it', ...home.notes);
    return { url: finalUrl, cookies, thirdPartyHosts, notice: { url: finalUrl, via: null, doc: home.doc }, notes };
  }
  const link = choice.link;
  notes.push(`auditing the notice linked as "${link.text}": ${link.href}`);
  if (registrableDomain(new URL(link.href).hostname) !== site) notes.push('the notice is on another site');
  const noticeResponse = await load(page, link.href, navigationTimeoutMs);
  const notice = await readNotice(page, noticeResponse, link.href);
  notes.push(...notice.notes);
  return { url: finalUrl, cookies, thirdPartyHosts, notice: { url: link.href, via: link, doc: notice.doc }, notes };
}

async function load(page: Page, url: string, timeoutMs: number): Promise<Response> {
  let response: Response | null;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  } catch (error) {
    const message = firstLine(error);
    if (/Timeout/i.test(message)) throw new ScanError(`${url} did not load within ${Math.round(timeoutMs / 1000)} s`);
    throw new ScanError(`${url} could not be loaded (${message.replace(/^page\.goto:\s*/, '')})`);
  }
  if (!response) throw new ScanError(`${url} gave no response`);
  if (response.status() >= 400) {
    throw new ScanError(`${url}: HTTP ${response.status()}${response.statusText() ? ` ${response.statusText()}` : ''}`);
  }
  return response;
}

function mimeOf(response: Response): string {
  return (response.headers()['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function assertHtml(response: Response, url: string): void {
  const mime = mimeOf(response);
  if (mime && mime !== 'text/html' && mime !== 'application/xhtml+xml') {
    throw new ScanError(`${url} is ${mime}, not a web page`);
  }
}

async function readNotice(
  page: Page,
  response: Response,
  url: string,
): Promise<{ doc: PolicyDocument; notes: string[] }> {
  const mime = mimeOf(response);
  if (mime === 'text/plain' || mime === 'text/markdown') {
    return fromText(await response.text(), mime === 'text/plain' ? 'text' : 'markdown');
  }
  if (mime && mime !== 'text/html' && mime !== 'application/xhtml+xml') {
    throw new ScanError(`the notice at ${url} is ${mime}, not a web page; audit it directly`);
  }
  return fromHtml(await page.content());
}

/** Where the page names itself a privacy or cookie notice: "/privacy", "Privacy Policy | Acme". */
const NOTICE_NAME = /privacy|data[- ]?protection|cookie|gdpr/i;

/**
 * The page itself when it is a notice (its address or title says so and the
 * text reads as one); else its best notice link, privacy before cookie and the
 * same site before another; else the page if it reads as a notice; else none.
 */
export function chooseNotice(
  pageUrl: string,
  page: PolicyDocument,
  links: readonly PolicyLink[],
): { link: PolicyLink | null } | null {
  const readsAsNotice = assessAuditability(page).auditable;
  const named = NOTICE_NAME.test(new URL(pageUrl).pathname) || NOTICE_NAME.test(page.title ?? '');
  if (readsAsNotice && named) return { link: null };
  const site = registrableDomain(new URL(pageUrl).hostname);
  const sameSite = (l: PolicyLink) => registrableDomain(new URL(l.href).hostname) === site;
  const ranked = [
    ...links.filter((l) => l.kind === 'privacy' && sameSite(l)),
    ...links.filter((l) => l.kind === 'privacy' && !sameSite(l)),
    ...links.filter((l) => l.kind === 'cookie' && sameSite(l)),
    ...links.filter((l) => l.kind === 'cookie' && !sameSite(l)),
  ];
  if (ranked[0]) return { link: ranked[0] };
  return readsAsNotice ? { link: null } : null;
}

/** Playwright's cookie to ours: expiry in ISO (-1 = session), the value dropped, flags kept. */
export function toObservedCookie(cookie: Cookie): ObservedCookie {
  return {
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    expires: cookie.expires > 0 ? new Date(cookie.expires * 1000).toISOString() : null,
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    ...(cookie.partitionKey ? { partitioned: true } : {}),
    beforeConsent: true,
  };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim();
}
