// `audit --scan <url>` against a local fixture site, in real headless Chromium
// (skipped, with a message, only when /usr/bin/chromium is absent). The site
// (test/fixtures/cookie-site) is served on 127.0.0.1 and also answers as
// http://localhost:PORT, a second "site" for a third-party advertising pixel.
// The same server is the browser's proxy, so every request the browser makes
// is logged: anything for another host is refused and fails the test.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/run';
import { chooseNotice, DEFAULT_CHROMIUM, toObservedCookie } from '../../src/cli/scan';
import { createPolicyDocument } from '../../src/engine/document';
import type { AuditReport } from '../../src/engine/types';
import { renderReports } from '../../src/report';
import { type CliRun, runCliCaptured } from './run-cli';

const SITE = fileURLToPath(new URL('../fixtures/cookie-site/', import.meta.url));
const expected = JSON.parse(readFileSync(`${SITE}expected.json`, 'utf8')) as {
  notice: string;
  cookies: Record<string, { party: string; category: string; vendor: string; disclosed: boolean; consent: string }>;
  warnings: string[];
  undisclosed: string[];
  violations: string[];
  allowedWithConditions: string[];
};

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

interface FixtureSite {
  port: number;
  origin: string;
  /** Every request the browser made, as absolute URLs. */
  log: string[];
  /** Requests for any host but 127.0.0.1:PORT and localhost:PORT. */
  external: string[];
  close(): Promise<void>;
}

