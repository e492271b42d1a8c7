// `audit NOTICE --cookies FILE [--site HOST]`: cross-checks a list of cookies
// (JSON or cookies.txt) against each notice; the report carries the cookie
// audit and the cookie warnings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/engine/types';
import { runCliCaptured } from './run-cli';

const NOTICE = 'test/fixtures/cookie-site/privacy.html';

const run = runCliCaptured;

describe('audit --cookies FILE', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pna-cookies-'));
    // As Playwright's storageState or a browser export writes them: expiry in Unix seconds, values present.
    writeFileSync(
      join(dir, 'cookies.json'),
      JSON.stringify([
        { name: '_ga', domain: '.pennyworth-teas.example', value: 'GA1.1.1', expires: 1830000000, beforeConsent: true },
        {
          name: 'IDE',
          domain: '.doubleclick.net',
          value: 'secret',
          expirationDate: 1830000000,
          httpOnly: true,
          beforeConsent: true,
        },
        { name: 'PHPSESSID', domain: 'www.pennyworth-teas.example', value: 'abc', session: true },
      ]),
    );
    writeFileSync(
      join(dir, 'cookies.txt'),
      '# Netscape HTTP Cookie File\n.pennyworth-teas.example\tTRUE\t/\tFALSE\t1830000000\t_ga\tGA1.1.1\n#HttpOnly_.doubleclick.net\tTRUE\t/\tTRUE\t1830000000\tIDE\tsecret\n',
    );
    writeFileSync(join(dir, 'bad.json'), '{"cookies": [{"name": "_ga"}]}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('cross-checks a JSON list against the notice, never copying cookie values', async () => {
    const r = await run([NOTICE, '--cookies', join(dir, 'cookies.json'), '--format', 'json', '--as-of', '2026-11-22']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.cookies?.site).toBe('pennyworth-teas.example');
    expect(report.cookies?.cookies.map((c) => [c.name, c.party, c.category, c.disclosed, c.expires])).toEqual([
      ['_ga', 'first', 'analytics', true, '2027-12-28T13:20:00.000Z'],
      ['IDE', 'third', 'advertising', false, '2027-12-28T13:20:00.000Z'],
      ['PHPSESSID', 'first', 'necessary', true, null],
    ]);
    expect(report.warnings.map((w) => w.id)).toEqual(['undisclosed-cookies', 'pre-consent-cookies']);
    expect(r.stdout).not.toContain('secret');
    expect(r.stdout).not.toContain('GA1.1.1');
  });

  it('reads a Netscape cookies.txt, with --site deciding first or third party', async () => {
    const r = await run([
      NOTICE,
      '--cookies',
      join(dir, 'cookies.txt'),
      '--site',
      'www.doubleclick.net',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.cookies?.cookies.map((c) => [c.name, c.party])).toEqual([
      ['_ga', 'third'],
      ['IDE', 'first'],
    ]);
    // No scan, so nothing is known to be set before consent.
    expect(report.warnings.map((w) => w.id)).toEqual(['undisclosed-cookies']);
  });

  it('fails in one line on a file it cannot use', async () => {
    const missing = await run([NOTICE, '--cookies', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`audit: --cookies ${join(dir, 'nope.json')}: no such file\n`);
    const bad = await run([NOTICE, '--cookies', join(dir, 'bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('expected a JSON array of cookies');
    expect(bad.stdout).toBe('');
  });

  it('wants --site only with --cookies', async () => {
    const r = await run([NOTICE, '--site', 'example.com']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--site goes with --cookies FILE');
  });

  it('leaves the cookie audit out without cookie data', async () => {
    const r = await run([NOTICE, '--format', 'json']);
    expect((JSON.parse(r.stdout) as AuditReport).cookies).toBeNull();
  });
});
