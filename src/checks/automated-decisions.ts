import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import { isNegatedBefore } from '../engine/text';

// Automated decision-making and profiling in the words notices use, including "we use automated checks to
// assess your application", "it will be declined automatically" and "do you make decisions about me
// automatically?". Not "we automatically collect",
// "automated technologies" or "your public profile".
const MENTION =
  /\bautomated[- ](?:individual[- ])?decision|\bautomat(?:e|es|ed|ing) (?:\w+ ){0,2}?decisions?\b|\bdecisions?\b[^.;]{0,40}?\b(?:on|by|through|using|via|with) (?:an? |the )?automat(?:ed|ic) (?:means|processing|process(?:es)?|systems?|basis|tools?|technolog(?:y|ies)|software)\b|\bdecisions? (?:are |is |will be )?(?:made|taken|reached) automatically\b|\bautomated processing\b|\bprofiling\b|\b(?:we|which|that|to|not|never) profile\b|\bautomated (?:process(?:es)?|systems?|tools?|means|checks?|scoring|assessments?)\b[^.;]{0,80}\b(?:decid|decision|declin|approv|reject|refus|assess|check|criteria|eligib)|\b(?:declined|rejected|refused|approved|accepted|decided) automatically\b|\bdecisions? (?:about (?:me|you|people|individuals|customers|users|anyone|applicants) )?automatically\b/i;

// Automated processing described in everyday words rather than named: "our screening system automatically
// compares your application with the essential criteria", "your claim may be rejected automatically", "an
// automated tool scores each application", "applications are assessed by an automated system". Not "we
// automatically collect your IP address" (collection, not a decision about the person).
const DECISION_VERB =
  'decid|declin|reject|refus|approv|accept|scor|assess|evaluat|filter|screen|sift|shortlist|rank|compar|suspend';
const PERSON_OBJECT =
  'you\\b|your\\b|(?:the |an? |each |every |all |any )?(?:applications?|applicants?|candidates?|customers?|claims?|requests?|orders?|transactions?|payments?|accounts?|CVs?|submissions?|entries|users?|members?|borrowers?|tenants?|people|individuals?)\\b';
