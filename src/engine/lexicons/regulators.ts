// Data protection regulators in the words notices use for them: the UK's
// Information Commissioner (under any of its names) and the generic or
// foreign authorities a notice copied from an EU template tends to name.
import type { Sentence } from '../document';

// "the Information Commissioner's Office (ICO)", "the Information Commissioner",
// "the Information Commission" (its name since 2026, DUAA s.119; the old name stays valid),
// "ico.org.uk", the ICO helpline "0303 123 1113". "ICO" is matched in capitals only,
// so the word "ico" in a file name or URL path does not count; the Scottish Information
// Commissioner regulates freedom of information, not data protection.
export const ICO_NAME =
  /(?<!Scottish )\b[Ii]nformation [Cc]ommission(?:er)?(?:['’]?s)?(?: [Oo]ffice)?\b|(?<!SCOTTISH )\bINFORMATION COMMISSION(?:ER)?(?:['’]?S)?(?: OFFICE)?\b|\bICO\b|\bico\.org\.uk\b|\b0303 ?123 ?1113\b/;

// 'the Information Commissioner's Office (the "Commissioner")': a short name, counted only once the ICO is named.
export const ICO_SHORT_NAME = /\bthe Commissioner\b/;

// "a supervisory authority", "the relevant data protection authority", "your local data protection regulator",
// "complain to the regulator".
export const GENERIC_REGULATOR =
  /\b(?:(?:data protection |competent |relevant |local |national |lead |EU |European )?supervisory authorit(?:y|ies)|data protection (?:authorit(?:y|ies)|regulators?|supervisors?|agenc(?:y|ies))|(?:relevant|appropriate|competent|statutory|privacy) (?:regulators?|regulatory (?:authorit(?:y|ies)|bod(?:y|ies))|(?:data protection )?authorit(?:y|ies))|(?:the|a|our|your) (?:UK |data )?regulator)\b/i;

// Named non-UK regulators: Ireland's DPC, France's CNIL, the EDPB and EDPS, Germany's BfDI and others.
// Case-sensitive, so that the acronyms only match as acronyms.
const FOREIGN_REGULATOR =
  /\b(?:(?:Irish )?Data Protection Commission(?:er)?|DPC|CNIL|Commission [Nn]ationale de l['’][Ii]nformatique et des [Ll]ibert[ée]s|European Data Protection (?:Board|Supervisor)|EDPB|EDPS|BfDI|AEPD|Garante(?: per la protezione dei dati personali)?|Autoriteit Persoonsgegevens|Datatilsynet|Datainspektionen|Office of the (?:Australian Information|Privacy) Commissioner(?: of Canada)?|OAIC|Federal Trade Commission|FTC)\b/;

/** The first regulator in `text` that is not the ICO: a generic "supervisory authority" or a named foreign one. */
export function findOtherRegulator(text: string): RegExpExecArray | null {
  const generic = GENERIC_REGULATOR.exec(text);
  const foreign = FOREIGN_REGULATOR.exec(text);
  if (generic && foreign) return generic.index <= foreign.index ? generic : foreign;
  return generic ?? foreign;
}

// "you have the right to lodge a complaint", "if you are unhappy", "raise a concern",
// "you may escalate the matter", "you can refer your complaint".
export const COMPLAINT_CUE =
  /\bcomplain(?:s|ed|ing|ts?)?\b|\blodg(?:e|ing)\b|\bconcerns?\b|\b(?:un(?:happy|satisfied)|dissatisfied|not (?:happy|satisfied|content))\b|\bescalat(?:e|ing)\b|\brefer (?:the matter|it|this|your (?:complaint|concern|case)|them)\b|\bseek (?:a )?(?:remedy|redress)\b|\bgrievances?\b/i;

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
export const CONTACT_REGULATOR_CUE =
  /\b(?:right to|may|can|could|are (?:also )?(?:able|entitled) to|entitled to)\b[^.]{0,30}\b(?:contact|approach|write to|go to|apply to|appeal to|refer (?:\w+ ){0,3}to)\b/i;

// The ICO as the one who may get in touch, not the one the reader may go to: "UK customers, and the Information
// Commissioner's Office, can contact our representative", "the ICO (ico.org.uk) may ask us for these records".
// Tested on the text right after an ICO name; a relative clause ("the ICO, which you can contact") is not this.
export const REGULATOR_AS_ACTOR =
  /^(?:['’]?s)?(?:\s*\([^()]{0,40}\))?\s*,?\s*(?:(?:also|too),?\s+)?(?:can|may|could|might|will|would|is able to|are able to|has the (?:power|right) to) (?:also |directly |then )?(?:contact|reach|write to|get in touch with|approach|ask|request|require|inspect|audit|visit)\b/i;

// "for more information about your rights, see the ICO website": an ICO mention for reading, not complaining.
export const INFORMATION_ONLY =
  /\b(?:for (?:more |further )?(?:information|guidance|advice|details)|find out (?:more|about)|learn (?:more|about)|read more|more about your rights|guidance (?:on|from|published)|(?:advice|guidance) (?:on|about))\b/i;
