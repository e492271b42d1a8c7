// Converts the Open Cookie Database CSV and third-party-web's entity list into
// the compact lookup modules src/cookies/data/cookie-db.ts and
// src/cookies/data/vendor-hosts.ts, and copies the OCD licence to LICENSES/.
//
//   npx tsx scripts/build-cookie-data.ts          write the modules, print sizes
//   npx tsx scripts/build-cookie-data.ts --check  exit 1 if the committed modules are stale
//
// The conversion keeps every OCD row's name and vendor and maps its category
// to ours (FUNCTIONAL_SPLIT_RULES below); LICENSES/THIRD-PARTY.md lists every
// change, as Apache-2.0 asks.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { registrableDomain } from '../src/cookies/domain';
import { GENERIC_NAME } from '../src/cookies/patterns';

const root = join(import.meta.dirname, '..');
const OCD_DIR = join(root, '..', 'shared', 'data', 'open-cookie-database');
const TPW_DIR = join(root, 'node_modules', 'third-party-web');
const TPW_FILE = 'entities-httparchive-nostats.json';
const OUT_COOKIE_DB = join(root, 'src', 'cookies', 'data', 'cookie-db.ts');
const OUT_VENDOR_HOSTS = join(root, 'src', 'cookies', 'data', 'vendor-hosts.ts');
const OUT_OCD_LICENSE = join(root, 'LICENSES', 'open-cookie-database-LICENSE');

export type Category = 'necessary' | 'functional' | 'analytics' | 'advertising';

// ---------------------------------------------------------------------------
// RFC 4180 CSV

