// International transfers (UK GDPR Chapter V) in the words notices use: the
// mechanisms that make a transfer lawful, the ones that no longer do, wording
// that sends data abroad, non-UK places data is kept, and statements that it
// stays in the UK/EEA.
import type { PolicyDocument, Sentence } from '../document';
import { definePatterns, type PatternHit, sweepSentences } from '../nlp';
import { findAll, isNegatedBefore, type RegexHit } from '../text';
import type { Span } from '../types';

export type TransferMechanism =
  | 'adequacy'
  | 'standard-contractual-clauses'
  | 'idta'
  | 'binding-corporate-rules'
  | 'data-privacy-framework'
  | 'privacy-shield'
  | 'safe-harbor';

export const MECHANISM_LABELS: Record<TransferMechanism, string> = {
  adequacy: 'adequacy regulations',
  'standard-contractual-clauses': 'standard contractual clauses',
  idta: 'the UK International Data Transfer Agreement / Addendum',
  'binding-corporate-rules': 'binding corporate rules',
  'data-privacy-framework': 'the Data Privacy Framework (UK-US data bridge)',
  'privacy-shield': 'the EU-US Privacy Shield (invalid since July 2020)',
  'safe-harbor': 'Safe Harbor (invalid since October 2015)',
};

interface MechanismPattern {
  mechanism: TransferMechanism;
  pattern: RegExp;
  /** Counts only when the sentence also says who decided adequacy or where it applies. */
  needsAdequacyCue?: boolean;
}

const VALID_PATTERNS: MechanismPattern[] = [
  // "countries covered by UK adequacy regulations", "an adequacy decision of the European Commission"
  {
    mechanism: 'adequacy',
    pattern:
      /\badequacy (?:regulations?|decisions?|findings?|status|rules?|arrangements?|agreements?|determinations?|assessments?|provisions?|bridges?|list)\b|\b(?:benefit(?:s|ing)? from|covered by|subject to|granted|with|has|have|holds?) (?:an? |the )?(?:UK |EU |European )?adequacy\b/i,
  },
  // "countries deemed to provide an adequate level of protection", "a country with adequate data protection laws"
  {
    mechanism: 'adequacy',
    pattern:
      /\badequate (?:level of (?:data |personal data )?protection|(?:data |privacy )?protection|standards? of (?:data )?protection|(?:data protection |privacy )?(?:laws?|legislation|safeguards? of privacy)|countr(?:y|ies)|jurisdictions?)\b/i,
    needsAdequacyCue: true,
  },
  // "standard contractual clauses", "the EU SCCs", "standard data protection clauses adopted by the European Commission",
  // "model contract clauses", "specific contracts approved by the European Commission"
  {
    mechanism: 'standard-contractual-clauses',
    pattern:
      /\bstandard (?:data protection |contractual |model |contract |data transfer )?(?:contractual )?clauses\b|\bSCCs?\b|\bmodel (?:contract(?:ual)?|data protection|data transfer|EU) (?:clauses|terms|contracts?)\b|\bmodel (?:clauses|contracts?)\b|\b(?:contracts?|clauses|terms|agreements?) (?:\w+ ){0,3}(?:approved|adopted|issued|published|recogni[sz]ed) by the (?:European Commission|EU Commission|ICO|Information Commissioner|UK (?:government|Government)|Secretary of State)\b|\b(?:European Commission|EU Commission|ICO|Commission)[- ](?:approved|adopted) (?:standard |model )?(?:contracts?|clauses|terms|data transfer agreements?)\b|\bapproved (?:standard |model |data transfer |data protection )(?:contracts?|clauses|agreements?)\b/i,
  },
  // "the ICO's International Data Transfer Agreement (IDTA)", "the UK Addendum to the EU SCCs"
  {
    mechanism: 'idta',
    pattern:
      /\bInternational Data Transfer (?:Agreements?|Addendum)\b|\bIDTAs?\b|\b(?:UK|ICO)(?:['’]s)? (?:International Data Transfer |Transfer |Data Transfer )?Addendum\b|\bAddendum to the (?:EU |European Commission(?:['’]s)? )?(?:SCCs|standard contractual clauses)\b/i,
  },
  // "binding corporate rules approved by the ICO"
  { mechanism: 'binding-corporate-rules', pattern: /\bbinding corporate rules\b|\bBCRs?\b/i },
  // "certified under the UK Extension to the EU-US Data Privacy Framework (the 'UK-US data bridge')"
  {
    mechanism: 'data-privacy-framework',
    pattern: /\b(?:UK[- ]US |US[- ]UK )?data bridge\b|\bData Privacy Framework\b|\bDPF\b|\bUK Extension\b/i,
  },
];

