// How notices talk about automated decision-making and profiling (UK GDPR Art 13(2)(f), Arts 22A-22D): the law's
// own names for it, the everyday descriptions of a machine deciding about, scoring or profiling a person, and the
// words that deny it, make it a mere right, or explain it (logic, effect, safeguards). Patterns only: how they
// combine lives in src/checks/automated-decisions.ts.

// --- Shared vocabulary ---------------------------------------------------------------------------------------

/** Something that is not a person: "our system", "the software", "a machine-learning model". */
export const MACHINE_NOUN =
  'computers?|machines?|software|systems?|algorithms?|models?|programs?|programmes?|tools?|technology|automation|machine[- ]learning|artificial intelligence|AI|(?:rating|decision|decisioning|rules?|pricing|scoring|underwriting|quot(?:e|ing)|risk|fraud) engines?';
export const MACHINE = new RegExp(`\\b(?:${MACHINE_NOUN})\\b`, 'i');

// Verbs of deciding about or sorting people: "decline", "shortlist", "score", "screen".
const DECISION_VERB =
  'decid|declin|reject|refus|approv|accept|scor|assess|evaluat|filter|screen|sift|shortlist|rank|compar|suspend';
// Verbs that take the person or their case as object: "we score prospects", "we decline applications". Not
// "decide", "compare" or "filter", which take other objects ("decide whether your contacts are synced").
const SORTING_VERB = 'declin|reject|refus|approv|accept|scor|assess|evaluat|screen|sift|shortlist|rank|suspend|vet';
// Who or what is decided about: the person ("you", "applicants", "trial users") or their case ("your claim").
const PERSON_NOUN =
  'applicants?|candidates?|customers?|users?|members?|borrowers?|tenants?|people|individuals?|prospects?|leads|donors?|supporters?|visitors?|patients?|pupils?|students?|players?|buyers?|sellers?|drivers?|riders?|employees?|contacts?|subscribers?|clients?|claimants?|policyholders?|volunteers?|residents?|learners?';
const CASE_NOUN =
  'applications?|claims?|requests?|orders?|transactions?|payments?|accounts?|CVs?|submissions?|entries|bookings?';
const PERSON_OBJECT = `you\\b|your\\b|(?:our |the |an? |each |every |all |any )?(?:${CASE_NOUN}|${PERSON_NOUN})\\b`;
// Narrower: no bare "your", so "we automatically filter your emails" names no person or case.
const PERSON_TARGET = `you\\b|(?:your |our |the |an? |each |every |all |any )?(?:${CASE_NOUN}|${PERSON_NOUN})\\b`;

/** A person, not a machine: "a member of our lettings team", "one of our dentists", "a caseworker". */
const PERSON =
  `(?:(?:a |an |the |our |one of (?:our|the) |a member of (?:our |the )?)(?:[\\w'’&-]+ ){0,2}?)?(?:person|people|humans?|human beings?|members? of (?:our |the )?(?:[\\w'’&-]+ ){0,2}?(?:staff|team)|staff(?: members?)?|team|employees?|colleagues?|officers?|advisers?|advisors?|caseworkers?|clinicians?|doctors?|GPs?|dentists?|nurses?|pharmacists?|teachers?|managers?|underwriters?|consultants?|specialists?|handlers?|reviewers?|panel|committee)\\b` +
  `|\\bone of (?:our|the) (?!(?:${MACHINE_NOUN})\\b)\\w+s\\b`;

/** The controller speaking: "we", "the Council", "the Company", "our practice". */
export const CONTROLLER =
  '\\bwe\\b|\\b(?:the|our) (?:company|council|organi[sz]ation|firm|practice|surgery|school|academy|trust|charity|hospice|foundation|university|college|bank|lender|insurer|society|group|business|club|association|partnership|controller|employer|authority|agency|clinic|hospital|app|platform|service)\\b';

// Every pattern below needs one of these stems, so a sentence without any says nothing on the topic (keeps the check
// well under a millisecond on a long notice).
export const TOPIC_STEMS =
  /automat|algorithm|machine|software|computer|\bAI\b|artificial|profil|scor|decision|decid|sift|shortlist|approv|refus|declin|reject|\brank|\bvet\b|predict|likel|rating|ranking|analy[sz]|screen|research|segment|model|estimat|wealth|(?:risk|credit|fraud|affordability|propensity|churn|eligibility) /i;

// --- The law's names for it ----------------------------------------------------------------------------------

