import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import {
  ANY_DATA_CATEGORY,
  BARE_CATEGORIES,
  COLLECTION_CUE,
  COLLECTION_HEADING,
  DATA_CATEGORIES,
  DENIED_COLLECTION,
} from '../engine/lexicons/data-categories';

// Threshold: at least two distinct categories in sentences that describe collection ("we collect your
// name and email address"), or one under a "What we collect" heading ("We only collect your email
// address."). A lone "name" or "address" elsewhere is too weak: it is usually the controller's own.
const MIN_CATEGORIES = 2;
const RICH_LIST = 3;

interface CategorySentence {
  sentence: Sentence;
  labels: string[];
  underHeading: boolean;
}

// "We may collect the following information:", "This includes:" - a lead-in whose list items are the categories.
const LEAD_IN_END = /(?::|\b(?:following|includ(?:e|es|ing)|such as|as follows))\s*$/i;

/** A list entry or table cell ("Name", "Telephone number"), which plain text may read as a heading. */
function isShortLine(text: string): boolean {
  return text.split(/\s+/).length <= 6 && !/[.!?;]$/.test(text);
}

// A heading that starts a new topic rather than a list cell: "How we use it", "Your rights", "Sharing?".
const REAL_HEADING =
  /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:how|why|what|who|when|where|which|your|our|the|this|about)\b|[?:]\s*$|^(?:\S+\s+){4}/i;

/** Sentences that describe what is collected, with the categories each names. */
function categorySentences(doc: PolicyDocument): CategorySentence[] {
  const sections = doc.sectionsTitled(COLLECTION_HEADING);
  const out: CategorySentence[] = [];
  // Inside a list that follows a collection heading or lead-in; a full paragraph or another heading ends it.
  let list: 'none' | 'after-heading' | 'after-lead-in' = 'none';
  for (const sentence of doc.sentences) {
    const { kind } = sentence.block;
    const short = isShortLine(sentence.text);
    const cued = COLLECTION_CUE.test(sentence.text);
    if (kind === 'heading') {
      if (COLLECTION_HEADING.test(sentence.text)) list = 'after-heading';
      if (list === 'none' || !short || REAL_HEADING.test(sentence.text) || COLLECTION_HEADING.test(sentence.text)) {
        if (!COLLECTION_HEADING.test(sentence.text)) list = 'none';
        continue;
      }
    } else if (kind === 'paragraph' && cued && LEAD_IN_END.test(sentence.text)) {
      list = list === 'after-heading' ? list : 'after-lead-in';
    } else if (kind === 'paragraph' && !short) {
      list = 'none';
    }
    const listEntry = list !== 'none' && (kind !== 'paragraph' || short);
    const underHeading =
      (listEntry && list === 'after-heading') ||
      sections.some((r) => sentence.start >= r.start && sentence.end <= r.end);
    if (!(cued || underHeading || listEntry) || DENIED_COLLECTION.test(sentence.text)) continue;
    const labels = ANY_DATA_CATEGORY.test(sentence.text)
      ? DATA_CATEGORIES.filter((c) => c.pattern.test(sentence.text)).map((c) => c.label)
      : [];
    const bare = listEntry ? BARE_CATEGORIES.find((c) => c.pattern.test(sentence.text)) : undefined;
    if (bare && !labels.includes(bare.label)) labels.push(bare.label);
    if (labels.length === 0) continue;
    out.push({ sentence, labels, underHeading });
    // Three rich lists are evidence enough; the rest of the notice need not be read.
    if (out.filter((f) => f.labels.length >= RICH_LIST).length >= 3) break;
  }
  return out;
}

export default defineCheck({
  meta: {
    id: 'data-categories',
    title: 'Categories of personal data listed',
    failureTitle: 'Categories of personal data not listed',
    source: 'UK GDPR Art 14(1)(d)',
    weight: 1,
    statuses: ['met', 'missing'],
    advice:
      'List the categories of personal data you process, such as identity and contact details, payment details, device and usage data, and any special category data.',
    sampleWording:
      'Example Ltd collects your name, postal and email address, telephone number, order history and payment details, and, when you visit our website, your IP address, device and browser type and the pages you view.',
    messages: {
      none: 'The notice does not list the categories of personal data it processes (such as name, contact details, payment or device data).',
    },
  },
  run({ doc }) {
    const found = categorySentences(doc);
    const labels = new Set(found.flatMap((f) => f.labels));
    const headed = found.some((f) => f.underHeading);
    if (labels.size >= MIN_CATEGORIES || headed) {
      const best = [...found].sort((a, b) => b.labels.length - a.labels.length).slice(0, 3);
      return {
        status: 'met',
        evidence: best.map((f) => f.sentence),
        data: { categories: [...labels].join(', ') },
      };
    }
    return { status: 'missing', messageId: 'none' };
  },
});
