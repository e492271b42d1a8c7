// Whether the controller is established in the UK (so needs no Art 27 representative),
// read from what a notice says about itself: registrations, addresses, domains, phone numbers.
import type { PolicyDocument } from '../document';
import type { Span } from '../types';
import { findContactChannels } from './contact';
import { ICO_NAME } from './regulators';

export type EstablishmentEvidence = Span & { kind: string };

// "registered in England and Wales under company number 01234567", "a charity registered in Scotland (SC012345)",
// "VAT number GB 123 4567 89", "incorporated in Northern Ireland".
const UK_REGISTRATION =
  /\b(?:registered|incorporated|established|constituted)(?: as an? (?:\w+ ){0,3}?)?(?: company| charity)? in (?:England|Wales|Scotland|Northern Ireland|the UK|the United Kingdom|Great Britain)\b|\b(?:England|Wales|Scotland|Northern Ireland)(?: (?:and|&) Wales)? (?:company|registered|registration) (?:number|no\b)|\bregistered charity (?:number|no\b)|\bcharity (?:registration )?(?:number|no\b)\.?:? ?(?:SC ?)?\d{6,7}\b|\bScottish charity\b|\bVAT (?:registration )?(?:number|no\b|reg\b)\.?:? ?GB ?\d{3} ?\d{4} ?\d{2}\b/i;

// Only organisations on the UK data protection register pay the ICO fee:
// "We are registered with the ICO under number Z1234567", "ICO registration number ZA123456".
const ICO_REGISTRATION =
  /\bregist(?:ered|ration) (?:with|number|no\b|as a (?:data )?controller with)[^.]{0,40}\b(?:ICO|Information Commissioner)|\bICO (?:registration|reg\b|registered)|\bdata protection (?:register|registration)\b|\b(?:Z|ZA|ZB)\d{6,7}\b/i;

// "We are a UK-based company", "we are based in London", "Acme Ltd is headquartered in the UK".
const UK_BASED =
  /\b(?:we are|we're|is|are) (?:a |an )?(?:UK|British|English|Scottish|Welsh|United Kingdom)(?:-based| based| registered)? (?:company|business|charity|organi[sz]ation|firm|provider|retailer|agency|practice|school|council|university|partnership|trust)\b|\b(?:we are|we're|is|are) (?:based|located|headquartered|established) in (?:the UK|the United Kingdom|England|Scotland|Wales|Northern Ireland|Great Britain|London|Edinburgh|Cardiff|Belfast)\b/i;

// UK public bodies and UK-only legal forms; these may name a partner rather than the controller, so they are weaker.
const UK_PUBLIC_BODY =
  /\b(?:[A-Z][a-z]+ )+(?:County|City|Borough|District|Metropolitan Borough|Town|Parish|Unitary) Council\b|\bNHS (?:Foundation )?Trust\b|\bNHS\b|\bIntegrated Care Board\b|\bClinical Commissioning Group\b|\bAcademy Trust\b|\bConstabulary\b|\bHM (?:Revenue|Government|Courts)\b/;
const UK_LEGAL_FORM =
  /\b[A-Z][\w&'.-]*(?: (?:[A-Z&][\w&'.-]*|of|and|the)){0,5} (?:Limited|Ltd\.?|PLC|plc|LLP|CIC)(?![\w-])(?<!\b(?:Pty|Pte|Private) (?:Limited|Ltd\.?))/;
// A notice written under UK law: "in accordance with the Data Protection Act 2018", "the UK GDPR".
const UK_FRAMEWORK =
  /\bUK GDPR\b|\bUnited Kingdom General Data Protection Regulation\b|\bData Protection Act 2018\b|\bDPA 2018\b/i;

// Reference sites that many notices link to and that say nothing about where the controller is.
const REFERENCE_SITE =
  /\b(?:ico\.org\.uk|(?:www\.)?aboutcookies\.org\.uk|(?:www\.)?gov\.uk|legislation\.gov\.uk|youronlinechoices\.co\.uk|tpsonline\.org\.uk|fundraisingregulator\.org\.uk|allaboutcookies\.org)\b/i;
const UK_DOMAIN = /\.uk\b/i;
// The ICO's own address and helpline are in many notices, wherever the controller is.
const ICO_CONTACT = /\bSK9 5AF\b|\b0303 ?123 ?1113\b/i;

// "Acme Inc. is incorporated in Delaware", "we are headquartered in Dublin", "registered in Ireland".
const FOREIGN_ESTABLISHMENT =
  /\b(?:registered|incorporated|headquartered|established|organi[sz]ed|domiciled)(?: as an? (?:\w+ ){0,3}?)?(?: company| corporation)? in (?!the UK\b|the United Kingdom\b|England|Wales|Scotland|Northern Ireland|Great Britain|Britain|London)(?:the )?(?:State of )?[A-Z][a-z]+|\bunder the laws of (?!England|Scotland|Northern Ireland|the UK\b|the United Kingdom\b)(?:the )?(?:State of )?[A-Z][a-z]+/;
// The controller named with a non-UK legal form: "The controller is Acme Inc.", "operated by Beispiel GmbH".
const CONTROLLER_CUE =
  /\b(?:data controller|the controller|controller (?:of|for|is)|we are|we're|operated by|owned by|run by|referred to as|[“"]we[”"]|means)\b/i;
const FOREIGN_LEGAL_FORM =
  /\b(?:Inc\.?|Incorporated|LLC|L\.L\.C\.|Corp\.?|Corporation|GmbH|S\.A\.S?\.?|SAS|S\.L\.|B\.V\.|N\.V\.|Pty\.? Ltd|Pte\.? Ltd|Private Limited|S\.r\.l\.|S\.p\.A\.|ApS|A\/S|K\.K\.|SARL)(?=[\s,.;)]|$)|\b(?:AG|BV|NV|AB|Oy|SpA)\b/;
