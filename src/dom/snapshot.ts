// The snapshot a content script hands to the engine: plain data only (text,
// blocks, title, URL, readable cookies, third-party hosts, notice links).
import type { PageCookie, PageSnapshot } from '../messaging';
import type { PageExtraction } from './extract';
import { findPolicyLinks } from './policy-links';

export function takeSnapshot(document: Document, extraction: PageExtraction): PageSnapshot {
  const url = document.URL;
  return {
    kind: isPdfViewer(document) ? 'pdf' : 'html',
    url,
    title: extraction.title,
    lang: document.documentElement?.getAttribute('lang') || null,
    text: extraction.text,
    blocks: extraction.blocks,
    truncated: extraction.truncated ?? false,
    cookies: readCookies(document),
    thirdPartyHosts: readThirdPartyHosts(document),
    policyLinks: findPolicyLinks(document, url),
  };
}

export function isPdfViewer(document: Document): boolean {
  return (
    document.contentType === 'application/pdf' ||
    document.querySelector('embed[type="application/pdf"], embed[type="application/x-google-chrome-pdf"]') !== null
  );
}

/** Names of the cookies `document.cookie` exposes (never their values). */
export function readCookies(document: Document): PageCookie[] {
  let raw = '';
  try {
    raw = document.cookie;
  } catch {
    return []; // sandboxed or opaque-origin documents throw
  }
  const domain = document.location?.hostname ?? '';
  const names = new Set<string>();
  for (const part of raw.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (name) names.add(name);
  }
  return [...names].map((name) => ({ name, domain, source: 'page' as const }));
}

/** Hosts of other sites the page loaded resources from (Resource Timing). */
export function readThirdPartyHosts(document: Document): string[] {
  const view = document.defaultView;
  const here = document.location?.hostname ?? '';
  if (!view?.performance?.getEntriesByType || !here) return [];
  const site = siteOf(here);
  const hosts = new Set<string>();
  for (const entry of view.performance.getEntriesByType('resource')) {
    let host: string;
    try {
      const url = new URL(entry.name);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      host = url.hostname;
    } catch {
      continue;
    }
    if (siteOf(host) !== site) hosts.add(host);
  }
  return [...hosts].sort();
}

// Second-level labels under which registrations sit one level deeper (example.co.uk).
const SECOND_LEVEL = new Set(['co', 'org', 'ac', 'gov', 'net', 'ltd', 'plc', 'me', 'sch', 'nhs', 'com', 'edu']);

/** A close approximation of the registrable domain, without the public suffix list. */
export function siteOf(host: string): string {
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host; // IP addresses
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const secondLast = labels[labels.length - 2] ?? '';
  const take = SECOND_LEVEL.has(secondLast) && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}
