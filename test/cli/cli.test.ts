import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, parseDate, UsageError } from '../../src/cli/args';
import type { CliIo } from '../../src/cli/run';
import type { AuditReport, Evidence } from '../../src/engine/types';
import { type CliRun, runCliCaptured } from './run-cli';

const run = (argv: string[], io: Partial<CliIo> = {}) => runCliCaptured(argv, { fetchTimeoutMs: 2000, ...io });

const json = (r: CliRun) => JSON.parse(r.stdout) as AuditReport;
const jsonLines = (r: CliRun) =>
  r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AuditReport);
const allEvidence = (report: AuditReport): Evidence[] => [
  ...report.checks.flatMap((c) => c.evidence),
  ...report.warnings.flatMap((w) => w.evidence),
];

// A small, made-up notice: CRLF line endings, a BOM and non-ASCII text, so offsets must be UTF-16 into the file as read.
const TXT = `\uFEFFPRIVACY NOTICE\r
Last updated: 1 October 2026\r
\r
Who we are\r
Fjällräven Widgets Ltd (“we”) is the controller of your personal data. Contact us at privacy@widgets.example or 12 Mill Lane, York YO1 7ZZ.\r
\r
How we use your data\r
We process your personal data to deliver your orders 📦 because it is necessary for our contract with you. We send newsletters with your consent, which you can withdraw at any time.\r
\r
How long we keep it\r
We keep order records for 6 years after your last purchase.\r
\r
Your rights\r
You have the right to access, correct, delete, restrict or object to the use of your data, and to data portability. You may complain to the Information Commissioner's Office (ICO).\r
`;

const MD = `# Widget Club privacy notice

Last updated: 2 September 2026

## Who we are

Widget Club Ltd is the controller of your personal data. Email us at privacy@widgetclub.example.

## Retention

We keep your membership data for 2 years after your membership ends.

## Your rights

You can ask for access to your personal data, and ask us to correct or delete it.
`;

const HTML = `<!doctype html><html><head><title>Gadget Hut privacy notice</title></head><body>
<nav><a href="/">Home</a> <a href="/shop">Shopfront navigation link</a></nav>
<main><h1>Privacy notice</h1>
<p>Gadget Hut Ltd is the controller of your personal data. Write to privacy@gadgethut.example.</p>
<h2>Retention</h2><p>We keep order data for 6 years for tax purposes.</p>
<h2>Your rights</h2><ul><li>You can access your data.</li><li>You can ask us to delete your personal data.</li></ul>
</main><footer>Site footer text</footer></body></html>`;

