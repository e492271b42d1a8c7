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
// A notice written under UK law: "in accordance with the Data Protection Act 2018", "the UK GDPR", and the UK's
// repealed "Data Protection Act 1998" that old notices still cite.
const UK_FRAMEWORK =
  /\bUK GDPR\b|\bUnited Kingdom General Data Protection Regulation\b|\bData Protection Act (?:2018|1998)\b|\bDPA (?:2018|1998)\b/i;

// UK nations, regions, counties and large towns. US and Commonwealth namesakes are ruled out by what surrounds
// them: "New York", "New England", "New South Wales", "Birmingham, AL", "Cambridge, MA".
const UK_PLACE_NAMES = [
  'England|Scotland|Wales|Northern Ireland|the UK|the United Kingdom|Great Britain|Britain',
  '(?:North|South|West|East) Yorkshire|Yorkshire|Greater (?:London|Manchester)|Merseyside|Tyne and Wear|(?:the )?(?:West|East) Midlands|the Midlands|East Anglia|the Home Counties|the Lake District|the Cotswolds',
  'Cornwall|Devon|Dorset|Somerset|Kent|Essex|Surrey|(?:East |West )?Sussex|Hampshire|Berkshire|Oxfordshire|Buckinghamshire|Hertfordshire|Bedfordshire|Cambridgeshire|Norfolk|Suffolk|Lincolnshire|Nottinghamshire|Derbyshire|Leicestershire|Northamptonshire|Warwickshire|Worcestershire|Herefordshire|Shropshire|Staffordshire|Cheshire|Lancashire|Cumbria|County Durham|Northumberland|Gloucestershire|Wiltshire|Rutland|the Isle of Wight',
  'Fife|Lothian|Aberdeenshire|Argyll|(?:North |South |East )?Ayrshire|(?:North |South )?Lanarkshire|the Highlands|the Scottish Borders|Perthshire|Gwynedd|Powys|Ceredigion|Pembrokeshire|Carmarthenshire|(?:Vale of )?Glamorgan|Gwent|Conwy|Denbighshire|Flintshire|Anglesey|County (?:Antrim|Down|Armagh|Fermanagh|Tyrone|Londonderry)',
  'London|Manchester|Birmingham|Leeds|Sheffield|Liverpool|Bristol|Newcastle(?: upon Tyne)?|Nottingham|Leicester|Coventry|Bradford|Huddersfield|Halifax|Wakefield|Edinburgh|Glasgow|Aberdeen|Dundee|Inverness|Stirling|Cardiff|Swansea|Wrexham|Belfast|Londonderry|Oxford|Cambridge|Brighton|Southampton|Portsmouth|Plymouth|Exeter|Norwich|York|Hull|Reading|Milton Keynes|Bath|Stoke-on-Trent|Wolverhampton|Sunderland|Middlesbrough|Preston|Blackpool|Derby|Ipswich|Colchester|Gloucester|Cheltenham|Swindon|Bournemouth|Canterbury|Carlisle|Lincoln|Peterborough|Northampton|Luton|Watford|Croydon|Salford|Stockport|Bolton|Wigan',
];
const UK_PLACE = String.raw`(?<!\bNew )(?<!\bNew South )(?:${UK_PLACE_NAMES.join('|')})\b(?!,? (?!UK\b)[A-Z]{2,3}\b)`;

/**
 * Lower-case words that may open a sentence: "club" matches "Club" too, while place names keep their capitals.
 * Takes plain words and groups only (a character class would be rewritten).
 */
function capitalisable(words: string): string {
  return words.replace(/\b([a-z])/g, (_, c: string) => `[${c.toUpperCase()}${c}]`);
}

