// Dev aid: runs the named checks and warnings (or every check file present)
// over ../shared/eval and prints each status beside the gold label.
//   npx tsx test/tools/eval-checks.ts [check-or-warning-id ...] [--evidence]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckDefinition } from '../../src/engine/check';
import { createPolicyDocument } from '../../src/engine/document';
import { createFacts } from '../../src/engine/facts';
import { runCheck } from '../../src/engine/run-check';
import type { WarningDefinition } from '../../src/engine/warning';

const evalDir = join(import.meta.dirname, '../../../shared/eval');
const args = process.argv.slice(2);
const showEvidence = args.includes('--evidence');
let ids = args.filter((a) => !a.startsWith('--'));
if (ids.length === 0) {
  ids = readdirSync(join(import.meta.dirname, '../../src/checks'))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));
}
const checks: CheckDefinition[] = [];
for (const id of ids) {
  const file = join(import.meta.dirname, `../../src/checks/${id}.ts`);
  if (existsSync(file)) checks.push((await import(file)).default);
}
const warnings: WarningDefinition[] = [];
for (const id of ids) {
  const file = join(import.meta.dirname, `../../src/warnings/${id}.ts`);
  if (existsSync(file)) warnings.push((await import(file)).default);
}
let right = 0;
let total = 0;
for (const goldFile of readdirSync(join(evalDir, 'gold')).sort()) {
  const gold = JSON.parse(readFileSync(join(evalDir, 'gold', goldFile), 'utf8'));
  const text = readFileSync(join(evalDir, 'policies', gold.policy), 'utf8');
  const doc = createPolicyDocument({ text });
  const context = { doc, facts: createFacts(doc), cookies: null };
  for (const check of checks) {
    const result = runCheck(check, context);
    const want = gold.checks[check.meta.id];
    total++;
    if (want === result.status) right++;
    const mark = want === result.status ? 'ok ' : 'BAD';
    console.log(
      `${mark} ${gold.policy.slice(0, 3)} ${check.meta.id.padEnd(24)} want ${want?.padEnd(14)} got ${result.status.padEnd(14)} ${result.reason ?? ''}${result.error ? ` ERROR ${result.error}` : ''}`,
    );
    if (showEvidence || want !== result.status)
      for (const e of result.evidence) console.log(`      [${e.start}] ${e.text.slice(0, 160).replace(/\s+/g, ' ')}`);
  }
  for (const warning of warnings) {
    const found = warning.run({ ...context, asOf: new Date('2026-11-22T00:00:00Z'), results: [] });
    const want = (gold.warnings ?? []).includes(warning.id);
    total++;
    if (want === Boolean(found)) right++;
    console.log(
      `${want === Boolean(found) ? 'ok ' : 'BAD'} ${gold.policy.slice(0, 3)} warning ${warning.id.padEnd(16)} want ${want ? 'fires' : 'silent'} got ${found ? `fires: ${found.message}` : 'silent'}`,
    );
    for (const e of found?.evidence ?? [])
      console.log(`      [${e.start}] ${text.slice(e.start, Math.min(e.end, e.start + 160)).replace(/\s+/g, ' ')}`);
  }
}
console.log(`${right}/${total} exact`);
