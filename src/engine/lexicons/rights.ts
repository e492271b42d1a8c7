// The data-subject rights of UK GDPR Arts 15-21 that Art 13(2)(b) requires a
// notice to name, in the legal and the everyday words notices use for them.
import type { PolicyDocument, Sentence } from '../document';
import { findAll, sentencesWithin } from '../text';
import type { Span } from '../types';

export type DataSubjectRight = 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability';

export const RIGHT_LABELS: Record<DataSubjectRight, string> = {
  access: 'access',
  rectification: 'rectification',
  erasure: 'erasure',
  restriction: 'restriction of processing',
  objection: 'objection',
  portability: 'data portability',
};

export const ALL_RIGHTS: readonly DataSubjectRight[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
];

interface RightPattern {
  right: DataSubjectRight;
  /** Counts in any sentence that speaks of the reader's rights or requests. */
  pattern: RegExp;
  /** Looser wording that counts under a "Your rights" heading, e.g. a bare "Access" bullet. */
  underRightsHeading?: RegExp;
}

const DATA = '(?:personal )?(?:data|information|details|records)';
// Who holds the data and the verb for holding it: "we hold", "the Company keeps", "our school has", "we are processing".
const HOLDER = '(?:we|the \\w+|our \\w+)';
// Not "what we have sent you": a past action, not data held.
const HOLDS =
  '(?:(?:are|is) )?(?:hold(?:s|ing)?|keep(?:s|ing)?|stor(?:e|es|ing)|process(?:es|ing)?|ha(?:ve|s|ving))(?! (?:sent|said|written|done|agreed|told|asked)\\b)';
// What is held is the reader's data: "about you", "on you", "any of your information", "your records".
const ABOUT_YOU = `(?:(?:any|anything|everything) )?(?:about|on|of) you\\b|(?:any )?(?:of )?(?:your )?${DATA}`;

// The Art 15 wording, passive: "to obtain confirmation of whether personal data is processed",
// "find out whether personal data about you is being held".
const PASSIVE_ACCESS = `\\b(?:find out|know|learn|confirm|confirmation (?:of|as to)|be told|be informed) (?:whether|if) (?:or not )?(?:(?:any|your) )?${DATA}(?: (?:about|concerning|relating to) (?:you|them))? (?:is|are) (?:being )?(?:processed|held|used|kept|stored)\\b`;
// The reader asking, as in an FAQ: "Can I see what you hold about me?", "What data do you keep on me?",
// "How do I get a copy of my records?", "Can I access my file?".
const MY_DATA = '(?:my|all my|any of my) (?:personal )?(?:data|information|details|records|file)';
const FIRST_PERSON_ACCESS = `\\b(?:see|know|find out|get|view|check|learn) (?:what|whether|if|which) (?:(?:personal )?(?:data|information|details|records) )?(?:you|we|the \\w+|your \\w+) (?:hold|keep|store|have|process)(?:s|ing)? (?:about|on|of) me\\b|\\bwhat (?:(?:personal )?(?:data|information|details|records) )?(?:do|does) (?:you|the \\w+|your \\w+) (?:hold|keep|store|have|process) (?:about|on) me\\b|\\b(?:a copy of|access(?: to)?|see|view|get|obtain) ${MY_DATA}\\b`;