// Who decides adequacy, or where it applies: "deemed", "by the European Commission", "countries".
const ADEQUACY_CUE =
  /\b(?:deemed|recogni[sz]ed|found|considered|determined|decided|judged|approved|assessed|designated|regarded)\b|\b(?:European Commission|EU Commission|Secretary of State|UK [Gg]overnment|Information Commissioner|ICO|adequacy)\b|\bcountr(?:y|ies)\b|\bjurisdictions?\b|\bterritor(?:y|ies)\b/i;

const INVALID_PATTERNS: MechanismPattern[] = [
  // "our providers are certified under the EU-US Privacy Shield"
  {
    mechanism: 'privacy-shield',
    pattern:
      /\b(?:(?:EU|E\.U\.|Swiss|UK)[- –/](?:U\.?S\.?A?|EU|Swiss)(?: and (?:EU|Swiss)[- –/]U\.?S\.?)? )?Privacy Shield\b/i,
  },
  // "Eu-US and Swiss-US Safe Harbor": in capitals, or with the framework's words, so that a legal "safe harbour" is not taken.
  {
    mechanism: 'safe-harbor',
    pattern:
      /\b(?:(?:EU|Eu|US|U\.S\.|Swiss)[- –](?:US|U\.S\.|EU|Swiss)(?: and (?:EU|Eu|Swiss)[- –](?:US|U\.S\.))? )?Safe Harbou?r\b|\bsafe harbou?r (?:framework|principles|scheme|certification|programme|program|agreement)\b/,
  },
];

/** Each match of `pattern` in the whole text with the sentence it starts in: one scan, not one per sentence. */
function hitsInSentences(doc: PolicyDocument, pattern: RegExp): { hit: RegexHit; sentence: Sentence }[] {
  const out: { hit: RegexHit; sentence: Sentence }[] = [];
  for (const hit of findAll(doc.text, pattern)) {
    const sentence = doc.sentenceAt(hit.start);
    if (sentence) out.push({ hit, sentence });
  }
  return out;
}

export interface MechanismMention extends Span {
  mechanism: TransferMechanism;
  valid: boolean;
  sentence: Sentence;
}

// ---- Relied on now, or only in the past / not at all ----
// A mention is read in its own clause: the text before it back to the previous mechanism named or a
// clause break, and the text after it up to the next mechanism or clause break. So in "We rely on
// the Privacy Shield, which replaced Safe Harbor" the replacement is Safe Harbor's, not the Shield's.

// Where a clause about one mechanism gives way to another: "We used to rely on X; now we use Y".
const CLAUSE_BREAK_BEFORE = /[;:]|\b(?:but|however|whereas|although|now|today|currently)\b/gi;
const CLAUSE_BREAK_AFTER = /[;:]|\b(?:but|however|whereas|although|while)\b|(?:,|\band)\s+(?:we|our|they|it)\b/i;

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|early|mid|late|the end of)';

// A verb that takes the mention as its object: at most a few words before it, none a conjunction or
// bracket ("replaced the old EU-US ...", not "struck down in 2020) and ...").
const GOVERNS_MENTION = String.raw`(?:\s+(?!(?:and|or|but|so|then)\b)[\w.'’/-]+){0,4}\s*$`;

