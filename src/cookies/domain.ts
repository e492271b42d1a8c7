// Host and registrable-domain helpers for cookies and third-party hosts (pure).
//
// Limitation: this is not the Public Suffix List. It knows the common
// two-label country suffixes (co.uk, com.au, co.jp, ...) through a generic rule
// plus a short list, and a few shared-hosting suffixes (github.io, ...). A site
// under a rarer multi-label suffix (e.g. `city.kawasaki.jp`) or on a hosting
// platform missing below gets a registrable domain one label too short, so two
// unrelated sites there would be called first party to each other.

export type Party = 'first' | 'third';

/** Second-level labels that, under a two-letter country TLD, form a public suffix: `co.uk`, `com.au`, `ne.jp`. */
const GENERIC_SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ac',
  'ne',
  'or',
  'go',
  'gob',
  'mil',
  'nic',
]);

/** Multi-label public suffixes the generic rule misses: UK and other registries' own labels, shared hosting. */
const EXTRA_SUFFIXES = new Set([
  'ltd.uk',
  'plc.uk',
  'me.uk',
  'nhs.uk',
  'police.uk',
  'sch.uk',
  'govt.nz',
  'geek.nz',
  'school.nz',
  'id.au',
  'asn.au',
  'gv.at',
  'qc.ca',
  'on.ca',
  'bc.ca',
  'ab.ca',
  'gc.ca',
  'ind.in',
  'res.in',
  'firm.in',
  'gen.in',
  'ltd.cy',
  'biz.tr',
  'info.tr',
  'web.tr',
  'k12.tr',
  'blogspot.com',
  'appspot.com',
  'github.io',
  'gitlab.io',
  'herokuapp.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'azurewebsites.net',
  'cloudfront.net',
  'myshopify.com',
  'wixsite.com',
  'squarespace.com',
]);

/** Lower-cases a cookie domain or host and drops a leading dot, a trailing dot and any port. */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.includes('://')) h = h.slice(h.indexOf('://') + 3);
  h = h.replace(/[/?#].*$/, '');
  if (h.startsWith('[')) return h.replace(/\]:\d+$/, ']');
  h = h.replace(/:\d+$/, '');
  return h.replace(/^\.+/, '').replace(/\.+$/, '');
}

function isIpAddress(host: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[') || host.includes(':');
}

/** Number of labels in the public suffix that ends `labels` (1 for `.com`, 2 for `.co.uk`). */
function suffixLength(labels: string[]): number {
  const n = labels.length;
  if (n >= 3 && EXTRA_SUFFIXES.has(labels.slice(n - 3).join('.'))) return 3;
  if (n >= 2 && EXTRA_SUFFIXES.has(labels.slice(n - 2).join('.'))) return 2;
  const tld = labels[n - 1]!;
  const second = labels[n - 2];
  if (n >= 3 && tld.length === 2 && second !== undefined && GENERIC_SECOND_LEVEL.has(second)) return 2;
  return 1;
}

/**
 * The registrable domain ("eTLD+1") of a host: `www.bbc.co.uk` -> `bbc.co.uk`,
 * `.stats.g.doubleclick.net` -> `doubleclick.net`. IP addresses and single
 * labels (`localhost`) are returned whole.
 */
export function registrableDomain(host: string): string {
  const h = normalizeHost(host);
  if (h === '' || isIpAddress(h)) return h;
  const labels = h.split('.');
  if (labels.length === 1) return h;
  const keep = suffixLength(labels) + 1;
  return labels.slice(Math.max(0, labels.length - keep)).join('.');
}

/** First party when the cookie's domain and the site share a registrable domain. */
export function partyOf(cookieDomain: string, siteHost: string): Party {
  return registrableDomain(cookieDomain) === registrableDomain(siteHost) ? 'first' : 'third';
}
