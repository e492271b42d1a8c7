// Whether a site holds a recorded consent choice, from its cookies' names: the
// extension's stand-in for a scan's "before any interaction". No consent-manager
// cookie on the site: every cookie was set without a recorded choice (marked
// beforeConsent). One: the visitor may have consented, nothing is marked.
import { describe, expect, it } from 'vitest';
import {
  applyConsentState,
  CONSENT_MANAGER_COOKIES,
  findConsentManager,
  inferConsentState,
  isConsentRecord,
  withConsentState,
} from '../../src/cookies/consent-state';
import { crossCheckCookies } from '../../src/cookies/cross-check';
import type { ObservedCookie } from '../../src/cookies/types';
import { runAudit } from '../../src/engine/audit';
import { createPolicyDocument } from '../../src/engine/document';

const SITE = 'https://www.shop.example/privacy';
const on = (name: string, domain = 'www.shop.example'): ObservedCookie => ({ name, domain });

describe('consent records', () => {
  // [cookie name, consent manager]: records the issue names and the common managers.
  const records: [string, string][] = [
    ['OptanonConsent', 'OneTrust'],
    ['OptanonAlertBoxClosed', 'OneTrust'],
    ['CookieConsent', 'Cookiebot'],
    ['CookieConsentBulkSetting-5f2a', 'Cookiebot'],
    ['didomi_token', 'Didomi'],
    ['euconsent-v2', 'IAB TCF (Quantcast Choice and others)'],
    ['addtl_consent', 'IAB TCF (Quantcast Choice and others)'],
    ['cookieyes-consent', 'CookieYes / Cookie Law Info'],
    ['cmplz_consent_status', 'Complianz'],
    ['cmplz_marketing', 'Complianz'],
    ['osano_consentmanager', 'Osano'],
    ['termly-consent', 'Termly'],
    ['uc_user_interaction', 'Usercentrics'],
    ['notice_gdpr_prefs', 'TrustArc'],
    ['_iub_cs-123456', 'Iubenda'],
    ['CookieScriptConsent', 'Cookie Script'],
    ['cookieconsent_status', 'Open-source cookie banners'],
  ];
  for (const [name, manager] of records) {
    it(`${name} is ${manager}'s record`, () => {
      expect(findConsentManager(name)?.manager).toBe(manager);
      expect(isConsentRecord(on(name), SITE)).toBe(true);
    });
  }

  it('every manager pattern matches its own sample', () => {
    for (const m of CONSENT_MANAGER_COOKIES) expect(m.pattern.test(m.sample), m.manager).toBe(true);
  });

  it('also counts what the classifier calls a consent record: an OCD "consent" row or a generic *consent* name', () => {
    // OCD lists Google Tag Manager's cookiePreferences under its "consent" rule; the generic pattern catches
    // a site's own record.
    for (const name of ['cookiePreferences', 'site_cookie_consent', 'gdpr_consent', 'cookie_policy_accepted']) {
      expect(findConsentManager(name), name).toBeNull();
      expect(isConsentRecord(on(name), SITE), name).toBe(true);
    }
  });

  it('does not count other cookies, nor a consent cookie of another site (YouTube’s CONSENT on youtube.com)', () => {
    for (const name of ['_ga', '_fbp', 'PHPSESSID', '__cf_bm', 'IDE', 'basket_id', 'locale']) {
      expect(isConsentRecord(on(name), SITE), name).toBe(false);
    }
    expect(isConsentRecord(on('CONSENT', '.youtube.com'), SITE)).toBe(false);
    expect(isConsentRecord(on('OptanonConsent', '.other-site.example'), SITE)).toBe(false);
    // The site's own domain, however written; without a site every cookie counts as the site's own.
    expect(isConsentRecord(on('OptanonConsent', '.shop.example'), SITE)).toBe(true);
    expect(isConsentRecord(on('OptanonConsent', '.other-site.example'))).toBe(true);
  });
});

describe('inferConsentState', () => {
  it('no consent-manager cookie: no choice recorded', () => {
    expect(inferConsentState([on('_ga'), on('_fbp')], SITE)).toEqual({ recorded: false, records: [] });
    expect(inferConsentState([], SITE)).toEqual({ recorded: false, records: [] });
  });

  it('names the records, once each, in order', () => {
    const cookies = [
      on('_ga'),
      on('OptanonAlertBoxClosed'),
      on('OptanonConsent'),
      on('OptanonConsent', '.shop.example'),
    ];
    expect(inferConsentState(cookies, SITE)).toEqual({
      recorded: true,
      records: ['OptanonAlertBoxClosed', 'OptanonConsent'],
    });
  });

  it('marks every cookie beforeConsent only when no choice is recorded, leaving the input as it was', () => {
    const cookies = [on('_ga'), on('_fbp')];
    const none = withConsentState(cookies, SITE);
    expect(none.cookies.map((c) => c.beforeConsent)).toEqual([true, true]);
    expect(cookies[0]).not.toHaveProperty('beforeConsent');
    const recorded = withConsentState([...cookies, on('CookieConsent')], SITE);
    expect(recorded.consent).toEqual({ recorded: true, records: ['CookieConsent'] });
    expect(recorded.cookies.some((c) => c.beforeConsent)).toBe(false);
    expect(applyConsentState(cookies, { recorded: true, records: ['x'] })).toEqual(cookies);
  });
});

describe('the audit with an inferred consent state', () => {
  const text =
    'Privacy notice\nWe are Shop Ltd, the controller. Cookies: we use Google Analytics cookies to count visits. You can refuse cookies in your browser.';

  it('carries the state in report.cookies.consent and flags the advertising cookie when none is recorded', () => {
    const { cookies, consent } = withConsentState([on('_ga'), on('_fbp')], SITE);
    const report = runAudit(createPolicyDocument({ text }), {
      source: { kind: 'page', location: SITE },
      cookies,
      cookieConsent: consent,
    });
    expect(report.cookies?.consent).toEqual({ recorded: false, records: [] });
    expect(report.cookies?.cookies.map((c) => [c.name, c.beforeConsent, c.consent])).toEqual([
      ['_ga', true, 'allowed-with-conditions'],
      ['_fbp', true, 'consent-required'],
    ]);
    const warning = report.warnings.find((w) => w.id === 'pre-consent-cookies');
    expect(warning?.message).toMatch(/^Violation: no consent choice is recorded on this site/);
  });

  it('has no pre-consent warning when a consent manager records a choice', () => {
    const { cookies, consent } = withConsentState([on('_ga'), on('_fbp'), on('OptanonConsent')], SITE);
    const report = runAudit(createPolicyDocument({ text }), {
      source: { kind: 'page', location: SITE },
      cookies,
      cookieConsent: consent,
    });
    expect(report.cookies?.consent).toEqual({ recorded: true, records: ['OptanonConsent'] });
    expect(report.cookies?.cookies.some((c) => c.beforeConsent)).toBe(false);
    expect(report.warnings.map((w) => w.id)).not.toContain('pre-consent-cookies');
  });

  it('leaves a scan’s audit without a consent state', () => {
    const audit = crossCheckCookies(text, [{ ...on('_fbp'), beforeConsent: true }], { site: SITE }).audit;
    expect(audit).not.toHaveProperty('consent');
  });
});
