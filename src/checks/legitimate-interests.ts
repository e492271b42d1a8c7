import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import { SPECIFIC_PURPOSE } from '../engine/lexicons/purposes';
import { findAll, isNegatedBefore } from '../engine/text';
import type { Span } from '../engine/types';

const LEGITIMATE_INTERESTS = /\b(?:recogni[sz]ed )?legitimate (?:business |commercial |organisational )?interests?\b/i;

// The ICO's definition, which names no interest: "(or those of a third party)", ", or that of a third party,",
// "(either of Acme or a third-party)", "pursued by us or by a third party".
const THIRD_PARTY_ASIDE =
  /^\s*(?:\([^)]{0,60}\b(?:third[- ]part(?:y|ies)|those of|that of)\b[^)]{0,20}\)|,? ?(?:or|and) (?:those|that) of (?:a |any )?(?:third[- ]part(?:y|ies)|others?),?|(?:as )?pursued by (?:us|the controller|\w+)(?: or (?:by )?(?:a )?third[- ]part(?:y|ies))?,?)/i;

// What follows "legitimate interests" when the interest itself is stated:
// "...in preventing fraud", "...to ensure our website is secure", "(e.g. to manage our relationship with you)",
// "...such as marketing our products", "...namely network security", "...for the following purposes:".
const INTEREST_AFTER =
  /^\s*[(,:–—-]?\s*(?<link>(?:which|that|these) (?:are|is|include)|are|is|include[sd]?|including|namely|such as|e\.g\.?,?|i\.e\.?,?|for example,?|being|in|of|to|for|within)[:,]?\s+(?<object>[^.;]{0,80})/i;
// After "is"/"are"/"being" only a purpose-like object counts: "are: keeping our network secure", "is to
// prevent fraud", "are the running of our shop"; not "are balanced against your rights", "is not overridden".
const COPULA = /^(?:(?:which|that|these) )?(?:are|is|being)$/i;
const COPULA_OBJECT = /^(?:to \w+|\w+ing\b|that (?:we|it)\b|in \w+|(?:our|the) \w+)/i;

// Objects of those words that still name no interest: "of a third party", "in accordance with the law",
// "to process your data", "is one of the lawful bases", "for processing".
const EMPTY_OBJECT =
  /^(?:(?:a|any|the) )?(?:third[- ]part|others?\b|those\b|that\b|this\b|which\b|whom\b|us\b|you\b|your (?:data|information|personal)|accordance\b|question\b|one of\b|a lawful basis|the lawful basis|lawful|legal basis|processing\b|process\b|use\b|handle\b|rely\b|do(?:ing)? (?:so|this)\b|be\b|object\b|the purposes of (?:this|these|data protection)|such processing)|^(?:our|the|its|this) (?:\w+ )?(?:business|company|organi[sz]ation|firm|charity|group|school|council|controller)s?\b(?! (?:in|to|of)\b)/i;

// The interest given as the reason for relying on the basis, after a colon, dash or "because":
// "it is in our legitimate interests to do so: unanswered reminders cost us clinic time",
// "we rely on legitimate interests because a secure website protects every customer",
// "...legitimate interests, so that we can keep our records up to date".
const REASON_AFTER =
  /^\s*(?:to (?:do (?:so|this)|use (?:it|them|this \w+|your \w+)(?: (?:in this way|like this|for this))?|process (?:it|them|this \w+|your \w+)(?: in this way)?)\b)?\s*(?:[:–—]|\s-|,?\s*(?:because|since|so that|so we can)\b)\s*(?<reason>[^.;]{20,240})/i;
// Reasons that only restate the test or point elsewhere: "because your rights do not override them",
// "because it is necessary", ": see our assessment", "since we have balanced them against your rights",
// and the definition a list of bases gives: "the processing is necessary for the legitimate interests of a third party".
const EMPTY_REASON =
  /^(?:(?:we|it) (?:have|has|are|is) (?:balanced|weighed|assessed|considered|carried out|(?:necessary|permitted|allowed|lawful))|(?:the |it |this )?(?:processing )?is (?:necessary|lawful|permitted|allowed)|(?:your|the|their) (?:\w+ )?(?:rights|interests|freedoms)|(?:the )?law\b|(?:please )?(?:see|refer|read|visit|contact)\b|(?:of |by )?(?:a |any )?third[- ]part|(?:those|that) of\b|(?:a |an |the |our )?(?:legitimate interests? |balancing )(?:assessment|test))|\b(?:legitimate|necessary for|third[- ]part\w*|overrid\w*|genuine)\b/i;
// The phrase as part of a clause ("it is in our legitimate interests to do so:"), not a label opening a list of
// bases ("Legitimate interests: the processing is ...").
const CLAUSE_BEFORE = /(?:\b[a-z]+\W+){2}$/i;

// "for the following purposes:", "our legitimate interests are as follows", "...listed below".
const POINTS_TO_LIST = /(?:following|as follows|below|listed|set out)\b[^.]{0,30}:?\s*$|:\s*$/i;

// The interests introduced as a list: "necessary for the following legitimate interests:", "these legitimate
// interests", and after the phrase, up to the colon that opens the list: "..., which we have balanced against your
// rights:", "legitimate interests, which are as follows:", "our legitimate interests include:".
const LIST_INTRO_BEFORE = /\b(?:following|these|the below|below-listed)\s+$/i;
const LIST_INTRO_AFTER =
  /^[^.:;]{0,40}?\b(?:are|include|including|namely|following|as follows|below|listed|set out)\b/i;
const COLON_OPENING_LIST = /^[^.:;]{0,160}:/;
// A list entry that states an interest: a purpose, "to keep...", or an activity: "(i) preventing fraud",
// "b) defending legal claims", "- developing new features".
const STATED_ENTRY = /^\s*(?:\(?(?:[a-z]|[ivx]+|\d{1,2})[.)]\s*|[•●◦▪‣∙·*\-–—]\s*)?(?!being\b)[a-z]{3,}ing\b/i;

// A label followed by the processing it covers: "Legitimate interests: we use CCTV to keep our premises safe."
const LABEL_THEN_CLAUSE = /^\s*[:–—-]\s*\S/;
// A purpose as an infinitive, not a bare "to process your data": "to keep", "to tell you", "to check".
const PURPOSE_INFINITIVE =
  /\bto (?!(?:process|use|collect|handle|hold|store|share|rely|object|do|be|a|the|us|you|your|our)\b)[a-z]{3,}\b/i;

// "Our legitimate interests" as a short table cell or label beside a purpose: "Marketing | Legitimate interests".
const LABEL_ONLY = /^\W*(?:our |a |the )?(?:recogni[sz]ed )?legitimate (?:business )?interests?\W*$/i;

// A pointer back (or on) to the list or table where the interests themselves are stated: "Our legitimate interests
// are those stated in each bullet above", "legitimate interests, as set out below", "the legitimate interests
// described above", "are as described in each row of the table". Not "...for the records listed above", which
// points to what is processed, not to the interests.
const POINTS_TO_ITEMS =
  /^[,:]?\s*(?:(?:(?:which|that|these|those) )?(?:are|is|include|will be) )?(?:(?:those|the ones?|ones|the interests|as|all) )?(?:(?:we have|we've) )?(?:stated|set out|described|listed|explained|identified|shown|mentioned|outlined|detailed|specified)\b[^.;]{0,40}?(?<where>\b(?:above|below|earlier|previously|following)\b|\b(?:beside|alongside|against|next to) (?:each|every|the) (?:\w+ )?(?:purposes?|activit(?:y|ies)|uses?|rows?|items?)\b|\bin (?:each|every|the|that|this) (?:\w+ )?(?:bullets?|items?|points?|rows?|entr(?:y|ies)|table|list|paragraphs?|column)\b)/i;
// How far the pointed-to items may lie: up to the section heading, and no more than this many blocks away.
const POINTED_ITEMS_REACH = 12;

/**
 * The list items or paragraphs a pointer refers to, in the direction it gives ("above", "below"; the items before
 * it first when it names none), stopping at a heading. Returns the first that states a purpose, or null.
 */
function pointedInterest(doc: PolicyDocument, sentence: Sentence, where: string): Span | null {
  const backwards = !/^(?:below|following)$/i.test(where);
  const forwards = !/^(?:above|earlier|previously)$/i.test(where);
  const walk = (step: -1 | 1): Span | null => {
    // Items after the pointer start only once its block ends.
    if (step === 1 && sentence.end < sentence.block.end) return null;
    for (let n = 1; n <= POINTED_ITEMS_REACH; n++) {
      const block = doc.blocks[sentence.block.index + step * n];
      // "...set out below." may be followed by the list's own heading.
      if (block?.kind === 'heading' && step === 1 && n === 1) continue;
      if (!block || block.kind === 'heading') return null;
      if (SPECIFIC_PURPOSE.test(block.text) || PURPOSE_INFINITIVE.test(block.text)) return block;
    }
    return null;
  };
  return (backwards ? walk(-1) : null) ?? (forwards ? walk(1) : null);
}

/** The evidence that the sentence states what the legitimate interest is (not only that one is relied on), or null. */
function statedInterest(doc: PolicyDocument, sentence: Sentence, hitStart: number, hitEnd: number): Span[] | null {
  const after = sentence.text.slice(hitEnd - sentence.start);
  const listed = listedInterests(doc, sentence, hitStart, after);
  if (listed) return listed;
  const where = POINTS_TO_ITEMS.exec(after)?.groups?.where;
  const pointed = where ? pointedInterest(doc, sentence, where) : null;
  if (pointed) return pointed.start < sentence.start ? [pointed, sentence] : [sentence, pointed];
  const found = statesInterest(doc, sentence, hitStart, hitEnd);
  if (found === 'beside-purpose') {
    const previous = doc.blocks[sentence.block.index - 1];
    return previous ? [previous, sentence] : [sentence];
  }
  return found ? [sentence] : null;
}

function statesInterest(
  doc: PolicyDocument,
  sentence: Sentence,
  hitStart: number,
  hitEnd: number,
): boolean | 'beside-purpose' {
  let after = sentence.text.slice(hitEnd - sentence.start);
  const aside = THIRD_PARTY_ASIDE.exec(after);
  if (aside) after = after.slice(aside[0].length);
  const follow = INTEREST_AFTER.exec(after);
  const object = follow?.groups?.object?.trim() ?? '';
  const link = follow?.groups?.link ?? '';
  const shaped = !COPULA.test(link) || COPULA_OBJECT.test(object.replace(/^[:,]\s*/, ''));
  // "...in processing your data for marketing": an empty-looking object that goes on to name a purpose.
  if (follow && object && shaped && (!EMPTY_OBJECT.test(object) || SPECIFIC_PURPOSE.test(object))) return true;
  if (follow && POINTS_TO_LIST.test(after) && nextBlockIsContent(doc, sentence)) return true;
  if (LABEL_THEN_CLAUSE.test(after) && (SPECIFIC_PURPOSE.test(after) || PURPOSE_INFINITIVE.test(after))) return true;
  const reason = REASON_AFTER.exec(after)?.groups?.reason?.trim();
  const clause = sentence.text.slice(Math.max(0, hitStart - sentence.start - 60), hitStart - sentence.start);
  if (reason && !EMPTY_REASON.test(reason) && CLAUSE_BEFORE.test(clause)) return true;
  // A purpose just before the phrase: "We use your data to prevent fraud (legitimate interests)".
  const before = sentence.text.slice(Math.max(0, hitStart - sentence.start - 70), hitStart - sentence.start);
  if (SPECIFIC_PURPOSE.test(before) && !/\bobject\b/i.test(before)) return true;
  // A label in a table row or list beside the purpose it serves (plain text may read either cell as a heading).
  if (LABEL_ONLY.test(sentence.text)) {
    const previous = doc.blocks[sentence.block.index - 1];
    return previous !== undefined && SPECIFIC_PURPOSE.test(previous.text) && 'beside-purpose';
  }
  return false;
}

function statesAnInterest(entry: string): boolean {
  return SPECIFIC_PURPOSE.test(entry) || PURPOSE_INFINITIVE.test(entry) || STATED_ENTRY.test(entry);
}

/**
 * The interests listed after a colon: inline ("...legitimate interests: (i) preventing fraud; (ii) ...") or, when
 * the colon closes the block, in the list items or paragraphs that follow. Returns the evidence, or null.
 */
function listedInterests(doc: PolicyDocument, sentence: Sentence, hitStart: number, after: string): Span[] | null {
  const before = sentence.text.slice(0, hitStart - sentence.start);
  if (!LIST_INTRO_BEFORE.test(before) && !LIST_INTRO_AFTER.test(after)) return null;
  const colon = COLON_OPENING_LIST.exec(after);
  if (!colon) return null;
  const inline = after.slice(colon[0].length, colon[0].length + 240);
  if (inline.trim()) return statesAnInterest(inline) ? [sentence] : null;
  if (sentence.end < sentence.block.end) return null;
  // The first few entries after the lead-in, up to the next heading.
  const entries: Span[] = [];
  for (let i = sentence.block.index + 1; i < doc.blocks.length && entries.length < 3; i++) {
    const block = doc.blocks[i]!;
    if (block.kind === 'heading') break;
    entries.push(block);
  }
  const stated = entries.find((b) => statesAnInterest(doc.text.slice(b.start, b.end)));
  return stated ? [sentence, stated] : null;
}

function nextBlockIsContent(doc: PolicyDocument, sentence: Sentence): boolean {
  if (sentence.end < sentence.block.end) return false;
  const next = doc.blocks[sentence.block.index + 1];
  return next !== undefined && next.kind !== 'heading' && SPECIFIC_PURPOSE.test(next.text);
}

export default defineCheck({
  meta: {
    id: 'legitimate-interests',
    title: 'Legitimate interests stated',
    failureTitle: 'Legitimate interests relied on but not stated',
    source: 'UK GDPR Art 13(1)(d)',
    weight: 1,
    statuses: ['met', 'partial', 'missing', 'not-applicable'],
    advice:
      'Where you rely on legitimate interests, say what those interests are for each purpose (for example "our legitimate interest in preventing fraud" or "in promoting our products to existing customers").',
    sampleWording:
      'We use your purchase history to send you offers on similar products because we have a legitimate interest in promoting Example Ltd products to our existing customers, and we check orders for signs of fraud because we have a legitimate interest in preventing fraud.',
    messages: {
      unstated: 'The notice relies on legitimate interests but does not say what those interests are.',
      'not-relied': 'The notice does not rely on legitimate interests as a lawful basis.',
      none: 'The notice names no lawful basis, so it neither rules out legitimate interests nor says what they are.',
    },
  },
  run({ doc, facts }) {
    const relied = facts.reliesOn('legitimate-interests') || facts.reliesOn('recognised-legitimate-interests');
    // Only a notice that names its bases can show that legitimate interests is not among them; one that
    // names none is `missing` here, as the rights check expects portability when no basis is named.
    if (!relied) {
      return facts.reliedBases().length > 0
        ? { status: 'not-applicable', messageId: 'not-relied' }
        : { status: 'missing', messageId: 'none' };
    }
    const stated: Span[][] = [];
    for (const sentence of doc.sentences) {
      if (!LEGITIMATE_INTERESTS.test(sentence.text)) continue;
      for (const hit of findAll(sentence.text, LEGITIMATE_INTERESTS, sentence.start)) {
        if (isNegatedBefore(sentence, hit.start, 25)) continue;
        const evidence = statedInterest(doc, sentence, hit.start, hit.end);
        if (evidence) {
          stated.push(evidence);
          break;
        }
      }
    }
    if (stated.length > 0) return { status: 'met', evidence: stated.slice(0, 3).flat() };
    const mentions = facts.reliedBases().filter((m) => m.basis.endsWith('legitimate-interests'));
    return {
      status: 'partial',
      evidence: [...new Set(mentions.map((m) => m.sentence))].slice(0, 3),
      messageId: 'unstated',
    };
  },
});
