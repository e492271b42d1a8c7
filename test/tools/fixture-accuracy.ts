// Accuracy of the engine over the held-out notice fixtures (test/fixtures/notices
// by default, or any folder of notice + .expected.json pairs given with --dir),
// with the same figures ../shared/eval/score.mjs reports for the gold set.
//   npx tsx test/tools/fixture-accuracy.ts [--dir DIR] [--json] [--evidence]
// e.g. the blind holdout set: npx tsx test/tools/fixture-accuracy.ts --dir test/fixtures/holdout
import { resolve } from 'node:path';
import {
  auditFixture,
  CHECK_IDS,
  CORE_IDS,
  checkEvidence,
  compareFixture,
  FIXTURE_DIR,
  formatMismatches,
  listFixtures,
} from './fixture-audit';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const showEvidence = args.includes('--evidence');
const dirAt = args.findIndex((a) => a === '--dir' || a.startsWith('--dir='));
let fixtureDir = FIXTURE_DIR;
if (dirAt >= 0) {
  const a = args[dirAt]!;
  const value = a.startsWith('--dir=') ? a.slice('--dir='.length) : args[dirAt + 1];
  if (!value || value.startsWith('--')) {
    console.error('--dir needs a folder of notice (.txt/.html) + .expected.json pairs');
    process.exit(2);
  }
  fixtureDir = resolve(value);
}

type Tally = { n: number; exact: number; present: number };
const presence = (s: string) => (s === 'met' || s === 'partial' ? 'present' : s);
const isGap = (s: string) => s === 'partial' || s === 'missing';

const perCheck: Record<string, Tally> = Object.fromEntries(CHECK_IDS.map((id) => [id, { n: 0, exact: 0, present: 0 }]));
// A gap is a partial or missing item; labelled not-applicable items are left out and a predicted not-applicable is no gap.
const gap = { tp: 0, fp: 0, fn: 0 };
const warn = { tp: 0, fp: 0, fn: 0 };
const confusions: string[] = [];
const details: string[] = [];
const evidenceProblems: string[] = [];

const fixtures = listFixtures(fixtureDir);
for (const fixture of fixtures) {
  const { doc, report } = auditFixture(fixture);
  const got = new Map(report.checks.map((c) => [c.id as string, c.status as string]));
  for (const id of CHECK_IDS) {
    const want = fixture.expected.checks[id] ?? '(unlabelled)';
    const s = got.get(id) ?? '(absent)';
    const t = perCheck[id]!;
    t.n++;
    if (s === want) t.exact++;
    if (presence(s) === presence(want)) t.present++;
    if (want !== 'not-applicable') {
      if (isGap(want) && isGap(s)) gap.tp++;
      else if (isGap(s)) gap.fp++;
      else if (isGap(want)) gap.fn++;
    }
    if (s !== want) confusions.push(`${fixture.file} ${id}: want ${want}, got ${s}`);
  }
  const wantW = new Set(fixture.expected.warnings);
  const gotW = new Set(report.warnings.map((w) => w.id as string));
  for (const w of gotW) wantW.has(w) ? warn.tp++ : warn.fp++;
  for (const w of wantW) if (!gotW.has(w)) warn.fn++;
  for (const w of gotW) if (!wantW.has(w)) confusions.push(`${fixture.file} warning ${w}: want silent, got fires`);
  for (const w of wantW) if (!gotW.has(w)) confusions.push(`${fixture.file} warning ${w}: want fires, got silent`);
  for (const p of checkEvidence(doc, report)) evidenceProblems.push(`${fixture.file} ${p}`);
  const mismatches = compareFixture(fixture, report);
  if (showEvidence && mismatches.length) details.push(formatMismatches(fixture, mismatches));
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
const sum = (ids: readonly string[], k: 'n' | 'exact' | 'present') =>
  ids.reduce((a, id) => a + (perCheck[id]?.[k] ?? 0), 0);
const ext = CHECK_IDS.filter((id) => !CORE_IDS.includes(id));
const result = {
  dir: fixtureDir,
  fixtures: fixtures.length,
  coreExact: pct(sum(CORE_IDS, 'exact'), sum(CORE_IDS, 'n')),
  corePresence: pct(sum(CORE_IDS, 'present'), sum(CORE_IDS, 'n')),
  extendedExact: pct(sum(ext, 'exact'), sum(ext, 'n')),
  extendedPresence: pct(sum(ext, 'present'), sum(ext, 'n')),
  allExact: pct(sum(CHECK_IDS, 'exact'), sum(CHECK_IDS, 'n')),
  gapPrecision: pct(gap.tp, gap.tp + gap.fp),
  gapRecall: pct(gap.tp, gap.tp + gap.fn),
  gapF1: pct(2 * gap.tp, 2 * gap.tp + gap.fp + gap.fn),
  warningsPrecision: pct(warn.tp, warn.tp + warn.fp),
  warningsRecall: pct(warn.tp, warn.tp + warn.fn),
  evidenceProblems,
  perCheck: Object.fromEntries(
    CHECK_IDS.map((id) => [
      id,
      { exact: pct(perCheck[id]!.exact, perCheck[id]!.n), presence: pct(perCheck[id]!.present, perCheck[id]!.n) },
    ]),
  ),
  confusions,
};

if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  for (const id of CHECK_IDS) {
    const r = result.perCheck[id]!;
    console.log(
      `${id.padEnd(24)} exact ${r.exact.toFixed(0).padStart(3)}%  presence ${r.presence.toFixed(0).padStart(3)}%`,
    );
  }
  for (const c of confusions) console.log(`  ${c}`);
  for (const d of details) console.log(d);
  for (const p of evidenceProblems) console.log(`  evidence: ${p}`);
  console.log(
    `warnings precision ${result.warningsPrecision.toFixed(0)}% recall ${result.warningsRecall.toFixed(0)}%; evidence problems: ${evidenceProblems.length}`,
  );
  console.log(
    `gaps (partial or missing) found: precision ${result.gapPrecision.toFixed(1)}% recall ${result.gapRecall.toFixed(1)}% F1 ${result.gapF1.toFixed(1)}%`,
  );
  console.log(
    `fixtures ${fixtures.length}: core exact ${result.coreExact.toFixed(1)}% presence ${result.corePresence.toFixed(1)}% | extended exact ${result.extendedExact.toFixed(1)}% presence ${result.extendedPresence.toFixed(1)}% | all exact ${result.allExact.toFixed(1)}%`,
  );
}
