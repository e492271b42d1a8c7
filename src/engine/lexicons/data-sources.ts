// Where personal data comes from when the person did not give it (Art 14(2)(f)):
// the named sources, the vague ones, and the words that show a notice
// collects straight from the person (given by them or observed from their use).

// Categories a reader can act on: "from credit reference agencies", "from Companies House",
// "through our suppliers", "your employer may give us", "via LinkedIn", "from our group companies".
const NAMED_SOURCE_PARTS = [
  // Credit, fraud and identity checks.
  'credit (?:reference|referencing|rating) agenc(?:y|ies)|credit bureau(?:x|s)?|Experian|Equifax|TransUnion|Callcredit',
  'fraud prevention (?:agenc(?:y|ies)|databases?|services?|organi[sz]ations?)|Cifas|background (?:check|checking|screening) (?:providers?|companies|agenc(?:y|ies)|services?)|screening (?:providers?|agenc(?:y|ies))|identity verification (?:providers?|services?)',
  // Public registers and public bodies.
  'Companies House|electoral (?:roll|register)|public (?:registers?|records)|Land Registry|court (?:records|lists)|Insolvency Register|Charity Commission|Disclosure and Barring Service|DBS|HMRC|HM Revenue (?:and|&) Customs|DWP|Department for (?:Work and Pensions|Education)|DVLA|(?:the )?police|law enforcement (?:agencies|bodies)|local authorit(?:y|ies)|(?:local |county |district |borough )?councils?',
  // Social networks and platforms.
  // (Not "Google": "through Google Analytics" is a tool observing the person's own use.)
  'social (?:media|network(?:ing)?)(?: (?:platforms?|sites?|networks?|accounts?|profiles?|services?|providers?))?|social networks|Facebook|Instagram|LinkedIn|Twitter|TikTok|YouTube',
  // Apps and online services: "app stores", "sign-in providers", "when you log in with a single sign-on provider",
  // "other users may upload your number", "online giving platforms", "ticket agents". Not the controller's own
  // ("through our online donation platform", "our booking site").
  '(?<!\\b(?:our|my|this) (?:own )?(?:online )?)(?:app stores?|App Store|Google Play|(?:single sign-on|sign-in|sign-on|log-in|login|identity|authentication|SSO) (?:providers?|partners?)|other (?:users|members|customers|players|participants|attendees|subscribers)|(?:online )?(?:giving|fundraising|donation|crowdfunding) (?:platforms?|sites?|websites?|services?)|ticket(?:ing)? (?:agents?|agenc(?:y|ies)|companies|platforms?|providers?|partners?|outlets?|resellers?)|booking (?:agents?|agenc(?:y|ies))|price comparison (?:sites?|websites?|services?))',
  // Work, study and care.
  '(?:your|a|the|their|previous|current|former|prospective|new) employers?|(?:recruitment|employment|staffing) (?:agenc(?:y|ies)|businesses|consultanc(?:y|ies)|sites?|websites?|platforms?|partners?)|recruiters?|job (?:boards?|sites?|websites?)|referees?|schools?|colleges?|universit(?:y|ies)|GPs?|doctors?|hospitals?|(?:health|healthcare|medical|social care) (?:professionals?|providers?|practitioners?)|NHS|social (?:workers?|services)',
  // People close to the person.
  '(?:family|household) members?|relatives|friends?|colleagues?|next of kin|parents?|guardians?|carers?|(?:the )?(?:person|people|member|customer|friend)s? who (?:referred|recommended|nominated|introduced) you|referrers?|(?:group|party|tour|trip|team) (?:organi[sz]ers?|leaders?|bookers?)',
  // Companies the controller deals with.
  '(?:our |its |other )?group (?:companies|entities|members)|(?:companies|members|entities) (?:in|of|within) our group|affiliates?|affiliated (?:companies|entities)|subsidiar(?:y|ies)|parent company|suppliers?|resellers?|distributors?|(?:business|commercial|marketing|advertising|attribution|measurement|referral|event|channel|affiliate|introducer|reseller)(?: (?:and|or|&) (?:business|commercial|marketing|advertising|attribution|measurement|analytics|referral|event|channel|affiliate|reseller))? partners?|introducers?|(?:advertising|ad|marketing) (?:networks?|platforms?|agenc(?:y|ies))|analytics (?:providers?|services?|companies)|(?:data|list) (?:brokers?|suppliers?|providers?|vendors?)|marketing lists?|payment (?:providers?|processors?|service providers?)|banks?|building societ(?:y|ies)|insurers?|insurance (?:companies|providers|brokers)|brokers?|(?:professional|financial) adviser?s?|advisors?|solicitors?|accountants?|landlords?|letting agents?|estate agents?|event (?:organisers|organizers|sponsors|co-hosts|partners)|sponsors',
];
export const NAMED_SOURCE = new RegExp(String.raw`\b(?:${NAMED_SOURCE_PARTS.join('|')})\b`, 'i');