// Before the mention: the notice stopped relying on it, relied on it only in the past, or names it
// as what something else replaced.
const NOT_RELIED_BEFORE = new RegExp(
  [
    // "We no longer rely on the Privacy Shield"
    String.raw`\bno longer\b`,
    // "Previously, our US suppliers were certified under...", "we used to rely on...", "in the past"
    String.raw`\b(?:formerly|previously|historically|originally)\b|\b(?:we|they|it|which|who)\s+used to\b|\bused to (?:rely|be|use|participate|transfer)\b|\bin the past\b|\bat one time\b`,
    // "Until 2020 we relied on..." (not "we have always relied on", which still holds)
    String.raw`(?<!\b(?:have|has|['’]ve)\s+(?:\w+\s+)?)\brelied\b|\bparticipated\b|\b(?:was|were)\s+(?:\w+\s+)?(?:certified|self-certified|registered|covered|protected|signed up|members?|participants?|part)\b${GOVERNS_MENTION}`,
    // "Until July 2020...", "Before the Schrems II ruling..."
    String.raw`\b(?:until|till|up to|up until|prior to|before)\s+(?:${MONTH}\s+)?(?:19|20)\d\d\b|\b(?:until|till|prior to|before)\s+(?:the\s+)?(?:Schrems|CJEU|ECJ|Court|ruling|judge?ment|invalidation|decision)\b`,
    // "The Data Privacy Framework replaced the Privacy Shield", "SCCs rather than Safe Harbor", "the successor to..."
    // (but not "Safe Harbor was struck down, so we use SCCs" nor "...was replaced by the Privacy Shield":
    // the verb must take this mention as its object)
    String.raw`\b(?:(?:replac(?:ed|es|ing)|supersed(?:ed|es|ing)|succeed(?:ed|s)?)(?!\s+by\b)|successor (?:to|of)|invalidat(?:ed|es|ing|ion of)|struck down|strik(?:es|ing) down|annull(?:ed|ing|ment of)|overturn(?:ed|ing)|quash(?:ed|ing)|rather than|instead of|in place of|in lieu of|(?:moved|switched|migrated) (?:away )?from|(?:ceased|stopped) (?:to \w+|using|relying|participating)|(?:end|demise|collapse|expiry|withdrawal|termination) of)\b${GOVERNS_MENTION}`,
  ].join('|'),
  'i',
);

const COURT = String.raw`(?:the\s+)?(?:CJEU|ECJ|European Court of Justice|Court of Justice(?: of the European Union)?|Court|courts?|Schrems II(?: ruling| judge?ment| decision)?)`;

// After the mention: something is said to have happened to it, or reliance on it is in the past.
const NOT_RELIED_AFTER = new RegExp(
  [
    // "... which has been invalidated", "... is no longer valid", "... was replaced by the DPF"
    String.raw`\b(?:is|are|was|were|been|being)\s+(?:now\s+|since\s+|later\s+|subsequently\s+)?(?:invalidated|invalid|struck down|annulled|overturned|quashed|declared invalid|ruled invalid|found invalid|replaced|superseded|withdrawn|revoked|discontinued|abolished|retired|defunct|obsolete|ended)\b`,
    String.raw`\b(?:replaced|superseded|succeeded) by\b|\bno longer\b|\bnot (?:a )?(?:valid|lawful|recogni[sz]ed|in force)\b`,
    // "... which the CJEU invalidated in 2020"
    String.raw`\b(?:which|that)\s+${COURT}\s+(?:has\s+|had\s+)?(?:invalidated|struck down|annulled|overturned|quashed)\b`,
    // "the Privacy Shield (invalidated in 2020)", "Safe Harbor, now defunct,"
    String.raw`^\s*[,(–-]\s*(?:now\s+|since\s+)?(?:invalidated|invalid|defunct|obsolete|replaced|superseded|withdrawn|struck down|annulled)\b`,
    // "... on which we relied until 2020", "... which we previously used"
    String.raw`(?<!\b(?:have|has|['’]ve)\s+(?:\w+\s+)?)\brelied\b|\b(?:formerly|previously|historically)\b|\bused to\b|\b(?:ceased|expired|lapsed)\b`,
    String.raw`\b(?:can ?not|can['’]t|could not|may not|must not|should not)\s+(?:\w+\s+)?(?:be\s+)?(?:used|relied)\b`,
  ].join('|'),
  'i',
);

// Only a conjunction between two mechanisms: "Safe Harbor or the Privacy Shield", "SCCs, and later on the DPF".
const COORDINATED =
  /^[\s,/]*(?:and|or|nor|as well as|&)(?:\s+(?:then|later|subsequently|also|more recently))?[\s,]*(?:(?:on|under|in|with|to|by|from)\s+)?(?:the\s+)?$/i;

interface Located extends Span {
  sentence: Sentence;
}

