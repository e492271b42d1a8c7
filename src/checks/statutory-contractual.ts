import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import { sentencesWithin } from '../engine/text';

const PROVIDE = '(?:provide|give|supply|disclose|share|submit)';

// Whether the person must give the data, said of the data or its provision rather than of "you": a statutory or
// contractual requirement, or not required at all. These can also describe what the controller must do with data
// ("we may disclose information where it is required by law"), so they are read with controllerHandles().
const DATA_REQUIREMENT: RegExp[] = [
  // "Providing your personal data is a contractual requirement." "Your decision to disclose your data is entirely
  // voluntary." "The provision of the data asked for in the application form or any claim form is a contractual
  // requirement of your policy."
  new RegExp(
    String.raw`\b(?:provi(?:sion|ding)|giving|supplying|disclos(?:ure|ing)|submi(?:ssion|tting)|sharing|decision to ${PROVIDE})\b[^.;]{0,140}?\b(?:is|are|will be|remains)\b(?: (?:not|entirely|completely|purely|strictly|totally|always|generally|usually|therefore))*(?: an?)? (?:(?:statutory|contractual|legal)(?: (?:or|and|and\/or) (?:statutory|contractual|legal))? (?:requirement|obligation)|requirement|voluntary|optional|mandatory|compulsory|obligatory|up to you|your choice|at your discretion)\b`,
    'i',
  ),
  // "Fields marked with an asterisk are mandatory", "optional questions".
  /\b(?:fields?|questions?|information|data|details|items?)\b[^.;]{0,40}\b(?:is|are)\b(?: (?:clearly|also|always|entirely|completely|purely|strictly|totally))?(?: marked(?: as)?)? (?:mandatory|compulsory|obligatory|optional|voluntary)\b|\b(?:mandatory|compulsory|required|optional) (?:fields?|questions?)\b|\bmarked (?:as )?(?:required|mandatory|optional)\b/i,
  // "information is provided entirely voluntarily", "you give it on a voluntary basis".
  new RegExp(
    String.raw`\b(?:provided|given|supplied|disclosed|submitted|shared|${PROVIDE})\b(?: \w+){0,4}? (?:entirely |completely |purely |strictly )?(?:voluntarily|on a voluntary basis|on an optional basis)\b`,
    'i',
  ),
  // "The information is required by law", "these details are needed to enter into the contract".
  /\b(?:data|information|details)\b[^.;]{0,40}\b(?:is|are)\b (?:\w+ )?(?:required|necessary|needed) (?:by law|under (?:the terms of )?(?:a|the|our|your) (?:contract|agreement)|(?:for us )?to (?:enter into|perform|fulfil) (?:a|the|our|your) (?:contract|agreement))/i,
  // The data itself as the requirement: "Proof of your right to rent is a statutory requirement", "References are a
  // contractual requirement of the employer", "your National Insurance number is a legal requirement".
  // "Your name and email address are a contractual requirement", "your employment history is a statutory requirement".
  /\b(?:data|information|details|documents?|documentation|proof|evidence|references?|number|identification)\b[^.;]{0,40}\b(?:is|are) (?:also )?(?:a |both a )?(?:statutory|contractual|legal)(?: (?:and|or|and\/or) (?:statutory|contractual|legal))? (?:requirement|obligation)\b|\byour (?!consent\b|agreement\b|permission\b)(?:[\w'-]+,? ){1,8}?(?:is|are) (?:also )?(?:a |both a )?(?:statutory|contractual|legal)(?: (?:and|or|and\/or) (?:statutory|contractual|legal))? (?:requirement|obligation)\b/i,
  // "Some information is required for us to open your account", "details marked * are needed to process your order".
  /\b(?:data|information|details)\b[^.;]{0,40}\b(?:is|are) (?:mandatory|required|needed) (?:for us )?(?:to|in order to) (?:provide|deliver|process|fulfil|set up|open|register|complete|administer)\b/i,
  // "Certain information has to be provided to enter into a contract of employment."
  /\b(?:must|has to|have to|needs? to|will need to) be (?:provided|given|supplied|submitted)\b/i,
];

// Whether "you" must give the data: "you are not obliged to provide it", "you must provide your date of birth".
const PERSON_REQUIREMENT: RegExp[] = [
  // "You are not obliged to provide", "you are required by law to give us".
  new RegExp(
    String.raw`\byou (?:are|will be|may be|were)(?: not)? (?:legally |contractually |statutorily )?(?:required|obliged|obligated|bound)(?: by (?:law|statute|contract))? to ${PROVIDE}\b`,
    'i',
  ),
  // "You are under no statutory or contractual obligation to provide data to us."
  // (Not "we are under a duty to disclose it": that is the controller's duty, not the person's.)
  new RegExp(
    String.raw`\b(?:you (?:are|will be) under (?:no|any|a)|you have (?:no|an?)|there is no) (?:\w+ ){0,4}?(?:obligation|duty|requirement) (?:for you )?to (?:${PROVIDE}|answer|respond)\b`,
    'i',
  ),
  // "You do not have to provide it", "although you do not have to respond to them".
  /\byou (?:do not|don't|will not|won't|are not|aren't) (?:have|need|obliged|required) to (?:provide|give|supply|disclose|share|submit|respond|answer|complete|fill|tell)\b/i,
  // "You must provide your date of birth to open an account."
  new RegExp(String.raw`\byou (?:must|will need to|need to|have to|shall) ${PROVIDE}\b`, 'i'),
  // "Where we need to collect personal data by law, or under the terms of a contract we have with you..."
  /\b(?:need|required|obliged|have) to collect (?:\w+ ){0,3}(?:data|information|details)\b[^.;]{0,30}\b(?:by law|under (?:the terms of )?(?:a|the|our) contract|statutory|legal)\b/i,
  // "You can choose not to provide it", "it is up to you whether you give us".
  new RegExp(
    String.raw`\byou (?:can|may|could) (?:choose|decide|elect|decline|refuse)(?: (?:whether|not))? to ${PROVIDE}\b|\bit is (?:entirely )?(?:up to you|your choice) whether\b`,
    'i',
  ),
];

// The person the data is about, named in the third person: "a data subject", "the applicant", "parents".
const THIRD_PERSON =
  '(?:data subjects?|applicants?|candidates?|customers?|clients?|tenants?|members?|employees?|individuals?|persons?|people|parents?|carers?|pupils?|students?|patients?|users?|suppliers?|landlords?|they|he or she)';

// What follows from not giving it: "if you do not provide it, we cannot...", "failure to provide".
const CONSEQUENCE: RegExp[] = [
  // "If you choose not to provide your details, we may not be able to process your application."
  /\b(?:if|where|should) you (?:do not|don't|choose not to|decide not to|(?:would )?prefer not to|would rather not|refuse to|fail to|are unable to|cannot|can't|decline to|elect not to|do not wish to|don't wish to|don't want to|do not want to)(?: \w+){0,2}? (?:provide|give|supply|share|disclose|submit|complete|fill|answer)\b/i,
  // "...but if you do not, we may be unable to respond to your enquiry."
  /\bif you (?:do not|don['’]t|choose not to|decide not to|prefer not to|would rather not)\s*(?:,|;|\bwe\b|\bthen\b)/i,
  // "Failure to provide this information may mean...", "and you fail to provide that data when requested, we may not..."
  /\b(?:failure|refusal|failing|refusing|declining|omission) to (?:provide|give|supply|share|disclose|submit|produce|furnish)\b|\byou (?:fail|refuse|decline) to (?:provide|give|supply|share|disclose|submit)\b/i,
  // The person named in the third person, as contracts and formal notices do: "Where a Data Subject fails to provide
  // such information", "if an applicant does not supply the documents", "should a candidate decline to give references".
  // Not the controller's own failure: "if we fail to provide the service".
  new RegExp(
    String.raw`\b(?:if|where|should|in the event that) (?:(?:a|an|the|any) )?${THIRD_PERSON}\b(?: \w+){0,3}? (?:(?:fails?|refuses?|declines?|neglects?|omits?|is unable|are unable) to|(?:chooses?|decides?) not to|does not|do not|doesn['’]t|don['’]t) (?:provide|give|supply|share|disclose|submit|produce|furnish)\b`,
    'i',
  ),
  // "If this information is not provided...", "the consequences of not providing it".
  /\b(?:is|are) not (?:provided|given|supplied|submitted)\b|\b(?:not|non-)(?:providing|provision)\b|\bconsequences? of not\b/i,
  // "Without this information we cannot process your order."
  /\bwithout (?:(?:this|that|these|such|your|the|those|certain|some|all) (?:\w+ )?(?:data|information|details)|it|them)\b[^.;]{0,40}\b(?:cannot|can't|can ?not|will not|won't|may not|might not|would not|unable|not be able|be unable)\b/i,
];

// "If you do not give your consent..." is about consent, not about providing data.
const CONSENT_OBJECT = /^\s*(?:us )?(?:your |such |this |the |any )?(?:consent|permission|agreement)\b/i;

// A heading that asks the question this check is about, so that its answer needs no "if you do not provide":
// "Do I have to give you my medical history?", "Must I provide my details?", "What if I don't want to tell you?",
// "What happens if you don't give us this information?", "Is it compulsory?", "Do parents have to share this?".
const ASKS_WHETHER_REQUIRED =
  /\b(?:(?:do|will|would) (?:I|you|parents|pupils|students|they) (?:really )?(?:have|need|got) to|(?:must|should) (?:I|you|parents|they)) (?:give|provide|supply|share|tell|hand over|disclose|fill in|answer)\b|\bwhat (?:happens )?if (?:I|you) (?:do not|don['’]t|refuse|decline|choose not|would rather not|prefer not)\b|\b(?:is it|is this|is providing|are these|is giving) (?:\w+ )?(?:compulsory|mandatory|required|optional|voluntary)\b/i;
// The answer's consequence: "we may not be able to treat you safely", "we can't open your account", "we won't be
// able to", "we would be unable to".
const CONSEQUENCE_IN_ANSWER =
  /\b(?:(?:may|might|will|would|could) (?:not be able|be unable)|unable|cannot|can['’]t|can not|won['’]t be able|not be able) to\b/i;

/** Sentences under a "Do I have to give you...?" heading that state what happens if the data is not given. */
function answeredConsequences(doc: PolicyDocument): Sentence[] {
  const sections = doc.sectionsTitled(ASKS_WHETHER_REQUIRED);
  if (sections.length === 0) return [];
  return sentencesWithin(doc, sections).filter((s) => s.block.kind !== 'heading' && CONSEQUENCE_IN_ANSWER.test(s.text));
}

// The controller handling data, not the person giving it: "We may disclose information if we believe it is required by
// law", "we keep invoices for six years, which is a legal requirement", "Processing your data is a legal requirement".
const CONTROLLER_HANDLES =
  /\b(?:we|I)\b(?: (?:may|might|will|would|can|could|must|also|only|sometimes|then|have to|need to|are required to|are obliged to))* (?:disclose|share|pass|transfer|release|report|send|retain|keep|store|hold)\b|\b(?:processing|holding|keeping|retaining|storing|recording|sharing|disclosing|reporting) (?:of )?(?:(?:your|the|this|such|personal|that) )*$/i;

/** Whether the clause before a requirement match is about the controller handling the data. */
function controllerHandles(sentence: Sentence, matchStart: number): boolean {
  const before = sentence.text.slice(0, matchStart);
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  return CONTROLLER_HANDLES.test(before.slice(clauseStart));
}

/** Sentences saying whether the person must provide data (not what the controller must do with it). */
function requirementSentences(sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter(
    (s) =>
      PERSON_REQUIREMENT.some((p) => p.test(s.text)) ||
      DATA_REQUIREMENT.some((p) => {
        const m = p.exec(s.text);
        return m !== null && !controllerHandles(s, m.index);
      }),
  );
}

function firstMatching(sentences: readonly Sentence[], patterns: readonly RegExp[], skipConsent = false): Sentence[] {
  return sentences.filter((s) =>
    patterns.some((p) => {
      const m = p.exec(s.text);
      return m !== null && !(skipConsent && CONSENT_OBJECT.test(s.text.slice(m.index + m[0].length)));
    }),
  );
}

export default defineCheck({
  meta: {
    id: 'statutory-contractual',
    title: 'Says whether data must be provided, and what happens if not',
    failureTitle: 'Does not say whether data must be provided, or what happens if not',
    source: 'UK GDPR Art 13(2)(e)',
    weight: 1,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'Say whether providing the personal data is a statutory or contractual requirement (or needed to enter into a contract) or voluntary, and what happens if the person does not provide it.',
    sampleWording:
      'You must give Example Ltd your name, date of birth and bank details to take out a membership, because we need them to set up and run your contract. If you do not provide them, we cannot open your membership. Telling us about any health conditions is optional.',
    messages: {
      'requirement-only':
        'The notice says whether providing data is required but not what happens if the person does not provide it.',
      'consequence-only':
        'The notice says what happens if data is not provided but not whether providing it is a statutory or contractual requirement.',
      none: 'The notice does not say whether providing personal data is required, or what happens if it is not provided.',
    },
  },
  run({ doc }) {
    const requirement = requirementSentences(doc.sentences);
    const stated = firstMatching(doc.sentences, CONSEQUENCE, true);
    const consequence = stated.length > 0 ? stated : answeredConsequences(doc);
    if (requirement.length > 0 && consequence.length > 0) {
      return { status: 'met', evidence: [...requirement.slice(0, 2), ...consequence.slice(0, 2)] };
    }
    if (requirement.length > 0)
      return { status: 'partial', evidence: requirement.slice(0, 3), messageId: 'requirement-only' };
    if (consequence.length > 0)
      return { status: 'partial', evidence: consequence.slice(0, 3), messageId: 'consequence-only' };
    return { status: 'missing', messageId: 'none' };
  },
});
