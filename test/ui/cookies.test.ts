// The Cookies tab's display rules: grouping order, expiry, disclosure, what was read.
import { describe, expect, test } from 'vitest';
import type { CookieAudit, ObservedCookieResult } from '../../src/engine/types';
import type { CookieScan, PageCookie } from '../../src/messaging';
import {
  countCookies,
  describeAccess,
  describeConsentState,
  describeExpiry,
  describeScan,
  disclosureOf,
  groupCookies,
  PAGE_ONLY_NOTE,
  unknownHosts,
} from '../../src/ui/cookies';

function cookie(name: string, category: ObservedCookieResult['category'], disclosed = false): ObservedCookieResult {
  return {
    name,
    domain: 'shop.example',
    party: 'first',
    expires: null,
    category,
    vendor: null,
    company: null,
    matchedBy: 'exact',
    rule: `OCD name "${name}"`,
    disclosed,
  };
}

const scan = (over: Partial<CookieScan> = {}): CookieScan => ({
  mode: 'page',
  origins: ['*://*.shop.example/*', '*://*.facebook.net/*', '*://*.doubleclick.net/*'],
  domains: [],
  partitioned: null,
  problem: null,
  ...over,
});

describe('groupCookies', () => {
  test('necessary, functional, analytics, advertising, unknown; empty groups left out; names sorted', () => {
    const audit: CookieAudit = {
      cookies: [
        cookie('zz', 'unknown'),
        cookie('_gid', 'analytics'),
        cookie('_fbp', 'advertising'),
        cookie('_ga', 'analytics'),
        cookie('PHPSESSID', 'necessary'),
      ],
    };
    expect(groupCookies(audit).map((g) => [g.category, g.cookies.map((c) => c.name)])).toEqual([
      ['necessary', ['PHPSESSID']],
      ['analytics', ['_ga', '_gid']],
      ['advertising', ['_fbp']],
      ['unknown', ['zz']],
    ]);
    expect(groupCookies(null)).toEqual([]);
  });
});

describe('describeExpiry', () => {
  const page: PageCookie = { name: '_ga', domain: 'shop.example', source: 'page' };
  const browser: PageCookie = { ...page, source: 'browser' };
  test('document.cookie hides expiry: unknown, never "session"', () => {
    expect(describeExpiry(cookie('_ga', 'analytics'), page)).toBe('expiry unknown');
  });
  test('from the cookies API: session, or the date', () => {
    expect(describeExpiry(cookie('_ga', 'analytics'), browser)).toBe('session');
    expect(describeExpiry({ ...cookie('_ga', 'analytics'), expires: '2027-11-22T10:00:00.000Z' }, browser)).toBe(
      'until 22 Nov 2027',
    );
  });
});

describe('disclosure', () => {
  test('an unmentioned strictly necessary cookie is exempt, any other is undisclosed', () => {
    expect(disclosureOf(cookie('PHPSESSID', 'necessary'))).toBe('exempt');
    expect(disclosureOf(cookie('_fbp', 'advertising'))).toBe('undisclosed');
    expect(disclosureOf(cookie('_ga', 'analytics', true))).toBe('disclosed');
    const counts = countCookies({
      cookies: [cookie('PHPSESSID', 'necessary'), cookie('_fbp', 'advertising'), cookie('_ga', 'analytics', true)],
      vendors: [],
    });
    expect(counts).toEqual({ cookies: 3, vendors: 0, undisclosed: 1 });
  });
});

describe('what was read', () => {
  test('page mode says HttpOnly and third-party cookies need a full scan', () => {
    expect(describeScan(scan())).toBe(PAGE_ONLY_NOTE);
    expect(describeScan(undefined)).toBe(PAGE_ONLY_NOTE);
    expect(PAGE_ONLY_NOTE).toBe(
      'Cookies readable by the page only: HttpOnly and third-party cookies need a full scan.',
    );
  });
  test('a full scan names the site and counts the third parties', () => {
    const full = scan({
      mode: 'full',
      domains: ['shop.example', 'facebook.net', 'doubleclick.net'],
      partitioned: true,
    });
    expect(describeScan(full)).toBe(
      'Full scan: all cookies the browser holds for shop.example and 2 third parties, HttpOnly, third-party and partitioned ones included.',
    );
    expect(describeScan({ ...full, domains: ['shop.example'], partitioned: false })).toBe(
      'Full scan: all cookies the browser holds for shop.example, HttpOnly and third-party ones included.',
    );
  });
  test('the permission prompt names the site and how many others', () => {
    expect(describeAccess(scan())).toBe('shop.example and 2 other sites it loads');
    expect(describeAccess(scan({ origins: ['*://127.0.0.1/*'] }))).toBe('127.0.0.1');
  });
  test('hosts no vendor data knows are listed apart', () => {
    const audit: CookieAudit = {
      cookies: [],
      vendors: [
        {
          name: 'Meta',
          company: 'Facebook',
          category: 'advertising',
          cookies: [],
          hosts: ['connect.facebook.net'],
          disclosed: false,
          disclosedBy: null,
        },
      ],
    };
    expect(unknownHosts(audit, ['cdn.example.net', 'connect.facebook.net'])).toEqual(['cdn.example.net']);
  });
  test('what is known of consent: no record, a record, or nothing said (a scan)', () => {
    const audit = (consent?: CookieAudit['consent']): CookieAudit => ({ cookies: [], ...(consent ? { consent } : {}) });
    expect(describeConsentState(audit({ recorded: false, records: [] }))).toBe(
      'No consent choice is recorded on this site (no consent-manager cookie), so its cookies count as set without consent.',
    );
    expect(describeConsentState(audit({ recorded: true, records: ['OptanonConsent', 'OptanonAlertBoxClosed'] }))).toBe(
      'A consent choice is recorded on this site (OptanonConsent, OptanonAlertBoxClosed), so you may have consented: no cookie is flagged as set before consent.',
    );
    expect(describeConsentState(audit())).toBeNull();
    expect(describeConsentState(null)).toBeNull();
  });
});