// "automated decision-making", "profiling", "decisions made by automated means", "automated checks to assess your
// application", "declined automatically", "do you make decisions about me automatically?", and the trade names of
// profiling ("wealth screening", "lead scoring"). Not "we automatically collect", "automated technologies" or
// "your public profile".
export const NAMED =
  /\bautomated[- ](?:individual[- ])?decision|\bautomat(?:e|es|ed|ing) (?:\w+ ){0,2}?decisions?\b|\bdecisions?\b[^.;]{0,40}?\b(?:on|by|through|using|via|with) (?:an? |the )?automat(?:ed|ic) (?:means|processing|process(?:es)?|systems?|basis|tools?|technolog(?:y|ies)|software)\b|\bdecisions?(?: (?:about|on|affecting)(?: \w+){1,2}?)? (?:are |is |will be |can be |may be )?(?:ever )?(?:made|taken|reached) automatically\b|\bautomated processing\b|\bprofiling\b|\b(?:we|which|that|to|not|never) profile\b|\bautomated (?:process(?:es)?|systems?|tools?|means|checks?|scoring|assessments?)\b[^.;]{0,80}\b(?:decid|decision|declin|approv|reject|refus|assess|check|criteria|eligib)|\b(?:declined|rejected|refused|approved|accepted|decided) automatically\b|\bdecisions? (?:about (?:me|you|people|individuals|customers|users|anyone|applicants) )?automatically\b|\b(?:wealth (?:screening|analysis|research)|prospect research|propensity model(?:l)?ing|(?:lead|credit|fraud|risk) scoring)\b/i;

// --- Everyday descriptions -----------------------------------------------------------------------------------

// A machine acting on a person or their case, with the verb beside "automatically" or "automated": "our system
// automatically compares your application", "your claim may be rejected automatically", "we score prospects and
// trial users automatically", "an automated tool scores each application", "applications are screened by an
// automated system". Not "we automatically collect your IP address" or "we filter spam automatically".
export const AUTOMATIC_ACTION = new RegExp(
  [
    `\\bautomatically (?:${DECISION_VERB})\\w* (?:${PERSON_OBJECT})`,
    `\\b(?:is|are|be|been|being|gets?) (?:\\w+ )?(?:${DECISION_VERB})\\w* automatically\\b`,
    `\\b(?:${SORTING_VERB})\\w* (?:(?:some|most|certain|new|online|incoming) )?(?:${PERSON_TARGET})(?: (?:and|or) (?:[\\w-]+ )?(?:${PERSON_TARGET}))?(?: [\\w'’-]+){0,2}? automatically\\b`,
    `\\bautomat(?:ed|ic) (?:[\\w-]+ )?(?:systems?|tools?|process(?:es)?|software|checks?|models?|rules?) (?:will |may |can |could |might |then |also |to )?(?:${DECISION_VERB})(?:e|es|s|ed)?\\b`,
    `\\b(?:is|are|be|been|being) (?:\\w+ )?(?:${DECISION_VERB})\\w* (?:\\w+ ){0,2}?(?:by|using|through|via|with) (?:an? |our |the )?(?:automated|automatic|algorithm|software\\b|computers?\\b|AI\\b|machine[- ]learning)`,
    // "the rating engine decides automatically, without human involvement, whether to offer cover", "our system
    // automatically decides whether to accept an order". Not "the search engine decides automatically which results
    // to show" (a choice of content, not a decision on someone's case).
    '\\bdecid(?:e|es|ed|ing) automatically(?:, [^,.;]{1,40},)? (?:whether|if|who|to)\\b|\\bautomatically decid(?:e|es|ed|ing) (?:whether|if|who|to)\\b',
  ].join('|'),
  'i',
);

// A score made by machine: "applies an automated score which takes into account", "automatic scoring of test
// answers", "an automated credit rating".
export const AUTOMATED_SCORE = /\bautomat(?:ed|ic) (?:\w+ )?(?:scor(?:e|es|ing)|ratings?)\b/i;
// A judgement made by machine, named as a practice: "we use automated underwriting", "automated shortlisting".
export const AUTOMATED_JUDGEMENT =
  /\bautomat(?:ed|ic) (?:underwriting|vetting|sifting|shortlisting|credit decisions?|eligibility (?:checks?|assessments?))\b/i;
