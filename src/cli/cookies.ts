// Classifies the cookies in a file and prints them as JSON, in input order.
//   npm run cookies -- FILE [--site HOST]
// FILE is a JSON array of {"name", "domain", ...} or a Netscape cookies.txt.
// Each cookie keeps its fields and gains category, vendor, matchedBy and rule
// (and party with --site). Exit 2 with a one-line error on unusable input.
// `vendor` is the name the audit shows everywhere (the popup, reports, exports):
// "Meta" for _fbp, "Google Ads / DoubleClick" for IDE (src/cookies/vendor-aliases.ts);
// `rule` keeps the name the data gives ("Facebook", "DoubleClick/Google Marketing").
import { readFileSync } from 'node:fs';
import { classifyCookie, partyOf } from '../cookies/classify';
import { CookieFileError, parseCookieFile } from '../cookies/cookie-file';
import { displayVendor } from '../cookies/vendor-aliases';

const USAGE = 'usage: npm run cookies -- FILE [--site HOST]';

function fail(message: string): never {
  process.stderr.write(`cookies: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; site: string | undefined } {
  let file: string | undefined;
  let site: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--site') {
      site = argv[++i];
      if (!site) fail(`--site needs a host; ${USAGE}`);
    } else if (arg.startsWith('--site=')) {
      site = arg.slice('--site='.length);
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-') && arg !== '-') {
      fail(`unknown option ${arg}; ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      fail(`one file at a time; ${USAGE}`);
    }
  }
  if (file === undefined) fail(USAGE);
  return { file, site };
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (bytes.includes(0)) fail(`${file} looks binary: expected a JSON array of cookies or a Netscape cookies.txt`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file} is not UTF-8 text: expected a JSON array of cookies or a Netscape cookies.txt`);
  }
}

function main(): void {
  const { file, site } = parseArgs(process.argv.slice(2));
  const text = readText(file);
  let cookies: ReturnType<typeof parseCookieFile>['cookies'];
  try {
    cookies = parseCookieFile(text).cookies;
  } catch (error) {
    if (error instanceof CookieFileError) fail(`${file}: ${error.message}`);
    throw error;
  }
  const out = cookies.map((cookie) => {
    const c = classifyCookie(cookie, site);
    return {
      ...cookie,
      ...(site ? { party: partyOf(cookie.domain, site) } : {}),
      category: c.category,
      vendor: displayVendor(c.vendor, cookie.name),
      matchedBy: c.matchedBy,
      rule: c.rule,
    };
  });
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();