/**
 * Whether the notice relies on the mechanism it names at `mention` now: not denied ("we do not rely
 * on..."), abandoned ("we no longer rely on..."), past ("until 2020 we relied on..."), struck down
 * ("which has been invalidated") or named as what another mechanism replaced. `others` are the
 * other mechanism mentions, which bound the clause read around this one. The one decision the
 * international-transfers check and the invalid-transfer-mechanism warning share.
 */
export function isMechanismReliedOn(mention: Located, others: readonly Located[] = []): boolean {
  const { sentence, start, end } = mention;
  if (isNegatedBefore(sentence, start, 40)) return false;
  const inSentence = others.filter((o) => o.sentence === sentence && o !== mention);
  const previous = inSentence
    .filter((o) => o.end <= start)
    .reduce<Located | undefined>((last, o) => (last && last.end >= o.end ? last : o), undefined);
  const previousEnd = Math.max(sentence.start, start - 120, previous?.end ?? 0);
  const nextStart = Math.min(sentence.end, end + 120, ...inSentence.filter((o) => o.start >= end).map((o) => o.start));
  let before = sentence.text.slice(previousEnd - sentence.start, start - sentence.start);
  // "We no longer rely on Safe Harbor or the Privacy Shield": one verb governs both.
  if (previous && previous.end >= start - 120 && COORDINATED.test(before)) return isMechanismReliedOn(previous, others);
  const breaks = [...before.matchAll(CLAUSE_BREAK_BEFORE)];
  const lastBreak = breaks.at(-1);
  if (lastBreak?.index !== undefined) before = before.slice(lastBreak.index + lastBreak[0].length);
  let after = sentence.text.slice(end - sentence.start, nextStart - sentence.start);
  const afterBreak = CLAUSE_BREAK_AFTER.exec(after);
  if (afterBreak) after = after.slice(0, afterBreak.index);
  return !NOT_RELIED_BEFORE.test(before) && !NOT_RELIED_AFTER.test(after);
}

/**
 * Transfer mechanisms the notice relies on, valid and invalid: "countries without an adequacy
 * decision" is not adequacy; "until 2020 we relied on the Privacy Shield" is not reliance on it.
 */
export function findMechanisms(doc: PolicyDocument): MechanismMention[] {
  const mentions: MechanismMention[] = [];
  for (const { mechanism, pattern, needsAdequacyCue } of VALID_PATTERNS) {
    for (const { hit, sentence } of hitsInSentences(doc, pattern)) {
      if (needsAdequacyCue && !ADEQUACY_CUE.test(sentence.text)) continue;
      mentions.push({ mechanism, valid: true, start: hit.start, end: hit.end, sentence });
    }
  }
  for (const { mechanism, pattern } of INVALID_PATTERNS) {
    for (const { hit, sentence } of hitsInSentences(doc, pattern)) {
      mentions.push({ mechanism, valid: false, start: hit.start, end: hit.end, sentence });
    }
  }
  return mentions.filter((m) => isMechanismReliedOn(m, mentions)).sort((a, b) => a.start - b.start);
}

/** Invalid mechanisms (Privacy Shield, Safe Harbor) the notice relies on. */
export function findReliedInvalidMechanisms(doc: PolicyDocument): MechanismMention[] {
  return findMechanisms(doc).filter((m) => !m.valid);
}

/** Distinct labels of the mechanisms in order of first mention: "adequacy regulations and binding corporate rules". */
export function labelMechanisms(mentions: readonly MechanismMention[]): string {
  const labels = [...new Set(mentions.map((m) => MECHANISM_LABELS[m.mechanism]))];
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '');
}

// ---- Data leaving the UK/EEA ----

const HOME_REGION = String.raw`(?:the )?(?:UK|U\.K\.|United Kingdom|Great Britain|Britain|EEA|European Economic Area|EU|E\.U\.|European Union|Europe|UK\/EEA|EU\/EEA|UK and (?:the )?EEA|UK or (?:the )?EEA|UK\/EU)\b`;