// A machine used to decide about or evaluate the person: "we use an algorithm to set your premium", "software to sift
// job applications", "machine learning to identify customers who may be struggling". The verbs of deciding go with any
// machine; the verbs of working out only with an algorithm, AI or an automated tool ("software to calculate your
// order total" is arithmetic).
const DECIDING_VERB = 'decide|sift|shortlist|approve|refuse|decline|reject|score|rank|vet';
const EVALUATING_VERB = 'determine|set|calculate|assess|evaluate|predict|rate|work out|identify|detect|flag|price';
const SMART_MACHINE =
  'algorithms?|automated (?:systems?|tools?|software|process(?:es)?|means)|automation|artificial intelligence|AI|machine[- ]learning(?: models?)?|(?:predictive|statistical|risk) models?';
export const MACHINE_USED_TO = new RegExp(
  `\\b(?:(?:${MACHINE_NOUN})\\b (?:\\w+ ){0,2}?to (?:${DECIDING_VERB})|(?:${SMART_MACHINE})\\b (?:\\w+ ){0,2}?to (?:${EVALUATING_VERB}))\\b (?:[\\w-]+ ){0,3}?(?:${PERSON_TARGET}|your\\b|whether\\b|how likely\\b|who\\b)`,
  'i',
);

// A profile of the person built up: "we build a profile of your interests", "create profiles of our customers".
// Not "create a profile" (an account) or "your public profile".
export const PROFILE_BUILT = new RegExp(
  `\\b(?:build|create|compile|develop|maintain)(?:s|ed|ing)? (?:up )?(?:a |an )?(?:\\w+ )?profiles? (?:of|about|on) (?:${PERSON_TARGET}|your\\b|them\\b|their\\b)`,
  'i',
);

// Software working out a score or prediction about the person: "a computer tool calculates a score showing how
// likely you are to need hospital care", "our model predicts whether a customer is likely to leave", "every order is
// given a risk score by an automated system". Not a game's "scores" or "we check your credit score".
export const PRODUCES =
  /\b(?:calculat|comput|produc|generat|assign|creat|estimat|deriv)\w*|\bpredict(?:s|ed|ing)?\b|\bwork(?:s|ed)? out\b|\bgiv(?:e|es|en)\b/i;
export const PREDICTION =
  /\b(?:risk|credit|fraud|affordability|propensity|churn|eligibility) (?:scores?|ratings?|scoring|levels?)\b|\b(?:scores?|ratings?|rankings?)\b (?:\w+ ){0,2}?(?:how likely|the likelihood|the probability|the chance|the risk|whether)\b|\bpredict(?:s|ed|ing)? (?:\w+ ){0,3}?(?:how likely|whether|the likelihood|the probability|the risk)\b|\bhow likely (?:you|a person|someone|they|people|patients|customers|applicants|users|pupils|students|tenants|members) (?:are|is|will be) to\b/i;

// Profiling as the law defines it (Art 4(4)): personal data analysed to evaluate or predict aspects of the person,
// such as their economic situation, interests or likely behaviour. "Supporter records may be analysed with public
// information to understand donors' likely capacity to give", "we analyse your purchases to predict your
// preferences", "research into your wealth". Not "we analyse how our website is used" (no aspect of a person) or a
// legitimate-interests balance ("your interests and rights do not override ours").
export const ANALYSIS =
  /\b(?:analy[sz](?:e|es|ed|ing|is)|screen(?:s|ed|ing)?|research(?:es|ed|ing)?|segment(?:s|ed|ing)?|model(?:l?ed|l?ing)|predict(?:s|ed|ing)?|estimat(?:e|es|ed|ing))\b/i;
const GIVING = 'give|donate|pay|afford|buy|spend|repay|borrow|support us|leave a gift|make a gift|respond|purchase';
export const PERSONAL_ASPECT = new RegExp(
  `(?<!\\bin )\\b(?:your|their|his|her|(?:supporters?|donors?|customers?|members?|users?|individuals?|people|visitors?|clients?|patients?|tenants?|applicants?|players?|employees?|candidates?|prospects?)['’]s?) (?:[\\w-]+ ){0,3}?` +
    `(?:likely|likelihood|(?:capacity|ability|propensity|potential|willingness) to (?:${GIVING})|giving (?:capacity|potential)|wealth|affluence|net worth|(?:financial|economic) (?:circumstances|situation|standing|means|status|capacity)|creditworthiness|reliability` +
    '|(?<!(?:legitimate|vital|best|own) )interests(?! (?:and|or) (?:fundamental )?(?:rights|freedoms)| override)|(?<!(?:communication|contact|marketing|cookie|privacy|email) )preferences|lifestyle)\\b',
  'i',
);

