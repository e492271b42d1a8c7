// Command-line arguments: parsed and validated here, so run.ts only sees good values.
import { REPORT_FORMATS, type ReportFormat } from '../report';

export interface CliArgs {
  inputs: string[];
  format: ReportFormat;
  out: string | null;
  /** The audit date from --as-of (UTC midnight), or null for now. */
  asOf: Date | null;
  /** --scan: the site to load in headless Chromium, or null. */
  scan: string | null;
  /** --cookies: a JSON or cookies.txt file of cookies to cross-check against each notice, or null. */
  cookies: string | null;
  /** --site: the host the --cookies were read on (decides first or third party), or null. */
  site: string | null;
  help: boolean;
}

/** A mistake in the command line: printed with the usage line, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE_LINE =
  'usage: audit <file|url>... [--cookies FILE [--site HOST]] [--format text|json|jsonl|md|html|csv] [--out FILE] [--as-of YYYY-MM-DD]\n       audit --scan <url> [--format ...] [--out FILE] [--as-of YYYY-MM-DD]';

export const HELP = `${USAGE_LINE}

Audits privacy notices against UK GDPR Articles 13/14 and prints a gap report.

Inputs:
  FILE                 a .txt or .md file (audited as written; evidence offsets index the file),
                       an .html/.htm page (its readable text is audited), or any other file
                       (HTML when it looks like markup, text otherwise)
  http(s)://URL        a web page or plain-text document, fetched with a 20 s timeout

Cookies:
      --scan URL       load the site in a fresh headless Chromium profile (AUDIT_CHROMIUM, default
                       /usr/bin/chromium), record every cookie set before any interaction and the
                       third-party hosts it loads, find its privacy notice link, audit that notice
                       and cross-check the cookies against it (pre-consent and undisclosed cookies)
                       each page load waits at most 20 s, the whole scan 60 s (AUDIT_SCAN_TIMEOUT_MS)
      --cookies FILE   cross-check the cookies in FILE (a JSON array of {"name", "domain", ...} or a
                       Netscape cookies.txt) against each notice
      --site HOST      the site the --cookies were read on (default: the input URL's host, else the
                       domain most cookies share)

Options:
  -f, --format FORMAT  text (default), json, jsonl (one report per line), md, html or csv
  -o, --out FILE       write the report to FILE instead of standard output
      --as-of DATE     audit as of DATE (YYYY-MM-DD) instead of today, e.g. for the stale warning
  -h, --help           show this help

Exit status: 0 when every input was audited, 1 when an input could not be read
(or a scan failed or found no notice), 2 for a usage error.
`;

const FORMAT_ALIASES: Record<string, ReportFormat> = { markdown: 'md', txt: 'text', ndjson: 'jsonl' };

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    inputs: [],
    format: 'text',
    out: null,
    asOf: null,
    scan: null,
    cookies: null,
    site: null,
    help: false,
  };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      if (arg === '-' && !optionsEnded)
        throw new UsageError('reading from standard input is not supported; pass a file or URL');
      args.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${name} needs a value`);
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '-f':
      case '--format':
        args.format = parseFormat(value());
        break;
      case '-o':
      case '--out': {
        const out = value();
        if (!out) throw new UsageError('--out needs a file name');
        args.out = out;
        break;
      }
      case '--as-of':
        args.asOf = parseDate(value());
        break;
      case '--scan': {
        const url = value();
        if (!/^https?:\/\/[^/]/i.test(url))
          throw new UsageError(`--scan wants an http(s) URL, e.g. https://example.co.uk/ (got "${url}")`);
        args.scan = url;
        break;
      }
      case '--cookies': {
        const file = value();
        if (!file) throw new UsageError('--cookies needs a file name');
        args.cookies = file;
        break;
      }
      case '--site': {
        const site = value();
        if (!site) throw new UsageError('--site needs a host, e.g. example.co.uk');
        args.site = site;
        break;
      }
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (args.help) return args;
  if (args.scan !== null) {
    if (args.inputs.length > 0)
      throw new UsageError('--scan audits the notice it finds on the site: give no other input');
    if (args.cookies !== null) throw new UsageError('--scan reads the cookies itself: leave out --cookies');
    return args;
  }
  if (args.site !== null && args.cookies === null) throw new UsageError('--site goes with --cookies FILE');
  if (args.inputs.length === 0) throw new UsageError('no input: give at least one file or URL, or --scan URL');
  return args;
}

function parseFormat(raw: string): ReportFormat {
  const lower = raw.toLowerCase();
  const format = FORMAT_ALIASES[lower] ?? (REPORT_FORMATS as readonly string[]).find((f) => f === lower);
  if (!format) throw new UsageError(`unknown format "${raw}" (use ${REPORT_FORMATS.join(', ')})`);
  return format as ReportFormat;
}

/** A real calendar date in YYYY-MM-DD, as UTC midnight. */
export function parseDate(raw: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== raw) {
    throw new UsageError(`--as-of wants a date as YYYY-MM-DD, e.g. 2026-11-22 (got "${raw}")`);
  }
  return date;
}
