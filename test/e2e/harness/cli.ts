// The command-line twin on the same HTML the browser was served: the e2e
// suite asserts the popup's statuses equal these.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditReport } from '../../../src/engine/types';

/** Audit each named HTML text with `npm run audit -- FILE... --format jsonl`, keyed by name. */
export function auditWithCli(pages: Record<string, string>): Record<string, AuditReport> {
  const dir = mkdtempSync(join(tmpdir(), 'pna-cli-'));
  try {
    const names = Object.keys(pages);
    const files = names.map((name) => {
      const file = join(dir, name.endsWith('.html') ? name : `${name}.html`);
      writeFileSync(file, pages[name] ?? '');
      return file;
    });
    const tsx = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
    const out = execFileSync(process.execPath, [tsx, 'src/cli/audit.ts', ...files, '--format', 'jsonl'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const reports = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AuditReport);
    return Object.fromEntries(names.map((name, i) => [name, reports[i] as AuditReport]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function statusesOf(report: Pick<AuditReport, 'checks'>): Record<string, string> {
  return Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
}