// A machine said to decide by itself, or not: "decisions made by computer alone", "solely by software", "without a
// person being involved", "made by our staff, not by computers", "a system that makes decisions about them on its
// own", "our software decides whether".
const ALONE = '(?: alone| only| on (?:its|their) own| by (?:itself|themselves))';
export const MACHINE_ALONE = new RegExp(
  `\\b(?:by|using|through|via|with) (?:a |an |the )?(?:computers?|machines?|software|systems?|technology|algorithms?|automation|automat(?:ed|ic) (?:means|systems?|process(?:es)?|tools?))${ALONE}\\b` +
    '|\\bsolely (?:by|through|using|via|with|on) (?:a |an |the )?(?:computers?|machines?|software|algorithms?|technology)\\b' +
    '|\\bwithout (?:a |any )?(?:person|human(?: being)?|member of (?:our )?(?:staff|team)|people|staff)(?: (?:being|getting))? involved\\b' +
    '|\\bwithout (?:any )?human (?:involvement|intervention|input|review|oversight)\\b' +
    '|\\b(?:not|never|rather than|instead of) (?:by|through|using|via) (?:a |an |the )?(?:computers?|machines?|software|systems?|algorithms?|automat(?:ed|ic) (?:means|systems?|process(?:es)?))\\b',
  'i',
);
export const MACHINE_DECIDES = new RegExp(
  `\\b(?:${MACHINE_NOUN})\\b (?:that |which )?(?:\\w+ ){0,2}?(?:makes?|making|takes?|taking|reach(?:es)?) (?:any |all |the |some )?(?:\\w+ )?decisions? (?:about|on|affecting|regarding|concerning|for) (?:you|me|us|them|people|anyone|someone|individuals|your|their|${PERSON_NOUN})\\b` +
    `|\\b(?:${MACHINE_NOUN})\\b (?:that |which )?(?:\\w+ )?decides? (?:whether|if|who) (?:(?:${PERSON_TARGET})|your\\b|to (?:accept|approve|offer|refuse|decline|reject|lend|block|suspend|cancel)\\b)`,
  'i',
);
// Who, for "by computer alone", says it happens: "We make some decisions about your claim by computer alone", "your
// order may be cancelled by software alone". Without one it is a definition or a right.
export const MACHINE_ALONE_AGENT = new RegExp(
  `(?:${CONTROLLER})(?: \\w+){0,3}? (?:make|makes|take|takes|reach|reaches|decide|decides|refuse|refuses|reject|rejects|approve|approves|assess|assesses)\\b` +
    '|\\b(?:is|are|be|been)\\s+(?:\\w+\\s+)?(?:made|taken|reached|decided|refused|rejected|declined|approved|accepted|assessed|cancelled|suspended)\\b',
  'i',
);
export const DECISION_WORD = /\bdecisions?\b|\bdecid(?:e|es|ed|ing)\b/i;

// A person always in the loop, so nothing is decided by automated means alone: "A member of staff is always involved
// in decisions about your tenancy", "decisions are always taken by one of our caseworkers", "every decision about
// your care is made by one of our dentists", "each application is decided by a member of our lettings team".
export const HUMAN_ALWAYS = new RegExp(
  `\\b(?:person|human(?: being)?|member of (?:our )?(?:staff|team)|staff(?: member)?|people|team|caseworkers?|officers?|employees?|colleagues?|advisers?|advisors?|clinicians?|doctors?|GPs?|managers?|underwriters?)\\b (?:is |are |will |will be )?always (?:be )?(?:involved|makes?|takes?|reviews?|checks?|looks? at|reads?|considers?)\\b[^.;]{0,50}?\\b(?:decisions?|decid\\w*)\\b` +
    `|\\b(?:decisions?|applications?|claims?|cases?)\\b[^.;]{0,60}?\\b(?:are|is|will be) always (?:made|taken|reviewed|checked|decided|considered|looked at) by (?:${PERSON})` +
    `|\\b(?:every|each|all|any) (?:\\w+ )?(?:decisions?|applications?|claims?|cases?)\\b[^.;]{0,50}?\\b(?:is|are|will be) (?:only |always )?(?:made|taken|reached|decided|reviewed|considered) by (?:${PERSON})`,
  'i',
);

// --- Stance: denied, conditional, a right, a definition ------------------------------------------------------

