// The cookie audit in every export: the table (name, domain, party, category,
// vendor, expiry, disclosed, rule, and before-consent when scanned) in md and
// html, a short section in text, one row per cookie in csv, the object as is
// in json. Cookie names and domains come from the site: hostile until cleaned.
import { describe, expect, it } from 'vitest';
import type { AuditReport, ObservedCookieResult } from '../../src/engine/types';
import { renderReports } from '../../src/report';
import { CSV_COLUMNS } from '../../src/report/csv';
import { HOSTILE, sampleReport } from './fixtures/reports';

const scanned: ObservedCookieResult[] = [
  {
    name: '_ga',
    domain: '127.0.0.1',
    party: 'first',
    expires: '2028-11-22T10:30:00.000Z',
    category: 'analytics',
    vendor: 'Google Analytics',
    company: 'Google',
    matchedBy: 'exact',
    rule: 'OCD name "_ga": Google Analytics, OCD Analytics',
    disclosed: true,
    disclosedBy: 'names "Google Analytics"',
    beforeConsent: true,
    consent: 'allowed-with-conditions',
  },
  {
    name: HOSTILE.formula,
    domain: `${HOSTILE.script}.example`,
    party: 'third',
    expires: null,
    category: 'unknown',
    vendor: HOSTILE.img,
    company: null,
    matchedBy: 'none',
    rule: `${HOSTILE.ansi} ${HOSTILE.link}`,
    disclosed: false,
    disclosedBy: null,
    beforeConsent: true,
    consent: 'unknown',
  },
  {
    name: 'IDE',
    domain: 'localhost',
    party: 'third',
    expires: '2027-11-22T10:30:00.000Z',
    category: 'advertising',
    vendor: 'DoubleClick/Google Marketing',
    company: 'Google',
    matchedBy: 'exact',
    rule: 'OCD name "IDE": DoubleClick/Google Marketing, OCD Marketing',
    disclosed: false,
    disclosedBy: null,
    beforeConsent: true,
    consent: 'consent-required',
  },
];
const report: AuditReport = { ...sampleReport, cookies: { cookies: scanned, vendors: [], site: '127.0.0.1' } };

describe('cookie audit in the exports', () => {
  it('md: the table with expiry, rule and before consent, most intrusive first, cells escaped', () => {
    const md = renderReports([report], 'md');
    expect(md).toContain(
      '| Cookie | Domain | Party | Category | Vendor | Expires | In the notice | Rule | Before consent |',
    );
    const rows = md
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Cookie') && l.includes(' | third |'));
    expect(rows[0]).toBe(
      '| IDE | localhost | third | advertising | DoubleClick/Google Marketing | 2027-11-22 | **no** | OCD name "IDE": DoubleClick/Google Marketing, OCD Marketing | **violation** |',
    );
    expect(md).toContain('| \\_ga | 127\\.0.0.1 | first | analytics | Google Analytics | 2028-11-22 | yes |');
    expect(md).toContain('| session | **no** |');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('\u001b');
  });

  it('html: the same table, every string escaped', () => {
    const html = renderReports([report], 'html');
    expect(html).toContain('<th>Expires</th><th>In the notice</th><th>Rule</th><th>Before consent</th>');
    expect(html).toContain('<td class="no">violation</td>');
    expect(html).toContain('allowed if informed');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
  });

  it('text: a short Cookies section, one entry per cookie', () => {
    const text = renderReports([report], 'text');
    const section = text.slice(text.indexOf('\nCookies\n'));
    expect(section).toContain('  3 observed, 2 not mentioned by the notice');
    expect(section).toContain('  ✗ IDE (advertising, DoubleClick/Google Marketing)\n');
    expect(section).toContain('before consent: violation');
    expect(section).toContain('  ✓ _ga (analytics, Google Analytics)\n');
    expect(section).not.toContain('\u001b');
  });

  it('csv: one row per cookie after the checks, check_id "cookie:<name>", formulas defused', () => {
    const lines = renderReports([report], 'csv').split('\r\n').filter(Boolean);
    const cookieLines = lines.filter((l) => l.includes(',cookie:'));
    expect(lines).toHaveLength(1 + report.checks.length + scanned.length);
    expect(cookieLines[0]).toBe(
      `${report.source.location},${report.score},cookie:IDE,IDE (localhost),undisclosed,,advertising; DoubleClick/Google Marketing; third party; session cookie; set before consent: violation,"Name DoubleClick/Google Marketing in the notice, with what its cookies do and how to refuse them.","OCD name ""IDE"": DoubleClick/Google Marketing, OCD Marketing",,,`.replace(
        'session cookie',
        'expires 2027-11-22',
      ),
    );
    expect(cookieLines.some((l) => l.includes(',cookie:_ga,_ga (127.0.0.1),disclosed,,'))).toBe(true);
    for (const line of cookieLines) expect(line).not.toMatch(/,[=+@-]/);
    expect(CSV_COLUMNS).toHaveLength(12);
  });

  it('json: the cookie audit as is', () => {
    expect(JSON.parse(renderReports([report], 'json')).cookies).toEqual(report.cookies);
  });
});
