import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import {
  GENERIC_PURPOSE,
  isDeniedBefore,
  PURPOSE_CUE,
  PURPOSE_HEADING,
  SPECIFIC_PURPOSE,
} from '../engine/lexicons/purposes';
import { findAll } from '../engine/text';

// "We use your details to...", "Your data will be processed for...", "for the following purposes".
const STRONG_CUE = /\b(?:use|uses|used|process|processes|processed)\b[^.;]{0,80}?\b(?:to|for)\b|\bpurposes?\b/i;

interface PurposeSentence {
  sentence: Sentence;
  /** Higher for sentences under a "How we use" heading and with an explicit use cue: the best evidence. */
  rank: number;
}

/** Sentences that say what data is used for: a use/purpose cue, or anything under a "How we use" heading. */
function purposeSentences(doc: PolicyDocument): PurposeSentence[] {
  const sections = doc.sectionsTitled(PURPOSE_HEADING);
  const out: PurposeSentence[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.block.kind === 'heading') continue;
    const underHeading = sections.some((r) => sentence.start >= r.start && sentence.end <= r.end);
    if (!underHeading && !PURPOSE_CUE.test(sentence.text)) continue;
    out.push({ sentence, rank: (underHeading ? 2 : 0) + (STRONG_CUE.test(sentence.text) ? 1 : 0) });
  }
  return out;
}

/** How many purposes the sentence names that are not denied ("we never use it for marketing" names none). */
function countPurposes(sentence: Sentence, pattern: RegExp): number {
  if (!pattern.test(sentence.text)) return 0;
  return findAll(sentence.text, pattern, sentence.start).filter((hit) => !isDeniedBefore(sentence, hit.start)).length;
}

/** The sentences naming the most purposes, best placed first (under a "How we use" heading, with a use cue). */
function strongest(found: PurposeSentence[], pattern: RegExp): Sentence[] {
  return found
    .map((f) => ({ ...f, count: countPurposes(f.sentence, pattern) }))
    .filter((f) => f.count > 0)
    .sort(
      (a, b) => b.rank + Math.min(b.count, 3) - (a.rank + Math.min(a.count, 3)) || a.sentence.start - b.sentence.start,
    )
    .map((f) => f.sentence);
}

export default defineCheck({
  meta: {
    id: 'purposes',
    title: 'Purposes of processing described',
    failureTitle: 'Purposes of processing not described',
    source: 'UK GDPR Art 13(1)(c)',
    weight: 1,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'Say what each kind of personal data is used for in concrete terms (for example fulfilling orders, managing accounts, sending marketing, preventing fraud, analysing website use), not only "to provide our services".',
    sampleWording:
      'Harbour Books Ltd uses your name, address and payment details to process and deliver your orders, your email address to send you our newsletter if you ask for it, and your device data to keep our website secure and understand how it is used.',
    messages: {
      generic:
        'The notice describes its purposes only in general terms (such as "to provide our services") without saying what the data is actually used for.',
      none: 'The notice does not say what personal data is used for.',
    },
  },
  run({ doc }) {
    const candidates = purposeSentences(doc);
    const specific = strongest(candidates, SPECIFIC_PURPOSE);
    if (specific.length > 0) return { status: 'met', evidence: specific.slice(0, 3), data: { count: specific.length } };
    const generic = strongest(candidates, GENERIC_PURPOSE);
    if (generic.length > 0) return { status: 'partial', evidence: generic.slice(0, 3), messageId: 'generic' };
    return { status: 'missing', messageId: 'none' };
  },
});
