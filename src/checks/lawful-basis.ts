import { defineCheck } from '../engine/check';
import { BASIS_LABELS, GENERIC_LAWFULNESS } from '../engine/lexicons/lawful-bases';
import { findAll } from '../engine/text';

export default defineCheck({
  meta: {
    id: 'lawful-basis',
    title: 'Lawful basis for processing stated',
    failureTitle: 'No lawful basis for processing stated',
    source: 'UK GDPR Art 13(1)(c), Art 6(1)',
    weight: 3,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'For each purpose, name the Article 6 lawful basis relied on: consent, contract, legal obligation, vital interests, public task or (recognised) legitimate interests.',
    sampleWording:
      'We process your order details because it is necessary to perform our contract with you (Article 6(1)(b) UK GDPR), and we send marketing emails only with your consent (Article 6(1)(a)).',
    messages: {
      generic: 'The notice says data is processed lawfully but names no Article 6 basis.',
      none: 'The notice does not say on what lawful basis personal data is processed.',
    },
  },
  run({ doc, facts }) {
    const mentions = facts.reliedBases();
    if (mentions.length > 0) {
      // One quote per basis is enough for a reviewer.
      const firstPerBasis = new Map(mentions.map((m) => [m.basis, m] as const).reverse());
      return {
        status: 'met',
        evidence: [...firstPerBasis.values()].map((m) => m.sentence),
        data: { bases: [...firstPerBasis.keys()].map((b) => BASIS_LABELS[b]).join(', ') },
      };
    }
    const generic = findAll(doc.text, GENERIC_LAWFULNESS);
    if (generic.length > 0)
      return {
        status: 'partial',
        evidence: generic.slice(0, 3).map((g) => doc.sentenceAt(g.start) ?? g),
        messageId: 'generic',
      };
    return { status: 'missing', messageId: 'none' };
  },
});
