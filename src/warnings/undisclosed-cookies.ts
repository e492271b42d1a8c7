// checks.md warning `undisclosed-cookies`: cookies or trackers observed on the
// site whose vendor (or, for a cookie with no known vendor, the cookie or its
// kind) the notice never names. Strictly necessary cookies are left out: PECR
// reg 6 and Sch A1 exempt them from the duty to inform as well as from consent.
// A cookie no data source knows is noted only beside other findings, never alone.
import { crossCheckFor } from '../cookies/cross-check';
import type { CookieCategory, CookieVendorResult, ObservedCookieResult } from '../engine/types';
import { defineWarning } from '../engine/warning';

/** Vendors loaded without cookies still track when they are analytics or advertising services (pixels, scripts). */
const TRACKING: ReadonlySet<CookieCategory> = new Set(['analytics', 'advertising']);
const MAX_NAMES = 6;

export function listNames(names: readonly string[], max = MAX_NAMES): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Google Ads / DoubleClick (advertising cookie IDE)", "Hotjar (analytics, loaded from static.hotjar.com)". */
function describeVendor(vendor: CookieVendorResult, cookies: readonly ObservedCookieResult[]): string {
  if (cookies.length === 0) return `${vendor.name} (${vendor.category}, loaded from ${listNames(vendor.hosts, 3)})`;
  const categories = [...new Set(cookies.map((c) => c.category))].join('/');
  const names = [...new Set(cookies.map((c) => c.name))];
  return `${vendor.name} (${categories} ${names.length === 1 ? 'cookie' : 'cookies'} ${listNames(names)})`;
}

export default defineWarning({
  id: 'undisclosed-cookies',
  title: 'Cookies the notice does not mention',
  run(context) {
    const audit = crossCheckFor(context)?.audit;
    if (!audit) return null;
    const undisclosed = audit.cookies.filter((c) => !c.disclosed && c.category !== 'necessary');

    const vendors: string[] = [];
    for (const vendor of audit.vendors ?? []) {
      if (vendor.disclosed) continue;
      const own = undisclosed.filter((c) => c.vendor !== null && vendor.cookies.includes(c.name));
      if (own.length > 0 || (vendor.cookies.length === 0 && TRACKING.has(vendor.category))) {
        vendors.push(describeVendor(vendor, own));
      }
    }
    const anonymous = undisclosed.filter((c) => c.vendor === null && c.category !== 'unknown');
    const unclassified = undisclosed.filter((c) => c.vendor === null && c.category === 'unknown');
    if (vendors.length === 0 && anonymous.length === 0) return null;

    const parts: string[] = [];
    if (vendors.length > 0) {
      parts.push(
        `The notice does not name ${plural(vendors.length, 'vendor')} whose cookies or trackers are on the site: ${vendors.join('; ')}.`,
      );
    }
    if (anonymous.length > 0) {
      const byKind = [...new Set(anonymous.map((c) => c.category))]
        .map((category) => {
          const names = [...new Set(anonymous.filter((c) => c.category === category).map((c) => c.name))];
          return `${category}: ${listNames(names)}`;
        })
        .join('; ');
      parts.push(
        `It mentions neither by name nor by kind ${plural(anonymous.length, 'cookie')} of no known vendor (${byKind}).`,
      );
    }
    parts.push('Name each vendor, say what its cookies do and how to refuse them.');
    if (unclassified.length > 0) {
      const names = [...new Set(unclassified.map((c) => c.name))];
      parts.push(
        `Also not named: ${plural(names.length, 'cookie')} that could not be classified (${listNames(names)}); check what ${names.length === 1 ? 'it does' : 'they do'}.`,
      );
    }
    return { message: parts.join(' '), evidence: [] };
  },
});
