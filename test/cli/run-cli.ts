// Runs the command-line auditor in-process with captured output, for the CLI tests.
import { type CliIo, runCli } from '../../src/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr's non-empty lines. */
  stderrLines: string[];
}

/** `runCli` with an empty environment and captured stdout/stderr; `io` overrides any of it. */
export async function runCliCaptured(argv: string[], io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    ...io,
  });
  return { code, stdout, stderr, stderrLines: stderr.split('\n').filter(Boolean) };
}
