// Held-out integration fixtures: realistic notices of fictional organisations,
// each beside a JSON of hand labels (judged from checks.md alone). Every label
// is checked and nothing unlisted may appear: each of the 18 statuses must
// match, and the set of warnings must equal the labelled set.
import { describe, expect, it } from 'vitest';
import {
  auditFixture,
  CHECK_IDS,
  checkEvidence,
  compareFixture,
  type FixtureAudit,
  formatMismatches,
  listFixtures,
  validateExpectation,
} from './tools/fixture-audit';

const fixtures = listFixtures();

describe('notice fixtures', () => {
  it('has the six labelled notices, each labelling all 18 checks', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    for (const f of fixtures) expect(validateExpectation(f.expected), f.file).toEqual([]);
  });

  describe.each(fixtures)('$file', (fixture) => {
    let audit: FixtureAudit | undefined;
    const run = () => (audit ??= auditFixture(fixture));

    it('is audited as a privacy notice, with every catalogue check reported once', () => {
      const { report } = run();
      expect(report.verdict?.auditable ?? true, report.verdict?.message).toBe(true);
      expect(report.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    });

    it('finds exactly the labelled status of every check and exactly the labelled warnings', () => {
      const mismatches = compareFixture(fixture, run().report);
      expect(mismatches.length, `\n${formatMismatches(fixture, mismatches)}\n`).toBe(0);
    });

    it('quotes every piece of evidence exactly from the extracted text', () => {
      const { doc, report } = run();
      const problems = checkEvidence(doc, report);
      expect(problems, `\n${fixture.file}:\n  ${problems.join('\n  ')}\n`).toEqual([]);
    });
  });
});
