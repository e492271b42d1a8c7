import { defineCheck } from '../engine/check';
import type { Sentence } from '../engine/document';
import { isDeniedBefore } from '../engine/lexicons/purposes';
import {
  NAMED_PROCESSOR,
  PORTABILITY,
  RECIPIENT_CATEGORY,
  SHARING_CUE,
  SHARING_DENIAL,
  SHARING_HEADING,
  SHARING_VERB,
  VAGUE_RECIPIENT,
} from '../engine/lexicons/recipients';
import { findAll } from '../engine/text';

/** Whether `pattern` occurs in the sentence outside a denial ("we never share it with marketing agencies"). */
function affirms(sentence: Sentence, pattern: RegExp): boolean {
  return (
    pattern.test(sentence.text) &&
    findAll(sentence.text, pattern, sentence.start).some((hit) => !isDeniedBefore(sentence, hit.start))
  );
}

/** Sentences of running text before headings: a heading ("Sharing your information") is the weaker quote. */
function textFirst(sentences: readonly Sentence[]): Sentence[] {
  return [
    ...sentences.filter((s) => s.block.kind !== 'heading'),
    ...sentences.filter((s) => s.block.kind === 'heading'),
  ];
}

export default defineCheck({
  meta: {
    id: 'recipients',
    title: 'Recipients of personal data named',
    failureTitle: 'Recipients of personal data not named',
    source: 'UK GDPR Art 13(1)(e)',
    weight: 1,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'Name the recipients or categories of recipients of personal data, by what they do (for example payment processors, delivery companies, IT and hosting providers, professional advisers, HMRC or the police), not only "third parties".',
    sampleWording:
      'Example Ltd shares your details with our payment processor (Stripe) to take payment, with our courier to deliver your order, with our IT and hosting providers who run our website, and with HMRC or the police where the law requires it.',
    messages: {
      vague:
        'The notice says data is shared, but only with "third parties" or unnamed others, without saying what kind of organisation receives it.',
      denial:
        'The notice only says data is not shared, without naming the service providers or other recipients who do receive it.',
      none: 'The notice does not say who personal data is shared with.',
    },
  },
  run({ doc }) {
    const sections = doc.sectionsTitled(SHARING_HEADING);
    const inSharingSection = (s: Sentence) => sections.some((r) => s.start >= r.start && s.end <= r.end);
    const named: Sentence[] = [];
    const vague: Sentence[] = [];
    const denials: Sentence[] = [];
    for (const sentence of doc.sentences) {
      // A heading counts only inside a sharing section ("Our suppliers and service providers").
      const sharing =
        inSharingSection(sentence) || (sentence.block.kind !== 'heading' && SHARING_CUE.test(sentence.text));
      if (!sharing || PORTABILITY.test(sentence.text)) continue;
      if (affirms(sentence, RECIPIENT_CATEGORY) || affirms(sentence, NAMED_PROCESSOR)) named.push(sentence);
      else if (affirms(sentence, VAGUE_RECIPIENT) || affirms(sentence, SHARING_VERB)) vague.push(sentence);
      else if (SHARING_DENIAL.test(sentence.text)) denials.push(sentence);
    }
    if (named.length > 0) return { status: 'met', evidence: textFirst(named).slice(0, 4) };
    if (vague.length > 0) return { status: 'partial', evidence: textFirst(vague).slice(0, 3), messageId: 'vague' };
    if (denials.length > 0) return { status: 'partial', evidence: denials.slice(0, 3), messageId: 'denial' };
    return { status: 'missing', messageId: 'none' };
  },
});