let dir: string;
let server: Server;
let base: string;
let refusedUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
  writeFileSync(join(dir, 'notice.txt'), TXT);
  writeFileSync(join(dir, 'notice.md'), MD);
  writeFileSync(join(dir, 'notice.html'), HTML);
  writeFileSync(join(dir, 'page-without-extension'), HTML);
  writeFileSync(join(dir, 'blob.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));

  server = createServer((req, res) => {
    switch (req.url) {
      case '/policy.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(HTML);
        return;
      case '/policy.txt':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(TXT);
        return;
      case '/moved':
        res.writeHead(301, { location: '/policy.html' });
        res.end();
        return;
      case '/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.7 not really');
        return;
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<p>${'x'.repeat(200_000)}</p>`);
        return;
      case '/slow':
        // Sends headers, then never finishes the body.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>starting');
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A port nobody listens on: bind one, then close it.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  refusedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/policy.html`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('file inputs', () => {
  it('audits a .txt file with evidence offsets into the file as read', async () => {
    const path = join(dir, 'notice.txt');
    const r = await run([path, '--format', 'json', '--as-of', '2026-11-22']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = json(r);
    const text = readFileSync(path, 'utf8');
    expect(report.source).toEqual({ kind: 'file', location: path, title: null, characters: text.length });
    const evidence = allEvidence(report);
    expect(evidence.length).toBeGreaterThan(0);
    for (const ev of evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it('audits an .html file through the page extraction', async () => {
    const path = join(dir, 'notice.html');
    const report = json(await run([path, '--format=json']));
    expect(report.source.kind).toBe('file');
    expect(report.source.title).toBe('Gadget Hut privacy notice');
    const evidence = allEvidence(report);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.some((e) => e.section === 'Retention')).toBe(true);
    for (const ev of evidence) expect(ev.text).not.toMatch(/navigation|footer/i);
    const sniffed = json(await run([join(dir, 'page-without-extension'), '-f', 'json']));
    expect(sniffed.source.title).toBe('Gadget Hut privacy notice');
    expect(sniffed.source.characters).toBe(report.source.characters);
  });

  it('audits a .md file with its # headings as sections', async () => {
    const path = join(dir, 'notice.md');
    const report = json(await run([path, '--format', 'json']));
    expect(report.source.title).toBe('Widget Club privacy notice');
    const evidence = allEvidence(report);
    expect(evidence.length).toBeGreaterThan(0);
    for (const ev of evidence) expect(MD.slice(ev.start, ev.end)).toBe(ev.text);
    expect(evidence.some((e) => ['Who we are', 'Retention', 'Your rights'].includes(e.section ?? ''))).toBe(true);
  });

  it('reports a binary file through the verdict instead of crashing', async () => {
    const r = await run([join(dir, 'blob.bin'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r).verdict?.kind).toBe('binary');
  });

  it('prints the other reports and one stderr line when an input is missing', async () => {
    const txt = join(dir, 'notice.txt');
    const r = await run([txt, 'nope.txt', join(dir, 'notice.md'), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderrLines).toEqual(['audit: nope.txt: no such file']);
    expect(jsonLines(r).map((x) => x.source.location)).toEqual([txt, join(dir, 'notice.md')]);
  });

  it('says so when a path is a directory', async () => {
    const r = await run([dir]);
    expect(r.code).toBe(1);
    expect(r.stderrLines).toEqual([`audit: ${dir}: is a directory`]);
    expect(r.stdout).toBe('');
  });
});

describe('URL inputs', () => {
  it('fetches and extracts an HTML page, following redirects', async () => {
    const r = await run([`${base}/policy.html`, `${base}/moved`, `${base}/policy.txt`, '--format', 'jsonl']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [page, moved, plain] = jsonLines(r);
    expect(page?.source).toMatchObject({
      kind: 'url',
      location: `${base}/policy.html`,
      title: 'Gadget Hut privacy notice',
    });
    expect(moved?.source).toMatchObject({
      kind: 'url',
      location: `${base}/moved`,
      characters: page?.source.characters,
    });
    expect(plain?.source.characters).toBe(TXT.length);
  });

  it('turns HTTP errors, unsupported types, timeouts, refused connections and oversized bodies into one line each', async () => {
    const inputs = [
      `${base}/missing`,
      `${base}/report.pdf`,
      `${base}/slow`,
      refusedUrl,
      `${base}/huge`,
      `${base}/policy.html`,
    ];
    const t0 = Date.now();
    const r = await run([...inputs, '--format', 'jsonl'], { fetchTimeoutMs: 400, maxResponseBytes: 100_000 });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r.code).toBe(1);
    expect(r.stderrLines).toEqual([
      `audit: ${base}/missing: HTTP 404 Not Found`,
      `audit: ${base}/report.pdf: unsupported content type application/pdf (expected an HTML page or plain text)`,
      `audit: ${base}/slow: timed out after 0.4 s`,
      `audit: ${refusedUrl}: connection refused`,
      `audit: ${base}/huge: response too large (over 98 kB)`,
    ]);
    expect(jsonLines(r).map((x) => x.source.location)).toEqual([`${base}/policy.html`]);
  });

  it('reads the fetch timeout from AUDIT_FETCH_TIMEOUT_MS', async () => {
    const r = await run([`${base}/slow`], { fetchTimeoutMs: undefined, env: { AUDIT_FETCH_TIMEOUT_MS: '300' } });
    expect(r.stderrLines).toEqual([`audit: ${base}/slow: timed out after 0.3 s`]);
  });

  it('refuses other URL schemes', async () => {
    const r = await run(['ftp://example.org/policy.txt']);
    expect(r.code).toBe(1);
    expect(r.stderrLines).toEqual([
      'audit: ftp://example.org/policy.txt: unsupported URL scheme (use http:// or https://, or a file path)',
    ]);
  });
});

describe('options and output', () => {
  it('validates --as-of and uses it as the audit date', async () => {
    for (const bad of ['2026-02-30', '22/11/2026', 'soon', '2026-1-5']) {
      const r = await run([join(dir, 'notice.txt'), '--as-of', bad]);
      expect(r.code).toBe(2);
      expect(r.stderrLines[0]).toContain('--as-of wants a date as YYYY-MM-DD');
      expect(r.stdout).toBe('');
    }
    const ok = json(await run([join(dir, 'notice.txt'), '--as-of', '2026-11-22', '--format', 'json']));
    expect(ok.auditedAt).toBe('2026-11-22T00:00:00.000Z');
  });

  it('prints usage and exits 2 without inputs or with a bad option', async () => {
    for (const argv of [
      [],
      ['--format', 'json'],
      ['x.txt', '--format', 'pdf'],
      ['x.txt', '--frobnicate'],
      ['x.txt', '--out'],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('usage: audit <file|url>...');
      expect(r.stdout).toBe('');
    }
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--as-of');
  });

  it('writes --out to a file with a one-line note', async () => {
    const out = join(dir, 'report.json');
    const r = await run([join(dir, 'notice.txt'), '--format', 'json', '--out', out], { isTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderrLines).toEqual([`audit: wrote the report (json) to ${out}`]);
    expect((JSON.parse(readFileSync(out, 'utf8')) as AuditReport).source.kind).toBe('file');
  });

  it('prints one JSON line per audited input, in input order', async () => {
    const inputs = [join(dir, 'notice.md'), join(dir, 'notice.txt'), join(dir, 'notice.html'), join(dir, 'notice.txt')];
    const r = await run([...inputs, '--format', 'jsonl']);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(4);
    expect(jsonLines(r).map((x) => x.source.location)).toEqual(inputs);
  });

  it('colours text output only on a terminal without NO_COLOR or --out', async () => {
    const file = join(dir, 'notice.txt');
    const plain = await run([file], { isTTY: false });
    const tty = await run([file], { isTTY: true });
    const noColor = await run([file], { isTTY: true, env: { NO_COLOR: '1' } });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes
    const ansi = /\u001b\[/;
    expect(plain.stdout).not.toMatch(ansi);
    expect(tty.stdout).toMatch(ansi);
    expect(noColor.stdout).not.toMatch(ansi);
  });
});

describe('parseArgs', () => {
  it('reads inputs, options in both spellings, and -- ', () => {
    expect(parseArgs(['a.txt', '-f', 'md', '--out=r.md', '--as-of=2026-01-31', '--', '--odd-name.txt'])).toEqual({
      inputs: ['a.txt', '--odd-name.txt'],
      format: 'md',
      out: 'r.md',
      asOf: new Date('2026-01-31T00:00:00Z'),
      scan: null,
      cookies: null,
      site: null,
      help: false,
    });
    expect(parseArgs(['a.txt', '--format', 'markdown']).format).toBe('md');
  });

  it('rejects impossible dates', () => {
    expect(parseDate('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(() => parseDate('2025-02-29')).toThrow(UsageError);
    expect(() => parseDate('2025-13-01')).toThrow(UsageError);
  });
});