/** Parses RFC 4180 CSV: quoted fields may hold commas, CR/LF and doubled quotes. A BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------
// OCD category -> ours

// Upstream's "Functional" (and the 9 "Necessary" rows, which upstream's own
// validator does not accept) covers both strictly necessary and preference
// cookies. We split it by the row's platform and description:
//   - a few analytics products' rows are analytics (ANALYTICS_PLATFORMS);
//   - otherwise the first description rule that fires wins: consent records
//     are necessary; a row that speaks of tracking stays functional (never
//     promoted to necessary); security and load balancing are necessary; preferences, chat
//     and media players are functional; rows that call themselves
//     necessary/essential/required, page caches, log-in/server sessions,
//     carts and cookie-support tests are necessary, except that an ad server's
//     cookie-support test (DoubleClick's test_cookie) is advertising, the
//     ad server being a platform most of whose rows are Marketing;
//   - anything else stays functional, upstream's own label.
// "Security" rows are necessary; Analytics -> analytics; Marketing ->
// advertising; Personalization -> functional.
export const FUNCTIONAL_SPLIT_RULES: readonly (readonly [slug: string, category: Category, pattern: RegExp])[] = [
  // "Stores the user's cookie consent state for the current domain"
  [
    'consent',
    'necessary',
    /consent|opt[- ]?(?:in|out)\b|cookie (?:banner|bar|notice|preferences|choices|settings|level|polic)|privacy (?:settings|choices|preferences)|do not track|global privacy control|cookies? (?:are|is) allowed|\btc string|us privacy string|\bbanner\b|cookie agreement/i,
  ],
  // "Used to track visitor movements anonymously", "conversion tracking, retargeting"
  [
    'tracking',
    'functional',
    /\btrack(?:s|ing)?\b(?! of)|statistic|analytic|a\/b test|experiment|retarget|advertis|\bads?\b|segmentation|heatmap|recording/i,
  ],
  // "Used to prevent Cross-site request forgery", "identify trusted web traffic"
  [
    'security',
    'necessary',
    /csrf|xsrf|forger|\bsecurity\b|\bsecure(?:ly)? (?:verify|authenticat)|fraud|\bbots?\b|captcha|\bspam\b|ddos|\bdos\b|firewall|\babuse\b|scraping|trusted web traffic|\bwaf\b|malicious|automated traffic|api protection|tamper/i,
  ],
  // "ensures that requests from one visitor's browsing session are sent to the same server"
  [
    'load-balancing',
    'necessary',
    /load[- ]?balanc|affinity|same (?:backend |origin |production )?(?:server|instance)|backend server|appropriate (?:backend|server|production)|\brout(?:e|es|ing)\b (?:requests?|traffic)|network routing|sticky session|server (?:pool|node)|(?:one out of|one of) (?:the )?multiple servers|stickiness|infrastructure dispatch/i,
  ],
  // "Saves language preferences of user for a website"
  [
    'preference',
    'functional',
    /preferen|\blanguage (?:setting|selection|choice|version)|(?:preferred|selected|chosen|user'?s?|visitor'?s?) language|\blocale\b|currency|\btheme\b|font size|dark mode|\blayout\b|\bpersonali[sz]/i,
  ],
  // "The presence cookie is used to contain the user's chat state"
  ['chat', 'functional', /\bchat\b|messenger|live ?chat|support widget|help ?desk|co-browsing/i],
  // "used to remember user's player mode preferences" / "play YouTube videos embedded"
  ['media', 'functional', /video|\bplayer\b|playback|\baudio\b|podcast|\bembed/i],
  // "This cookie is necessary for the cache function", "necessary for secure transactions"
  ['declared-necessary', 'necessary', /\b(?:strictly )?necessary\b|\bessential\b|\brequired\b|\bmandatory\b/i],
  // "Local storage of visitor-specific content", "Indicates how a site was rendered" (page caches)
  ['cache', 'necessary', /\bcach(?:e|ed|ing)\b/i],
  // "identify the users session on the server", "Used to sign in with Google account"
  [
    'session',
    'necessary',
    /log(?:ged)?[- ]?(?:in|on)\b|sign(?:ed)?[- ]?(?:in|on)\b|single sign|\bsso\b|authenticat|\bauth\b|logon|session (?:id\b|identifier|management|token|cookie)|(?:users?'?s?|server|browsing|application) session\b|on the server|credentials|identif(?:y|ies) (?:a|the) (?:user'?s? )?session/i,
  ],
  // "Used in connection with shopping cart"
  ['cart', 'necessary', /\bcart\b|basket|checkout|payment/i],
  // "Detects whether cookies are enabled in the browser"
  [
    'cookie-test',
    'necessary',
    /cookies? (?:are|is) enabled|supports? cookies|accepts? cookies|cookie support|(?:test|check|determine)s? (?:whether|if) (?:the )?(?:browser|visitor|user)/i,
  ],
];

/** Analytics products whose upstream "Functional" rows belong to the analytics script itself. */
export const ANALYTICS_PLATFORMS: ReadonlySet<string> = new Set(['Hotjar', 'Visual Website Optimizer']);

export interface Mapped {
  category: Category;
  /** Why: the OCD category, plus the split rule for Functional rows. */
  reason: string;
}

export function mapCategory(ocdCategory: string, description: string, platform = '', adServer = false): Mapped {
  switch (ocdCategory) {
    case 'Analytics':
      return { category: 'analytics', reason: 'Analytics' };
    case 'Marketing':
      return { category: 'advertising', reason: 'Marketing' };
    case 'Personalization':
      return { category: 'functional', reason: 'Personalization' };
    case 'Security':
      return { category: 'necessary', reason: 'Security' };
    case 'Functional':
    case 'Necessary': {
      if (ANALYTICS_PLATFORMS.has(platform.trim()))
        return { category: 'analytics', reason: 'Functional/analytics-platform' };
      for (const [slug, category, pattern] of FUNCTIONAL_SPLIT_RULES) {
        if (!pattern.test(description)) continue;
        if (slug === 'cookie-test' && adServer)
          return { category: 'advertising', reason: 'Functional/ad-server-cookie-test' };
        return { category, reason: `Functional/${slug}` };
      }
      return { category: 'functional', reason: 'Functional/default' };
    }
    default:
      throw new Error(`unknown OCD category "${ocdCategory}"`);
  }
}

