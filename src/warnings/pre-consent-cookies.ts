// checks.md warning `pre-consent-cookies`: non-essential cookies present before
// any consent was given (only cookies marked `beforeConsent`). The UK rules are
// data in src/cookies/consent-rules.ts: strictly necessary cookies are exempt;
// statistics and appearance cookies may be set before consent only with clear
// information and an easy way to object (noted, not a violation); advertising
// and cross-site tracking before consent is a violation.
// What is known decides the wording: a scan read the cookies before any
// interaction ("before any consent was given, the site set ..."); the extension
// found no consent choice recorded on the site (`audit.consent.recorded` false:
// "no consent choice is recorded on this site (no consent-manager cookie), yet
// it sets ..."). A site with a recorded choice has no cookie marked: no warning.
import { findConsentRule } from '../cookies/consent-rules';
import { crossCheckFor } from '../cookies/cross-check';
import { COOKIE_REFUSAL, COOKIE_TERM } from '../engine/lexicons/cookie-terms';
import type { ObservedCookieResult, Span } from '../engine/types';
import { defineWarning } from '../engine/warning';
import { listNames } from './undisclosed-cookies';

const NO_RECORD = 'no consent choice is recorded on this site (no consent-manager cookie)';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "IDE (DoubleClick/Google Marketing, on localhost)". */
function describe(cookie: ObservedCookieResult): string {
  const domain = `on ${cookie.domain.replace(/^\./, '')}`;
  return `${cookie.name} (${cookie.vendor ? `${cookie.vendor}, ${domain}` : domain})`;
}

function describeAll(cookies: readonly ObservedCookieResult[]): string {
  return listNames(cookies.map(describe));
}

export default defineWarning({
  id: 'pre-consent-cookies',
  title: 'Cookies set before consent',
  run(context) {
    const crossCheck = crossCheckFor(context);
    if (!crossCheck) return null;
    const before = crossCheck.audit.cookies.filter((c) => c.beforeConsent === true);
    // The extension's inference rather than a scan's observation: no consent-manager cookie on the site.
    const noRecord = crossCheck.audit.consent?.recorded === false;
    const ruleOf = (c: ObservedCookieResult) => findConsentRule(c);
    const advertising = before.filter((c) => ruleOf(c).id === 'advertising');
    const crossSite = before.filter((c) => ruleOf(c).id === 'cross-site-tracking');
    const conditional = before.filter((c) => ruleOf(c).outcome === 'allowed-with-conditions');
    const unknown = before.filter((c) => ruleOf(c).outcome === 'unknown');
    if (advertising.length + crossSite.length + conditional.length + unknown.length === 0) return null;

    const parts: string[] = [];
    const evidence: Span[] = [];
    if (advertising.length + crossSite.length > 0) {
      const listed: string[] = [];
      if (advertising.length > 0)
        listed.push(`${plural(advertising.length, 'advertising cookie')}: ${describeAll(advertising)}`);
      if (crossSite.length > 0)
        listed.push(
          `${plural(crossSite.length, 'third-party analytics cookie')} that can track visitors across sites: ${describeAll(crossSite)}`,
        );
      const what = noRecord
        ? `${NO_RECORD}, yet it sets ${listed.join('; and ')}`
        : `before any consent was given, the site set ${listed.join('; and ')}`;
      parts.push(
        `Violation: ${what}. Advertising and cross-site tracking need consent first: no exception in PECR reg 6 or Sch A1 (as amended by the Data (Use and Access) Act 2025) covers them.`,
      );
    }
    if (conditional.length > 0) {
      const one = conditional.length === 1;
      const kinds = [...new Set(conditional.map((c) => (c.category === 'analytics' ? 'analytics' : 'functional')))];
      const disclosed = conditional.every((c) => c.disclosed);
      const objection = context.doc.sentences.find((s) => COOKIE_TERM.test(s.text) && COOKIE_REFUSAL.test(s.text));
      if (disclosed) {
        // The sentence that names them: "We use Google Analytics cookies to count visits."
        const first = crossCheck.audit.cookies.findIndex((c) => conditional.includes(c));
        const span = crossCheck.cookieSpans[first];
        if (span) evidence.push(context.doc.sentenceAt(span.start) ?? span);
      }
      if (objection) evidence.push(objection);
      const gaps = [
        disclosed ? '' : `the notice does not name ${one ? 'it' : 'them all'}`,
        objection ? '' : 'it does not say how to object',
      ].filter(Boolean);
      const conditions =
        gaps.length === 0
          ? `the notice names ${one ? 'it' : 'them'} and says how to refuse cookies; check the site also offers an easy way to object`
          : `${gaps.join(' and ')}, so the exception may not apply`;
      const counted = plural(conditional.length, `${kinds.join('/')} cookie`);
      const what = !noRecord
        ? `${counted} ${one ? 'was' : 'were'} set before consent: ${describeAll(conditional)}`
        : parts.length > 0
          ? `with no consent choice recorded, the site also sets ${counted}: ${describeAll(conditional)}`
          : `${NO_RECORD}, yet it sets ${counted}: ${describeAll(conditional)}`;
      parts.push(
        `Not a violation in itself: ${what}. Since 2026, UK law (PECR Sch A1, inserted by the Data (Use and Access) Act 2025) allows statistics and appearance cookies before consent only with clear information and an easy way to object; ${conditions}.`,
      );
    }
    if (unknown.length > 0) {
      const one = unknown.length === 1;
      const when = !noRecord
        ? 'set before consent'
        : parts.length > 0
          ? 'set with no consent choice recorded'
          : `set while ${NO_RECORD}`;
      parts.push(
        `${plural(unknown.length, 'cookie')} ${when} could not be classified (${listNames(unknown.map((c) => c.name))}); check whether an exception covers ${one ? 'it' : 'them'}.`,
      );
    }
    // Cookies show no consent kept elsewhere; say so rather than overstate what was seen.
    if (noRecord)
      parts.push('(A consent choice kept outside cookies, in local storage or an account, is not seen here.)');
    return { message: parts.join(' '), evidence };
  },
});
