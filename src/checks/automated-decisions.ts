import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';

// Automated decision-making and profiling in the words notices use, including "we use automated checks to
// assess your application" and "it will be declined automatically". Not "we automatically collect",
// "automated technologies" or "your public profile".
const MENTION =
  /\bautomated[- ](?:individual[- ])?decision|\bautomat(?:e|es|ed|ing) (?:\w+ ){0,2}?decisions?\b|\bdecisions?\b[^.;]{0,40}?\b(?:on|by|through|using|via|with) (?:an? |the )?automat(?:ed|ic) (?:means|processing|process(?:es)?|systems?|basis|tools?|technolog(?:y|ies)|software)\b|\bdecisions? (?:are |is |will be )?(?:made|taken|reached) automatically\b|\bautomated processing\b|\bprofiling\b|\b(?:we|which|that|to|not|never) profile\b|\bautomated (?:process(?:es)?|systems?|tools?|means|checks?|scoring|assessments?)\b[^.;]{0,80}\b(?:decid|decision|declin|approv|reject|refus|assess|check|criteria|eligib)|\b(?:declined|rejected|refused|approved|accepted|decided) automatically\b/i;

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
    // "an automated tool scores each application", "our automated system will decide whether"
    `\\bautomat(?:ed|ic) (?:\\w+ )?(?:systems?|tools?|process(?:es)?|software|checks?|models?|rules?) (?:will |may |can |could |might |then |also |to )?(?:${DECISION_VERB})(?:e|es|s|ed)?\\b`,
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

// The controller says it does it: "We use profiling to...", "we may carry out automated decision-making".
const AFFIRMED_USE =
  /\bwe\b(?: \w+){0,3}? (?:use|uses|using|make|makes|making|carry out|carries out|carrying out|undertake|undertakes|conduct|conducts|conducting|employ|employs|apply|applies|rely on|perform|performs|engage in)\b[^.;]{0,80}$/i;
// "Profiling is carried out", "decisions are made automatically".
const AFFIRMED_PASSIVE =
  /\b(?:profiling|decision[- ]making|decisions)\b[^.;]{0,40}\b(?:is|are|may be|will be|can be|might be)\s+(?:\w+\s+)?(?:used|carried out|undertaken|applied|conducted|made|taken|performed)\b/i;
// "If we ever use automated decision-making, we will tell you": not a statement that it happens.
const CONDITIONAL = /\bif we\b|\bshould we\b|\bwere we to\b|\bin the (?:unlikely )?event that we\b/i;

// The logic ("compared with the essential requirements", "based on your credit score"), the effect ("your
// application may be declined") or the safeguards ("you can ask for one of our advisers to review it", "give us
// your point of view", "make representations", "contest the decision").
const DETAIL =
  /\b(?:with|against) (?:the |our |your |a |set )?(?:\w+ ){0,2}?(?:requirements|criteria|rules|thresholds)\b|\b(?:applications?|claims?|orders?|payments?|requests?|accounts?|transactions?) (?:\w+ ){0,4}?(?:be |is |are )(?:refused|rejected|declined|approved|accepted|suspended|cancelled)\b|\b(?:ask|request) (?:for )?(?:\w+ ){1,5}?to (?:review|reconsider|look at)\b|\b(?:a|one of our|our|a member of (?:our )?\w+)(?: (?:person|people|human|staff|team|consultants?|advisers?|advisors?|caseworkers?|officers?|underwriters?|colleagues?))? (?:will|can|may|would) (?:then )?(?:review|reconsider|look at|check) (?:it|the decision|your)|\bpoint of view\b|\brepresentations\b|\blogic\b|\bcriteri(?:a|on)\b|\bfactors?\b|\balgorithm|\bscor(?:e|es|ing)\b|\bsignificant(?:ly)? (?:affect|effect|impact)|\blegal (?:or similarly significant )?effects?\b|\bsimilarly significant\b|\beffects? (?:on|for) you\b|\bconsequences?\b|\bhuman (?:review|intervention|involvement|oversight|decision|reviewer|input|check)\b|\breviewed by (?:a |one of our )?(?:human|person|member of (?:our )?(?:staff|team)|staff|people|manager)\b|\bcontest\b|\bchallenge\b|\bexpress (?:your )?(?:point of )?views?\b|\bsafeguards?\b|\breconsider\b|\bthis (?:means|could mean|may mean)\b|\b(?:refus|reject|declin|approv|accept)\w* (?:your )?(?:application|credit|loan|claim|order|payment|transaction|account)\b|\bbased on (?:your|the) (?:\w+ ){0,3}(?:history|score|answers|responses|behaviour|location|age|purchases|activity)\b/i;

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

function classifySentence(sentence: Sentence): MentionKind | null {
  const hit = MENTION.exec(sentence.text);
  const named = hit ? classify(sentence, hit.index) : null;
  if (named === 'none' || named === 'affirmed') return named;
  return classifyDescription(sentence.text) ?? named;
}

/** The sentence and the next two in the same section: where a notice explains what it just said. */
function explanationOf(doc: PolicyDocument, sentence: Sentence): Sentence[] {
  const out = [sentence];
  for (let i = sentence.index + 1; i <= sentence.index + 2; i++) {
    const next = doc.sentences[i];
    if (!next || next.block.kind === 'heading') break;
    out.push(next);
  }
  return out;
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
        const explained = explanationOf(doc, sentence).filter((s) => DETAIL.test(s.text));
        if (explained.length > 0) return { status: 'met', evidence: [sentence, ...explained].slice(0, 3) };
      }
      // Profiling said to happen with nothing about how or with what effect, even beside a denial of other decisions.
      const what = /profil/i.test(affirmed[0]?.text ?? '') ? 'profiling' : 'automated decision-making';
      return { status: 'partial', evidence: affirmed.slice(0, 3), messageId: 'no-detail', data: { what } };
    }
    if (none.length > 0) return { status: 'met', evidence: none.slice(0, 2) };
    if (mentioned.length > 0) return { status: 'partial', evidence: mentioned.slice(0, 3), messageId: 'not-stated' };
    return { status: 'missing', messageId: 'none' };
  },
});
