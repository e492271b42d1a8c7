// The gold-label evaluation (../shared/eval) run as a test with the issue's
// thresholds: core exact >= 90%, gap F1 >= 85%, zero evidence mismatches.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const scorer = join(root, '../shared/eval/score.mjs');
const present = existsSync(scorer);

if (!present) console.warn(`eval: skipped, ${scorer} is absent (the shared evaluation folder sits beside the repo)`);

describe.skipIf(!present)('evaluation on ../shared/eval', () => {
  it('meets the thresholds', { timeout: 120_000 }, () => {
    const command = `${process.execPath} ${join(root, 'node_modules/tsx/dist/cli.mjs')} src/cli/audit.ts --format jsonl --as-of 2026-11-22`;
    let out: string;
    try {
      out = execFileSync(process.execPath, [scorer, '--json', '--cmd', command], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      // The scorer exits 1 on evidence mismatches but still prints its JSON.
      out = String((error as { stdout?: string }).stdout ?? '');
      if (!out.trim().startsWith('{')) throw error;
    }
    const result = JSON.parse(out);
    expect(result.evidenceMismatches, 'evidence quotes not matching the text').toBe(0);
    expect(result.coreExact, result.confusions.join('\n')).toBeGreaterThanOrEqual(90);
    expect(result.gapF1, result.confusions.join('\n')).toBeGreaterThanOrEqual(85);
  });
});