// Readers' own location, not the data's: "if you live outside the UK", "visitors from outside the EEA".
const READER_BEFORE =
  /\b(?:you|you're|visitors?|users?|customers?|residents?|individuals?|people|applicants?|those|anyone)\b[^.,;]{0,25}$|\bfrom $/i;

// A verb or noun that makes a place the data's place: "stored", "servers", "transferred", "based".
const DATA_VERB =
  /\b(?:transfer\w*|sen[dt]\w*|stor(?:e|ed|es|ing|age)|process\w*|host\w*|access\w*|held|hold\w*|locat\w*|based|shar(?:e|ed|es|ing)|disclos\w*|transmit\w*|mov(?:e|ed|es|ing)|export\w*|operat\w*|kept|keep\w*|maintain\w*|resid\w*|flow\w*|leav\w*|servers?|data cent(?:re|er)s?|cloud)\b/i;

const DATA_NOUN =
  /\b(?:data|information|details|records|servers?|systems?|databases?|files|cloud|data cent(?:re|er)s?|back-?ups?|hosting|storage)\b/i;

function mentionsData(text: string): boolean {
  return DATA_VERB.test(text) || DATA_NOUN.test(text);
}

interface TransferPattern {
  pattern: RegExp;
  /** Counts only in a sentence that also speaks of data or handling it (so "laws of other countries" is not a transfer). */
  needsDataVerb: boolean;
}

const TRANSFER_PATTERNS: TransferPattern[] = [
  // "transferred to countries outside the UK", "staff operating outside the EEA", "PROCESSING OUTSIDE OF THE EEA",
  // but not "for orders outside the UK, delivery charges apply"
  { pattern: new RegExp(String.raw`\b(?:outside|out of|beyond)(?: of)? ${HOME_REGION}`, 'i'), needsDataVerb: true },
  // "Any international transfers of your personal information", "cross-border data transfers"
  {
    pattern: /\b(?:international|cross[- ]border|overseas|foreign|restricted) (?:data |personal data )?transfers?\b/i,
    needsDataVerb: false,
  },
  // "to third countries", "stored in other countries", "outside the country you are in"
  {
    pattern:
      /\bthird countr(?:y|ies)\b|\b(?:other|another|different|foreign|non-UK|non-EEA|non-EU) (?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies))\b|\bcountries (?:outside|other than|beyond)\b|\boutside (?:of )?(?:your|the|their) (?:country|jurisdiction)\b|\b(?:internationally|overseas|abroad)\b|\b(?:anywhere in|around) the world\b|\bin any country\b|\bin (?:many|various|several|multiple) countries\b/i,
    needsDataVerb: true,
  },
];

export interface TransferMention extends Span {
  sentence: Sentence;
  /** "If we transfer...", "Where data is sent outside the UK...": a hypothesis, not a statement of fact. */
  conditional: boolean;
}

const CONDITIONAL =
  /^\W*(?:if|where|whenever|should|in the (?:unlikely )?(?:event|case)|in case|were|to the extent|when)\b|\b(?:if|in the event that|should) (?:we|it|this|that|they) (?:ever|need|do|does|is|are|were|become|change)\b/i;

/** Sentences that say data goes (or may go) outside the UK/EEA, negations excluded. */
export function findTransferMentions(doc: PolicyDocument): TransferMention[] {
  const bySentence = new Map<Sentence, TransferMention>();
  for (const { pattern, needsDataVerb } of TRANSFER_PATTERNS) {
    for (const { hit, sentence } of hitsInSentences(doc, pattern)) {
      if (bySentence.has(sentence) || (needsDataVerb && !mentionsData(sentence.text))) continue;
      if (READER_BEFORE.test(sentence.text.slice(0, hit.start - sentence.start))) continue;
      if (isNegatedBefore(sentence, hit.start, 60)) continue;
      bySentence.set(sentence, {
        start: hit.start,
        end: hit.end,
        sentence,
        conditional: CONDITIONAL.test(sentence.text),
      });
    }
  }
  return [...bySentence.values()].sort((a, b) => a.start - b.start);
}

// Countries outside the UK/EEA, case-sensitive so that "us" the pronoun is not "US".
const NON_UK_COUNTRY =
  /\b(?:the )?(?:United States(?: of America)?|U\.S\.A?\.?|USA|US|America|Canada|India|Australia|New Zealand|China|Hong Kong|Japan|Singapore|South Korea|Korea|Israel|South Africa|Philippines|Switzerland|Brazil|Mexico|Argentina|Russia|Ukraine|Turkey|United Arab Emirates|UAE|Malaysia|Pakistan|Sri Lanka|Vietnam|Egypt|Nigeria|Kenya|Serbia|Indonesia|Thailand|Taiwan)(?![\w-])/;