// A denial right before a verb-led description or within it: "we do not automatically score you", "no application
// is rejected automatically", "applications are never rejected automatically". Not "if you do not meet the criteria
// your application may be rejected automatically" (the "not" belongs to another verb).
export const NEGATION_JUST_BEFORE = /(?:\bnot|\bnever|\bno|n['’]t)\b(?:\s+\w+){0,2}\s*$/i;
export const NEGATION_WITHIN = /\b(?:not|never|rather than|instead of)\b/i;
// "Nobody's claim is refused by computer alone", "no one is scored by software".
export const NOBODY_BEFORE = /\b(?:nobody|no one|none)\b[^,;]*$/i;

// A statement that none takes place, with the controller as the one denying: "We do not use any systems which
// profile or automate decisions", "We commit to not using your data for automated profiling", "The Controller does
// not make any decision based solely on automated processing".
export const NEGATED_USE =
  /(?:\bnot|\bnever|n['’]t)\s+(?:\w+\s+){0,2}?(?:use|using|make|making|carry|carrying|undertake|undertaking|conduct|conducting|engage|engaging|employ|employing|rely|relying|perform|performing|apply|applying|process|processing|take|taking|base|basing|involve|envisage|anticipate|intend|plan|expect|currently)\b/i;
export const DENIER = new RegExp(`\\b(?:our|us|I)\\b|${CONTROLLER}`, 'i');
// The denial after the name: "Automated decision making and profiling: we do not undertake either."
export const WE_DO_NOT =
  /\bwe (?:do|does|will|shall|would|can)?\s*(?:not|never|n['’]t)\s+(?:\w+\s+)?(?:use|make|carry out|undertake|conduct|engage|employ|perform|apply|do)\b/i;
export const NONE_STATEMENT =
  /\bno (?:\w+ )?(?:automated|profiling|decisions? (?:is|are) (?:made|taken))|\b(?:neither|nor)\b[^.;]{0,40}\b(?:automated|profiling)|\b(?:is|are) not (?:\w+ )?(?:used|carried out|undertaken|made|conducted|applied|performed|taken|subject to)\b|\b(?:will not|won['’]t) be (?:subject to|used for)\b|\b(?:does|do) not (?:take place|occur|happen)\b|\bautomated decision[- ]making(?: (?:and|or) profiling)?\s*[:\-–—]\s*(?:none|no|not applicable|n\/a)\b/i;
// An answer of "no" to a question about it: "Do we make decisions about you automatically? No."
export const ANSWER_NO = /^\s*no\b(?![-'’])/i;

export const RIGHTS_CUE = /\b(?:rights?|object|contest|challenge|request|ask)\b/i;
// "You have the right not to be subject to...", "you can object to automated scoring": a right, not a practice.
export const RIGHT_NOT_TO = /\bright (?:\w+ ){0,3}not to\b/i;
export const OBJECTION_JUST_BEFORE = /\bobject(?:ing|ion)? to (?:\w+ ){0,2}$/i;
// "If we ever use automated decision-making, we will tell you": not a statement that it happens.
export const CONDITIONAL = /\bif we\b|\bshould we\b|\bwere we to\b|\bin the (?:unlikely )?event that we\b/i;
// "Automated decision making happens when a computer makes decisions", "automated decisions are decisions made by
// technology": what it is, not what this controller does.
export const DEFINITION =
  /\b(?:happens|occurs|arises|is|means|takes place)\s+(?:when|where)\b|\brefers to\b|\bdefined as\b|\b(?:is|are) (?:a |an |the )?(?:decisions?|process|term)\b/i;
// The name defined right after it: "Profiling means any form of automated processing", "Automated decision-making is
// the process of...".
export const DEFINED_AFTER =
  /^[\w-]*(?: [\w-]+){0,2}? (?:is|are|means|refers to|describes|(?:happens|occurs|takes place) (?:when|where))\s+(?:a |an |the |when\b|where\b|decisions?\b|any\b)/i;

// The controller says it does it: "We use profiling to...", "the Company uses an automated decision-making system".
export const AFFIRMED_USE = new RegExp(
  `(?:${CONTROLLER})(?: \\w+){0,3}? (?:use|uses|using|make|makes|making|carry out|carries out|carrying out|undertake|undertakes|conduct|conducts|conducting|employ|employs|apply|applies|rely on|relies on|perform|performs|engage in|engages in)\\b[^.;]{0,80}$`,
  'i',
);
// "Profiling is carried out", "decisions are made automatically".
export const AFFIRMED_PASSIVE =
  /\b(?:profiling|decision[- ]making|decisions)\b[^.;]{0,40}\b(?:is|are|may be|will be|can be|might be)\s+(?:\w+\s+)?(?:used|carried out|undertaken|applied|conducted|made|taken|performed)\b/i;

// --- Explanation: logic, effect, safeguards -------------------------------------------------------------------

// The logic ("compared with the essential requirements", "takes into account your credit history", "signals such as
// the age of the account"), the effect ("your application may be declined", "a higher score means", "no legal or
// similarly significant effect") or the safeguards ("ask for one of our advisers to review it", "give us your point
// of view", "contest the decision", "a GP reviews them", "ask for a second review").
export const DETAIL = new RegExp(
  [
    // logic
    '\\b(?:with|against) (?:the |our |your |a |set )?(?:\\w+ ){0,2}?(?:requirements|criteria|rules|thresholds)\\b',
    '\\blogic\\b|\\bcriteri(?:a|on)\\b|\\bfactors?\\b|\\bsignals?\\b',
    '\\btakes? (?:into account|account of)\\b|\\b(?:calculated|worked out|derived) (?:from|using)\\b|\\badds? points\\b|\\bpoints (?:for|are added)\\b',
    '\\bbased on (?:your|their|the) (?:\\w+ ){0,3}(?:history|score|answers|responses|behaviour|location|age|purchases|activity)\\b',
    '\\b(?:scores?|scoring|ratings?|profiles?|assessments?|decisions?|models?) (?:is |are )?(?:based on|uses|looks at|considers|draws on|combines)\\b',
    // effect
    '\\b(?:applications?|claims?|orders?|payments?|requests?|accounts?|transactions?) (?:\\w+ ){0,4}?(?:be |is |are )(?:refused|rejected|declined|approved|accepted|suspended|cancelled|held)\\b',
    '\\b(?:refus|reject|declin|approv|accept)\\w* (?:your )?(?:application|credit|loan|claim|order|payment|transaction|account)\\b',
    '\\bsignificant(?:ly)? (?:affect|effect|impact)|\\blegal (?:or similarly significant )?effects?\\b|\\bsimilarly significant\\b|\\beffects? (?:on|for) you\\b|\\bconsequences?\\b',
    '\\b(?:this|that|score|rating|result) (?:\\w+ )?(?:means|could mean|may mean)\\b|\\bindication only\\b|\\bfinal decision\\b',
    // safeguards
    '\\b(?:ask|request) (?:for )?(?:\\w+ ){1,5}?to (?:review|reconsider|look at|check)\\b|\\bsecond review\\b',
    '\\b(?:a|one of our|our|a member of (?:our )?\\w+)(?: (?:person|people|human|staff|team|consultants?|advisers?|advisors?|caseworkers?|officers?|underwriters?|colleagues?))? (?:will|can|may|would) (?:then )?(?:review|reconsider|look at|check) (?:it|the decision|your)',
    '\\b(?:a|an|our|the|one of our) (?:\\w+ ){0,2}?(?:GP|doctor|clinician|pharmacist|nurse|person|human|caseworker|adviser|advisor|underwriter|officer|manager|member of (?:our )?\\w+|team|staff)s? (?:will |may |can |then |also |always )?(?:reviews?|checks?|considers?|looks? at) (?:it|them|the|each|every|your|this|these)\\b',
    '\\bpoint of view\\b|\\brepresentations\\b|\\bcontest\\b|\\bchallenge\\b|\\bexpress (?:your )?(?:point of )?views?\\b|\\bsafeguards?\\b|\\breconsider',
    // not "without human involvement", which says the machine decides alone
    '(?<!\\b(?:without|no)(?: any)? )\\bhuman (?:review|intervention|involvement|oversight|decision|reviewer|input|check)\\b',
    '\\breviewed by (?:a |one of our )?(?:human|person|member of (?:our )?(?:staff|team)|staff|people|manager)\\b',
  ].join('|'),
  'i',
);
// The safeguards make the best evidence: "ask for the decision to be reconsidered", "contest the decision".
export const SAFEGUARD =
  /\brepresentations\b|\bpoint of view\b|\bcontest\b|\bchallenge\b|\breconsider|\bhuman (?:review|intervention)\b|\bto review\b|\bsecond review\b|\bto check the\b/i;

// A section given over to the topic: "Automated decision-making and profiling", "Do we make decisions about you
// automatically?", "Lead scoring". Its later paragraphs ("Logic involved", "Safeguards") explain its first.
export const TOPIC_HEADING = /\bautomat|\bprofiling\b|\bdecisions?\b|\bscor(?:e|es|ing)\b/i;