async function serveCookieSite(): Promise<FixtureSite> {
  const log: string[] = [];
  const external: string[] = [];
  let port = 0;
  const page = (name: string) => readFileSync(`${SITE}${name}`, 'utf8').replaceAll('{{PORT}}', String(port));
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? '/';
    // As a proxy the server gets absolute URLs; as a plain server, paths.
    const url = /^https?:\/\//i.test(raw)
      ? new URL(raw)
      : new URL(raw, `http://${req.headers.host ?? `127.0.0.1:${port}`}`);
    log.push(url.href);
    const host = url.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      external.push(url.href);
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked: the scan may contact only the fixture site');
      return;
    }
    const html = (body: string, status = 200) =>
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    if (host.startsWith('localhost') && url.pathname === '/px') {
      // An ad network's pixel: a third-party cookie, as Google's IDE is set (Secure, HttpOnly, SameSite=None).
      res.writeHead(200, {
        'content-type': 'image/gif',
        'cache-control': 'no-store',
        'set-cookie': 'IDE=AHWqTUk3example; Max-Age=33696000; Path=/; Secure; HttpOnly; SameSite=None',
      });
      res.end(GIF);
      return;
    }
    if (host.startsWith('127.0.0.1')) {
      if (url.pathname === '/') return html(page('index.html'));
      if (url.pathname === '/privacy') return html(page('privacy.html'));
      // Never answers: for the time limits.
      if (url.pathname === '/slow') return;
      // No notice link; its pixel on another host shows the net catches any contact beyond the fixture.
      if (url.pathname === '/bare')
        return html(
          '<!doctype html><title>Shop</title><p>Tea, coffee and cake.</p><img src="http://tracker.example/p.gif">',
        );
    }
    html('<!doctype html><title>Not found</title><p>Not found.</p>', 404);
  });
  // HTTPS through the proxy: never expected; recorded and refused.
  server.on('connect', (req: IncomingMessage, socket) => {
    log.push(`https://${req.url ?? ''}`);
    external.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    log,
    external,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const run = (argv: string[], io: Partial<CliIo> = {}) => runCliCaptured(argv, { fetchTimeoutMs: 10_000, ...io });

const hasChromium = existsSync(DEFAULT_CHROMIUM);
if (!hasChromium) console.warn(`scan tests skipped: no Chromium at ${DEFAULT_CHROMIUM} (apt-get install chromium)`);

describe.skipIf(!hasChromium)('audit --scan in headless Chromium', () => {
  let site: FixtureSite;
  let scan: CliRun;
  let report: AuditReport;

  beforeAll(async () => {
    site = await serveCookieSite();
    scan = await run(['--scan', `${site.origin}/`, '--format', 'json', '--as-of', '2026-11-22'], {
      scan: { proxy: site.origin },
    });
    report = JSON.parse(scan.stdout || 'null') as AuditReport;
  }, 60_000);
  afterAll(() => site?.close());

  it('exits 0 and audits the notice linked from the home page', () => {
    expect(scan.code, scan.stderr).toBe(0);
    expect(report.source).toMatchObject({ kind: 'url', location: `${site.origin}${expected.notice}` });
    expect(scan.stderr).toContain('2 cookies set before any interaction (1 third-party), 1 third-party host requested');
    expect(scan.stderr).toContain(`auditing the notice linked as "Privacy notice": ${site.origin}/privacy`);
  });

  it('records every cookie set before any interaction, as the fixture expects and nothing more', () => {
    const cookies = report.cookies?.cookies ?? [];
    expect(cookies.map((c) => c.name).sort()).toEqual(Object.keys(expected.cookies).sort());
    for (const cookie of cookies) {
      expect(cookie, cookie.name).toMatchObject({ ...expected.cookies[cookie.name], beforeConsent: true });
      expect(cookie.expires, `${cookie.name} is persistent`).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    expect(report.cookies?.site).toBe('127.0.0.1');
  });

  it('reports the undisclosed ad vendor and the pre-consent advertising cookie, nothing else', () => {
    expect(report.warnings.map((w) => w.id).sort()).toEqual([...expected.warnings].sort());
    const undisclosed = report.warnings.find((w) => w.id === 'undisclosed-cookies')?.message ?? '';
    for (const vendor of expected.undisclosed) expect(undisclosed).toContain(vendor);
    expect(undisclosed).toContain('IDE');
    expect(undisclosed).not.toContain('Google Analytics');
    expect(undisclosed).not.toContain('_ga');

    const preConsent = report.warnings.find((w) => w.id === 'pre-consent-cookies')?.message ?? '';
    const [violation, note] = preConsent.split('Not a violation in itself');
    for (const name of expected.violations) expect(violation).toContain(name);
    expect(violation).toMatch(
      /^Violation: before any consent was given, the site set 1 advertising cookie: IDE \(Google Ads \/ DoubleClick, on localhost\)/,
    );
    expect(violation).not.toContain('_ga');
    // A scan saw the cookies before any interaction: its wording, not the extension's inference.
    expect(report.cookies?.consent).toBeUndefined();
    expect(preConsent).not.toContain('consent-manager');
    for (const name of expected.allowedWithConditions) expect(note).toContain(name);
    expect(note).toContain('an easy way to object');

    const vendors = report.cookies?.vendors ?? [];
    expect(vendors.filter((v) => !v.disclosed).map((v) => v.name)).toEqual(expected.undisclosed);
    expect(report.checks.find((c) => c.id === 'cookies')?.status).toBe('met');
  });

  it('contacts nothing but the fixture site', () => {
    expect(site.external).toEqual([]);
    expect(site.log).toContain(`http://localhost:${site.port}/px`);
  });

  it('shows the cookies in every export format', () => {
    const text = renderReports([report], 'text');
    expect(text).toContain(
      'Cookies\n  2 observed, 1 not mentioned by the notice\n  ✗ IDE (advertising, Google Ads / DoubleClick)\n',
    );
    expect(text).toMatch(
      / {4}third party · localhost · expires \d{4}-\d{2}-\d{2} · not in the notice · before consent: violation\n/,
    );
    expect(text).toContain('  ✓ _ga (analytics, Google Analytics)\n');
    const csv = renderReports([report], 'csv');
    expect(csv).toMatch(/,cookie:IDE,IDE \(localhost\),undisclosed,,/);
    expect(csv).toMatch(/,cookie:_ga,_ga \(127\.0\.0\.1\),disclosed,,/);
    expect(renderReports([report], 'md')).toContain('| IDE | localhost | third | advertising |');
    expect(renderReports([report], 'html')).toContain('<th>Before consent</th>');
    expect(JSON.parse(renderReports([report], 'json')).cookies).toEqual(report.cookies);
  });

  it('audits the page itself when it is the notice', async () => {
    const r = await run(['--scan', `${site.origin}/privacy`, '--format', 'json'], { scan: { proxy: site.origin } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('the scanned page is itself a privacy notice');
    expect((JSON.parse(r.stdout) as AuditReport).source.location).toBe(`${site.origin}/privacy`);
  }, 30_000);

  it('fails clearly when the page links to no notice and is not one', async () => {
    const before = site.external.length;
    const r = await run(['--scan', `${site.origin}/bare`], { scan: { proxy: site.origin } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('found no link to a privacy notice');
    // The page's own third-party request did go out (through the test proxy): the net that saw nothing else works.
    expect(site.external.slice(before)).toEqual(['http://tracker.example/p.gif']);
  }, 30_000);

  it('gives up on a page that does not load, at the page time limit', async () => {
    const started = Date.now();
    const r = await run(['--scan', `${site.origin}/slow`], { scan: { proxy: site.origin, navigationTimeoutMs: 1000 } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${site.origin}/slow did not load within 1 s`);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('stops the whole scan at its deadline', async () => {
    const started = Date.now();
    const r = await run(['--scan', `${site.origin}/slow`], { scan: { proxy: site.origin, timeoutMs: 2000 } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the scan took longer than 2 s and was stopped');
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('fails clearly on an HTTP error', async () => {
    const r = await run(['--scan', `${site.origin}/missing`], { scan: { proxy: site.origin } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HTTP 404');
  }, 30_000);
});

describe('audit --scan without a browser', () => {
  it('says so in one line when Chromium is missing', async () => {
    const r = await run(['--scan', 'http://127.0.0.1:9/'], { env: { AUDIT_CHROMIUM: '/nonexistent/chromium' } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'audit: http://127.0.0.1:9/: Chromium not found at /nonexistent/chromium: install it (apt-get install chromium) or set AUDIT_CHROMIUM to its path',
    ]);
  });

  it('rejects --scan with other inputs, --cookies or a non-http URL', async () => {
    for (const argv of [
      ['--scan', 'http://127.0.0.1/', 'notice.txt'],
      ['--scan', 'http://127.0.0.1/', '--cookies', 'c.json'],
      ['--scan', 'ftp://example.com/'],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('usage: audit');
    }
  });
});

describe('chooseNotice', () => {
  const notice = createPolicyDocument({
    text: 'Privacy notice\nWe are the controller of your personal data. We process personal data to deliver orders. You have the right to access your data and to complain to the ICO. Cookies: we use analytics cookies.',
    title: 'Privacy notice',
  });
  const shop = createPolicyDocument({ text: 'Tea, coffee and cake. Free delivery over £20.', title: 'Shop' });
  const privacy = { href: 'https://shop.example/privacy', text: 'Privacy', kind: 'privacy' as const };
  const elsewhere = { href: 'https://legal.example/shop', text: 'Privacy policy', kind: 'privacy' as const };
  const cookies = { href: 'https://shop.example/cookies', text: 'Cookies', kind: 'cookie' as const };

  it('prefers the page when it is a notice, then privacy links on the same site, then cookie links', () => {
    expect(chooseNotice('https://shop.example/privacy-policy', notice, [cookies])).toEqual({ link: null });
    expect(chooseNotice('https://shop.example/', shop, [cookies, elsewhere, privacy])).toEqual({ link: privacy });
    expect(chooseNotice('https://shop.example/', shop, [cookies, elsewhere])).toEqual({ link: elsewhere });
    expect(chooseNotice('https://shop.example/', shop, [cookies])).toEqual({ link: cookies });
    expect(chooseNotice('https://shop.example/', shop, [])).toBeNull();
  });
});

describe('toObservedCookie', () => {
  it('keeps names, flags and expiry, never the value', () => {
    const base = { value: 'secret', path: '/', httpOnly: true, secure: true, sameSite: 'None' as const };
    expect(toObservedCookie({ ...base, name: 'IDE', domain: '.doubleclick.net', expires: 1830000000 })).toEqual({
      name: 'IDE',
      domain: '.doubleclick.net',
      path: '/',
      expires: '2027-12-28T13:20:00.000Z',
      httpOnly: true,
      secure: true,
      beforeConsent: true,
    });
    const session = toObservedCookie({
      ...base,
      name: 'sid',
      domain: 'a.example',
      expires: -1,
      partitionKey: 'https://b.example',
    });
    expect(session).toMatchObject({ expires: null, partitioned: true });
    expect(JSON.stringify(session)).not.toContain('secret');
  });
});
