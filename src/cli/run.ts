// The command-line auditor, testable in-process: runCli(argv, io) -> exit status.
// Inputs that cannot be read get one line on stderr each; the others are still
// audited and printed, in input order.
import { writeFile } from 'node:fs/promises';
import { runAudit } from '../engine/audit';
import type { AuditReport } from '../engine/types';
import { renderReports } from '../report';
import { HELP, parseArgs, USAGE_LINE, UsageError } from './args';
import { InputError, type LoadedInput, type LoadOptions, loadInput } from './inputs';

export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Whether stdout is a terminal: colour is used only then. */
  isTTY?: boolean;
  /** Defaults to process.env; NO_COLOR and AUDIT_FETCH_TIMEOUT_MS are read from it. */
  env?: Record<string, string | undefined>;
  /** Overrides AUDIT_FETCH_TIMEOUT_MS and the 20 s default. */
  fetchTimeoutMs?: number;
  maxResponseBytes?: number;
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
  // Each input is audited as soon as it loads, so only reports (not documents) are kept.
  const outcomes = await mapInOrder(args.inputs, CONCURRENCY, (input) => auditInput(input, now, loadOptions));
  const reports: AuditReport[] = [];
  let failures = 0;
  args.inputs.forEach((input, i) => {
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

async function auditInput(input: string, now: Date, options: LoadOptions): Promise<Outcome> {
  let loaded: LoadedInput;
  try {
    loaded = await loadInput(input, options);
  } catch (error) {
    if (error instanceof InputError) return { error: error.message, notes: [] };
    return { error: `cannot load (${(error as Error).message ?? String(error)})`, notes: [] };
  }
  try {
    return {
      report: runAudit(loaded.doc, { source: { kind: loaded.kind, location: input }, now }),
      notes: loaded.notes,
    };
  } catch (error) {
    return { error: `the audit failed (${(error as Error).message ?? String(error)})`, notes: loaded.notes };
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
