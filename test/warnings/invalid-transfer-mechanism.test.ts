// checks.md, warnings: `invalid-transfer-mechanism` fires when the EU-US Privacy Shield (invalid since
// July 2020) or Safe Harbor (invalid since October 2015) is relied on; a notice that relied on them only
// in the past ("until 2020 we relied on", "previously", "used to"), says it no longer relies on them,
// or that they were struck down or replaced, is not warned.
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
    [
      // present perfect with "since": reliance that still holds
      'Our payroll bureau in the US has relied on the Privacy Shield since 2018.',
      'Privacy Shield',
      'Privacy Shield',
    ],
    [
      // the past reliance belongs to Safe Harbor; the Shield is relied on now
      'Our US hosting partner, previously certified under Safe Harbor, is now certified under the EU-US Privacy Shield.',
      'EU-US Privacy Shield',
      'Privacy Shield',
    ],
  ];
  for (const [text, quote, named] of firing) {
    it(`fires: ${text}`, () => {
      const finding = warn(text);
      expect(finding).not.toBeNull();
      expect(finding?.message).toContain(named);
      expect(quotes(text, finding)).toContain(quote);
    });
  }

  it('calls out only the mechanism relied on now, not one relied on in the past', () => {
    const text =
      'Until 2015 our US hosting partner relied on Safe Harbor. It is now certified under the EU-US Privacy Shield.';
    const finding = warn(text);
    expect(finding?.message).toContain('Privacy Shield');
    expect(finding?.message).not.toContain('Safe Harbor');
    expect(quotes(text, finding)).toEqual(['EU-US Privacy Shield']);
  });

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
      'Until 2020 our booking system relied on the EU-US Privacy Shield. Today we use the UK International Data Transfer Agreement.',
      'past reliance',
    ],
    ['Before the Schrems II ruling, transfers to our American supplier were covered by the Privacy Shield.', 'past'],
    [
      'We used to rely on Safe Harbor, and later on the Privacy Shield; neither is used now.',
      'used to, both mechanisms',
    ],
    ['We no longer rely on Safe Harbor or the Privacy Shield.', 'one "no longer" governs both mechanisms'],
    [
      'The EU-US Privacy Shield has been replaced by the Data Privacy Framework, which our US provider has joined.',
      'replaced',
    ],
    [
      'Transfers rely on the UK-US data bridge (the successor to the Privacy Shield) rather than on Safe Harbor.',
      'named only as what the valid mechanism replaced',
    ],
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