const RIGHT_PATTERNS: RightPattern[] = [
  {
    right: 'access',
    // "request access to your personal data", "a copy of the information we hold", "subject access request",
    // "get a copy of what we hold about you", "find out what information the council keeps",
    // "know whether we are processing your data", "see the details we have about you"
    pattern: new RegExp(
      `\\bright (?:of|to) access\\b|\\bsubject access\\b|\\b(?:DSAR|SAR)s?\\b|\\baccess (?:to )?(?:the |your |any |all |a copy of )?(?:the )?${DATA}\\b|\\bcop(?:y|ies) of (?:the |your |any |all )?(?:the )?${DATA}|\\bcop(?:y|ies) of (?:what|everything|anything|whatever|all(?: that)?) ${HOLDER} ${HOLDS}\\b|(?<!\\blet (?:us|me|them) )\\b(?:find out|know|learn|see|check|confirm|tell you|confirmation (?:of|as to)) (?:what|whether|if|which) (?:(?:(?:kinds?|sorts?|types?|categories) )?(?:of )?(?:your )?${DATA} ${HOLDER} ${HOLDS}|${HOLDER} ${HOLDS} (?:${ABOUT_YOU})|${HOLDER} ${HOLDS}(?=\\s*[.,;:)]|\\s*$))\\b|\\b(?:see|view|get|obtain|receive|inspect) (?:the |your |all |any |all the )?${DATA} (?:that |which )?${HOLDER} ${HOLDS}\\b|\\bwhat ${DATA} ${HOLDER} ${HOLDS} about you\\b|\\b(?:to|can|may|right to) access(?=,| or\\b| and\\b)|${PASSIVE_ACCESS}|${FIRST_PERSON_ACCESS}`,
      'i',
    ),
    // Under a rights heading a bare "Ask for a copy" or "request a copy" means a copy of the reader's data,
    // but not "ask for a copy of our retention schedule".
    underRightsHeading:
      /\baccess(?:ing)?\b|\b(?:ask(?: us)?|apply|write(?: to us)?|send(?: us)?(?: a request)?) for (?:a |your )?cop(?:y|ies)\b(?! of\b)|\b(?:request|get|obtain|receive) (?:a |your )cop(?:y|ies)\b(?! of\b)/i,
  },
  {
    right: 'rectification',
    // "ask us to correct inaccurate information", "have incomplete data corrected", "rectify",
    // "have inaccurate details put right", "have out-of-date details brought up to date"
    pattern:
      /\b(?:inaccurate|incorrect|incomplete|out[- ]of[- ]date|wrong)\b[^.;]{0,40}\b(?:put right|fixed|brought up to date)\b|\brectif(?:y|ied|ication)\b|\bcorrect(?:ion|ed|ing)?\b(?= (?:of )?(?:any |your |the |this |that |inaccurate |incorrect |incomplete |mistakes|errors|it\b|them\b))|\b(?:corrected|amended)\b|\b(?:correct|rectify)(?=,| or\b| and\b)|\b(?:correct|update|amend|complete)\b[^.;]{0,40}\b(?:inaccurate|incorrect|incomplete|out[- ]of[- ]date|wrong)\b/i,
    underRightsHeading: /\b(?:correct(?:ion|ing)?|amend(?:ment|ing)?)\b/i,
  },
  {
    right: 'erasure',
    // "ask us to delete your data", "the right to be forgotten", "have it erased"
    pattern: new RegExp(
      `\\beras(?:e|ed|ure|ing)\\b|\\bbe forgotten\\b|\\bdelet(?:e|ed|ion|ing)\\b|\\bremov(?:e|al|ed|ing) (?:of )?(?:all )?(?:the |your |any |this |that )?(?:all )?${DATA}|\\bremoved from (?:our|the) (?:systems?|records|database)|\\bdestroy(?:ed)? (?:the |your |any )?${DATA}`,
      'i',
    ),
  },
  {
    right: 'restriction',
    // "restrict how we use your data", "limit the processing", "suspend the processing", "to have processing limited"
    pattern: new RegExp(
      `\\brestrict(?:ion|ed|ing)?\\b|\\blimit(?:ing|ation)? (?:of )?(?:the |our |how we |what we |our use|the use|use of |processing)|\\bsuspen(?:d|sion of) (?:the |our )?(?:processing|use)|\\bsuppress(?:ion of)? (?:the |your )?${DATA}|\\bblock(?:ing)? (?:the )?(?:processing|use) of\\b|\\bask us not to use\\b|\\bhave (?:the |our |its |their )?(?:processing|use)(?: of (?:it|them|(?:your|their) ${DATA}))? (?:limited|paused|suspended|frozen)\\b`,
      'i',
    ),
  },
  {
    right: 'objection',
    // "object to processing based on our legitimate interests", "opt out of profiling"
    pattern:
      /\bobject(?:s|ed|ing|ion|ions)?\b(?! of\b)|\bopt(?:ing)? out of (?:\w+ ){0,3}(?:processing|profiling|legitimate interests?)\b|\bstop (?:processing|using) (?:your |the )?(?:personal )?(?:data|information)\b/i,
  },
  {
    right: 'portability',
    // "data portability", "a machine-readable copy", "transfer your data to another provider"
    pattern: new RegExp(
      `\\bportab(?:le|ility)\\b|\\bmachine[- ]readable\\b|\\bstructured,? commonly[- ]used\\b|\\b(?:transfer|transmit|send|move|port)(?:red|ted|ting|ring|s|ing)? (?:of )?(?:that |this |your |the |it |them )?(?:${DATA} )?(?:directly )?to (?:you,? or (?:to )?(?:a third party|another)|another|a new|a different|other|any other|a third party (?:you|of your))\\b|\\bto another (?:data )?controller\\b|\\bport (?:your|their|the|that|this)\\b`,
      'i',
    ),
  },
];

