// Data protection regulators in the words notices use for them: the UK's
// Information Commissioner (under any of its names) and the generic or
// foreign authorities a notice copied from an EU template tends to name.
import type { Sentence } from '../document';

// "the Information Commissioner's Office (ICO)", "the Information Commissioner",
// "the Information Commission" (its name since 2026, DUAA s.119; the old name stays valid),
// "ico.org.uk", the ICO helpline "0303 123 1113". "ICO" is matched in capitals only,
// so the word "ico" in a file name or URL path does not count.
export const ICO_NAME =
  /\b[Ii]nformation [Cc]ommission(?:er)?(?:['’]?s)?(?: [Oo]ffice)?\b|\bINFORMATION COMMISSION(?:ER)?(?:['’]?S)?(?: OFFICE)?\b|\bICO\b|\bico\.org\.uk\b|\b0303 ?123 ?1113\b/;

// "a supervisory authority", "the relevant data protection authority", "your local data protection regulator".
const GENERIC_REGULATOR =
  /\b(?:(?:data protection |competent |relevant |local |national |lead |EU |European |UK )?supervisory authorit(?:y|ies)|data protection (?:authorit(?:y|ies)|regulators?|supervisors?|agenc(?:y|ies))|(?:relevant|appropriate|competent|statutory|privacy) (?:regulators?|regulatory (?:authorit(?:y|ies)|bod(?:y|ies)))|DPAs?)\b/i;

// Named non-UK regulators: Ireland's DPC, France's CNIL, the EDPB and EDPS, Germany's BfDI and others.
const FOREIGN_REGULATOR =
  /\b(?:Data Protection Commission(?:er)?|DPC|CNIL|Commission [Nn]ationale de l['’][Ii]nformatique et des [Ll]ibert[ée]s|European Data Protection (?:Board|Supervisor)|EDPB|EDPS|BfDI|AEPD|Garante(?: per la protezione dei dati personali)?|Autoriteit Persoonsgegevens|Datatilsynet|Datainspektionen|IMY|Office of the Privacy Commissioner(?: of Canada)?|OAIC|Federal Trade Commission|FTC)\b/;

/** A regulator that is not the ICO: a generic "supervisory authority" or a named foreign one. */
export const OTHER_REGULATOR = new RegExp(`${GENERIC_REGULATOR.source}|${FOREIGN_REGULATOR.source}`);
const OTHER_REGULATOR_CASELESS = GENERIC_REGULATOR;

/** The first non-ICO regulator named in `text`, as written. */
export function findOtherRegulator(text: string): RegExpExecArray | null {
  return OTHER_REGULATOR_CASELESS.exec(text) ?? FOREIGN_REGULATOR.exec(text);
}

// "you have the right to lodge a complaint", "if you are unhappy", "raise a concern",
// "you may escalate the matter", "you can refer your complaint".
export const COMPLAINT_CUE =
  /\bcomplain(?:s|ed|ing|ts?)?\b|\blodg(?:e|ing)\b|\b(?:raise|raising|report|reporting|voice) (?:a |any |your |the )?(?:concerns?|issues?|matter)\b|\bconcerns?\b|\b(?:un(?:happy|satisfied)|dissatisfied|not (?:happy|satisfied|content))\b|\bescalat(?:e|ing)\b|\brefer (?:the matter|it|this|your (?:complaint|concern|case)|them)\b|\bseek (?:a )?(?:remedy|redress)\b|\bgrievances?\b/i;

// "We are registered with the ICO under number Z1234567", "ICO registration number ZA123456".
const REGISTRATION_BEFORE = /\bregist(?:ered|ration)\b[^.]{0,20}$|\b(?:notified|notification) (?:to|with) (?:the )?$/i;
const REGISTRATION_AFTER = /^[^.]{0,25}\b(?:regist(?:ration|ered)|reg\.?|number|no\.)|^[\s:,(-]*(?:Z[A-Z]?\d{5,7})\b/i;

/** An ICO mention that only gives the controller's registration, not a route for the individual. */
export function isRegistrationMention(sentence: Sentence, start: number, end: number): boolean {
  const before = sentence.text.slice(Math.max(0, start - sentence.start - 40), start - sentence.start);
  const after = sentence.text.slice(end - sentence.start, end - sentence.start + 40);
  return REGISTRATION_BEFORE.test(before) || REGISTRATION_AFTER.test(after);
}

// "If you are unhappy, you can contact the ICO", "you have the right to approach the Information Commissioner".
export const CONTACT_REGULATOR_CUE = /\b(?:right to|may|can|could|are (?:also )?(?:able|entitled) to|entitled to)\b[^.]{0,30}\b(?:contact|approach|write to|go to|apply to|appeal to|refer (?:\w+ ){0,3}to)\b/i;

// "for more information about your rights, see the ICO website": an ICO mention for reading, not complaining.
export const INFORMATION_ONLY = /\b(?:for (?:more |further )?(?:information|guidance|advice|details)|find out (?:more|about)|learn (?:more|about)|read more|more about your rights|guidance (?:on|from|published)|(?:advice|guidance) (?:on|about))\b/i;
