// The cross-check of observed cookies against a notice's text: each cookie is
// disclosed by its vendor or a known alias, by its company named on its own,
// by its own name, or (strictly necessary ones) by any mention of essential
// cookies; third-party hosts add their vendors; cookies set before consent
// get the UK rule's outcome.
import { describe, expect, it } from 'vitest';
import { CONSENT_RULES, findConsentRule } from '../../src/cookies/consent-rules';
import { crossCheckCookies, inferSite, normalizeExpiry } from '../../src/cookies/cross-check';
import type { ObservedCookie } from '../../src/cookies/types';
import { VENDOR_ALIASES } from '../../src/cookies/vendor-aliases';
import { runAudit } from '../../src/engine/audit';
import { createPolicyDocument } from '../../src/engine/document';
import type { ObservedCookieResult } from '../../src/engine/types';

const SITE = 'www.shop.example';

function check(text: string, cookies: ObservedCookie[], hosts: string[] = []) {
  return crossCheckCookies(text, cookies, { site: SITE, thirdPartyHosts: hosts });
}

function one(text: string, cookie: ObservedCookie): ObservedCookieResult {
  return check(text, [cookie]).audit.cookies[0]!;
}

const GA = { name: '_ga', domain: '.shop.example' };
const IDE = { name: 'IDE', domain: '.doubleclick.net' };
const FBP = { name: '_fbp', domain: '.shop.example' };

describe('crossCheckCookies: disclosure', () => {
  // [notice wording, cookie, disclosedBy]
  const disclosed: [string, ObservedCookie, string][] = [
    ['We use Google Analytics to count visits.', GA, 'names "Google Analytics"'],
    ['Our GA4 property measures which pages are read.', GA, 'names "GA4"'],
    ['Visits are measured with Universal Analytics.', GA, 'names "Universal Analytics"'],
    ['We share data with Google LLC for measurement.', GA, 'names "Google"'],
    ["Google's cookies help us understand our audience.", IDE, 'names "Google"'],
    ['We advertise with Google Ads.', IDE, 'names "Google Ads"'],
    ['DoubleClick sets cookies to show you adverts.', IDE, 'names "DoubleClick"'],
    ['We use the Meta Pixel to measure our adverts.', FBP, 'names "Meta"'],
    ['We advertise on Instagram.', FBP, 'names "Instagram"'],
    ['Facebook may set cookies when you visit.', FBP, 'names "Facebook"'],
    [
      'We use Microsoft Clarity to see how pages are used.',
      { name: '_clck', domain: '.shop.example' },
      'names "Microsoft Clarity"',
    ],
    ['We run adverts on Bing.', { name: 'MUID', domain: '.bing.com' }, 'names "Bing"'],
    ['The LinkedIn Insight Tag tracks conversions.', { name: 'li_sugr', domain: '.linkedin.com' }, 'names "LinkedIn"'],
    ['Our forms are run by HubSpot.', { name: 'hubspotutk', domain: '.shop.example' }, 'names "HubSpot"'],
    [
      'Hotjar records how visitors move around a page.',
      { name: '_hjSessionUser_123', domain: '.shop.example' },
      'names "Hotjar"',
    ],
    ['We advertise on TikTok.', { name: '_ttp', domain: '.shop.example' }, 'names "TikTok"'],
    ['Cookies we set: _fbp (three months).', FBP, 'names the cookie "_fbp"'],
    [
      'Cookies we set: _ga_<container-id> (two years).',
      { name: '_ga_X1Y2Z3W4', domain: '.shop.example' },
      'names the cookie "_ga_<"',
    ],
    [
      'We use essential cookies to keep you signed in.',
      { name: 'PHPSESSID', domain: SITE },
      'mentions "essential cookies"',
    ],
    [
      'Some cookies are strictly necessary for the site to work.',
      { name: '__cf_bm', domain: '.shop.example' },
      'mentions "cookies are strictly necessary"',
    ],
  ];
  for (const [text, cookie, by] of disclosed) {
    it(`${cookie.name} is disclosed by: ${text}`, () => {
      const result = one(text, cookie);
      expect(result.disclosed, result.rule).toBe(true);
      expect(result.disclosedBy).toBe(by);
    });
  }

  const undisclosed: [string, ObservedCookie, string][] = [
    ['We use Google Analytics to count visits.', IDE, 'a product of the company is not the company'],
    [
      'We use Google Analytics to count visits.',
      { name: 'NID', domain: '.google.com' },
      'the same for a cookie of Google itself',
    ],
    ['Our Google Tag Manager container loads our tags.', FBP, 'another vendor altogether'],
    ['We use Microsoft Clarity.', { name: 'MUID', domain: '.bing.com' }, "Clarity is not Microsoft's advertising"],
    ['We use cookies to remember your basket.', { name: 'PHPSESSID', domain: SITE }, 'cookies, but not essential ones'],
    ['The _gat cookie throttles requests.', GA, 'another cookie of the same vendor'],
    ['Analytics cookies help us count visits.', GA, 'the kind of cookie is not its vendor'],
  ];
  for (const [text, cookie, note] of undisclosed) {
    it(`${cookie.name} is undisclosed: ${note}`, () => {
      const result = one(text, cookie);
      expect(result.disclosed).toBe(false);
      expect(result.disclosedBy).toBeNull();
    });
  }

  it('gives every cookie its classification, party and expiry', () => {
    const [ga, ide] = check('We use Google Analytics.', [
      { ...GA, expires: '2028-01-01T00:00:00Z' },
      { ...IDE, expires: null },
    ]).audit.cookies;
    expect(ga).toMatchObject({
      name: '_ga',
      party: 'first',
      expires: '2028-01-01T00:00:00.000Z',
      category: 'analytics',
      vendor: 'Google Analytics',
      company: 'Google',
      matchedBy: 'exact',
      disclosed: true,
    });
    expect(ga?.rule).toContain('_ga');
    expect(ide).toMatchObject({ party: 'third', expires: null, category: 'advertising', disclosed: false });
    expect(ga).not.toHaveProperty('beforeConsent');
    expect(ide).not.toHaveProperty('expiryUnknown');
    // document.cookie gives no expiry: unknown, not a session cookie.
    expect(one('', GA)).toMatchObject({ expires: null, expiryUnknown: true });
  });
});