// The sentence speaks of what the reader may do: "you have the right to", "you can ask us to",
// "Request erasure of your personal data".
const RIGHTS_CONTEXT =
  /\byou (?:also )?(?:have|has) (?:\w+ ){0,3}rights?\b|\byou (?:also )?(?:can|may|could|are entitled to|are able to)\b|\byour (?:\w+ )?rights?\b|\bright (?:to|of)\b|\brights?:|\b(?:request|ask)(?:s|ed|ing)? (?:us|that we|for|to|access|a copy|correction|rectification|erasure|deletion|restriction|the)\b|\bto require (?:us|that we)\b|\bentitled\b/i;

// Any heading about rights: "Your rights", "Rights of access, rectification and erasure",
// "Customer data rights", "What are my rights?" (but not "All rights reserved").
export const RIGHTS_HEADING =
  /^(?!.*\b(?:all rights reserved|copyright|intellectual property|human rights)\b).*\brights?\b/i;

// A sentence introducing a list of rights: "You also have the right to:", "Your rights include:", "You are
// entitled to:", "You can ask us to:", or a bare "You can:". The list items after it read as if each began with it.
// Not "Please send proof of your right to work:" or "You can contact us by:".
const RIGHTS_LEAD_IN =
  /\brights?\b(?! to work\b)|\bentitled to\b|\b(?:ask|request|require) (?:us|that we)\b|\byou (?:also )?(?:can|may|could)\s*:$/i;

// "You cannot ask us to delete...", "there is no right to portability here".
const NEGATED =
  /\b(?:cannot|can't|can not|do not have|don't have|does not have|doesn't have|no right|not entitled|not able to|unable to|will not be able to|won't be able to)\b[^,;.]{0,40}$/i;

// Settings for cookies or a browser are not data-protection rights.
const COOKIE_TALK = /\bcookies?\b|\bbrowser\b/i;

export interface RightMention extends Span {
  right: DataSubjectRight;
  sentence: Sentence;
  /** Said under a heading about rights or in a list led by "You have the right to:", where a reader looks for them. */
  underRightsHeading: boolean;
}

function isRightsLeadIn(sentence: Sentence): boolean {
  const text = sentence.text.trimEnd();
  return text.endsWith(':') && RIGHTS_LEAD_IN.test(text);
}

// A list item an extraction kept as a paragraph: "(a) get a copy...", "ii) ask us to...", "3) have it deleted".
const LIST_MARKER = /^\s*(?:[•●◦▪‣∙·*\-–—]|\(?[a-z]\)|\(?[ivx]+\)|\d{1,2}\))\s+/i;

function isListItem(sentence: Sentence): boolean {
  return sentence.block.kind === 'list-item' || LIST_MARKER.test(sentence.block.text);
}

/** List items that follow a rights lead-in ending in ":" and so carry its context ("You have the right to:"). */
function listItemsAfterRightsLeadIn(doc: PolicyDocument): Set<Sentence> {
  const items = new Set<Sentence>();
  const { sentences } = doc;
  for (let i = 0; i < sentences.length; i++) {
    const lead = sentences[i]!;
    // The lead-in closes its block: the list starts right after it.
    if (sentences[i + 1]?.block === lead.block || !isRightsLeadIn(lead)) continue;
    let j = i + 1;
    for (; j < sentences.length && isListItem(sentences[j]!); j++) items.add(sentences[j]!);
    i = j - 1;
  }
  return items;
}

