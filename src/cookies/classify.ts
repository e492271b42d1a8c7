// Classifies an observed cookie by name and domain (pure: runs in the extension and in Node).
//
// Order: exact Open Cookie Database name (case-sensitive, then ignoring case)
// -> hand-written platform patterns for dynamic names -> the longest OCD
// wildcard prefix (short prefixes guarded; then ignoring case) -> generic
// purpose patterns (any CSRF token, any consent record) -> all of that again
// for the name without a `__Secure-`/`__Host-` prefix, or percent-decoded ->
// the vendor of the cookie's domain, for third-party cookies -> unknown. It
// never guesses: a name the data does not know, on a host it does not know,
// stays unknown.
import { DOMAIN_HINTS, GROUPS, VENDORS } from './data/cookie-db';
import { COMPANY_DOMAINS, ENTITIES_BY_CATEGORY } from './data/vendor-hosts';
import { normalizeHost, type Party, partyOf, registrableDomain } from './domain';
import { type CookieCategory, GENERIC_NAME, GENERIC_PATTERNS, type NamePattern, PLATFORM_PATTERNS } from './patterns';

export { type CookieCategory, type Party, partyOf, registrableDomain };

export type MatchedBy = 'exact' | 'pattern' | 'prefix' | 'host' | 'none';

export interface CookieClassification {
  category: CookieCategory;
  /** The product that sets it ("Google Analytics"), or null when unknown or ambiguous. */
  vendor: string | null;
  /** The company behind the vendor ("Google"), for matching a notice's wording; null when unknown. */
  company: string | null;
  matchedBy: MatchedBy;
  /** Why, in words a reviewer can check. */
  rule: string;
  /**
   * Present when the rule says the cookie records a consent choice: an OCD row under the "consent" split
   * rule, or a consent manager's name pattern (src/cookies/consent-state.ts reads it).
   */
  consentRecord?: true;
}

export interface HostVendor {
  /** third-party-web's entity name, or the company for a domain known only by company. */
  name: string;
  company: string;
  /** Our category for cookies on this host; `unknown` when the vendor's purpose does not say. */
  category: CookieCategory;
  /** third-party-web's category, or null for a domain known only by company. */
  sourceCategory: string | null;
}

/** Prefixes shorter than this never match: `_s` would swallow `_session_id`. */
const MIN_PREFIX = 3;
/** A prefix this long may be followed by any character (`BIGipServer` + pool name). */
const LONG_PREFIX = 6;

/**
 * third-party-web categories -> ours, for cookies set on a vendor's own domain.
 * Social networks' and marketing tools' cookies there track across sites, so
 * advertising; chat widgets and video players are functional; hosting, CDNs,
 * utilities, content and tag managers say nothing of a cookie's purpose.
 */
const HOST_CATEGORY: Readonly<Record<string, CookieCategory>> = {
  ad: 'advertising',
  social: 'advertising',
  marketing: 'advertising',
  analytics: 'analytics',
  'customer-success': 'functional',
  video: 'functional',
  'consent-provider': 'necessary',
};

interface Candidate {
  vendor: number;
  category: Exclude<CookieCategory, 'unknown'>;
  /** OCD category, with the split rule for Functional rows: "Functional/consent". */
  reason: string;
  /** The OCD name or prefix as listed. */
  key: string;
  wildcard: boolean;
}

interface Index {
  exact: Map<string, Candidate[]>;
  lower: Map<string, Candidate[]>;
  prefixes: { prefix: string; candidates: Candidate[] }[];
  hints: Map<string, Set<string>>;
  vendors: { vendor: string; company: string }[];
  hostExact: Map<string, HostVendor>;
  hostWild: Map<string, HostVendor>;
  companyDomains: Map<string, HostVendor>;
}

