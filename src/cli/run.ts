// The command-line auditor, testable in-process: runCli(argv, io) -> exit status.
// Inputs that cannot be read get one line on stderr each; the others are still
// audited and printed, in input order.
import { readFile, writeFile } from 'node:fs/promises';
import { CookieFileError, parseCookieFile } from '../cookies/cookie-file';
import { normalizeExpiry } from '../cookies/cross-check';
import { partyOf } from '../cookies/domain';
import type { ObservedCookie } from '../cookies/types';
import { runAudit } from '../engine/audit';
import type { AuditReport } from '../engine/types';
import { renderReports } from '../report';
import { HELP, parseArgs, USAGE_LINE, UsageError } from './args';
import { InputError, type LoadedInput, type LoadOptions, loadInput } from './inputs';
import { ScanError, type ScanOptions, scanSite } from './scan';

export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Whether stdout is a terminal: colour is used only then. */
  isTTY?: boolean;
  /** Defaults to process.env; NO_COLOR, AUDIT_FETCH_TIMEOUT_MS, AUDIT_CHROMIUM and AUDIT_SCAN_TIMEOUT_MS are read from it. */
  env?: Record<string, string | undefined>;
  /** Overrides AUDIT_FETCH_TIMEOUT_MS and the 20 s default (also each page load of a scan). */
  fetchTimeoutMs?: number;
  maxResponseBytes?: number;
  /** Overrides for --scan (tests). */
  scan?: ScanOptions;
}

/** How many URLs are fetched at once. */
const CONCURRENCY = 4;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const tell = (message: string): void => {
    io.stderr.write(`audit: ${message}\n`);
  };

  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    tell(error.message);
    io.stderr.write(`${USAGE_LINE}\nTry 'audit --help' for more.\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(HELP);
    return 0;
  }

  const loadOptions: LoadOptions = {
    fetchTimeoutMs: io.fetchTimeoutMs ?? positiveNumber(env.AUDIT_FETCH_TIMEOUT_MS),
    maxResponseBytes: io.maxResponseBytes,
  };
  const now = args.asOf ?? new Date();

  let inputs: string[];
  let outcomes: Outcome[];
  if (args.scan !== null) {
    const scanOptions: ScanOptions = {
      executablePath: env.AUDIT_CHROMIUM || undefined,
      navigationTimeoutMs: loadOptions.fetchTimeoutMs,
      timeoutMs: positiveNumber(env.AUDIT_SCAN_TIMEOUT_MS),
      ...io.scan,
    };
    inputs = [args.scan];
    outcomes = [await scanInput(args.scan, now, scanOptions)];
  } else {
    let cookies: ObservedCookie[] | null = null;
    if (args.cookies !== null) {
      try {
        cookies = await readCookieFile(args.cookies);
      } catch (error) {
        tell(`--cookies ${args.cookies}: ${(error as Error).message}`);
        return 1;
      }
    }
    inputs = args.inputs;
    // Each input is audited as soon as it loads, so only reports (not documents) are kept.
    outcomes = await mapInOrder(args.inputs, CONCURRENCY, (input) =>
      auditInput(input, now, loadOptions, { cookies, site: args.site }),
    );
  }
  const reports: AuditReport[] = [];
  let failures = 0;
  inputs.forEach((input, i) => {
    const outcome = outcomes[i] as Outcome;
    for (const note of outcome.notes) tell(`${input}: note: ${note}`);
    if ('error' in outcome) {
      failures++;
      tell(`${input}: ${outcome.error}`);
    } else reports.push(outcome.report);
  });

  if (reports.length > 0) {
    const color = io.isTTY === true && args.out === null && !env.NO_COLOR;
    const output = renderReports(reports, args.format, { color });
    if (args.out !== null) {
      try {
        await writeFile(args.out, output);
        tell(
          `wrote ${reports.length === 1 ? 'the report' : `${reports.length} reports`} (${args.format}) to ${args.out}`,
        );
      } catch (error) {
        tell(`${args.out}: cannot write (${(error as { code?: string }).code ?? (error as Error).message})`);
        return 1;
      }
    } else {
      io.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

type Outcome = { report: AuditReport; notes: string[] } | { error: string; notes: string[] };

interface CookieInput {
  cookies: ObservedCookie[] | null;
  site: string | null;
}

async function auditInput(input: string, now: Date, options: LoadOptions, cookieInput: CookieInput): Promise<Outcome> {
  let loaded: LoadedInput;
  try {
    loaded = await loadInput(input, options);
  } catch (error) {
    if (error instanceof InputError) return { error: error.message, notes: [] };
    return { error: `cannot load (${(error as Error).message ?? String(error)})`, notes: [] };
  }
  try {
    return {
      report: runAudit(loaded.doc, {
        source: { kind: loaded.kind, location: input },
        now,
        cookies: cookieInput.cookies,
        ...(cookieInput.site ? { site: cookieInput.site } : {}),
      }),
      notes: loaded.notes,
    };
  } catch (error) {
    return { error: `the audit failed (${(error as Error).message ?? String(error)})`, notes: loaded.notes };
  }
}

/** --scan: the site's cookies and third-party hosts before consent, cross-checked against the notice it links to. */
async function scanInput(url: string, now: Date, options: ScanOptions): Promise<Outcome> {
  let scan: Awaited<ReturnType<typeof scanSite>>;
  try {
    scan = await scanSite(url, options);
  } catch (error) {
    if (error instanceof ScanError) return { error: error.message, notes: [] };
    return { error: `the scan failed (${(error as Error).message ?? String(error)})`, notes: [] };
  }
  const third = scan.cookies.filter((c) => partyOf(c.domain, scan.url) === 'third').length;
  const notes = [
    `${scan.cookies.length} ${scan.cookies.length === 1 ? 'cookie' : 'cookies'} set before any interaction (${third} third-party), ${scan.thirdPartyHosts.length} third-party ${scan.thirdPartyHosts.length === 1 ? 'host' : 'hosts'} requested`,
    ...scan.notes,
  ];
  try {
    return {
      report: runAudit(scan.notice.doc, {
        source: { kind: 'url', location: scan.notice.url },
        now,
        cookies: scan.cookies,
        site: scan.url,
        thirdPartyHosts: scan.thirdPartyHosts,
      }),
      notes,
    };
  } catch (error) {
    return { error: `the audit failed (${(error as Error).message ?? String(error)})`, notes };
  }
}

/** A --cookies file: its cookies' names, domains and flags (never their values), expiry as ISO. */
async function readCookieFile(path: string): Promise<ObservedCookie[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})`);
  }
  try {
    return parseCookieFile(text).cookies.map((c) => {
      const raw = c as ObservedCookie & { expirationDate?: unknown; session?: unknown; partitionKey?: unknown };
      const expires = raw.session === true ? null : normalizeExpiry(raw.expires ?? raw.expirationDate);
      return {
        name: c.name,
        domain: c.domain,
        ...(typeof c.path === 'string' ? { path: c.path } : {}),
        expires,
        ...(typeof c.httpOnly === 'boolean' ? { httpOnly: c.httpOnly } : {}),
        ...(typeof c.secure === 'boolean' ? { secure: c.secure } : {}),
        ...(raw.partitionKey || c.partitioned === true ? { partitioned: true } : {}),
        ...(c.beforeConsent === true ? { beforeConsent: true } : {}),
      };
    });
  } catch (error) {
    if (error instanceof CookieFileError) throw new Error(error.message);
    throw error;
  }
}

/** Runs `fn` over `items` with at most `limit` at once; results keep the input order. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function positiveNumber(raw: string | undefined): number | undefined {
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? n : undefined;
}
