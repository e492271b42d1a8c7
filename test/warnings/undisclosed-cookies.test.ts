// checks.md warning `undisclosed-cookies`: cookies (or trackers) observed on the
// site whose vendor the notice never names. Strictly necessary cookies never
// count (PECR Sch A1 exempts them from the duty to inform); a cookie no data
// source knows is noted only beside other findings.
import { describe, expect, it } from 'vitest';
import undisclosedCookies from '../../src/warnings/undisclosed-cookies';
import { runCookieWarning } from './cookie-context';

const run = (text: string, cookies: Parameters<typeof runCookieWarning>[2], hosts: string[] = []) =>
  runCookieWarning(undisclosedCookies, text, cookies, { thirdPartyHosts: hosts });

const GA = { name: '_ga', domain: '.shop.example' };
const IDE = { name: 'IDE', domain: '.doubleclick.net' };

describe('undisclosed-cookies warning', () => {
  it('is silent without cookie data', () => {
    expect(run('We use Google Analytics.', null)).toBeNull();
    expect(run('We use Google Analytics.', [])).toBeNull();
  });

  const silent: [string, { name: string; domain: string }[], string][] = [
    ['We use Google Analytics to count visits.', [GA], 'disclosed by vendor'],
    ['Google Ireland Limited sets analytics cookies for us.', [GA], 'disclosed by its company named on its own'],
    ['We measure visits with GA4.', [GA], 'disclosed by an alias'],
    ['The _ga cookie lasts two years.', [GA], 'disclosed by the cookie name'],
    [
      'We keep our notice short.',
      [{ name: 'PHPSESSID', domain: 'www.shop.example' }],
      'a strictly necessary cookie, undisclosed: exempt',
    ],
    [
      'We keep our notice short.',
      [{ name: 'nQ_cookieId', domain: 'www.shop.example' }],
      'an unclassified cookie alone',
    ],
  ];
  for (const [text, cookies, note] of silent) {
    it(`is silent: ${note}`, () => expect(run(text, cookies)).toBeNull());
  }

  it('names the undisclosed vendor with the category and names of its cookies', () => {
    const found = run('We use Google Analytics to count visits.', [
      GA,
      IDE,
      { name: 'test_cookie', domain: '.doubleclick.net' },
    ]);
    expect(found?.message).toBe(
      'The notice does not name 1 vendor whose cookies or trackers are on the site: Google Ads / DoubleClick (advertising cookies IDE, test_cookie). Name each vendor, say what its cookies do and how to refuse them.',
    );
    expect(found?.evidence).toEqual([]);
  });

  it('lists each undisclosed vendor, and tracking hosts that set no cookie', () => {
    const found = run(
      'Our notice says nothing about trackers.',
      [{ name: '_fbp', domain: '.shop.example' }],
      ['static.hotjar.com', 'fonts.googleapis.com'],
    );
    expect(found?.message).toContain('2 vendors');
    expect(found?.message).toContain('Meta (advertising cookie _fbp)');
    expect(found?.message).toContain('Hotjar (analytics, loaded from static.hotjar.com)');
    expect(found?.message).not.toContain('Google Fonts');
  });

  it('adds unclassified cookies as a note beside a finding', () => {
    const found = run('We keep our notice short.', [IDE, { name: 'nQ_cookieId', domain: 'www.shop.example' }]);
    expect(found?.message).toMatch(
      /Also not named: 1 cookie that could not be classified \(nQ_cookieId\); check what it does\.$/,
    );
  });
});