// The organisation placed in the UK: "a community sports club in Lower Wyke, West Yorkshire", "our shop in Kent",
// "a family-run practice based in Cardiff", "a charity working across Greater Manchester".
const PLACED_ORGANISATION = capitalisable(
  'based|located|situated|headquartered|founded|operating|working|club|school|academy|college|nursery|charity|practice|surgery|clinic|shop|store|cafe|restaurant|pub|hotel|business|company|firm|agency|council|trust|society|association|centre|center|church|group|organisation|organization|office|offices|premises|studio|farm',
);
const UK_LOCATION = new RegExp(
  String.raw`\b(?:${PLACED_ORGANISATION}) (?:[\w&'-]+ ){0,3}?(?:in|at|across|throughout|near) (?:[A-Z][\w'-]*,? ){0,3}?${UK_PLACE}`,
);
// A UK body the organisation belongs to or answers to: "affiliated to the England and Wales Cricket Board",
// "a member of the Scottish Football Association", "authorised and regulated by the Financial Conduct Authority",
// "registered with the Care Quality Commission", "under a licence from the Gambling Commission".
const UK_BODY_NAME = String.raw`(?:[A-Z][\w&'-]*(?: (?:and|of|for|&|the))? ){0,5}?(?:England|English|Scotland|Scottish|Wales|Welsh|Northern Ireland|British|Britain|UK|United Kingdom)(?: [A-Z&][\w&'-]*| (?:and|of|for) [A-Z][\w&'-]*){0,5}|Companies House|Financial Conduct Authority|FCA|Prudential Regulation Authority|Solicitors Regulation Authority|Law Society|Charity Commission|Care Quality Commission|CQC|Ofsted|Ofcom|Ofgem|Ofwat|Fundraising Regulator|Gambling Commission|General (?:Medical|Dental|Optical|Pharmaceutical|Teaching) Council|Nursing and Midwifery Council|Health and Care Professions Council|Office for Students|Regulator of Social Housing|Pensions Regulator`;
const UK_AFFILIATION = new RegExp(
  String.raw`\b(?:${capitalisable('affiliated (?:to|with)|(?:a |full )?members? (?:club |school |firm |organisation |organization )?of|regulated by|(?:authorised|authorized) (?:and regulated )?by|registered with|inspected by|accredited by|licensed by|(?:under )?a (?:licence|license) (?:from|issued by)')}) (?:the )?(?:${UK_BODY_NAME})\b`,
);

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
  /** A UK legal form, public body, place, or membership of a UK body, or a notice framed under UK law: enough when nothing points abroad. */
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
    ...findFirst(text, UK_LOCATION, 'location in the UK'),
    ...findFirst(text, UK_AFFILIATION, 'membership of or regulation by a UK body'),
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

// "Our UK representative is DataRep Ltd", "our representative in the United Kingdom", "our UK and EU representative".
export const UK_REPRESENTATIVE =
  /\b(?:UK|United Kingdom|U\.K\.) (?:(?:and|&|\/) (?:EU|EEA) )?(?:GDPR |data protection )?representative\b|\brepresentative (?:in|for) the (?:UK|United Kingdom)\b/i;

// "We have appointed ... as our representative under Article 27 of the UK GDPR": a representative named by the
// article alone, which may be the EU one (EU GDPR Art 27 has the same number).
export const ARTICLE_27_REPRESENTATIVE =
  /\bArticle 27\b[^.]{0,80}\brepresentative\b|\brepresentative\b[^.]{0,80}\bArticle 27\b/i;

// The representative is placed in the EU: "our representative in the European Union", "EU representative",
// "represent us in the EEA", "Article 27 of the EU GDPR", "in Ireland".
export const EU_REPRESENTATION =
  /\b(?:EU|EEA|European Union|European Economic Area|Member States?|EU GDPR)\b|\b(?:in|for) (?:Ireland|Germany|France|the Netherlands|Belgium|Luxembourg|Spain|Italy|Austria|Sweden|Denmark|Finland|Poland|Portugal|Cyprus|Malta)\b/i;
// Anything placing it in the UK, which settles a sentence naming both: "our representatives in the EU and the UK".
export const UK_MENTION = /\b(?:UK|U\.K\.|United Kingdom|Great Britain|England|Scotland|Wales|Northern Ireland)\b/;