let index: Index | null = null;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(): Index {
  const vendors = VENDORS.map((v) => {
    const [vendor, company] = v.split('|');
    return { vendor: vendor!, company: company ?? vendor! };
  });
  const exact = new Map<string, Candidate[]>();
  const lower = new Map<string, Candidate[]>();
  const prefixMap = new Map<string, Candidate[]>();
  for (const [vendor, category, reason, names, prefixes] of GROUPS) {
    for (const key of names ? names.split('|') : []) {
      const c = { vendor, category, reason, key, wildcard: false };
      push(exact, key, c);
      push(lower, key.toLowerCase(), c);
    }
    for (const key of prefixes ? prefixes.split('|') : []) {
      if (key.length >= MIN_PREFIX) push(prefixMap, key, { vendor, category, reason, key, wildcard: true });
    }
  }
  const prefixes = [...prefixMap]
    .map(([prefix, candidates]) => ({ prefix, candidates }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const hints = new Map<string, Set<string>>();
  for (const hint of DOMAIN_HINTS) {
    const [key, vendor, ...domains] = hint.split(' ');
    const known = hints.get(`${key}|${vendor}`) ?? new Set<string>();
    for (const d of domains) known.add(d);
    hints.set(`${key}|${vendor}`, known);
  }

  const hostExact = new Map<string, HostVendor>();
  const hostWild = new Map<string, HostVendor>();
  for (const [sourceCategory, lines] of Object.entries(ENTITIES_BY_CATEGORY)) {
    for (const line of lines.split('\n')) {
      const [name, company, hosts] = line.split('\t');
      const entity: HostVendor = {
        name: name!,
        company: company || name!,
        category: HOST_CATEGORY[sourceCategory] ?? 'unknown',
        sourceCategory,
      };
      for (const host of hosts!.split(' ')) {
        if (host.startsWith('=')) hostExact.set(host.slice(1), entity);
        else hostWild.set(host, entity);
      }
    }
  }
  const companyDomains = new Map<string, HostVendor>();
  for (const line of COMPANY_DOMAINS.split('\n')) {
    const [domain, company] = line.split('\t');
    companyDomains.set(domain!, { name: company!, company: company!, category: 'unknown', sourceCategory: null });
  }
  return { exact, lower, prefixes, hints, vendors, hostExact, hostWild, companyDomains };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

// ---------------------------------------------------------------------------
// Hosts

/**
 * The vendor behind a host or cookie domain: the exact host, else the nearest
 * listed parent (`stats.g.doubleclick.net` -> doubleclick.net), else a
 * registrable domain known only by its company (`.google.com` -> Google).
 */
export function entityForHost(host: string): HostVendor | null {
  const ix = getIndex();
  const h = normalizeHost(host);
  if (h === '') return null;
  const exact = ix.hostExact.get(h);
  if (exact) return exact;
  const root = registrableDomain(h);
  for (let d = h; ; ) {
    const hit = ix.hostWild.get(d);
    if (hit) return hit;
    if (d === root) break;
    const dot = d.indexOf('.');
    if (dot < 0) break;
    d = d.slice(dot + 1);
  }
  return ix.companyDomains.get(root) ?? null;
}

/** The vendor name for one of a page's third-party hosts, or null. */
export function vendorForHost(host: string): string | null {
  return entityForHost(host)?.name ?? null;
}

// ---------------------------------------------------------------------------
// Names

function describeReason(reason: string, category: CookieCategory): string {
  const [ocd, split] = reason.split('/');
  if (!split) return `OCD ${ocd}`;
  return `OCD ${ocd}, "${split}" rule -> ${category}`;
}

type Resolved = { candidate: Candidate; vendorKnown: boolean } | { ambiguous: string } | { elsewhere: string };

function hintFor(c: Candidate): Set<string> | undefined {
  return getIndex().hints.get(`${c.wildcard ? '*' : ''}${c.key}|${c.vendor}`);
}

/**
 * Picks one of the rows listed for a name: a generic name (`locale`) counts
 * only on its row's domain; several rows are told apart by the cookie's
 * domain, else must agree on the category.
 */
function resolve(listed: Candidate[], cookieDomain: string): Resolved {
  const ix = getIndex();
  const root = cookieDomain ? registrableDomain(cookieDomain) : '';
  const onItsDomain = (c: Candidate) =>
    c.wildcard || !GENERIC_NAME.test(c.key) || !root || (hintFor(c)?.has(root) ?? true);
  const candidates = listed.filter(onItsDomain);
  if (candidates.length === 0) {
    const where = [...new Set(listed.flatMap((c) => [...(hintFor(c) ?? [])]))].join(', ');
    return { elsewhere: `"${listed[0]!.key}" is a generic name listed for ${where}, not ${root}` };
  }
  const distinct = candidates.filter(
    (c, i) => candidates.findIndex((d) => d.vendor === c.vendor && d.category === c.category) === i,
  );
  if (distinct.length === 1) return { candidate: distinct[0]!, vendorKnown: true };
  if (root) {
    const byDomain = distinct.filter((c) => hintFor(c)?.has(root));
    if (byDomain.length === 1) return { candidate: byDomain[0]!, vendorKnown: true };
  }
  if (new Set(distinct.map((c) => c.category)).size === 1) {
    return { candidate: distinct[0]!, vendorKnown: new Set(distinct.map((c) => c.vendor)).size === 1 };
  }
  return { ambiguous: distinct.map((c) => `${ix.vendors[c.vendor]!.vendor} (${c.category})`).join(', ') };
}

function fromCandidate(
  resolved: { candidate: Candidate; vendorKnown: boolean },
  matchedBy: 'exact' | 'prefix',
  how: string,
): CookieClassification {
  const { candidate: c, vendorKnown } = resolved;
  const v = getIndex().vendors[c.vendor]!;
  const known = vendorKnown && v.vendor !== '';
  const who = known ? v.vendor : vendorKnown ? 'no vendor named' : 'several vendors';
  return {
    category: c.category,
    vendor: known ? v.vendor : null,
    company: known ? v.company || null : null,
    matchedBy,
    rule: `${how} "${c.key}": ${who}, ${describeReason(c.reason, c.category)}`,
    ...(c.reason.split('/')[1] === 'consent' ? { consentRecord: true as const } : {}),
  };
}

function fromPattern(p: NamePattern, note: string): CookieClassification {
  return {
    category: p.category,
    vendor: p.vendor,
    company: p.company,
    matchedBy: 'pattern',
    rule: `pattern "${p.id}" (like ${p.sample})${note}`,
    ...(p.consentRecord ? { consentRecord: true as const } : {}),
  };
}

/** Whether `name` may be classified by the OCD prefix `prefix` (which it starts with). */
export function prefixApplies(prefix: string, name: string): boolean {
  if (prefix.length < MIN_PREFIX) return false;
  if (name.length === prefix.length) return true;
  if (!/[A-Za-z0-9]$/.test(prefix)) return true;
  const next = name[prefix.length]!;
  if (!/[A-Za-z]/.test(next)) return true;
  return prefix.length >= LONG_PREFIX;
}

/** Exact names, platform patterns, OCD prefixes, generic patterns: the first that knows `name`. */
function classifyName(name: string, domain: string, notes: string[], note: string): CookieClassification | null {
  const ix = getIndex();
  const lookups: [Map<string, Candidate[]>, string, string][] = [[ix.exact, name, 'OCD name']];
  if (!ix.exact.has(name)) lookups.push([ix.lower, name.toLowerCase(), 'OCD name (ignoring case)']);
  for (const [map, key, how] of lookups) {
    const candidates = map.get(key);
    if (!candidates) continue;
    const resolved = resolve(candidates, domain);
    if ('candidate' in resolved) return fromCandidate(resolved, 'exact', `${how}${note}`);
    notes.push('ambiguous' in resolved ? `"${key}" is listed for ${resolved.ambiguous}` : resolved.elsewhere);
  }

  for (const p of PLATFORM_PATTERNS) if (p.pattern.test(name)) return fromPattern(p, note);

  const lower = name.toLowerCase();
  for (const ignoreCase of [false, true]) {
    for (const { prefix, candidates } of ix.prefixes) {
      // Ignoring case only for long prefixes: `ct_` must not take Adform's `CT_...`.
      const starts = ignoreCase
        ? prefix.length >= LONG_PREFIX && lower.startsWith(prefix.toLowerCase())
        : name.startsWith(prefix);
      if (!starts || !prefixApplies(prefix, name)) continue;
      const resolved = resolve(candidates, domain);
      if ('candidate' in resolved) {
        return fromCandidate(resolved, 'prefix', `OCD prefix${ignoreCase ? ' (ignoring case)' : ''}${note}`);
      }
      if ('ambiguous' in resolved) notes.push(`prefix "${prefix}" is listed for ${resolved.ambiguous}`);
    }
  }

  for (const p of GENERIC_PATTERNS) if (p.pattern.test(name)) return fromPattern(p, note);
  return null;
}

/** Other spellings to try when a name is not known as is: without a cookie prefix, percent-decoded. */
function alternativeNames(name: string): [name: string, note: string][] {
  const out: [string, string][] = [];
  const prefixed = /^(__(?:Secure|Host)-)(.+)$/.exec(name);
  if (prefixed) out.push([prefixed[2]!, ` (without "${prefixed[1]}")`]);
  if (/%[0-9A-Fa-f]{2}/.test(name)) {
    try {
      const decoded = decodeURIComponent(name);
      if (decoded !== name) out.push([decoded, ` (percent-decoded "${decoded}")`]);
    } catch {
      // A stray "%" that is not an escape: nothing to decode.
    }
  }
  return out;
}

/**
 * Classifies one cookie. `siteHost` (the page's host) decides first or third
 * party for the vendor-host step; without it a cookie's domain is looked up
 * as if third party.
 */
export function classifyCookie(cookie: { name: string; domain: string }, siteHost?: string): CookieClassification {
  const name = cookie.name;
  const domain = cookie.domain ?? '';
  const notes: string[] = [];
  const spellings: [string, string][] = [[name, ''], ...alternativeNames(name)];
  for (const [spelling, note] of spellings) {
    const found = classifyName(spelling, domain, notes, note);
    if (found) return found;
  }

  const party = siteHost ? partyOf(domain, siteHost) : null;
  if (domain && party !== 'first') {
    const entity = entityForHost(domain);
    if (entity) {
      const source = entity.sourceCategory ? `third-party-web "${entity.sourceCategory}"` : 'company domain';
      return {
        category: entity.category,
        vendor: entity.name,
        company: entity.company,
        matchedBy: 'host',
        rule: `${party === 'third' ? 'third-party ' : ''}domain ${registrableDomain(domain)}: ${entity.name} (${source})`,
      };
    }
  }

  const why =
    notes.length > 0 ? `not classified: ${notes.join('; ')}` : 'no name, pattern, prefix or vendor host matched';
  return { category: 'unknown', vendor: null, company: null, matchedBy: 'none', rule: why };
}
