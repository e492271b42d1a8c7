// checks.md, warnings: `invalid-transfer-mechanism` fires when the EU-US Privacy Shield (invalid since
// July 2020) or Safe Harbor (invalid since October 2015) is relied on; a notice that says it no longer
// relies on them, or that they were struck down, is not warned.
import { describe, expect, it } from 'vitest';
import { createPolicyDocument } from '../../src/engine/document';
import { createFacts } from '../../src/engine/facts';
import type { WarningFinding } from '../../src/engine/warning';
import invalidTransferMechanism from '../../src/warnings/invalid-transfer-mechanism';

function warn(text: string): WarningFinding | null {
  const doc = createPolicyDocument({ text });
  return invalidTransferMechanism.run({
    doc,
    facts: createFacts(doc),
    cookies: null,
    asOf: new Date('2026-11-22'),
    results: [],
  });
}

function quotes(text: string, finding: WarningFinding | null): string[] {
  return (finding?.evidence ?? []).map((e) => text.slice(e.start, e.end));
}

describe('invalid-transfer-mechanism (checks.md)', () => {
  const firing: [string, string, string][] = [
    ['We transfer booking data to the US under the EU-US Privacy Shield.', 'EU-US Privacy Shield', 'Privacy Shield'],
    ['Our analytics provider participates in the US-EU Safe Harbor Framework.', 'US-EU Safe Harbor', 'Safe Harbor'],
    [
      // valid + invalid together: the invalid one is still relied on
      'Our CRM supplier uses standard contractual clauses and is also certified under Privacy Shield.',
      'Privacy Shield',
      'Privacy Shield',
    ],
    ['Transfers to our US parent company are protected by the Safe Harbour principles.', 'Safe Harbour', 'Safe Harbor'],
  ];
  for (const [text, quote, named] of firing) {
    it(`fires: ${text}`, () => {
      const finding = warn(text);
      expect(finding).not.toBeNull();
      expect(finding?.message).toContain(named);
      expect(quotes(text, finding)).toContain(quote);
    });
  }

  const silent: [string, string][] = [
    [
      'Following the Schrems II judgment we no longer rely on the EU-US Privacy Shield; we use standard contractual clauses.',
      'abandoned',
    ],
    [
      'The Data Privacy Framework replaced the Privacy Shield, which the CJEU invalidated in 2020.',
      'history of the mechanism',
    ],
    ['We do not rely on the Privacy Shield for any transfer.', 'negated'],
    [
      'Online platforms may benefit from a safe harbour for content posted by users.',
      'a legal safe harbour, not the transfer scheme',
    ],
    ['Transfers to the US rely on the UK-US data bridge.', 'only a valid mechanism'],
    ['We collect your name and address to deliver your order.', 'nothing about transfers'],
  ];
  for (const [text, note] of silent) {
    it(`silent (${note}): ${text}`, () => {
      expect(warn(text)).toBeNull();
    });
  }
});