// ---------------------------------------------------------------------------
// OCD rows -> entries

export interface OcdEntry {
  name: string;
  wildcard: boolean;
  category: Category;
  reason: string;
  vendor: string;
  company: string;
  /** Registrable domains named in the row's Domain column. */
  domains: string[];
}

const HOST_IN_TEXT = /[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+/gi;

/** Cleans a name and turns placeholder suffixes (`SSPR_*`, `pm_sess_NNN`, `%INTEGER%`) into prefixes. */
export function cleanName(raw: string, wildcard: boolean): { name: string; wildcard: boolean; changed: boolean } {
  const trimmed = raw.trim();
  const placeholder = /(?:\*|NNN|%INTEGER%)$/.exec(trimmed);
  if (placeholder) return { name: trimmed.slice(0, placeholder.index), wildcard: true, changed: true };
  return { name: trimmed, wildcard, changed: trimmed !== raw };
}

export function readOcd(csvText: string): { entries: OcdEntry[]; rows: number; renamed: string[] } {
  const [header, ...records] = parseCsv(csvText);
  const col = (label: string) => {
    const i = header!.indexOf(label);
    if (i < 0) throw new Error(`OCD CSV has no "${label}" column`);
    return i;
  };
  const c = {
    platform: col('Platform'),
    category: col('Category'),
    name: col('Cookie / Data Key name'),
    domain: col('Domain'),
    description: col('Description'),
    controller: col('Data Controller'),
    wildcard: col('Wildcard match'),
  };
  const rows = records.filter((r) => r.length > 1);
  // Upstream spells a few platforms two ways (Hubspot/HubSpot): keep the commoner spelling.
  const spellings = new Map<string, Map<string, number>>();
  for (const r of rows) {
    for (const value of [r[c.platform]!.trim(), r[c.controller]!.trim()]) {
      const key = value.toLowerCase();
      const counts = spellings.get(key) ?? new Map<string, number>();
      counts.set(value, (counts.get(value) ?? 0) + 1);
      spellings.set(key, counts);
    }
  }
  const canonical = (value: string) => {
    const counts = spellings.get(value.trim().toLowerCase());
    if (!counts) return value.trim();
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  };
  const marketingShare = new Map<string, [marketing: number, all: number]>();
  for (const r of rows) {
    const key = r[c.platform]!.trim().toLowerCase();
    const [m, all] = marketingShare.get(key) ?? [0, 0];
    marketingShare.set(key, [m + (r[c.category]!.trim() === 'Marketing' ? 1 : 0), all + 1]);
  }
  const isAdServer = (platform: string) => {
    const [m, all] = marketingShare.get(platform.trim().toLowerCase()) ?? [0, 0];
    return m * 2 > all;
  };
  const renamed: string[] = [];
  const entries = rows.map((r) => {
    const cleaned = cleanName(r[c.name]!, r[c.wildcard]!.trim() === '1');
    if (cleaned.changed)
      renamed.push(
        `${JSON.stringify(r[c.name])} -> ${cleaned.wildcard ? 'prefix ' : ''}${JSON.stringify(cleaned.name)}`,
      );
    const { category, reason } = mapCategory(
      r[c.category]!.trim(),
      r[c.description]!,
      r[c.platform]!,
      isAdServer(r[c.platform]!),
    );
    const company = canonical(r[c.controller]!);
    const vendor = canonical(r[c.platform]!) || company;
    const domains = [...new Set((r[c.domain]!.match(HOST_IN_TEXT) ?? []).map((h) => registrableDomain(h)))];
    return { name: cleaned.name, wildcard: cleaned.wildcard, category, reason, vendor, company, domains };
  });
  return { entries, rows: rows.length, renamed };
}

// ---------------------------------------------------------------------------
// Generated modules

interface Provenance {
  commit: string;
  sha256: string;
  actualSha256: string;
}

function readProvenance(csvText: string): Provenance {
  const readme = readFileSync(join(OCD_DIR, 'README.md'), 'utf8');
  const commit = /upstream commit \| `([0-9a-f]{40})`/.exec(readme)?.[1] ?? 'unknown';
  const sha256 = /sha256 of the CSV \| `([0-9a-f]{64})`/.exec(readme)?.[1] ?? 'unknown';
  const actualSha256 = createHash('sha256').update(csvText).digest('hex');
  return { commit, sha256, actualSha256 };
}

const SEP = '|';

function assertSafe(value: string, what: string): void {
  if (value.includes(SEP) || value.includes('\n') || value.includes('\t')) {
    throw new Error(`${what} ${JSON.stringify(value)} contains a separator character`);
  }
}

export function buildCookieDb(csvText: string): { code: string; stats: Record<string, number>; renamed: string[] } {
  const prov = readProvenance(csvText);
  if (prov.sha256 !== 'unknown' && prov.sha256 !== prov.actualSha256) {
    throw new Error(`OCD CSV sha256 ${prov.actualSha256} differs from the README's ${prov.sha256}: update the README`);
  }
  const { entries, rows, renamed } = readOcd(csvText);

  const vendors: string[] = [];
  const vendorIndex = new Map<string, number>();
  const vendorOf = (e: OcdEntry) => {
    const key = e.company && e.company !== e.vendor ? `${e.vendor}${SEP}${e.company}` : e.vendor;
    let i = vendorIndex.get(key);
    if (i === undefined) {
      i = vendors.length;
      vendors.push(key);
      vendorIndex.set(key, i);
    }
    return i;
  };

  // Group rows that share vendor, category and reason: one line of names each.
  const groups = new Map<
    string,
    { v: number; category: Category; reason: string; exact: string[]; prefix: string[] }
  >();
  const seen = new Set<string>();
  const nameCounts = new Map<string, number>();
  for (const e of entries) {
    if (e.name === '') continue;
    assertSafe(e.name, 'name');
    const v = vendorOf(e);
    const dedupeKey = `${e.wildcard}\u0000${e.name}\u0000${v}\u0000${e.category}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    const countKey = `${e.wildcard}\u0000${e.name}`;
    nameCounts.set(countKey, (nameCounts.get(countKey) ?? 0) + 1);
    const key = `${v}\u0000${e.category}\u0000${e.reason}`;
    const g = groups.get(key) ?? { v, category: e.category, reason: e.reason, exact: [], prefix: [] };
    (e.wildcard ? g.prefix : g.exact).push(e.name);
    groups.set(key, g);
  }
  // Keep a row's domains for names listed under more than one vendor (to pick
  // one by the cookie's domain) and for generic names (`locale`, `fr`), which
  // then match only on the row's own domain.
  const hints: string[] = [];
  for (const e of entries) {
    const shared = (nameCounts.get(`${e.wildcard}\u0000${e.name}`) ?? 0) > 1;
    const generic = !e.wildcard && GENERIC_NAME.test(e.name);
    if ((shared || generic) && e.domains.length > 0) {
      const hint = [e.wildcard ? `*${e.name}` : e.name, vendorOf(e), ...e.domains].join(' ');
      if (!hints.includes(hint)) hints.push(hint);
    }
  }

  const sorted = [...groups.values()].sort((a, b) => a.v - b.v || (a.category < b.category ? -1 : 1));
  for (const vendor of vendors) for (const part of vendor.split(SEP)) assertSafe(part, 'vendor');
  const line = (g: (typeof sorted)[number]) =>
    `  [${g.v}, '${g.category}', '${g.reason}', ${JSON.stringify(g.exact.join(SEP))}, ${JSON.stringify(g.prefix.join(SEP))}],`;
  const code = `// GENERATED by scripts/build-cookie-data.ts: do not edit by hand.
//
// Source: Open Cookie Database, https://github.com/jkwakman/Open-Cookie-Database
//   commit ${prov.commit}, open-cookie-database.csv (sha256 ${prov.actualSha256})
// Licence: Apache License 2.0, Copyright the Open Cookie Database contributors;
//   full text in LICENSES/open-cookie-database-LICENSE, credits in LICENSES/THIRD-PARTY.md.
// Changes: converted into a compact lookup and categories mapped to ours (see
//   LICENSES/THIRD-PARTY.md); names, vendors and upstream categories are otherwise as upstream.
// Regenerate: npx tsx scripts/build-cookie-data.ts (check freshness with --check).
// ${rows} rows -> ${vendors.length} vendors, ${sorted.length} groups.

export type OcdCategory = 'necessary' | 'functional' | 'analytics' | 'advertising';

/** "Platform" or "Platform|Data Controller" when they differ. */
export const VENDORS: readonly string[] = ${JSON.stringify(vendors)};

/** [vendor index, our category, OCD category(/split rule), exact names "|"-joined, prefixes "|"-joined]. */
export const GROUPS: readonly (readonly [number, OcdCategory, string, string, string])[] = [
${sorted.map(line).join('\n')}
];

/** Row domains for shared and generic names: "name vendorIndex domain..." ("*name" for a prefix). */
export const DOMAIN_HINTS: readonly string[] = ${JSON.stringify(hints)};
`;
  const byCategory: Record<string, number> = {};
  for (const e of entries)
    byCategory[`${e.category} (${e.reason})`] = (byCategory[`${e.category} (${e.reason})`] ?? 0) + 1;
  return {
    code,
    stats: { rows, vendors: vendors.length, groups: sorted.length, hints: hints.length, ...byCategory },
    renamed,
  };
}

// ---------------------------------------------------------------------------
// third-party-web: host -> entity

interface TpwEntity {
  name: string;
  company?: string;
  category: string;
  domains: string[];
}

export function buildVendorHosts(
  entitiesJson: string,
  version: string,
  sha256: string,
): { code: string; stats: Record<string, number> } {
  const entities = JSON.parse(entitiesJson) as TpwEntity[];
  const byCategory = new Map<string, string[]>();
  // Registrable domains no entity claims whole, where one company owns at
  // least 3/4 of the listed hosts (google.com: Maps, Ads, APIs... and
  // FundingChoices, listed without a company): a cookie set on `.google.com`
  // is then that company's, purpose unknown.
  const companiesByDomain = new Map<string, string[]>();
  const wholeDomain = new Set<string>();
  let hosts = 0;
  for (const e of entities) {
    assertSafe(e.name, 'entity');
    const company = e.company && e.company !== e.name ? e.company : '';
    const list: string[] = [];
    for (const d of e.domains) {
      // Hosts are case-insensitive; upstream has one capitalised (www.sc.pagesA.net).
      const host = (d.startsWith('*.') ? d.slice(2) : d).toLowerCase();
      if (!/^[a-z0-9.-]+$/.test(host)) throw new Error(`odd host ${d} in ${e.name}`);
      // "*.x" covers x and its subdomains; a bare host only itself ("=" marks it).
      list.push(d.startsWith('*.') ? host : `=${host}`);
      hosts++;
      const rd = registrableDomain(host);
      if (d.startsWith('*.') && host === rd) wholeDomain.add(rd);
      const owners = companiesByDomain.get(rd) ?? [];
      owners.push(company || e.name);
      companiesByDomain.set(rd, owners);
    }
    const lines = byCategory.get(e.category) ?? [];
    lines.push(`${e.name}\t${company}\t${list.join(' ')}`);
    byCategory.set(e.category, lines);
  }
  const companyDomains: string[] = [];
  for (const [rd, owners] of [...companiesByDomain].sort()) {
    if (wholeDomain.has(rd) || owners.length < 2) continue;
    const counts = new Map<string, number>();
    for (const owner of owners) counts.set(owner, (counts.get(owner) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    if (n * 4 >= owners.length * 3) companyDomains.push(`${rd}\t${top}`);
  }
  const categories = [...byCategory.keys()].sort();
  const code = `// GENERATED by scripts/build-cookie-data.ts: do not edit by hand.
//
// Source: third-party-web ${version} (npm), https://github.com/patrickhulce/third-party-web
//   dist/${TPW_FILE} (sha256 ${sha256}): the entities seen in HTTP Archive's crawl
// Licence: MIT, Copyright (c) 2019 Patrick Hulce; full text in LICENSES/THIRD-PARTY.md.
// Changes: only the entity name, company and domains kept (hosts lower-cased); homepages and products dropped.
// Regenerate: npx tsx scripts/build-cookie-data.ts (check freshness with --check).
// ${entities.length} entities, ${hosts} hosts.

/**
 * third-party-web category -> lines "name\\tcompany (when not the name)\\thosts",
 * hosts space-separated: "x.com" is x.com and its subdomains, "=a.x.com" that host only.
 */
export const ENTITIES_BY_CATEGORY: Readonly<Record<string, string>> = {
${categories.map((cat) => `  ${JSON.stringify(cat)}: ${JSON.stringify(byCategory.get(cat)!.join('\n'))},`).join('\n')}
};

/** Registrable domains no entity claims whole, mostly one company's hosts: "domain\\tcompany" lines. */
export const COMPANY_DOMAINS: string = ${JSON.stringify(companyDomains.join('\n'))};
`;
  return { code, stats: { entities: entities.length, hosts, companyDomains: companyDomains.length } };
}

// ---------------------------------------------------------------------------

/** Formats generated code with the project's Biome settings, so `npm run lint` passes on it. */
function formatWithBiome(path: string, code: string): string {
  const biome = join(root, 'node_modules', '.bin', 'biome');
  const run = spawnSync(biome, ['format', `--stdin-file-path=${path}`], { input: code, encoding: 'utf8', cwd: root });
  if (run.status !== 0) throw new Error(`biome format failed for ${path}: ${run.stderr}`);
  return run.stdout;
}

function sizeOf(code: string): string {
  const raw = Buffer.byteLength(code);
  const gz = gzipSync(code, { level: 9 }).length;
  return `${(raw / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzip`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const csvText = readFileSync(join(OCD_DIR, 'open-cookie-database.csv'), 'utf8');
  const db = buildCookieDb(csvText);
  const tpwPackage = JSON.parse(readFileSync(join(TPW_DIR, 'package.json'), 'utf8')) as { version: string };
  // The HTTP Archive subset (entities seen on crawled sites) halves the size of the full list.
  const entitiesJson = readFileSync(join(TPW_DIR, 'dist', TPW_FILE), 'utf8');
  const tpwSha = createHash('sha256').update(entitiesJson).digest('hex');
  const hosts = buildVendorHosts(entitiesJson, tpwPackage.version, tpwSha);
  const license = readFileSync(join(OCD_DIR, 'LICENSE'), 'utf8');

  const outputs: [string, string][] = [
    [OUT_COOKIE_DB, formatWithBiome(OUT_COOKIE_DB, db.code)],
    [OUT_VENDOR_HOSTS, formatWithBiome(OUT_VENDOR_HOSTS, hosts.code)],
    [OUT_OCD_LICENSE, license],
  ];
  if (check) {
    const stale = outputs.filter(([path, code]) => {
      try {
        return readFileSync(path, 'utf8') !== code;
      } catch {
        return true;
      }
    });
    for (const [path] of stale) console.error(`stale: ${path} (run npx tsx scripts/build-cookie-data.ts)`);
    process.exit(stale.length > 0 ? 1 : 0);
  }
  for (const [path, code] of outputs) writeFileSync(path, code);
  const [dbCode, hostsCode] = [outputs[0]![1], outputs[1]![1]];
  console.log(`cookie-db.ts     ${sizeOf(dbCode)}`, db.stats);
  console.log(`vendor-hosts.ts  ${sizeOf(hostsCode)}`, hosts.stats);
  console.log(`both             ${sizeOf(dbCode + hostsCode)}`);
  if (db.renamed.length > 0) console.log('names changed:', db.renamed.join('; '));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
