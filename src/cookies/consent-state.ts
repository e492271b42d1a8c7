// Whether a site holds a recorded consent choice, read from the names of its
// cookies (pure).
//
// A scan (`audit --scan`) reads cookies before any interaction, so every cookie
// it sees was set before consent. The extension reads them whenever the visitor
// clicks, perhaps after accepting a banner, so it cannot know whether the
// visitor consented. What it can see is whether a consent manager keeps a choice
// in a first-party cookie: OneTrust's OptanonConsent, Cookiebot's CookieConsent,
// the IAB TCF string euconsent-v2, a banner's own "cookie_consent" record...
//   - none: no consent choice is recorded on the site, so its cookies were set
//     without one. Each is marked `beforeConsent` and the audit's
//     `consent.recorded` is false, which words the pre-consent warning for what
//     is known;
//   - one or more: the visitor may have consented, so no cookie is flagged.
//
// Names only, never values (the extension never reads them). A record of a
// refusal counts as a record, and so does one a manager writes before any choice
// (OneTrust writes OptanonConsent on the first page view; CookieYes and Shopify
// do the same). So a consent manager's cookie can hide cookies set too early: a
// scan of a fresh visit does not have that blind spot. A choice kept outside
// cookies (local storage, an account) is not seen either: that could make the
// extension flag cookies the visitor did consent to, which the warning says.
import type { CookieConsentState } from '../engine/types';
import { classifyCookie } from './classify';
import { partyOf } from './domain';
import type { ObservedCookie } from './types';

export interface ConsentManagerCookie {
  /** The consent manager, for tests and reviewers. */
  manager: string;
  /** A name the pattern must match (checked by the tests). */
  sample: string;
  pattern: RegExp;
}

/**
 * Cookies that consent managers write to record a visitor's choice, on the
 * site's own domain. Also known without them: any cookie the classifier calls
 * a consent record (an Open Cookie Database row under the "consent" rule, a
 * consent manager's name pattern, any name with "consent" in it).
 */
export const CONSENT_MANAGER_COOKIES: readonly ConsentManagerCookie[] = [
  // OneTrust / CookiePro: the choice per category, and the banner closed.
  { manager: 'OneTrust', sample: 'OptanonAlertBoxClosed', pattern: /^(?:OptanonConsent|OptanonAlertBoxClosed)$/ },
  {
    manager: 'Cookiebot',
    sample: 'CookieConsent',
    pattern: /^(?:CookieConsent|CookieConsentBulk(?:Setting-.+|Ticket))$/,
  },
  { manager: 'Didomi', sample: 'didomi_token', pattern: /^didomi_token$/ },
  // The IAB Transparency and Consent Framework strings most consent managers write
  // (Quantcast Choice, Didomi, Sourcepoint, OneTrust's TCF mode), and Google's additional consent.
  {
    manager: 'IAB TCF (Quantcast Choice and others)',
    sample: 'euconsent-v2',
    pattern: /^(?:euconsent(?:-v2)?|eupubconsent(?:-v2)?|addtl_consent)$/,
  },
  { manager: 'Google Funding Choices', sample: 'FCCDCF', pattern: /^FCCDCF$/ },
  {
    manager: 'CookieYes / Cookie Law Info',
    sample: 'cookieyes-consent',
    pattern:
      /^(?:cookieyes-consent|cky-consent|CookieLawInfoConsent|viewed_cookie_policy|cookielawinfo-checkbox-[\w-]+)$/,
  },
  { manager: 'Complianz', sample: 'cmplz_consent_status', pattern: /^cmplz_[\w-]+$/ },
  { manager: 'Osano', sample: 'osano_consentmanager', pattern: /^osano_consentmanager(?:_uuid)?$/ },
  { manager: 'Termly', sample: 'termly-consent', pattern: /^termly[\w-]*$/i },
  {
    manager: 'Usercentrics',
    sample: 'uc_user_interaction',
    pattern: /^(?:uc_(?:user_interaction|settings|gcm)|usercentrics[\w-]*)$/i,
  },
  {
    manager: 'TrustArc',
    sample: 'notice_gdpr_prefs',
    pattern: /^(?:notice_(?:preferences|gdpr_prefs)|cmapi_cookie_privacy|TAconsentID)$/,
  },
  { manager: 'Sourcepoint', sample: 'consentUUID', pattern: /^(?:consentUUID|_sp_v1_consent)$/ },
  { manager: 'Iubenda', sample: '_iub_cs-12345', pattern: /^_iub_cs-[\w-]+$/ },
  { manager: 'Consentmanager.net', sample: '__cmpconsentx12345', pattern: /^__cmp(?:consent|cc)\w*$/ },
  { manager: 'Borlabs Cookie', sample: 'borlabs-cookie', pattern: /^borlabs-cookie$/ },
  { manager: 'Cookie Script', sample: 'CookieScriptConsent', pattern: /^CookieScriptConsent$/ },
  { manager: 'CookieFirst', sample: 'cookiefirst-consent', pattern: /^cookiefirst-consent$/ },
  { manager: 'Cookie Information', sample: 'CookieInformationConsent', pattern: /^CookieInformationConsent$/ },
  { manager: 'Civic Cookie Control', sample: 'CookieControl', pattern: /^CookieControl$/ },
  {
    manager: 'Axeptio',
    sample: 'axeptio_cookies',
    pattern: /^axeptio_(?:cookies|authorized_vendors|all_vendors)$/,
  },
  { manager: 'Ketch', sample: '_ketch_consent_v1_', pattern: /^_ketch_consent_v1_$/ },
  { manager: 'Tealium', sample: 'CONSENTMGR', pattern: /^CONSENTMGR$/ },
  // Open-source banners: Osano's cookieconsent, orestbida's CookieConsent, Klaro, tarteaucitron.
  {
    manager: 'Open-source cookie banners',
    sample: 'cookieconsent_status',
    pattern: /^(?:cookieconsent_status|cc_cookie|klaro|tarteaucitron)$/,
  },
];

