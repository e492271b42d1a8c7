import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks';
import { runAudit } from '../../src/engine/audit';
import { defineCheck } from '../../src/engine/check';
import { createPolicyDocument } from '../../src/engine/document';
import { createFacts } from '../../src/engine/facts';
import { runCheck } from '../../src/engine/run-check';
import { scoreChecks } from '../../src/engine/scoring';
import type { CheckResult } from '../../src/engine/types';

const CATALOGUE_ORDER = [
  'controller-identity',
  'lawful-basis',
  'retention',
  'rights',
  'ico-complaint',
  'international-transfers',
  'dpo-contact',
  'purposes',
  'legitimate-interests',
  'recipients',
  'withdraw-consent',
  'data-categories',
  'data-source',
  'statutory-contractual',
  'controller-complaint',
  'automated-decisions',
  'uk-representative',
  'cookies',
];

const NOTICE = `Privacy notice
Fenwick Bakery Ltd ("we") is the controller of your personal data. Write to us at 4 Mill Lane, York YO1 7HH or email privacy@fenwick-bakery.example.
We process your order details because it is necessary to perform our contract with you.
We keep order records for six years.`;
const source = { kind: 'file' as const, location: 'notice.txt' };

describe('runAudit', () => {
  it('registers every catalogue check once, in checks.md order, with its weight', () => {
    expect(checks.map((c) => c.meta.id)).toEqual(CATALOGUE_ORDER);
    for (const c of checks) expect(c.meta.weight).toBe(CATALOGUE_ORDER.indexOf(c.meta.id) < 6 ? 3 : 1);
  });

  it('returns a schema-shaped report with every check and exact evidence', () => {
    const report = runAudit(createPolicyDocument({ text: NOTICE }), { source, now: new Date('2026-11-22T10:00:00Z') });
    expect(report.schemaVersion).toBe(1);
    expect(report.auditedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(report.source).toEqual({ kind: 'file', location: 'notice.txt', title: null, characters: NOTICE.length });
    expect(report.checks.map((c) => c.id)).toEqual(CATALOGUE_ORDER);
    expect(report.verdict?.auditable).toBe(true);
    for (const c of report.checks) {
      if (c.status === 'met' || c.status === 'partial') expect(c.evidence.length).toBeGreaterThan(0);
      if (c.status === 'met') expect([c.reason, c.advice]).toEqual([null, null]);
      if (c.status === 'partial' || c.status === 'missing') expect(c.reason && c.advice).toBeTruthy();
      for (const e of c.evidence) expect(NOTICE.slice(e.start, e.end)).toBe(e.text);
    }
    expect(report.checks.find((c) => c.id === 'retention')?.status).toBe('met');
    expect(report.score).toBe(scoreChecks(report.checks));
  });

  it('turns a check that throws into an error entry, never a crashed audit', () => {
    const broken = defineCheck({
      meta: { ...checks[0]!.meta },
      run() {
        throw new Error('boom');
      },
    });
    const report = runAudit(createPolicyDocument({ text: NOTICE }), { source, checks: [broken, checks[1]!] });
    expect(report.checks[0]).toMatchObject({ id: 'controller-identity', status: 'missing', error: 'boom' });
    expect(report.checks[0]?.reason).toContain('could not be completed');
    expect(report.checks[1]?.status).toBe('met');
    expect(report.score).toBe(100);
  });

  it('rejects a finding without evidence as an error, not a silent pass', () => {
    const sloppy = defineCheck({ meta: { ...checks[2]!.meta }, run: () => ({ status: 'met' }) });
    const [result] = runAudit(createPolicyDocument({ text: NOTICE }), { source, checks: [sloppy] }).checks;
    expect(result?.error).toMatch(/needs evidence/);
  });

  it('quotes sentences before headings, each once', () => {
    const text = 'Sending data abroad\nOur email provider stores your details in the United States.';
    const doc = createPolicyDocument({ text });
    const headingFirst = defineCheck({
      meta: { ...checks[5]!.meta },
      run: () => ({
        status: 'partial',
        messageId: Object.keys(checks[5]!.meta.messages)[0],
        evidence: [doc.sentences[0]!, doc.sentences[1]!, doc.sentences[1]!],
      }),
    });
    const result = runCheck(headingFirst, { doc, facts: createFacts(doc), cookies: null });
    expect(result.evidence.map((e) => e.text)).toEqual([
      'Our email provider stores your details in the United States.',
      'Sending data abroad',
    ]);
  });

  it('says plainly when the input is not auditable', () => {
    const report = runAudit(
      createPolicyDocument({
        text: 'Preheat the oven. Mix flour, eggs and sugar, then bake the sponge for forty minutes until golden.',
      }),
      { source },
    );
    expect(report.verdict).toMatchObject({ auditable: false, kind: 'not-a-policy' });
    expect(report.checks).toEqual([]);
    expect(report.score).toBe(0);
  });
});

describe('scoring (checks.md)', () => {
  const result = (status: CheckResult['status'], weight: number): CheckResult => ({
    id: 'retention',
    title: '',
    status,
    weight,
    reason: null,
    advice: null,
    evidence: [],
  });

  it('is the weighted mean with not-applicable excluded', () => {
    // (3x1 + 3x0.5 + 1x0) / (3 + 3 + 1) = 4.5 / 7 = 64.3 -> 64
    expect(
      scoreChecks([result('met', 3), result('partial', 3), result('missing', 1), result('not-applicable', 3)]),
    ).toBe(64);
  });

  it('is 0 when nothing applies', () => {
    expect(scoreChecks([result('not-applicable', 3)])).toBe(0);
  });
});
