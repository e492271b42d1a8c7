// How long data is kept: concrete periods, specific end points, and the vague
// wording that says neither. A number of years is only a retention period when
// the sentence is about keeping or deleting data (or sits under a retention
// heading): "7 days a week", "within 30 days" of a request, "over 18 years old"
// and "in the last 12 months" are not.
import type { PolicyDocument, Sentence } from '../document';
import { findAll, sentencesWithin } from '../text';
import type { Span } from '../types';

export type RetentionKind = 'period' | 'criterion' | 'vague';

export interface RetentionStatement extends Span {
  kind: RetentionKind;
  sentence: Sentence;
  text: string;
}

// "How long do we keep your data?", "Data retention", "Keeping your information for..."
export const RETENTION_HEADING =
  /\bretention\b|\bretain|\bhow long\b|\bkeep(?:ing)? (?:\w+ ){0,3}for\b|\bstorage (?:period|limitation)|\bdisposal\b|\bdeletion\b|\bdestruction\b/i;

// The sentence is about keeping or removing data: "we retain", "is kept", "we will delete".
const RETENTION_VERB =
  /\b(?:keep|keeps|kept|keeping|retain(?:s|ed|ing)?|retention|stor(?:e|es|ed|ing)|hold(?:s|ing)?|held|delet(?:e|es|ed|ing|ion)|destr(?:oy|oys|oyed|oying|uction)|eras(?:e|ed|ing|ure)|dispos(?:e|ed|al)|anonymi[sz](?:e|ed|ing|ation)|pseudonymi[sz](?:e|ed)|purg(?:e|ed|ing)|archiv(?:e|ed|ing)|maintain(?:s|ed)? (?:records|your|a record)|on file|remov(?:e|es|ed|ing) (?:\w+ )?from (?:our|the) (?:\w+ )?(?:list|register|records|database|systems?|files)|taken off (?:our|the) (?:\w+ )?(?:list|register|records|database))\b/i;

const NUMBER =
  '(?:\\d{1,3}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred)';
// "7 years", "six (6) years", "36 months", "3-6 months", "a further 6 years", "30 days"
const PERIOD = new RegExp(
  `\\b${NUMBER}(?: ?\\(\\d{1,3}\\))?(?:\\+| ?(?:-|–|to) ?${NUMBER})?[ -](?:calendar |working |business |full |complete |consecutive )?(?:years?|yrs|months?|weeks?|days?|hours?)\\b`,
  'i',
);

