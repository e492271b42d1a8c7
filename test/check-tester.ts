// A table-driven tester in the spirit of ESLint's RuleTester: each check gets
// tables of wordings per status. It polices the suite itself: the minimum
// numbers of cases (3 met, 2 partial where the status exists, 3 missing),
// no duplicate texts, only message ids the check declares, and every
// declared message id exercised.
import { describe, expect, it } from 'vitest';
import type { ObservedCookie } from '../src/cookies/types';
import type { CheckDefinition } from '../src/engine/check';
import { createPolicyDocument } from '../src/engine/document';
import { createFacts } from '../src/engine/facts';
import { runCheck } from '../src/engine/run-check';
import type { CheckResult, Status } from '../src/engine/types';

export interface CheckCase {
  text: string;
  /** Message id expected for partial / missing / not-applicable. */
  messageId?: string;
  /** Each string must occur in at least one evidence quote. */
  evidence?: string[];
  /** Each string must occur in the reason. */
  reasonIncludes?: string[];
  cookies?: ObservedCookie[];
  /** A short note on what makes the case tricky. */
  note?: string;
}

export interface CheckCases {
  met: (CheckCase | string)[];
  partial?: CheckCase[];
  missing: CheckCase[];
  notApplicable?: CheckCase[];
}

export function auditText(check: CheckDefinition, text: string, cookies: ObservedCookie[] | null = null): CheckResult {
  const doc = createPolicyDocument({ text });
  return runCheck(check, { doc, facts: createFacts(doc), cookies });
}

export function testCheck(check: CheckDefinition, cases: CheckCases): void {
  const { meta } = check;
  const groups: [Status, CheckCase[]][] = [
    ['met', cases.met.map((c) => (typeof c === 'string' ? { text: c } : c))],
    ['partial', cases.partial ?? []],
    ['missing', cases.missing],
    ['not-applicable', cases.notApplicable ?? []],
  ];

  describe(`${meta.id} (checks.md)`, () => {
    it('has a complete table of cases', () => {
      const count = (s: Status) => groups.find(([status]) => status === s)?.[1].length ?? 0;
      expect(count('met'), 'met cases').toBeGreaterThanOrEqual(3);
      expect(count('missing'), 'missing cases').toBeGreaterThanOrEqual(3);
      if (meta.statuses.includes('partial')) expect(count('partial'), 'partial cases').toBeGreaterThanOrEqual(2);
      else expect(count('partial'), `${meta.id} has no partial status`).toBe(0);
      if (meta.statuses.includes('not-applicable'))
        expect(count('not-applicable'), 'not-applicable cases').toBeGreaterThanOrEqual(1);
      else expect(count('not-applicable'), `${meta.id} has no not-applicable status`).toBe(0);
      const texts = groups.flatMap(([, list]) => list.map((c) => c.text));
      expect(new Set(texts).size, 'duplicate case texts').toBe(texts.length);
      const used = new Set(groups.flatMap(([, list]) => list.map((c) => c.messageId)).filter(Boolean));
      for (const id of used) expect(Object.keys(meta.messages), `unknown messageId ${id}`).toContain(id);
      for (const id of Object.keys(meta.messages)) expect(used, `message ${id} has no case`).toContain(id);
      expect(meta.title && meta.failureTitle && meta.advice && meta.sampleWording && meta.source).toBeTruthy();
    });

    it('meets its own sample wording: the advice it gives is enough to pass', () => {
      const result = auditText(check, meta.sampleWording);
      expect(result.status, `reason: ${result.reason}`).toBe('met');
    });

    for (const [status, list] of groups) {
      for (const c of list) {
        it(`${status}: ${c.text.slice(0, 90).replace(/\s+/g, ' ')}`, () => {
          const result = auditText(check, c.text, c.cookies ?? null);
          expect(result.error, 'the check threw').toBeUndefined();
          expect(result.status, `reason: ${result.reason}`).toBe(status);
          if (status !== 'met') {
            expect(c.messageId, 'a non-met case names its messageId').toBeTruthy();
            const template = meta.messages[c.messageId ?? ''] ?? '';
            expect(
              matchesTemplate(result.reason ?? '', template),
              `reason "${result.reason}" is not message ${c.messageId}`,
            ).toBe(true);
          }
          if (status === 'met' || status === 'partial') expect(result.evidence.length).toBeGreaterThan(0);
          for (const e of result.evidence) expect(c.text.slice(e.start, e.end)).toBe(e.text);
          for (const quote of c.evidence ?? []) {
            expect(
              result.evidence.some((e) => e.text.includes(quote)),
              `evidence quoting "${quote}"`,
            ).toBe(true);
          }
          for (const part of c.reasonIncludes ?? []) expect(result.reason ?? '').toContain(part);
        });
      }
    }
  });
}

function matchesTemplate(reason: string, template: string): boolean {
  const pattern = template
    .split(/\{\{\s*\w+\s*\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(reason);
}