const DESCRIBED = new RegExp(
  [
    // "our system automatically compares your application", "we automatically decline applications"
    `\\bautomatically (?:${DECISION_VERB})\\w* (?:${PERSON_OBJECT})`,
    // "may be declined automatically", "is scored automatically against our criteria"
    `\\b(?:is|are|be|been|being|gets?) (?:\\w+ )?(?:${DECISION_VERB})\\w* automatically\\b`,
    // "an automated tool scores each application", "an automated decision-making system to decide whether"
    `\\bautomat(?:ed|ic) (?:[\\w-]+ )?(?:systems?|tools?|process(?:es)?|software|checks?|models?|rules?) (?:will |may |can |could |might |then |also |to )?(?:${DECISION_VERB})(?:e|es|s|ed)?\\b`,
    // "applications are screened by an automated system", "assessed using automated software"
    `\\b(?:is|are|be|been|being) (?:\\w+ )?(?:${DECISION_VERB})\\w* (?:\\w+ ){0,2}?(?:by|using|through|via|with) (?:an? |our |the )?(?:automated|automatic|algorithm)`,
  ].join('|'),
  'i',
);
// A description denied right before it or within it: "we do not automatically score you", "no application is
// rejected automatically", "applications are never rejected automatically". Not "if you do not meet the
// criteria your application may be rejected automatically" (the "not" belongs to another verb).
const NEGATION_BEFORE = /(?:\bnot|\bnever|\bno|n['’]t)\b(?:\s+\w+){0,2}\s*$/i;
const NEGATION_WITHIN = /\b(?:not|never)\b/i;

// A statement that none takes place: "We do not use any systems which profile or automate decisions",
// "We commit to not using your data for automated profiling", "No automated decision-making takes place".
const NEGATED_USE =
  /(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+){0,2}?(?:use|using|make|making|carry|carrying|undertake|undertaking|conduct|conducting|engage|engaging|employ|employing|rely|relying|perform|performing|apply|applying|process|processing|take|taking|base|basing|involve|envisage|anticipate|intend|plan|expect|currently)\b/i;
const FIRST_PERSON = /\b(?:we|our|us|I)\b/i;
// The denial after the mention: "Automated decision making and profiling: we do not undertake either."
const WE_DO_NOT =
  /\bwe (?:do|does|will|shall|would|can)?\s*(?:not|never|n['’]t)\s+(?:\w+\s+)?(?:use|make|carry out|undertake|conduct|engage|employ|perform|apply|do)\b/i;
const RIGHTS_CUE = /\b(?:rights?|object|contest|challenge|request|ask)\b/i;
// "You have the right not to be subject to..." is a right, not a statement about practice.
const RIGHT_NOT_TO = /\bright (?:\w+ ){0,3}not to\b/i;
const NONE_STATEMENT =
  /\bno (?:\w+ )?(?:automated|profiling|decisions? (?:is|are) (?:made|taken))|\b(?:neither|nor)\b[^.;]{0,40}\b(?:automated|profiling)|\b(?:is|are) not (?:\w+ )?(?:used|carried out|undertaken|made|conducted|applied|performed|taken|subject to)\b|\b(?:will not|won['’]t) be (?:subject to|used for)\b|\b(?:does|do) not (?:take place|occur|happen)\b|\bautomated decision[- ]making(?: (?:and|or) profiling)?\s*[:\-–—]\s*(?:none|no|not applicable|n\/a)\b/i;

// The controller says it does it: "We use profiling to...", "we may carry out automated decision-making",
// "the Company uses an automated decision-making system", "the Council also carries out profiling".
const CONTROLLER =
  '\\bwe\\b|\\b(?:the|our) (?:company|council|organi[sz]ation|firm|practice|surgery|school|academy|trust|charity|university|college|bank|lender|insurer|society|group|business|club|association|partnership|controller|employer|authority|app|platform|service)\\b';
const AFFIRMED_USE = new RegExp(
  `(?:${CONTROLLER})(?: \\w+){0,3}? (?:use|uses|using|make|makes|making|carry out|carries out|carrying out|undertake|undertakes|conduct|conducts|conducting|employ|employs|apply|applies|rely on|relies on|perform|performs|engage in|engages in)\\b[^.;]{0,80}$`,
  'i',
);
// "Profiling is carried out", "decisions are made automatically".
const AFFIRMED_PASSIVE =
  /\b(?:profiling|decision[- ]making|decisions)\b[^.;]{0,40}\b(?:is|are|may be|will be|can be|might be)\s+(?:\w+\s+)?(?:used|carried out|undertaken|applied|conducted|made|taken|performed)\b/i;
// "If we ever use automated decision-making, we will tell you": not a statement that it happens.
const CONDITIONAL = /\bif we\b|\bshould we\b|\bwere we to\b|\bin the (?:unlikely )?event that we\b/i;

// The logic ("compared with the essential requirements", "based on your credit score"), the effect ("your
// application may be declined") or the safeguards ("you can ask for one of our advisers to review it", "give us
// your point of view", "make representations", "contest the decision", "a GP reviews them").
const DETAIL =
  /\b(?:with|against) (?:the |our |your |a |set )?(?:\w+ ){0,2}?(?:requirements|criteria|rules|thresholds)\b|\b(?:applications?|claims?|orders?|payments?|requests?|accounts?|transactions?) (?:\w+ ){0,4}?(?:be |is |are )(?:refused|rejected|declined|approved|accepted|suspended|cancelled)\b|\b(?:ask|request) (?:for )?(?:\w+ ){1,5}?to (?:review|reconsider|look at)\b|\b(?:a|one of our|our|a member of (?:our )?\w+)(?: (?:person|people|human|staff|team|consultants?|advisers?|advisors?|caseworkers?|officers?|underwriters?|colleagues?))? (?:will|can|may|would) (?:then )?(?:review|reconsider|look at|check) (?:it|the decision|your)|\bpoint of view\b|\brepresentations\b|\blogic\b|\bcriteri(?:a|on)\b|\bfactors?\b|\balgorithm|\bscor(?:e|es|ing)\b|\bsignificant(?:ly)? (?:affect|effect|impact)|\blegal (?:or similarly significant )?effects?\b|\bsimilarly significant\b|\beffects? (?:on|for) you\b|\bconsequences?\b|\bhuman (?:review|intervention|involvement|oversight|decision|reviewer|input|check)\b|\breviewed by (?:a |one of our )?(?:human|person|member of (?:our )?(?:staff|team)|staff|people|manager)\b|\bcontest\b|\bchallenge\b|\bexpress (?:your )?(?:point of )?views?\b|\bsafeguards?\b|\breconsider\b|\bthis (?:means|could mean|may mean)\b|\b(?:refus|reject|declin|approv|accept)\w* (?:your )?(?:application|credit|loan|claim|order|payment|transaction|account)\b|\bbased on (?:your|the) (?:\w+ ){0,3}(?:history|score|answers|responses|behaviour|location|age|purchases|activity)\b|\b(?:a|an|our|the|one of our) (?:\w+ ){0,2}?(?:GP|doctor|clinician|pharmacist|nurse|person|human|caseworker|adviser|advisor|underwriter|officer|manager|member of (?:our )?\w+|team|staff)s? (?:will |may |can |then |also |always )?(?:reviews?|checks?|considers?|looks? at) (?:it|them|the|each|every|your|this|these)\b/i;

// Decisions said to be made, or not, "by computer alone": "We don't make decisions about you by computer alone",
// "no decision is made solely by software", "your claim will not be refused without a person being involved".
const MACHINE_ALONE =
  /\b(?:by|using|through|via|with) (?:a |an |the )?(?:computers?|machines?|software|technology|algorithms?|automation|automat(?:ed|ic) (?:means|systems?|process(?:es)?|tools?))(?: alone| only)\b|\bsolely (?:by|through|using|via|with|on) (?:a |an |the )?(?:computers?|machines?|software|algorithms?|technology)\b|\bwithout (?:a |any )?(?:person|human(?: being)?|member of (?:our )?(?:staff|team)|people|staff)(?: (?:being|getting))? involved\b|\bwithout (?:any )?human (?:involvement|intervention|input|review|oversight)\b/i;
// "We make some decisions about your claim by computer alone", "your order may be cancelled by software alone".
const MACHINE_ALONE_SUBJECT = new RegExp(
  `(?:${CONTROLLER})(?: \\w+){0,3}? (?:make|makes|take|takes|reach|reaches|decide|decides|refuse|refuses|reject|rejects|approve|approves|assess|assesses)\\b`,
  'i',
);
const MACHINE_ALONE_PASSIVE =
  /\b(?:is|are|be|been)\s+(?:\w+\s+)?(?:made|taken|reached|decided|refused|rejected|declined|approved|accepted|assessed|cancelled|suspended)\b/i;
const DECISION_WORD = /\bdecisions?\b|\bdecid(?:e|es|ed|ing)\b/i;
// "Nobody's claim is refused by computer alone" (isNegatedBefore covers not, never, no, n't).
const NOBODY_BEFORE = /\b(?:nobody|no one|none)\b[^,;]*$/i;

// A person always in the loop, so nothing is decided by automated means alone: "A member of staff is always
// involved in decisions about your tenancy", "a person always makes the final decision", "decisions are always
// taken by one of our caseworkers".
const HUMAN_ALWAYS =
  /\b(?:person|human(?: being)?|member of (?:our )?(?:staff|team)|staff(?: member)?|people|team|caseworkers?|officers?|employees?|colleagues?|advisers?|advisors?|clinicians?|doctors?|GPs?|managers?|underwriters?)\b (?:is |are |will |will be )?always (?:be )?(?:involved|makes?|takes?|reviews?|checks?|looks? at|reads?|considers?)\b[^.;]{0,50}?\b(?:decisions?|decid\w*)\b|\b(?:decisions?|applications?|claims?|cases?)\b[^.;]{0,60}?\b(?:are|is|will be) always (?:made|taken|reviewed|checked|decided|considered|looked at) by (?:a |an |one of our |our |the )?(?:person|human|member|staff|people|team|\w+ (?:team|staff|officer|adviser|advisor))/i;

// Profiling described without the word: software that works out a score or prediction about the person.
// "A secure computer tool looks at your records and calculates a score showing how likely you are to need
// hospital care", "our model predicts whether a customer is likely to leave", "the system produces a fraud risk
// score". Not a game's "scores" or "we check your credit score" (nothing produced about the person).
const MACHINE =
  /\b(?:computers?|software|tools?|systems?|algorithms?|models?|programs?|programmes?|apps?|machine[- ]learning|artificial intelligence|AI)\b/i;
const PRODUCES =
  /\b(?:calculat|comput|produc|generat|assign|creat|estimat|deriv)\w*|\bpredict(?:s|ed|ing)?\b|\bwork(?:s|ed)? out\b/i;
const PREDICTION =
  /\b(?:risk|credit|fraud|affordability|propensity|churn|eligibility) (?:scores?|ratings?|scoring|levels?)\b|\b(?:scores?|ratings?|rankings?)\b (?:\w+ ){0,2}?(?:how likely|the likelihood|the probability|the chance|the risk|whether)\b|\bpredict(?:s|ed|ing)? (?:\w+ ){0,3}?(?:how likely|whether|the likelihood|the probability|the risk)\b|\bhow likely (?:you|a person|someone|they|people|patients|customers|applicants|users|pupils|students|tenants|members) (?:are|is|will be) to\b/i;

type MentionKind = 'none' | 'affirmed' | 'mentioned';

function classify(sentence: Sentence, at: number): MentionKind {
  const { text } = sentence;
  const before = text.slice(0, at);
  const negation = NEGATED_USE.exec(before);
  if (negation && FIRST_PERSON.test(before.slice(0, negation.index + 1)) && !RIGHT_NOT_TO.test(before)) return 'none';
  if (NONE_STATEMENT.test(text) && !RIGHT_NOT_TO.test(text)) return 'none';
  if (WE_DO_NOT.test(text.slice(at)) && !RIGHTS_CUE.test(text)) return 'none';
  if (!CONDITIONAL.test(before) && (AFFIRMED_USE.test(before) || AFFIRMED_PASSIVE.test(text))) return 'affirmed';
  return 'mentioned';
}

/** What an everyday description of automated processing says: it happens, it is denied, or it is only a right. */
function classifyDescription(text: string): MentionKind | null {
  const hit = DESCRIBED.exec(text);
  if (!hit) return null;
  const before = text.slice(0, hit.index);
  // "the right not to be rejected automatically" names a right; it neither affirms nor denies the practice.
  if (RIGHT_NOT_TO.test(before)) return 'mentioned';
  if (NEGATION_BEFORE.test(before) || NEGATION_WITHIN.test(hit[0])) return 'none';
  return CONDITIONAL.test(before) ? 'mentioned' : 'affirmed';
}

/** "We don't make decisions about you by computer alone" denies; "claims are refused by software alone" affirms. */
function classifyMachineAlone(sentence: Sentence): MentionKind | null {
  const { text } = sentence;
  if (!DECISION_WORD.test(text)) return null;
  const hit = MACHINE_ALONE.exec(text);
  if (!hit) return null;
  const before = text.slice(0, hit.index);
  if (RIGHT_NOT_TO.test(before)) return 'mentioned';
  if (isNegatedBefore(sentence, sentence.start + hit.index, 120) || NOBODY_BEFORE.test(before)) return 'none';
  // A definition ("Automated decision making occurs when a system makes decisions without human intervention")
  // says nothing about this controller: only the controller or the person's own case affirms it.
  const said = MACHINE_ALONE_SUBJECT.test(before) || MACHINE_ALONE_PASSIVE.test(before);
  return said && !CONDITIONAL.test(before) ? 'affirmed' : 'mentioned';
}

/** A person always makes or takes part in the decisions: none is made by automated means alone. */
function classifyHumanAlways(sentence: Sentence): MentionKind | null {
  return DECISION_WORD.test(sentence.text) && HUMAN_ALWAYS.test(sentence.text) ? 'none' : null;
}

/** Software working out a score or prediction about the person: profiling, denied or not. */
function classifyScoring(sentence: Sentence): MentionKind | null {
  const { text } = sentence;
  if (!MACHINE.test(text) || !PRODUCES.test(text)) return null;
  const prediction = PREDICTION.exec(text);
  if (!prediction) return null;
  const before = text.slice(0, prediction.index);
  if (RIGHT_NOT_TO.test(before) || CONDITIONAL.test(before)) return 'mentioned';
  // "We do not use any software to predict whether you will pay": the denial reaches the prediction.
  return isNegatedBefore(sentence, sentence.start + prediction.index, 80) ? 'none' : 'affirmed';
}

// "Do we make decisions about you automatically?" asks; the answer that follows says.
const QUESTION = /\?\s*$/;

function classifySentence(sentence: Sentence): MentionKind | null {
  const kind = readSentence(sentence);
  return kind === 'affirmed' && QUESTION.test(sentence.text) ? 'mentioned' : kind;
}

function readSentence(sentence: Sentence): MentionKind | null {
  const hit = MENTION.exec(sentence.text);
  let kind: MentionKind | null = hit ? classify(sentence, hit.index) : null;
  if (kind === 'none' || kind === 'affirmed') return kind;
  const readings = [
    () => classifyDescription(sentence.text),
    () => classifyMachineAlone(sentence),
    () => classifyScoring(sentence),
    () => classifyHumanAlways(sentence),
  ];
  for (const read of readings) {
    const reading = read();
    if (reading === 'none' || reading === 'affirmed') return reading;
    kind ??= reading;
  }
  return kind;
}

// A section given over to the topic: "Automated decision-making and profiling", "Do we make decisions about you
// automatically?". Its later paragraphs ("Logic involved", "Safeguards") explain its first.
const TOPIC_HEADING = /\bautomat|\bprofiling\b|\bdecisions?\b/i;
const MAX_TOPIC_SENTENCES = 12;

/**
 * The sentence and the next two in the same section, where a notice explains what it just said; in a section
 * about automated decisions, the rest of that section.
 */
function explanationOf(doc: PolicyDocument, sentence: Sentence): Sentence[] {
  const onTopic = TOPIC_HEADING.test(doc.sectionTitleAt(sentence.start) ?? '');
  const reach = onTopic ? MAX_TOPIC_SENTENCES : 2;
  const out = [sentence];
  for (let i = sentence.index + 1; i <= sentence.index + reach; i++) {
    const next = doc.sentences[i];
    if (!next || next.block.kind === 'heading') break;
    out.push(next);
  }
  return out;
}

const explains = (s: Sentence) => DETAIL.test(s.text) || HUMAN_ALWAYS.test(s.text);
// The safeguards make the best evidence: "ask for the decision to be reconsidered", "contest the decision".
const SAFEGUARD =
  /\brepresentations\b|\bpoint of view\b|\bcontest\b|\bchallenge\b|\breconsider|\bhuman (?:review|intervention)\b|\bto review\b/i;

/** The sentence saying it happens and up to two explaining it, safeguards first, in reading order. */
function metEvidence(sentence: Sentence, explained: Sentence[]): Sentence[] {
  const ranked = [...explained.filter((s) => SAFEGUARD.test(s.text)), ...explained];
  return [...new Set([sentence, ...ranked])].slice(0, 3).sort((a, b) => a.start - b.start);
}

export default defineCheck({
  meta: {
    id: 'automated-decisions',
    title: 'Automated decision-making addressed',
    failureTitle: 'Automated decision-making not addressed',
    source: 'UK GDPR Art 13(2)(f), Arts 22A-22D',
    weight: 1,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'Say whether decisions about people are made solely by automated means (including profiling); if they are, explain the logic involved, the likely effects, and the safeguards (the right to make representations, obtain human review and contest the decision). If none are, say so.',
    sampleWording:
      'Brightwater Lending Ltd uses an automated system to assess loan applications, based on your income, existing debts and credit score; it may decline an application. You can ask for the decision to be reviewed by a member of our underwriting team, give us your point of view and contest the decision. We make no other decisions about you by automated means alone.',
    messages: {
      'no-detail':
        'The notice says {{what}} is or may be used but does not explain the logic, the effect on the person or the safeguards.',
      'not-stated':
        'The notice mentions automated decision-making or profiling (for example among the rights) but does not say whether any takes place.',
      none: 'The notice does not say whether any automated decision-making or profiling takes place.',
    },
  },
  run({ doc }) {
    const none: Sentence[] = [];
    const affirmed: Sentence[] = [];
    const mentioned: Sentence[] = [];
    for (const sentence of doc.sentences) {
      const kind = classifySentence(sentence);
      if (!kind) continue;
      (kind === 'none' ? none : kind === 'affirmed' ? affirmed : mentioned).push(sentence);
    }

    if (affirmed.length > 0) {
      for (const sentence of affirmed) {
        const explained = explanationOf(doc, sentence).filter(explains);
        if (explained.length > 0) return { status: 'met', evidence: metEvidence(sentence, explained) };
      }
      // Profiling said to happen with nothing about how or with what effect, even beside a denial of other decisions.
      const first = affirmed[0]?.text ?? '';
      const what = /profil/i.test(first) || PREDICTION.test(first) ? 'profiling' : 'automated decision-making';
      return { status: 'partial', evidence: affirmed.slice(0, 3), messageId: 'no-detail', data: { what } };
    }
    if (none.length > 0) return { status: 'met', evidence: none.slice(0, 2) };
    if (mentioned.length > 0) return { status: 'partial', evidence: mentioned.slice(0, 3), messageId: 'not-stated' };
    return { status: 'missing', messageId: 'none' };
  },
});