// Words right after a number of units that make it something else: "7 days a week",
// "18 years old", "30 days' notice", "10 years' experience".
const NOT_A_PERIOD_AFTER =
  /^['’]?s? ?(?:a (?:week|day|month|year)\b|per\b|old\b|of age\b|of experience|experience|(?:and|or) (?:over|older|under|younger|above)\b|in advance|notice\b)/i;
// Words right before: "in the last 12 months", "every 3 months", "under 13 years", "aged 16 years".
const NOT_A_PERIOD_BEFORE =
  /(?:\bin the (?:last|past|previous|next)|\bover the (?:last|past|next)|\bevery|\beach|\baged?|\bage of|\bunder(?: the age of)?|\bbelow|\bfounded|\bestablished|\bsince)\s*$/i;
// "within 30 days" is a retention period only when it is not the time to answer a request.
const RESPONSE_CONTEXT =
  /\b(?:respond|response|reply|request|notif(?:y|ied|ication)|acknowledg|complain|breach|inform you|let you know|get back to you|deal with)/i;

// Specific end points: "until you unsubscribe", "for the duration of your contract",
// "as long as you are a customer", "while your account is active", "the limitation period".
const CRITERION = new RegExp(
  [
    '\\buntil (?:you|your|the|a|an|such time as|we)\\b[^.;]{0,60}?\\b(?:un-?subscrib|opt(?:s|ed)? out|withdraw|ask|request|tell|close|cancel|delet|leave|end|ends|expir|terminat|complet|conclu|resolv|finish|graduat|no longer (?:a|an|have|use|require))',
    // "Pupil files are retained until the pupil reaches 25 years of age"
    '\\buntil (?:\\w+ ){1,3}(?:reach(?:es)?|turns?|is|are) (?:the age of |aged? )?\\d{1,2}\\b',
    '\\bfor (?:the )?(?:duration|length|lifetime|life|term|period) of (?:your|the|our|any|this|each) (?:\\w+ )?(?:contract|agreement|account|subscription|membership|employment|tenancy|relationship|engagement|course|studies|placement|service|policy|loan|claim|case|project|investigation|booking|stay)',
    // "kept for as long as they volunteer with juniors", "while you study with us"
    '\\b(?:as long as|while|whilst) (?:you|they|he|she) (?:continue to |still )?(?:volunteer|work|study|attend|play|serve|train|coach|live|rent|are enrolled|are employed|are registered)\\b',
    '\\bas long as (?:you|your)\\b[^.;]{0,20}?\\b(?:are|remain|have|hold|use|stay|continue)\\b[^.;]{0,30}?\\b(?:customer|member|client|subscriber|account|registered|user|subscription|contract|student|employee|patient|tenant|pupil|volunteer|supporter|donor|services?)',
    '\\bwhil(?:e|st) (?:you|your)\\b[^.;]{0,25}?\\b(?:are|remain|have|account|contract|membership|subscription|employment|tenancy|studies)\\b',
    '\\bwhen (?:you|your)\\b[^.;]{0,30}?\\b(?:close|cancel|delete|leave|unsubscrib|withdraw|terminat|end|ask us)',
    '\\blimitation periods?\\b|\\bLimitation Act\\b|\\bstatute of limitations\\b',
    '\\bend of the (?:current |relevant )?(?:tax|financial|academic|school|calendar) year\\b',
  ].join('|'),
  'i',
);

// Something in a person's dealings with the organisation that ends: "season", "tenancy", "claim".
const EVENT =
  '(?:season|term|tenancy|lease|contract|employment|membership|subscription|agreement|course|programme|academic year|school year|event|project|engagement|placement|claim|case|complaint|matter|investigation|relationship|booking|stay|treatment|competition|draw|campaign|vacancy|recruitment(?: process)?|appeal|trip|loan|policy)';
const EVENT_ENDS =
  '(?:has |have |is |are )?(?:ended|ends?|finish(?:es|ed)?|is over|clos(?:es|ed)|laps(?:es|ed)|expir(?:es|ed)|settled|conclude[sd]?|complet(?:es|ed)|terminated|comes to an end|resolved)';
// Criteria tied to the end of an event: "after the season ends", "at the end of the following season",
// "once the claim is settled", "when your membership lapses", "on termination of your employment".
// "when"/"once" need the ending ("when your booking is confirmed" is no end point); "after"/"at the end of" do not,
// but need a definite event ("after the season", not "after a complaint", which starts rather than ends something).
const EVENT_CRITERION = new RegExp(
  [
    `\\b(?:(?:after|at|from|following|by|on) the (?:end|expiry|termination|closure) of|after|on (?:expiry|termination|closure) of|within \\w+ (?:\\w+ )?of the end of) (?:the |your |their |his |her |each |that )(?:current |relevant |following |next |same |previous )?(?:\\w+ )?${EVENT}s?\\b(?: ${EVENT_ENDS})?`,
    `\\b(?:once|when|as soon as) (?:the |your |their |a |an |his |her |each |that |any )?(?:\\w+ )?${EVENT}s? ${EVENT_ENDS}\\b`,
  ].join('|'),
  'i',
);
// Outside a retention section an end point needs the data, or a deleting verb, beside it:
// "We delete medical forms after the season" but not "We hold a prize-giving at the end of the season".
const DATA_NOUN =
  /\b(?:data|information|details|records?|files?|history|footage|recordings?|logs?|notes?|documents?|copies|emails?|messages?|CVs?|applications?|forms?|photo(?:graph)?s?|images?|list|register)\b|\b(?:delet|destr|eras|dispos|anonymi[sz]|purg|remov|shred)/i;
// "Orders above it are held for up to 24 hours", "we hold payments for 7 days": goods or money held back, not records kept.
const NON_DATA_HELD =
  /\b(?:orders?|payments?|funds|money|goods|parcels?|packages?|items?|products?|deliver(?:y|ies)|refunds?|deposits?|stock|shipments?|transactions?|payouts?|cheques?|bookings?|reservations?|tickets?)\b(?: \w+){0,5} (?:(?:are|is|will be|may be|can be|get|gets) )?(?:held|kept|hold|on hold)\b|\b(?:hold|holds|keep|keeps) (?:\w+ ){0,2}(?:orders?|payments?|funds|money|goods|parcels?|items?|deposits?|payouts?)\b/i;
const DATA_WORD =
  /\b(?:data|information|details|records?|files?|history|footage|recordings?|logs?|documents?|copies|CVs?|applications?)\b/i;

// "no longer than necessary", "as long as reasonably necessary", "in line with our retention policy".
const VAGUE_RETENTION =
  /\bno longer than (?:is )?(?:reasonably |strictly )?(?:necessary|needed|required|appropriate)|\blonger than (?:is )?(?:reasonably |strictly )?(?:necessary|needed|required)|\bas long as (?:is |it is |we |they are |reasonably |strictly )?(?:reasonably |strictly )?(?:necessary|needed|required|appropriate)|\bas long as (?:we|it is|is) (?:reasonably |strictly )?(?:need|require)s?\b|\bfor (?:a |the )?(?:period|time|duration) (?:that is |as is |which is |of time )?(?:reasonably |strictly )?(?:necessary|required|needed|appropriate)|\bfor (?:a )?(?:reasonable|limited|set|specified) (?:period|time|amount of time)\b|\bretention (?:policy|policies|schedules?|periods?)\b|\blength of time (?:we|that we) (?:keep|retain|hold|store)/i;

const COOKIE_TALK = /\bcookies?\b|\bbrowser\b|\blocal storage\b/i;

// findAll compiles a global copy per call; most sentences fail the plain test first.
function hitsIn(sentence: Sentence, pattern: RegExp): Span[] {
  return pattern.test(sentence.text) ? findAll(sentence.text, pattern, sentence.start) : [];
}

function isRetentionPeriod(sentence: Sentence, hit: Span): boolean {
  const before = sentence.text.slice(0, hit.start - sentence.start);
  const after = sentence.text.slice(hit.end - sentence.start);
  if (NOT_A_PERIOD_AFTER.test(after) || NOT_A_PERIOD_BEFORE.test(before)) return false;
  if (/\bwithin\s*$/i.test(before) && RESPONSE_CONTEXT.test(sentence.text)) return false;
  return true;
}

/** Statements about how long data is kept, each with its kind, in text order. */
export function findRetentionStatements(doc: PolicyDocument): RetentionStatement[] {
  const retentionSentences = new Set(sentencesWithin(doc, doc.sectionsTitled(RETENTION_HEADING)));
  const out: RetentionStatement[] = [];
  for (const sentence of doc.sentences) {
    const inSection = retentionSentences.has(sentence);
    const aboutKeeping = RETENTION_VERB.test(sentence.text);
    const add = (kind: RetentionKind, hit: Span) =>
      out.push({ kind, start: hit.start, end: hit.end, sentence, text: doc.text.slice(hit.start, hit.end) });
    if (!inSection && !aboutKeeping) continue;
    for (const hit of hitsIn(sentence, VAGUE_RETENTION)) add('vague', hit);
    // Cookie lifetimes ("this cookie is stored for 2 years") describe the browser, not the controller's records.
    if (!inSection && COOKIE_TALK.test(sentence.text)) continue;
    const goodsHeld = !inSection && NON_DATA_HELD.test(sentence.text) && !DATA_WORD.test(sentence.text);
    if (!goodsHeld)
      for (const hit of hitsIn(sentence, PERIOD)) if (isRetentionPeriod(sentence, hit)) add('period', hit);
    for (const hit of hitsIn(sentence, CRITERION)) add('criterion', hit);
    if (inSection || DATA_NOUN.test(sentence.text))
      for (const hit of hitsIn(sentence, EVENT_CRITERION)) add('criterion', hit);
  }
  return out.sort((a, b) => a.start - b.start);
}