describe('crossCheckCookies: vendors', () => {
  it('groups cookies by vendor and adds the vendors of third-party hosts', () => {
    const { audit } = check(
      'We use Google Analytics. Hotjar helps us improve our pages.',
      [GA, { name: '_gid', domain: '.shop.example' }, IDE, { name: '_gcl_au', domain: '.shop.example' }],
      ['static.hotjar.com', 'fonts.googleapis.com', 'cdn.shop.example', 'connect.facebook.net'],
    );
    expect(audit.site).toBe(SITE);
    const byName = Object.fromEntries((audit.vendors ?? []).map((v) => [v.name, v]));
    expect(byName['Google Analytics']).toMatchObject({ cookies: ['_ga', '_gid'], hosts: [], disclosed: true });
    expect(byName['Google Ads / DoubleClick']).toMatchObject({
      category: 'advertising',
      cookies: ['IDE', '_gcl_au'],
      disclosed: false,
      disclosedBy: null,
    });
    expect(byName.Hotjar).toMatchObject({
      category: 'analytics',
      cookies: [],
      hosts: ['static.hotjar.com'],
      disclosed: true,
    });
    expect(byName['Google Fonts']).toMatchObject({ hosts: ['fonts.googleapis.com'], disclosed: false });
    expect(byName.Meta).toMatchObject({ category: 'advertising', hosts: ['connect.facebook.net'], disclosed: false });
    expect(Object.keys(byName)).not.toContain('shop.example');
  });

  it('counts a vendor as disclosed when each of its cookies is', () => {
    const vendors = check('We use strictly necessary cookies.', [{ name: '__cf_bm', domain: '.shop.example' }]).audit
      .vendors;
    expect(vendors?.[0]).toMatchObject({
      name: 'Cloudflare',
      disclosed: true,
      disclosedBy: 'each of its cookies is disclosed',
    });
  });

  it('returns where the notice names each cookie and vendor', () => {
    const text = 'Cookies\nWe use Google Analytics to count visits.';
    const result = check(text, [GA, IDE]);
    const span = result.cookieSpans[0]!;
    expect(text.slice(span.start, span.end)).toBe('Google Analytics');
    expect(result.cookieSpans[1]).toBeNull();
    expect(result.vendorSpans).toHaveLength(result.audit.vendors?.length ?? 0);
  });

  it('has an alias for every vendor the issue names, each matching its own name', () => {
    for (const name of [
      'Google Analytics',
      'Meta',
      'Microsoft Clarity',
      'LinkedIn Insight Tag',
      'HubSpot',
      'Hotjar',
      'TikTok',
    ]) {
      const alias = VENDOR_ALIASES.find((a) => a.name === name);
      expect(alias, name).toBeDefined();
    }
    const names = VENDOR_ALIASES.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('crossCheckCookies: one name per vendor', () => {
  it("gives each cookie the name its vendor is listed under; the data's own name stays in the rule", () => {
    const audit = check('', [GA, IDE, FBP, { name: '_fbc', domain: '.shop.example' }]).audit;
    const byName = Object.fromEntries(audit.cookies.map((c) => [c.name, c]));
    expect(byName._fbp).toMatchObject({ vendor: 'Meta', company: 'Meta' });
    expect(byName._fbp?.rule).toBe('OCD name "_fbp": Facebook, OCD Marketing');
    expect(byName.IDE).toMatchObject({ vendor: 'Google Ads / DoubleClick', company: 'Google' });
    expect(byName.IDE?.rule).toContain('DoubleClick/Google Marketing');
    expect(byName._ga?.vendor).toBe('Google Analytics');
    const vendors = audit.vendors ?? [];
    expect(vendors.map((v) => [v.name, v.company])).toEqual([
      ['Google Analytics', 'Google'],
      ['Google Ads / DoubleClick', 'Google'],
      ['Meta', 'Meta'],
    ]);
    for (const c of audit.cookies) {
      expect(vendors.find((v) => v.name === c.vendor)?.cookies, c.name).toContain(c.name);
    }
  });

  it("keeps a vendor outside an alias's product family under its own name", () => {
    const names = (cookies: ObservedCookie[], hosts: string[] = []) =>
      check('', cookies, hosts).audit.vendors?.map((v) => v.name);
    // ColdFusion's session cookies are not Adobe Experience Cloud; Segmento is not Segment; Usercentrics is not Cookiebot.
    expect(names([{ name: 'CFTOKEN', domain: SITE }])).toEqual(['Adobe ColdFusion']);
    expect(names([], ['rutarget.ru'])).toEqual(['Segmento']);
    expect(names([{ name: 'uc_user_interaction', domain: SITE }])).toEqual(['Usercentrics']);
    expect(names([{ name: 'CookieConsent', domain: SITE }])).toEqual(['Cookiebot']);
  });
});

describe('crossCheckCookies: before consent', () => {
  it('gives each cookie set before consent the outcome of the UK rules', () => {
    const cookies = check('', [
      { name: 'PHPSESSID', domain: SITE, beforeConsent: true },
      { ...GA, beforeConsent: true },
      { name: 'YSC', domain: '.shop.example', beforeConsent: true },
      { name: '_hjid', domain: '.hotjar-cdn.example', beforeConsent: true },
      { ...IDE, beforeConsent: true },
      { name: 'nQ_cookieId', domain: SITE, beforeConsent: true },
      { name: 'later', domain: SITE },
    ]).audit.cookies;
    expect(cookies.map((c) => [c.name, c.consent])).toEqual([
      ['PHPSESSID', 'exempt'],
      ['_ga', 'allowed-with-conditions'],
      ['YSC', 'allowed-with-conditions'],
      ['_hjid', 'consent-required'],
      ['IDE', 'consent-required'],
      ['nQ_cookieId', 'unknown'],
      ['later', undefined],
    ]);
    expect(cookies.filter((c) => c.beforeConsent)).toHaveLength(6);
  });
});

describe('consent rules (PECR reg 6 and Sch A1, as amended by the Data (Use and Access) Act 2025)', () => {
  it('exempts strictly necessary cookies, allows statistics and appearance with conditions, forbids advertising and cross-site tracking', () => {
    expect(findConsentRule({ category: 'necessary', party: 'third' }).id).toBe('strictly-necessary');
    expect(findConsentRule({ category: 'analytics', party: 'first' })).toMatchObject({
      id: 'statistics',
      outcome: 'allowed-with-conditions',
    });
    expect(findConsentRule({ category: 'analytics', party: 'third' })).toMatchObject({
      id: 'cross-site-tracking',
      outcome: 'consent-required',
    });
    expect(findConsentRule({ category: 'functional', party: 'third' }).id).toBe('appearance');
    expect(findConsentRule({ category: 'advertising', party: 'first' }).outcome).toBe('consent-required');
    expect(findConsentRule({ category: 'unknown', party: 'first' }).outcome).toBe('unknown');
  });

  it('cites the law in every rule and says a conditional one is no violation in itself', () => {
    for (const rule of CONSENT_RULES) expect(rule.law, rule.id).toMatch(/PECR/);
    for (const rule of CONSENT_RULES.filter((r) => r.outcome === 'allowed-with-conditions')) {
      expect(rule.meaning).toContain('not a violation in itself');
      expect(rule.meaning).toContain('way to object');
    }
  });
});

describe('helpers', () => {
  it('normalises expiry from ISO, dates, Unix seconds and session markers', () => {
    expect(normalizeExpiry('2027-12-28T13:20:00Z')).toBe('2027-12-28T13:20:00.000Z');
    expect(normalizeExpiry(1830000000)).toBe('2027-12-28T13:20:00.000Z');
    expect(normalizeExpiry('1830000000')).toBe('2027-12-28T13:20:00.000Z');
    expect(normalizeExpiry(-1)).toBeNull();
    expect(normalizeExpiry(0)).toBeNull();
    expect(normalizeExpiry(null)).toBeNull();
    expect(normalizeExpiry('never')).toBeNull();
  });

  it('infers the site from the domain most cookies share', () => {
    expect(inferSite([GA, IDE, { name: 'x', domain: 'www.shop.example' }])).toBe('shop.example');
    expect(inferSite([])).toBeNull();
    const cookies = crossCheckCookies('', [GA, IDE, { name: 'x', domain: 'www.shop.example' }]).audit;
    expect(cookies.site).toBe('shop.example');
    expect(cookies.cookies.map((c) => c.party)).toEqual(['first', 'third', 'first']);
  });
});

describe('runAudit with cookies', () => {
  const text =
    'Privacy notice\nWe are the controller of your personal data. We use Google Analytics cookies to count visits; you can refuse them in your browser settings.';

  it('fills report.cookies, taking the site from a URL or page source', () => {
    const doc = createPolicyDocument({ text });
    const report = runAudit(doc, {
      source: { kind: 'page', location: 'https://www.shop.example/privacy' },
      cookies: [GA, IDE],
      thirdPartyHosts: ['static.hotjar.com'],
    });
    expect(report.cookies?.site).toBe('www.shop.example');
    expect(report.cookies?.cookies.map((c) => [c.name, c.party, c.disclosed])).toEqual([
      ['_ga', 'first', true],
      ['IDE', 'third', false],
    ]);
    expect(report.cookies?.vendors?.map((v) => v.name)).toEqual([
      'Google Analytics',
      'Google Ads / DoubleClick',
      'Hotjar',
    ]);
    expect(report.warnings.map((w) => w.id)).toContain('undisclosed-cookies');
  });

  it('takes an explicit site over the source, and leaves cookies null without cookie data', () => {
    const doc = createPolicyDocument({ text });
    const source = { kind: 'url' as const, location: 'https://legal.example/shop-privacy' };
    expect(runAudit(doc, { source, cookies: [GA], site: 'https://www.shop.example/' }).cookies?.site).toBe(
      'www.shop.example',
    );
    expect(runAudit(doc, { source }).cookies).toBeNull();
  });
});