// An FAQ answer that grants what was asked: "Yes.", "In most cases, yes", "You can...", "Of course - just email us".
const AFFIRMATIVE_ANSWER =
  /^\W*(?:(?:in (?:most|many|some) cases|usually|generally|normally|in most circumstances),?\s+)?(?:yes|of course|certainly|absolutely|sure|no problem|you (?:can|may|are entitled|have the right)|just (?:ask|email|write|contact)|simply (?:ask|email|write|contact))\b/i;
// An answer that refuses: "No.", "Not usually", "Unfortunately not", "You can't".
const NEGATIVE_ANSWER =
  /^\W*(?:no\b(?! (?:problem|worries)\b)|not (?:usually|normally|always|generally|in)\b|unfortunately\b|sadly\b|generally not\b|you (?:can't|cannot|can not|may not)\b|we (?:can't|cannot|won't|will not)\b)/i;

type Answer = 'affirmative' | 'negative' | 'other';

const isQuestion = (sentence: Sentence) => sentence.text.trimEnd().endsWith('?');

/** How the sentence after a question answers it, for FAQ-style notices ("Can I see my data?" "Yes. ..."). */
function answerTo(doc: PolicyDocument, question: Sentence): Answer | null {
  if (!isQuestion(question)) return null;
  const next = doc.sentences[question.index + 1];
  if (!next) return 'other';
  if (AFFIRMATIVE_ANSWER.test(next.text)) return 'affirmative';
  return NEGATIVE_ANSWER.test(next.text) ? 'negative' : 'other';
}

/** The sentences of affirmative FAQ answers: "Yes. Ask for a copy and we will send it." reads as the reader's right. */
function affirmativeAnswers(doc: PolicyDocument): Set<Sentence> {
  const answers = new Set<Sentence>();
  for (const question of doc.sentences) {
    if (answerTo(doc, question) !== 'affirmative') continue;
    const first = doc.sentences[question.index + 1]!;
    // The answer runs on to the end of its block, or to the next question.
    for (
      let s: Sentence | undefined = first;
      s && s.block === first.block && !isQuestion(s);
      s = doc.sentences[s.index + 1]
    )
      answers.add(s);
  }
  return answers;
}

/** Every mention of a data-subject right stated as one the reader has, in text order. */
export function findRightMentions(doc: PolicyDocument): RightMention[] {
  const rightsSentences = new Set(sentencesWithin(doc, doc.sectionsTitled(RIGHTS_HEADING)));
  for (const item of listItemsAfterRightsLeadIn(doc)) rightsSentences.add(item);
  const answers = affirmativeAnswers(doc);
  const mentions: RightMention[] = [];
  for (const sentence of doc.sentences) {
    const underHeading = rightsSentences.has(sentence);
    // A question about a right is the reader's right when the answer grants it, and not when the answer refuses it.
    const answer = answerTo(doc, sentence);
    if (answer === 'negative') continue;
    const faqContext = answer === 'affirmative' || answers.has(sentence);
    if (!underHeading && !faqContext && !RIGHTS_CONTEXT.test(sentence.text)) continue;
    if (COOKIE_TALK.test(sentence.text) && !/\bright (?:to|of)\b/i.test(sentence.text)) continue;
    for (const { right, pattern, underRightsHeading } of RIGHT_PATTERNS) {
      // findAll compiles a global copy per call; most sentences fail the plain test first.
      const hits = pattern.test(sentence.text) ? findAll(sentence.text, pattern, sentence.start) : [];
      if (underHeading && underRightsHeading?.test(sentence.text))
        hits.push(...findAll(sentence.text, underRightsHeading, sentence.start));
      for (const hit of hits) {
        if (NEGATED.test(doc.text.slice(sentence.start, hit.start))) continue;
        mentions.push({ right, start: hit.start, end: hit.end, sentence, underRightsHeading: underHeading });
        break;
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