// "servers in the United States", "stored by Google on servers in the US", "transferred to India".
const PLACED_BEFORE =
  /\b(?:server|data cent|cloud|host|stor|locat|based|process|held|hold|transfer|sen[dt]|transmit|access|kept|keep|maintain|resid|hous|headquarter)\w*[^.;]{0,60}\b(?:in|within|to|into|and)\s(?:the\s)?$/i;
// "a US-based provider", "US-hosted servers"
const PLACED_ADJECTIVE = /^-(?:based|hosted|located|headquartered)\b/;

/** Non-UK places the notice says data is kept, sent or accessed: "servers in the United States". */
export function findNonUkLocations(doc: PolicyDocument): TransferMention[] {
  const bySentence = new Map<Sentence, TransferMention>();
  for (const { hit, sentence } of hitsInSentences(doc, NON_UK_COUNTRY)) {
    if (bySentence.has(sentence)) continue;
    const at = hit.start - sentence.start;
    const before = sentence.text.slice(Math.max(0, at - 90), at);
    const after = sentence.text.slice(at + hit.text.length, at + hit.text.length + 15);
    if (!PLACED_BEFORE.test(before) && !PLACED_ADJECTIVE.test(after)) continue;
    // "if you are located in the US": the reader's place.
    if (READER_BEFORE.test(before.replace(/\b(?:located|based|resident)\s+(?:in|within)\s+(?:the\s+)?$/i, '')))
      continue;
    if (isNegatedBefore(sentence, hit.start, 60)) continue;
    bySentence.set(sentence, {
      start: hit.start,
      end: hit.end,
      sentence,
      conditional: CONDITIONAL.test(sentence.text),
    });
  }
  return [...bySentence.values()].sort((a, b) => a.start - b.start);
}

// ---- Data staying in the UK/EEA ----

const REGION_TERMS =
  '(uk|united kingdom|britain|great britain|england|eea|european economic area|eu|european union|europe|uk/eea|eu/eea|uk/eu)';
// Where data may be kept without leaving the UK/EEA: "stored in London", "hosted in Ireland".
const HOME_PLACES =
  '(uk|united kingdom|britain|great britain|england|scotland|wales|northern ireland|london|eea|european economic area|eu|european union|europe|uk/eea|eu/eea|uk/eu|ireland|germany|france|netherlands|belgium|luxembourg|sweden|finland|denmark|norway|iceland|spain|italy|austria|poland)';
const HOME_PLACE_PATTERN =
  'UK|U\\.K\\.|United Kingdom|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|London|EEA|European Economic Area|EU|European Union|Europe|Ireland|Germany|France|Netherlands|Belgium|Luxembourg|Sweden|Finland|Denmark|Norway|Iceland|Spain|Italy|Austria|Poland';
const TRANSFER_VERBS =
  '(transfer|transferred|transfers|send|sent|store|stored|move|moved|process|processed|host|hosted|keep|kept|hold|held|share|shared|export|exported|transmit|transmitted|pass|passed|take|taken)';
const PLACE_VERBS =
  '(stored|hosted|held|kept|processed|located|based|housed|maintained|store|stores|host|hosts|hold|holds|keep|keeps|process|processes|house|houses|maintain|maintains|reside|resides)';

// Cheap gate before parsing: a negation before "outside"/"leave", or a place verb before "in the UK/EEA".
const STAYS_IN_UK_PREFILTER = new RegExp(
  String.raw`(?:\b(?:not|never|no|none)\b|n['’]t\b)[^.]{0,120}\b(?:outside|beyond|out of|leave|leaves|leaving|third countr|foreign countr|other countr)|\b(?:stor|host|held|kept|process|locat|based|hous|maintain|resid|keep|hold)\w*\b[^.]{0,60}\b(?:in|within)\s+(?:the\s+)?(?:${HOME_PLACE_PATTERN})\b|\b(?:UK|EEA|EU)-based\b|(?:\b(?:not|never)\b|n['’]t\b)[^.]{0,80}\b(?:overseas|abroad|internationally)\b`,
  'i',
);

