import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CookieFileError, parseCookieFile } from '../../src/cookies/cookie-file';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'cookies-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/cookies.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const NETSCAPE = [
  '# Netscape HTTP Cookie File',
  '# https://curl.se/docs/http-cookies.html',
  '',
  '.example.com\tTRUE\t/\tFALSE\t1893456000\t_ga\tGA1.2.111.222',
  '#HttpOnly_www.example.com\tFALSE\t/\tTRUE\t0\tPHPSESSID\tsecret-session-value',
  '.doubleclick.net\tTRUE\t/\tTRUE\t1893456000\tIDE\tAHWqTUk',
  '',
].join('\n');

describe('npm run cookies', () => {
  it('adds category, vendor and matchedBy to a JSON array, in order, keeping the input fields', () => {
    const input = [
      { name: 'IDE', domain: '.doubleclick.net', path: '/', expires: '2027-01-01T00:00:00.000Z' },
      { name: '_ga', domain: '.example.com' },
      { name: 'no_such_cookie_x', domain: 'www.example.com', secure: true },
    ];
    const r = run(file('cookies.json', JSON.stringify(input)));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.map((c: { name: string }) => c.name)).toEqual(['IDE', '_ga', 'no_such_cookie_x']);
    // The vendor as the audit shows it everywhere; the data's own name stays in the rule.
    expect(out[0]).toMatchObject({ ...input[0], category: 'advertising', vendor: 'Google Ads / DoubleClick' });
    expect(out[0].rule).toBe('OCD name "IDE": DoubleClick/Google Marketing, OCD Marketing');
    expect(out[1]).toMatchObject({ category: 'analytics', vendor: 'Google Analytics', matchedBy: 'exact' });
    expect(out[2]).toMatchObject({ secure: true, category: 'unknown', vendor: null, matchedBy: 'none' });
    expect(out[0]).not.toHaveProperty('party');
    for (const c of out) expect(typeof c.rule).toBe('string');
  });

  it('adds first or third party with --site', () => {
    const path = file(
      'party.json',
      JSON.stringify([
        { name: '_ga', domain: '.example.com' },
        { name: 'IDE', domain: '.doubleclick.net' },
      ]),
    );
    const out = JSON.parse(run(path, '--site', 'shop.example.com').stdout);
    expect(out.map((c: { party: string }) => c.party)).toEqual(['first', 'third']);
    expect(JSON.parse(run(`--site=www.example.com`, path).stdout)[1].party).toBe('third');
  });

  it('reads a Netscape cookies.txt, with #HttpOnly_ lines and session cookies, and leaves values out', () => {
    const r = run(file('cookies.txt', NETSCAPE));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({
      name: '_ga',
      domain: '.example.com',
      expires: '2030-01-01T00:00:00.000Z',
      httpOnly: false,
      secure: false,
      category: 'analytics',
    });
    expect(out[1]).toMatchObject({
      name: 'PHPSESSID',
      domain: 'www.example.com',
      expires: null,
      httpOnly: true,
      secure: true,
      category: 'necessary',
    });
    expect(out[2]).toMatchObject({ name: 'IDE', category: 'advertising' });
    expect(r.stdout).not.toContain('secret-session-value');
  });

  it('prints [] for an empty JSON array', () => {
    const r = run(file('empty-array.json', '[]'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it.each([
    ['a JSON object', 'object.json', '{"name":"_ga","domain":"x"}', /expected a JSON array of cookies, got an object/],
    ['a storageState file', 'state.json', '{"cookies":[],"origins":[]}', /pass that array/],
    ['an array of non-cookies', 'numbers.json', '[1,2,3]', /item 0 is a number, not a cookie object/],
    ['a cookie without a domain', 'nodomain.json', '[{"name":"_ga"}]', /item 0 has no string "domain"/],
    ['broken JSON', 'broken.json', '[{"name":', /not valid JSON/],
    ['an empty file', 'empty.txt', '', /the file is empty/],
    ['whitespace only', 'blank.txt', '  \n\n', /the file is empty/],
    [
      'plain text',
      'notes.txt',
      'hello world\nthis is not cookies\n',
      /not a JSON array of cookies or a Netscape cookies\.txt/,
    ],
    ['a bad cookies.txt line', 'bad.txt', '# Netscape HTTP Cookie File\n.example.com\tTRUE\t/\n', /line 2: expected 7/],
    ['binary data', 'data.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /looks binary/],
    ['non-UTF-8 text', 'latin1.txt', Buffer.from([0x5b, 0xe9, 0xe8, 0x5d]), /not UTF-8 text/],
  ])('rejects %s with one line on stderr and exit 2', (_what, name, content, message) => {
    const r = run(file(name, content));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 with usage for a missing argument, a missing file or an unknown option', () => {
    expect(run()).toMatchObject({ status: 2, stdout: '' });
    expect(run().stderr).toContain('usage: npm run cookies -- FILE [--site HOST]');
    expect(run(join(dir, 'nope.json')).stderr).toMatch(/cannot read .*nope\.json: ENOENT/);
    expect(run('--bogus', 'x').status).toBe(2);
  });
});

describe('parseCookieFile', () => {
  it('tells the two formats apart', () => {
    expect(parseCookieFile('[{"name":"a","domain":"b"}]').format).toBe('json');
    expect(parseCookieFile(NETSCAPE).format).toBe('cookies.txt');
    expect(parseCookieFile('example.com\tFALSE\t/\tFALSE\t0\tsid\t').cookies[0]).toMatchObject({
      name: 'sid',
      domain: 'example.com',
      expires: null,
    });
  });

  it('throws CookieFileError for shapes it does not know', () => {
    expect(() => parseCookieFile('{}')).toThrow(CookieFileError);
    expect(() => parseCookieFile('[null]')).toThrow(/item 0 is null/);
    expect(() => parseCookieFile('[{"name":"","domain":"x"}]')).toThrow(/empty "name"/);
    expect(() => parseCookieFile('a\u0000b')).toThrow(/binary/);
  });
});
