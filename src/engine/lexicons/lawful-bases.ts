// The Article 6(1) bases, plus the DUAA 2025 "recognised legitimate
// interests" (Art 6(1)(ea)), in the words notices use for them.
import type { PolicyDocument, Sentence } from '../document';
import { findAll, isDeniedAfter, isNegatedBefore } from '../text';
import type { Span } from '../types';

export type LawfulBasis =
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-task'
  | 'legitimate-interests'
  | 'recognised-legitimate-interests';

export const BASIS_LABELS: Record<LawfulBasis, string> = {
  consent: 'consent',
  contract: 'contract',
  'legal-obligation': 'legal obligation',
  'vital-interests': 'vital interests',
  'public-task': 'public task',
  'legitimate-interests': 'legitimate interests',
  'recognised-legitimate-interests': 'recognised legitimate interests',
};

interface BasisPattern {
  basis: LawfulBasis;
  pattern: RegExp;
  /** Specific enough to be a basis statement on its own; others need a basis cue nearby. */
  selfEvident: boolean;
}

const BASIS_PATTERNS: BasisPattern[] = [
  // "We process it for our legitimate interests in running the business."
  { basis: 'recognised-legitimate-interests', pattern: /\brecogni[sz]ed legitimate interests?\b/i, selfEvident: true },
  { basis: 'legitimate-interests', pattern: /\blegitimate (?:business |commercial )?interests?\b/i, selfEvident: true },
  // "...because we need it to perform our contract with you." Specific enough alone.
  {
    basis: 'contract',
    pattern:
      /\bperformance of (?:a|the|our|your) contract\b|\bto (?:perform|fulfil) (?:our|the|a|your) contract (?:with you|we have with you)\b|\bnecessary (?:for|to) (?:enter(?:ing)? into|the performance of) (?:a|the|our|your) contract\b/i,
    selfEvident: true,
  },
  // "Processing is necessary for the performance of our contract with you."
  {
    basis: 'contract',
    pattern:
      /\b(?:perform(?:ance|ing)?|fulfil(?:l?ing|ment)?|enter(?:ing)? into|carry(?:ing)? out|administer(?:ing)?|manag(?:e|ing)) (?:of )?(?:a |the |our |your |any |this )?(?:contract|agreement)s?\b|\bcontractual (?:necessity|basis|obligations?|relationship)\b|\bnecessary (?:for|to) (?:\w+ ){0,4}contract\b|\b(?:steps|request) (?:\w+ ){0,5}(?:prior to|before) entering into (?:a )?contract\b/i,
    selfEvident: false,
  },
  // "...to comply with our legal obligations."
  {
    basis: 'legal-obligation',
    pattern:
      /\blegal (?:or regulatory |and regulatory )?(?:obligations?|duty|duties|requirements?)\b|\bcompl(?:y|iance|ying) with (?:a |the |our |any |applicable |relevant )?(?:laws?|legal|statutory|regulatory)\b|\bstatutory (?:obligations?|duty|duties)\b/i,
    selfEvident: false,
  },
  { basis: 'vital-interests', pattern: /\bvital interests?\b/i, selfEvident: true },
  {
    basis: 'public-task',
    pattern: /\bpublic task\b|\btask (?:carried out )?in the public interest\b|\bexercise of official authority\b/i,
    selfEvident: true,
  },
  // "We rely on your consent to send newsletters."
  {
    basis: 'consent',
    pattern:
      /\b(?:your|explicit|express|prior|specific) consent\b|\bconsent (?:you (?:have )?(?:give|gave|given|provide)|that you)|\bwhere you (?:have )?(?:given|provided|agreed|consented)\b|\bwith (?:your )?consent\b|\bconsent\b/i,
    selfEvident: false,
  },
];

// "Our lawful basis is...", "we rely on", "on the grounds that", "Article 6(1)(b)".
const BASIS_CUE =
  /\b(?:lawful|legal|legitimate) (?:basis|bases|grounds?)\b|\bbas(?:is|es) (?:for|of) (?:the )?processing\b|\brel(?:y|ies|ying|ied) (?:up)?on\b|\bon the (?:basis|grounds?) (?:of|that)\b|\bbased (?:up)?on\b|\bgrounds? (?:for|of) processing\b|\bart(?:icle|\.)? ?6\b|\bnecessary (?:for|to|in order)\b|\bwhere (?:we have|you have given)\b|\bwith your (?:prior |explicit |express )?consent\b/i;

const BASIS_HEADING =
  /\b(?:lawful|legal)\b.*\b(?:basis|bases|grounds?)\b|\bgrounds?\b|\bwhy (?:we|do we) (?:use|process|collect)|\bbasis\b/i;

