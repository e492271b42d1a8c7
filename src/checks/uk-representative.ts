import { defineCheck } from '../engine/check';
import {
  ARTICLE_27_REPRESENTATIVE,
  EU_REPRESENTATION,
  findEstablishment,
  UK_MENTION,
  UK_REPRESENTATIVE,
} from '../engine/lexicons/uk-establishment';
import { findAll, isNegatedBefore } from '../engine/text';

export default defineCheck({
  meta: {
    id: 'uk-representative',
    title: 'UK representative named, or controller established in the UK',
    failureTitle: 'No UK representative named',
    source: 'UK GDPR Art 27, Art 13(1)(a)',
    weight: 1,
    statuses: ['met', 'missing', 'not-applicable'],
    advice:
      'A controller established outside the UK that offers goods or services to, or monitors, people in the UK must appoint a UK representative (Art 27) and give its name and contact details in the notice; a UK-established controller should make its UK establishment clear (registered office, company number).',
    sampleWording:
      'Example GmbH is established in Germany. Our representative in the UK under Article 27 of the UK GDPR is Thamesgate Privacy Services Ltd, 20 Market Street, Reading RG1 2AB, ukrep@example.co.uk.',
    messages: {
      established:
        'The controller appears to be established in the UK ({{evidence}}), so no UK representative is needed.',
      foreign:
        'The controller appears to be established outside the UK ({{evidence}}) but the notice names no UK representative.',
      'not-shown':
        'The notice does not show that the controller is established in the UK, and names no UK representative.',
    },
  },
  run({ doc }) {
    // "Our UK representative is Thamesgate Privacy Services Ltd", but not "we have not appointed a UK representative".
    for (const hit of findAll(doc.text, UK_REPRESENTATIVE)) {
      const sentence = doc.sentenceAt(hit.start);
      if (sentence && !isNegatedBefore(sentence, hit.start, 50)) return { status: 'met', evidence: [sentence] };
    }
    // "Our representative under Article 27 is ...", unless it is the EU one: "our representative in the European Union
    // under Article 27 of the GDPR" is no UK representative.
    for (const hit of findAll(doc.text, ARTICLE_27_REPRESENTATIVE)) {
      const sentence = doc.sentenceAt(hit.start);
      if (!sentence || isNegatedBefore(sentence, hit.start, 50)) continue;
      if (EU_REPRESENTATION.test(sentence.text) && !UK_MENTION.test(sentence.text)) continue;
      return { status: 'met', evidence: [sentence] };
    }
    const { strong, weak, foreign } = findEstablishment(doc);
    // A UK office or registration settles it even for a group headquartered abroad.
    const decisive = strong[0] ?? (foreign.length === 0 ? weak[0] : undefined);
    if (decisive) {
      // The sentence around a registration or postcode reads better than the bare match.
      const evidence = (strong.length > 0 ? strong : weak).slice(0, 3).map((e) => doc.sentenceAt(e.start) ?? e);
      return { status: 'not-applicable', evidence, messageId: 'established', data: { evidence: decisive.kind } };
    }
    const abroad = foreign[0];
    if (abroad)
      return {
        status: 'missing',
        evidence: [doc.sentenceAt(abroad.start) ?? abroad],
        messageId: 'foreign',
        data: { evidence: abroad.kind },
      };
    return { status: 'missing', messageId: 'not-shown' };
  },
});
