// checks.md warning `pre-consent-cookies`: non-essential cookies set before any
// consent (a scan marks them beforeConsent). UK rules as of 2026 (PECR reg 6 and
// Sch A1 as amended by the Data (Use and Access) Act 2025): strictly necessary
// cookies are exempt; analytics (statistics) and functional (appearance) cookies
// are a note, not a violation, allowed only with clear information and an easy
// way to object; advertising and cross-site tracking are a violation.
import { describe, expect, it } from 'vitest';
import { withConsentState } from '../../src/cookies/consent-state';
import type { ObservedCookie } from '../../src/cookies/types';
import preConsentCookies from '../../src/warnings/pre-consent-cookies';
import { runCookieWarning } from './cookie-context';

const run = (text: string, cookies: ObservedCookie[] | null) => runCookieWarning(preConsentCookies, text, cookies);
const before = (name: string, domain: string): ObservedCookie => ({ name, domain, beforeConsent: true });

const INFORMED =
  'Cookies\nWe use Google Analytics cookies to count visits. You can refuse analytics cookies in our cookie banner or in your browser settings.';

describe('pre-consent-cookies warning', () => {
  it('is silent without cookies set before consent', () => {
    expect(run(INFORMED, null)).toBeNull();
    expect(run(INFORMED, [{ name: 'IDE', domain: '.doubleclick.net' }])).toBeNull();
  });

  it('is silent for strictly necessary cookies: exempt', () => {
    expect(run(INFORMED, [before('PHPSESSID', 'www.shop.example'), before('__cf_bm', '.shop.example')])).toBeNull();
  });

  it('notes analytics set before consent, as allowed with clear information and a way to object, not a violation', () => {
    const found = run(INFORMED, [before('_ga', '.shop.example'), before('PHPSESSID', 'www.shop.example')]);
    expect(found?.message).toMatch(
      /^Not a violation in itself: 1 analytics cookie was set before consent: _ga \(Google Analytics, on shop\.example\)\./,
    );
    expect(found?.message).toContain('only with clear information and an easy way to object');
    expect(found?.message).toContain('the notice names it and says how to refuse cookies');
    expect(found?.message).not.toContain('Violation:');
    expect(found?.message).not.toContain('PHPSESSID');
    expect(found?.evidence.length).toBe(2);
  });

  it('says the exception may not apply when the notice neither names the cookie nor says how to object', () => {
    const found = run('We collect your name to deliver orders.', [
      before('_ga', '.shop.example'),
      before('YSC', '.youtube.com'),
    ]);
    expect(found?.message).toContain('2 analytics/functional cookies were set before consent');
    expect(found?.message).toContain(
      'the notice does not name them all and it does not say how to object, so the exception may not apply',
    );
    expect(found?.message).not.toContain('Violation:');
  });

  it('calls advertising cookies set before consent a violation and names them', () => {
    const found = run(INFORMED, [
      before('_ga', '.shop.example'),
      before('IDE', '.doubleclick.net'),
      before('_fbp', '.shop.example'),
    ]);
    expect(found?.message).toMatch(
      /^Violation: before any consent was given, the site set 2 advertising cookies: IDE \(Google Ads \/ DoubleClick, on doubleclick\.net\), _fbp \(Meta, on shop\.example\)\. Advertising and cross-site tracking need consent first/,
    );
    expect(found?.message).toContain('Not a violation in itself: 1 analytics cookie');
  });

  it('calls a third-party analytics cookie cross-site tracking, a violation', () => {
    const found = run(INFORMED, [before('_hjid', '.hotjar.example')]);
    expect(found?.message).toMatch(
      /^Violation: .*1 third-party analytics cookie that can track visitors across sites: _hjid/,
    );
  });

  it('asks for a check of cookies it cannot classify', () => {
    const found = run(INFORMED, [before('nQ_cookieId', 'www.shop.example')]);
    expect(found?.message).toBe(
      '1 cookie set before consent could not be classified (nQ_cookieId); check whether an exception covers it.',
    );
  });
});

// The extension reads cookies at any time, not before any interaction: it infers from the site's
// consent-manager cookies whether a choice is recorded (src/cookies/consent-state.ts).
describe('pre-consent-cookies warning, from the extension', () => {
  const SITE = 'www.shop.example';
  // As the background does: the cookies marked when no choice is recorded, and the consent state.
  const seen = (...observed: ObservedCookie[]) => {
    const { cookies, consent } = withConsentState(observed, SITE);
    return runCookieWarning(preConsentCookies, INFORMED, cookies, { site: SITE, cookieConsent: consent });
  };
  const ga = { name: '_ga', domain: SITE };
  const fbp = { name: '_fbp', domain: SITE };

  it('with no consent-manager cookie, says no choice is recorded, calls advertising a violation and notes analytics', () => {
    const found = seen(ga, fbp, { name: 'PHPSESSID', domain: SITE });
    expect(found?.message).toMatch(
      /^Violation: no consent choice is recorded on this site \(no consent-manager cookie\), yet it sets 1 advertising cookie: _fbp \(Meta, on www\.shop\.example\)\. Advertising and cross-site tracking need consent first/,
    );
    expect(found?.message).toContain(
      'Not a violation in itself: with no consent choice recorded, the site also sets 1 analytics cookie: _ga (Google Analytics, on www.shop.example).',
    );
    expect(found?.message).toContain('only with clear information and an easy way to object');
    expect(found?.message).toMatch(
      /\(A consent choice kept outside cookies, in local storage or an account, is not seen here\.\)$/,
    );
    expect(found?.message).not.toContain('before any consent was given');
    expect(found?.message).not.toContain('PHPSESSID');
  });

  it('explains the missing record in the first part it writes', () => {
    expect(seen(ga)?.message).toMatch(
      /^Not a violation in itself: no consent choice is recorded on this site \(no consent-manager cookie\), yet it sets 1 analytics cookie: _ga /,
    );
    expect(seen({ name: 'nQ_cookieId', domain: SITE })?.message).toMatch(
      /^1 cookie set while no consent choice is recorded on this site \(no consent-manager cookie\) could not be classified \(nQ_cookieId\)/,
    );
  });

  it('flags nothing when a consent manager records a choice: the visitor may have consented', () => {
    expect(seen(ga, fbp, { name: 'OptanonConsent', domain: SITE })).toBeNull();
    expect(seen(ga, fbp, { name: 'CookieConsent', domain: SITE })).toBeNull();
    expect(seen(fbp, { name: 'euconsent-v2', domain: '.shop.example' })).toBeNull();
  });

  it('is silent when only strictly necessary cookies are set', () => {
    expect(seen({ name: 'PHPSESSID', domain: SITE }, { name: '__cf_bm', domain: '.shop.example' })).toBeNull();
  });
});