/** The consent manager a cookie name belongs to, or null. */
export function findConsentManager(name: string): ConsentManagerCookie | null {
  return CONSENT_MANAGER_COOKIES.find((m) => m.pattern.test(name)) ?? null;
}

/**
 * Whether a cookie records a consent choice on the site: a consent manager's
 * cookie, or one the classifier calls a consent record, set on the site's own
 * domain (YouTube's CONSENT cookie on youtube.com records nothing about this
 * site). Without a site every cookie counts as the site's own.
 */
export function isConsentRecord(cookie: Pick<ObservedCookie, 'name' | 'domain'>, site?: string | null): boolean {
  if (site && partyOf(cookie.domain ?? '', site) !== 'first') return false;
  if (findConsentManager(cookie.name)) return true;
  return classifyCookie(cookie, site ?? undefined).consentRecord === true;
}

/** Whether the cookies hold a recorded consent choice, and which of them record it (by name, once each). */
export function inferConsentState(
  cookies: readonly Pick<ObservedCookie, 'name' | 'domain'>[],
  site?: string | null,
): CookieConsentState {
  const records: string[] = [];
  for (const cookie of cookies) {
    if (!records.includes(cookie.name) && isConsentRecord(cookie, site)) records.push(cookie.name);
  }
  return { recorded: records.length > 0, records };
}

/** With no consent recorded, every cookie was set without consent: each is marked `beforeConsent`. */
export function applyConsentState(cookies: readonly ObservedCookie[], state: CookieConsentState): ObservedCookie[] {
  if (state.recorded) return [...cookies];
  return cookies.map((c) => ({ ...c, beforeConsent: true }));
}

/** The cookies as the engine should see them, and the consent state the audit reports. */
export function withConsentState(
  cookies: readonly ObservedCookie[],
  site?: string | null,
): { cookies: ObservedCookie[]; consent: CookieConsentState } {
  const consent = inferConsentState(cookies, site);
  return { cookies: applyConsentState(cookies, consent), consent };
}
