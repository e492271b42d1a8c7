import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import {
  countActivities,
  GENERIC_PURPOSE,
  inlineListItems,
  isDeniedBefore,
  PURPOSE_CUE,
  PURPOSE_HEADING,
  PURPOSE_LEAD_IN,
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

/** Sentences that say what data is used for: a use/purpose cue, anything under a "How we use" heading, or an item
 * listed after a purpose lead-in. */
function purposeSentences(doc: PolicyDocument, listed: ReadonlyMap<Sentence, number>): PurposeSentence[] {
  const sections = doc.sectionsTitled(PURPOSE_HEADING);
  const out: PurposeSentence[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.block.kind === 'heading') continue;
    const underHeading = sections.some((r) => sentence.start >= r.start && sentence.end <= r.end);
    if (!underHeading && !listed.has(sentence) && !PURPOSE_CUE.test(sentence.text)) continue;
    out.push({ sentence, rank: (underHeading ? 2 : 0) + (STRONG_CUE.test(sentence.text) ? 1 : 0) });
  }
  return out;
}

// A list item an extraction kept as a paragraph: "- picking teams", "(b) arranging fixtures".
const LIST_MARKER = /^\s*(?:[•●◦▪‣∙·*\-–—]|\(?[a-z]\)|\(?[ivx]+\)|\d{1,2}[.)])\s+/i;

/**
 * Purposes given as a list of activities after a lead-in whose own purpose may be generic: "We use this information
 * to run the club: keeping the membership list, collecting subs, picking teams", inline or as the list items that
 * follow. Two or more activities make the list; each sentence maps to the activities it names.
 */
function listedActivities(doc: PolicyDocument): Map<Sentence, number> {
  const found = new Map<Sentence, number>();
  const { sentences } = doc;
  for (const lead of sentences) {
    if (!lead.text.includes(':')) continue;
    const match = PURPOSE_LEAD_IN.exec(lead.text);
    if (!match) continue;
    const colon = match.index + match[0].length;
    // "We do not use your data for: selling it, renting it" lists nothing it is used for.
    if (isDeniedBefore(lead, lead.start + colon - 1)) continue;
    const after = lead.text.slice(colon);
    if (after.trim().length > 0) {
      const count = countActivities(inlineListItems(after));
      if (count >= 2) found.set(lead, count);
      continue;
    }
    const items: [Sentence, number][] = [];
    for (let i = lead.index + 1; i < sentences.length; i++) {
      const item = sentences[i]!;
      if (item.block.kind !== 'list-item' && !LIST_MARKER.test(item.block.text)) break;
      items.push([item, countActivities([item.text.replace(LIST_MARKER, '')])]);
    }
    if (items.reduce((sum, [, n]) => sum + n, 0) >= 2) for (const [item, n] of items) if (n > 0) found.set(item, n);
  }
  return found;
}

/** How many purposes the sentence names that are not denied ("we never use it for marketing" names none). */
function countPurposes(sentence: Sentence, pattern: RegExp): number {
  if (!pattern.test(sentence.text)) return 0;
  return findAll(sentence.text, pattern, sentence.start).filter((hit) => !isDeniedBefore(sentence, hit.start)).length;
}

/** The sentences naming the most purposes, best placed first (under a "How we use" heading, with a use cue). */
function strongest(found: PurposeSentence[], count: (sentence: Sentence) => number): Sentence[] {
  return found
    .map((f) => ({ ...f, count: count(f.sentence) }))
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
      'Example Ltd uses your name, address and payment details to process and deliver your orders, your email address to send you our newsletter if you ask for it, and your device data to keep our website secure and understand how it is used.',
    messages: {
      generic:
        'The notice describes its purposes only in general terms (such as "to provide our services") without saying what the data is actually used for.',
      none: 'The notice does not say what personal data is used for.',
    },
  },
  run({ doc }) {
    const listed = listedActivities(doc);
    const candidates = purposeSentences(doc, listed);
    const specific = strongest(candidates, (s) => countPurposes(s, SPECIFIC_PURPOSE) + (listed.get(s) ?? 0));
    if (specific.length > 0) return { status: 'met', evidence: specific.slice(0, 3), data: { count: specific.length } };
    const generic = strongest(candidates, (s) => countPurposes(s, GENERIC_PURPOSE));
    if (generic.length > 0) return { status: 'partial', evidence: generic.slice(0, 3), messageId: 'generic' };
    return { status: 'missing', messageId: 'none' };
  },
});