// A vague source followed by a named example is named: "third parties such as Acme Analytics", "an online platform
// like Givewell", "partners (for example, Brightpath Media)". The example must be capitalised, a name rather than a
// category ("partners such as advertisers" stays vague), and not a capitalised pronoun.
const EXAMPLE_AFTER_SOURCE =
  /\b(?:third[- ]part(?:y|ies)|sources?|partners?|providers?|organi[sz]ations?|companies|company|businesses|platforms?|services?|agents?|agenc(?:y|ies)|firms?|vendors?|suppliers?|networks?|sites?|websites?)\b,? \(?(?:such as|like|including|for example|for instance|e\.g\.),? (?:the )?(\S+)/gi;
const PROPER_NAME =
  /^(?!(?:I|We|You|Your|Our|This|These|Those|They|When|If|Where|Other|Some|Any|All)\b)[A-Z][\w&'-]*[a-z0-9]/;

/** Where a vague source is followed by a named example, or -1. */
export function namedExampleAt(text: string): number {
  for (const m of text.matchAll(EXAMPLE_AFTER_SOURCE)) if (PROPER_NAME.test(m[1] ?? '')) return m.index;
  return -1;
}

// "from third parties", "from other sources", "from various third parties and public sources",
// "via services or providers", "from our partners".
export const GENERIC_SOURCE =
  /\b(?:third[- ]part(?:y|ies)|(?:other|external|outside|various|different|additional|multiple|trusted|reputable|selected) (?:sources|organi[sz]ations|companies|businesses|parties|entities|providers)|public(?:ly)?(?: available| accessible)? sources|publicly (?:available|accessible) (?:information|data)|(?:our )?partners|(?:service )?providers|organi[sz]ations|companies|others)\b/i;

// Activities that can only run on data from someone else, stated without naming who:
// "to carry out credit checking", "exchanging information with other companies for fraud protection".
export const IMPLIED_INDIRECT =
  /\bcredit (?:check(?:s|ing)?|search(?:es)?|vetting|scor(?:e|es|ing)|assessments?|history checks?)\b|\bbackground (?:checks?|screening)\b|\bvetting\b|\bexchang(?:e|es|ed|ing) (?:personal )?(?:information|data|details) with (?:other )?(?:companies|organi[sz]ations|third parties|agencies|businesses)\b|\b(?:verify|check|confirm)(?:ing)? (?:your )?(?:identity|details|information) (?:with|against|using) (?:a |an )?(?:third|external|other|independent)/i;

// Verbs that bring data in: "we receive", "we obtain", "data collected", "information we get",
// "we combine it with information from".
export const ACQUIRE_VERB =
  /\b(?:receiv|obtain|collect|gather|sourc|acquir|purchas|licen[cs]|compil|captur|import|retriev|supplement|combin|enrich|append)\w*|\b(?:get|gets|getting|got|buy|buys|bought|rent|rents)\b/i;

// "from", "via", "through", "by way of" after an acquisition verb introduce a source
// ("receive information from, our group companies" too).
export const SOURCE_PREPOSITION = /\b(?:from|via|through|by way of)\b[\s,]*/i;

// "provided to us by", "passed to us by", "shared with us by", "referred by". (Not "collected by third parties":
// that names who collects, as in "information collected by third-party websites", not who gives it to us.)
export const PASSIVE_FROM =
  /\b(?:provided|supplied|given|passed|shared|sent|disclosed|referred|forwarded|transferred|made available|introduced)(?: (?:on )?(?:to|with) us)? by\s+/i;

// What is received is not personal data: "we receive requests from law enforcement", "payments from our customers".
export const NON_DATA_OBJECT =
  /\b(?:requests?|payments?|funds?|funding|money|donations?|goods|products?|services?|instructions?|invoices?|complaints?|newsletters?|emails?|marketing|offers?|updates?|support)\b/i;

// "Your employer may give us", "credit reference agencies share with us", "LinkedIn provides us with".
export const GIVES_US =
  /\b(?:may |will |might |can |could |sometimes |also |often )*(?:provide|provides|give|gives|share|shares|pass|passes|send|sends|supply|supplies|disclose|discloses|tell|tells|refer|refers|forward|forwards|transfer|transfers)(?: (?:\w+ ){0,4})? (?:us|to us|with us|me|to me|with me)\b/i;

// The source is the person or their own use: "from you", "from your device", "via our website".
// A sole trader writes in the first person: "from my enquiry form", "through my website".
export const DIRECT_SOURCE =
  /^(?:(?:directly|only|solely) )?(?:you\b|yourself|your (?:use|device|browser|computer|phone|visits?|interactions?|account|activity|activities|communications?|correspondence|application|own)|us\b|me\b|(?:our|my) (?:website|site|web ?site|apps?|services?|(?:\w+ )?forms?|platform|portal|products?|online|emails?)|the (?:website|site|app|services?|forms?)|this (?:website|site|app)|cookies|your (?:use of|visit to))/i;

// Data observed from the person's own use through technology: "collected via third party tracking technologies".
export const OBSERVED_TECHNOLOGY =
  /\b(?:cookies?|tracking technolog(?:y|ies)|similar technolog(?:y|ies)|pixels?|web beacons?|tags|server logs?|log files|analytics tools?|SDKs?)\b/i;

// Statements that data comes from the person: "information you give us", "we collect it directly from you",
// "data we collect automatically when you use our website".
// "Everything we hold comes from you", "all of it is provided by you", "everything I keep comes straight from you".
export const DIRECT_COLLECTION =
  /\b(?:information|data|details) (?:that )?you (?:provide|give|submit|enter|send|share|supply|disclose)\b|\byou (?:provide|give|submit|send|supply) (?:us|to us|me|to me)\b|\b(?:comes?|came|(?:is|are) (?:collected|obtained|received|given|provided|supplied|gathered)) (?:(?:directly|only|solely|straight|entirely) )?(?:from|by) you\b|\b(?:collect|obtain|receive|gather|get)\w*\b[^.;]{0,60}\b(?:directly )?from you\b|\b(?:collect|obtain|record|log)\w* (?:\w+ ){0,4}automatically\b|\bautomatically (?:collect|record|log|receive)\w*\b|\b(?:when|each time|whenever) you (?:use|visit|browse|access|interact|contact|register|sign up|buy|order|purchase|apply)\b[^.;]{0,60}\b(?:we|collect|I\b(?!\.e))/i;

// Sections about other sources: "Information we receive from third parties", "Sources of personal data",
// "Where we get your information", "Data collected indirectly", "Information from other sources".
export const SOURCE_HEADING =
  /\bsources?\b|\b(?:from|by) (?:other|third|others|external)\b|\bindirect(?:ly)?\b|\b(?:where|how) (?:do )?we (?:get|obtain|receive|source)\b|\bwhere (?:does )?(?:your |the )?(?:personal )?(?:data|information) comes? from\b|\b(?:information|data) (?:we )?(?:receive|obtain|get) (?:about you )?from\b|\bfrom (?:others|other people|other organi[sz]ations)\b/i;