// "San Francisco, CA 94105" and address lines ending in a foreign country, in a contact or identity section.
const US_ADDRESS =
  /\b[A-Z][a-z]+(?: [A-Z][a-z]+)*, (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC) \d{5}(?:-\d{4})?\b/;
const FOREIGN_COUNTRY_LINE =
  /\d[^\n]{0,120},\s*(?:USA|U\.S\.A\.|United States(?: of America)?|Ireland|Germany|France|(?:the )?Netherlands|Belgium|Luxembourg|Spain|Italy|Sweden|Denmark|Finland|Norway|Switzerland|Austria|Poland|Portugal|Canada|Australia|New Zealand|India|Singapore|Hong Kong|Israel|Japan|China|Cyprus|Malta|Estonia|United Arab Emirates|UAE)\.?\s*$/m;
const IDENTITY_WINDOW = 600;
const IDENTITY_SECTION =
  /\bcontact|\bwho (?:we are|are we)|\babout us\b|\bcontroller\b|\bour details\b|\bcompany (?:details|information)\b|\bidentity\b/i;

export interface Establishment {
  /** UK registrations, addresses, domains or statements; any one settles it. */
  strong: EstablishmentEvidence[];
  /** A UK legal form, a UK public body or a notice framed under UK law: enough when nothing points abroad. */
  weak: EstablishmentEvidence[];
  /** Signs the controller is established outside the UK. */
  foreign: EstablishmentEvidence[];
}

function findFirst(text: string, pattern: RegExp, kind: string): EstablishmentEvidence[] {
  const m = pattern.exec(text);
  return m ? [{ start: m.index, end: m.index + m[0].length, kind }] : [];
}

/** What the notice shows about where its controller is established. */
export function findEstablishment(doc: PolicyDocument): Establishment {
  const { text } = doc;
  const strong: EstablishmentEvidence[] = [
    ...findFirst(text, UK_REGISTRATION, 'UK company or charity registration'),
    ...findFirst(text, ICO_REGISTRATION, 'registration with the ICO'),
    ...findFirst(text, UK_BASED, 'statement that it is based in the UK'),
  ];
  const channels = findContactChannels(text);
  for (const channel of channels) {
    const sentence = doc.sentenceAt(channel.start);
    const context = sentence?.text ?? channel.text;
    if (ICO_CONTACT.test(channel.text) || ICO_NAME.test(context) || REFERENCE_SITE.test(channel.text)) continue;
    // "Unit 8, Genesis Park, Rotherham S60 1DX": a postcode, not just a street line.
    if (channel.kind === 'postal-address' && /^[A-Z]{1,2}\d/.test(channel.text))
      strong.push({ ...channel, kind: 'UK postal address' });
    else if ((channel.kind === 'email' || channel.kind === 'web-address') && UK_DOMAIN.test(channel.text))
      strong.push({ ...channel, kind: '.uk domain' });
    else if (channel.kind === 'phone' && /^\+44/.test(channel.text))
      strong.push({ ...channel, kind: 'UK telephone number' });
  }

  const weak: EstablishmentEvidence[] = [
    ...findFirst(text, UK_LEGAL_FORM, 'UK legal form'),
    ...findFirst(text, UK_PUBLIC_BODY, 'UK public body'),
    ...findFirst(text, UK_FRAMEWORK, 'notice written under UK law'),
  ];
  for (const channel of channels) {
    if (channel.kind === 'phone' && /^0[1-38]/.test(channel.text) && !ICO_CONTACT.test(channel.text)) {
      weak.push({ ...channel, kind: 'UK-style telephone number' });
      break;
    }
  }

  const foreign: EstablishmentEvidence[] = [...findFirst(text, FOREIGN_ESTABLISHMENT, 'registration outside the UK')];
  for (const sentence of doc.sentences) {
    const form = FOREIGN_LEGAL_FORM.exec(sentence.text);
    if (form && CONTROLLER_CUE.test(sentence.text)) {
      foreign.push({ start: sentence.start, end: sentence.end, kind: 'controller with a non-UK legal form' });
      break;
    }
  }
  // An address abroad counts where the notice introduces itself (its opening, or just under a "Contact us" /
  // "Who we are" heading), not in a paragraph about a vendor such as Google. Address lines are often
  // mistaken for headings, so windows of text are read rather than sections.
  const windows: Span[] = [{ start: 0, end: Math.min(text.length, IDENTITY_WINDOW) }];
  for (const heading of doc.headings) {
    if (IDENTITY_SECTION.test(heading.text))
      windows.push({ start: heading.start, end: Math.min(text.length, heading.start + IDENTITY_WINDOW) });
  }
  for (const window of windows) {
    const body = text.slice(window.start, window.end);
    for (const [pattern, kind] of [
      [US_ADDRESS, 'US address'],
      [FOREIGN_COUNTRY_LINE, 'address outside the UK'],
    ] as const) {
      const m = pattern.exec(body);
      if (m) foreign.push({ start: window.start + m.index, end: window.start + m.index + m[0].length, kind });
    }
  }
  return { strong, weak, foreign };
}

// "Our UK representative is DataRep Ltd", "our representative in the United Kingdom",
// "we have appointed ... as our representative under Article 27 of the UK GDPR".
export const UK_REPRESENTATIVE =
  /\b(?:UK|United Kingdom|U\.K\.) (?:GDPR |data protection )?representative\b|\brepresentative (?:in|for) the (?:UK|United Kingdom)\b|\bArticle 27\b[^.]{0,80}\brepresentative\b|\brepresentative\b[^.]{0,80}\bArticle 27\b/i;