// Consent that is not the Article 6 basis. The common law duty of confidentiality has its own consent, often
// "implied": "we rely on implied consent under the common law duty of confidentiality".
const COMMON_LAW_CONSENT_BEFORE = /\b(?:implied|implicit|common[- ]law)\s+$/i;
const COMMON_LAW_CONSENT_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}?(?:under|for the purposes? of|in the sense of|as required by|required by)\s+(?:the\s+)?common[- ]law\b/i;
// Consent put aside for another basis: "our basis is public task rather than consent", "we do not process them
// on the basis of consent". (isNegatedBefore already reads "public task, not consent".)
const ALTERNATIVE_BEFORE = /\b(?:rather than|instead of|in place of|other than)\s+(?:on\s+)?(?:the\s+basis\s+of\s+)?$/i;
const NEGATED_RELIANCE_BEFORE =
  /(?:\b(?:not|never)|n['’]t)\s+(?:[\w-]+\s+){0,6}?(?:(?:on|upon) the (?:basis|grounds?) of|(?:based|rel(?:y|ies|ying)) (?:up)?on)\s+(?:[\w-]+\s+){0,2}$/i;
// A name in quotation marks ("consent", "explicit consent") can still be the basis relied on.
const CONSENT_NAME = /^(?:(?:explicit|express|informed|opt-in|freely given) )?consent$/i;

/** The quoted text around a hit, when the hit sits inside quotation marks: "with your consent". */
function quotedAround(text: string, start: number, end: number): string | null {
  const before = text.slice(0, start);
  const close = /^[.,!?]?(["”’])/.exec(text.slice(end));
  if (!close) return null;
  const open = close[1] === '"' ? '"' : close[1] === '”' ? '“' : '‘';
  const at = before.lastIndexOf(open);
  if (at < 0) return null;
  // A straight quote opens only after an even number of them; a curly one only if not closed again.
  if (open === '"' ? (before.split('"').length - 1) % 2 === 0 : before.slice(at).includes(close[1]!)) return null;
  return text.slice(at + 1, end).trim();
}

/**
 * Consent named but not as the Article 6 basis relied on: the common law's (implied) consent, consent put
 * aside for another basis, or a phrase quoted and talked about ('the NHS shares information "with your
 * consent"').
 */
export function isNonArticle6Consent(sentence: Sentence, hit: Span): boolean {
  const start = hit.start - sentence.start;
  const end = hit.end - sentence.start;
  const before = sentence.text.slice(Math.max(0, start - 80), start);
  const after = sentence.text.slice(end, end + 60);
  if (COMMON_LAW_CONSENT_BEFORE.test(before) || COMMON_LAW_CONSENT_AFTER.test(after)) return true;
  if (ALTERNATIVE_BEFORE.test(before) || NEGATED_RELIANCE_BEFORE.test(before)) return true;
  const quoted = quotedAround(sentence.text, start, end);
  return quoted !== null && !CONSENT_NAME.test(quoted);
}

export interface BasisMention extends Span {
  basis: LawfulBasis;
  sentence: Sentence;
}

/** Each mention of an Article 6 basis stated as one the controller relies on. */
export function findReliedBases(doc: PolicyDocument): BasisMention[] {
  const basisSections = doc.sectionsTitled(BASIS_HEADING);
  const inBasisSection = (s: Sentence) => basisSections.some((r) => s.start >= r.start && s.end <= r.end);
  const mentions: BasisMention[] = [];
  // "We rely on the following lawful bases:" cues the list items that follow it.
  let leadIn: Sentence | null = null;
  for (const sentence of doc.sentences) {
    if (sentence.block.kind !== 'list-item' && sentence !== leadIn) leadIn = null;
    const cuedByLeadIn = leadIn !== null && sentence.block.kind === 'list-item';
    const cued = BASIS_CUE.test(sentence.text) || inBasisSection(sentence) || cuedByLeadIn;
    if (/:\s*$/.test(sentence.text) && BASIS_CUE.test(sentence.block.text)) leadIn = sentence;
    const taken: Span[] = [];
    for (const { basis, pattern, selfEvident } of BASIS_PATTERNS) {
      if (!selfEvident && !cued) continue;
      for (const hit of findAll(sentence.text, pattern, sentence.start)) {
        if (taken.some((t) => hit.start < t.end && t.start < hit.end)) continue;
        // "None of our processing is based on consent" puts its denial further back.
        const window = basis === 'consent' ? 40 : 25;
        if (isNegatedBefore(sentence, hit.start, window) || isDeniedAfter(sentence, hit.end)) continue;
        if (basis === 'consent' && isNonArticle6Consent(sentence, hit)) continue;
        taken.push(hit);
        mentions.push({ basis, start: hit.start, end: hit.end, sentence });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

// "We process your data lawfully", "in accordance with data protection law".
export const GENERIC_LAWFULNESS =
  /\b(?:lawfully|lawful(?:ly)? and fair(?:ly)?|fair(?:ly)? and lawful(?:ly)?|in (?:accordance|compliance|line) with (?:the |all )?(?:applicable |relevant )?(?:data protection|privacy) (?:laws?|legislation|regulations?)|(?:lawful|legal) (?:basis|bases|grounds?))\b/i;
