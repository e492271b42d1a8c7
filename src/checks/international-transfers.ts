import { type CheckFinding, defineCheck } from '../engine/check';
import type { Sentence } from '../engine/document';
import {
  findMechanisms,
  findNonUkLocations,
  findStaysInUk,
  findTransferMentions,
  labelMechanisms,
  type TransferMention,
} from '../engine/lexicons/transfers';

/** One quote per sentence, in text order, at most `limit`. */
function distinctSentences(items: readonly { sentence: Sentence }[], limit: number): Sentence[] {
  return [...new Set(items.map((i) => i.sentence))].sort((a, b) => a.start - b.start).slice(0, limit);
}

export default defineCheck({
  meta: {
    id: 'international-transfers',
    title: 'International transfers and safeguards described',
    failureTitle: 'International transfers or their safeguards not described',
    source: 'UK GDPR Art 13(1)(f), Art 14(1)(f), Chapter V',
    weight: 3,
    statuses: ['met', 'partial', 'missing', 'not-applicable'],
    advice:
      'Say whether personal data leaves the UK/EEA and, where it does, name the safeguard for each transfer: UK adequacy regulations, the IDTA or UK Addendum to the EU standard contractual clauses, binding corporate rules, or the UK-US data bridge.',
    sampleWording:
      'Our email provider stores your details on servers in the United States. We protect this transfer with the International Data Transfer Agreement issued by the ICO; for suppliers in the EEA we rely on the UK adequacy regulations. Ask privacy@example.co.uk for a copy of the safeguards.',
    messages: {
      'no-safeguard':
        'The notice says personal data may go {{where}} but names no valid safeguard (adequacy regulations, standard contractual clauses, the IDTA or UK Addendum, binding corporate rules, or the UK-US data bridge).',
      'invalid-only':
        'The only transfer mechanism the notice names is {{invalid}}, which is no longer a lawful basis for transfers, and it names no valid safeguard.',
      'invalid-with-valid':
        'The notice names {{valid}} but also relies on {{invalid}}, which is no longer a lawful basis for transfers.',
      'not-transferred': 'The notice states that personal data is not transferred outside the UK/EEA.',
      none: 'The notice does not say where personal data is stored or whether it is transferred outside the UK/EEA.',
    },
  },
  run({ doc }): CheckFinding {
    const mechanisms = findMechanisms(doc);
    const valid = mechanisms.filter((m) => m.valid);
    const invalid = mechanisms.filter((m) => !m.valid);

    const stays = findStaysInUk(doc);
    const flatStays = stays.filter((s) => !s.hedged);
    // "We do not normally transfer data outside the UK": a hedged denial still admits transfers.
    const hedged: TransferMention[] = stays
      .filter((s) => s.hedged)
      .map(({ hit }) => ({ start: hit.start, end: hit.end, sentence: hit.sentence, conditional: false }));
    const locations = findNonUkLocations(doc);
    // The transfer wording inside a denial ("do not transfer ... outside the UK") is the denial itself.
    const transfers = findTransferMentions(doc).filter(
      (t) => !flatStays.some(({ hit }) => t.start < hit.end && hit.start < t.end),
    );
    const abroad = [...locations, ...transfers, ...hedged].sort((a, b) => a.start - b.start);

    if (invalid.length > 0) {
      const evidence = [...distinctSentences(invalid, 2), ...distinctSentences(valid, 1)];
      return valid.length > 0
        ? {
            status: 'partial',
            evidence,
            messageId: 'invalid-with-valid',
            data: { valid: labelMechanisms(valid), invalid: labelMechanisms(invalid) },
          }
        : { status: 'partial', evidence, messageId: 'invalid-only', data: { invalid: labelMechanisms(invalid) } };
    }
    if (valid.length > 0) {
      // Quote where the data goes ("servers located in the United States"), not the section heading
      // "International transfers", when the text says it.
      const inText = abroad.filter((a) => a.sentence.block.kind !== 'heading');
      const where = inText.length > 0 ? inText : abroad;
      return { status: 'met', evidence: [...distinctSentences(where, 1), ...distinctSentences(valid, 2)] };
    }

    // Once the notice denies transfers, "If we ever transfer data abroad..." does not contradict it.
    const contradicting = flatStays.length > 0 ? abroad.filter((a) => !a.conditional) : abroad;
    const [first] = contradicting;
    if (first) {
      const isLocation = locations.includes(first);
      const quoted = doc.text.slice(first.start, first.end);
      const where = isLocation
        ? `to ${quoted}`
        : /^(?:outside|out of|beyond)\b/i.test(quoted)
          ? quoted
          : 'outside the UK/EEA';
      return {
        status: 'partial',
        evidence: distinctSentences(contradicting, 3),
        messageId: 'no-safeguard',
        data: { where },
      };
    }
    if (flatStays.length > 0) {
      return {
        status: 'not-applicable',
        evidence: distinctSentences(
          flatStays.map((s) => s.hit),
          2,
        ),
        messageId: 'not-transferred',
      };
    }
    return { status: 'missing', messageId: 'none' };
  },
});