/** Statements that personal data is not transferred outside the UK/EEA, or is kept only there. */
export const STAYS_IN_UK = definePatterns(STAYS_IN_UK_PREFILTER, [
  // "We do not transfer your personal data outside the UK." / "Your data will not be sent outside the EEA."
  {
    match: `(do|does|did|will|shall|would|can|could|is|are) not .{0,2} ${TRANSFER_VERBS} .{0,6} (outside|beyond|out) of? the? ${REGION_TERMS}`,
    reason: 'not-transferred',
  },
  // "We will never transfer your data outside the United Kingdom."
  {
    match: `never .{0,2} ${TRANSFER_VERBS} .{0,6} (outside|beyond|out) of? the? ${REGION_TERMS}`,
    reason: 'not-transferred',
  },
  // "No personal data is transferred outside the UK."
  {
    match: `no .{0,4} (data|information|details|records) .{0,3} ${TRANSFER_VERBS} .{0,4} (outside|beyond|out) of? the? ${REGION_TERMS}`,
    reason: 'not-transferred',
  },
  // "We do not send your data overseas." / "Your records will never be stored abroad."
  {
    match: `(do|does|did|will|shall|would|can|could|is|are) not .{0,2} ${TRANSFER_VERBS} .{0,6} (overseas|abroad|internationally)`,
    reason: 'not-transferred',
  },
  { match: `never .{0,2} ${TRANSFER_VERBS} .{0,6} (overseas|abroad|internationally)`, reason: 'not-transferred' },
  // "We do not transfer data to third countries."
  {
    match: `(do|does|did|will|shall|would|can|could|is|are) not .{0,2} ${TRANSFER_VERBS} .{0,6} to (any|other)? (third|foreign|other) (country|countries|jurisdictions)`,
    reason: 'not-transferred',
  },
  // "Your information never leaves the UK." / "does not leave the EEA" / "None of your data leaves the UK."
  { match: `(never|not|none|no) .{0,3} (leave|leaves|leaving|left) the? ${REGION_TERMS}`, reason: 'never-leaves' },
  // "All data is stored on servers in the UK." / "We host everything within the EEA."
  { match: `${PLACE_VERBS} .{0,6} (in|within) the? ${HOME_PLACES}`, reason: 'kept-in-uk' },
  // "Records are held in secure data centres in the UK." (a wildcard stops at the first "in", so the second "in" needs its own rule)
  { match: `${PLACE_VERBS} (in|on|at|within|across) .{1,6} (in|within) the? ${HOME_PLACES}`, reason: 'kept-in-uk' },
  // "We use UK-based servers."
  {
    match: `(uk|eea|eu) based (servers|server|data|hosting|storage|systems|data centres|data centers|cloud)`,
    reason: 'kept-in-uk',
  },
]);

// "...outside the UK unless...", "we do not normally transfer...": the statement allows transfers after all.
const HEDGED =
  /\b(?:unless|except|without|other than|save (?:where|for|that|as)|apart from|but (?:where|if|when|may)|however|normally|usually|generally|typically|ordinarily|routinely|mostly|mainly|primarily|largely|predominantly|principally|majority)\b/i;

/** "Your data is stored in the UK" places data; "We are a company based in the UK" places the company. */
function placesData(hit: PatternHit): boolean {
  const { sentence } = hit;
  return DATA_NOUN.test(sentence.text.slice(Math.max(0, hit.start - sentence.start - 40), hit.end - sentence.start));
}

export interface StaysInUkStatement {
  hit: PatternHit;
  /** Hedged or qualified ("unless", "normally"): transfers still happen. */
  hedged: boolean;
}

/** Statements that data stays in the UK/EEA, each marked when hedged. */
export function findStaysInUk(doc: PolicyDocument): StaysInUkStatement[] {
  const seen = new Set<Sentence>();
  const out: StaysInUkStatement[] = [];
  for (const hit of sweepSentences(doc.sentences, STAYS_IN_UK)) {
    if (seen.has(hit.sentence)) continue;
    if (hit.reason === 'kept-in-uk' && !placesData(hit)) continue;
    seen.add(hit.sentence);
    out.push({ hit, hedged: HEDGED.test(hit.sentence.text) });
  }
  return out;
}
