// Purposes of processing (Art 13(1)(c)) in the words notices use for them:
// concrete purposes a reader can act on, and the generic "to provide our
// services" wording that names none.
import type { Sentence } from '../document';

// Each alternative targets wording like the sample in its comment; joined into one regex below.
const SPECIFIC_PURPOSES: string[] = [
  // "to send you our newsletter", "for direct marketing", "advertising", "promotional offers"
  String.raw`\bmarketing\b|\bnewsletters?\b|\badvertis(?:ing|ements?)\b|\bpromot(?:e|ing|ions?|ional)\b`,
  // "to process your order", "to deliver your purchase", "handling your donation"
  String.raw`\b(?:process|fulfil|fulfill|complete|handle|manage|administer|deliver|dispatch|ship|arrange|confirm)(?:s|es|ed|ing|l?ing|ment)? (?:of )?(?:your |the |customer |any |their )?(?:orders?|purchases?|payments?|bookings?|reservations?|transactions?|donations?|applications?|claims?|refunds?|returns?|deliver(?:y|ies)|goods|parcels?|tickets?|appointments?)\b`,
  // "order fulfilment", "payment processing", "account management"
  String.raw`\b(?:order|payment|booking|donation|application|claim|subscription|membership|account|customer|contract) (?:processing|fulfil?ment|management|administration|handling)\b`,
  // "collecting subs and match fees", "to collect your rent"
  String.raw`\bbilling\b|\binvoic(?:e|es|ing)\b|\b(?:take|taking|collect|collecting) (?:your |the |any )?(?:payments?|fees|subs|subscriptions|dues|rent|donations)\b`,
  // "to set up and manage your account", "to administer your membership"
  String.raw`\b(?:create|creating|set(?:ting)? up|open(?:ing)?|manag(?:e|ing)|administer(?:ing)?|maintain(?:ing)?|verify(?:ing)?) (?:and (?:\w+ ){1,2})?(?:your |an |the |user |customer )?(?:account|membership|subscription|registration|profile|tenancy|policy)s?\b`,
  // "website analytics", "to analyse how visitors use the site", "statistical purposes", "surveys"
  String.raw`\banalytics?\b|\banaly[sz](?:e|es|ing|is) (?:how|the way|usage|use|traffic|trends|our|your use)\b|\bstatistic(?:s|al)\b|\bresearch\b|\bsurveys?\b|\bfeedback\b`,
  // "to prevent fraud", "for security purposes", "safeguarding pupils"
  String.raw`\bfraud\b|\bmoney laundering\b|\b(?:financial )?crime\b|\bsafeguarding\b|\bprotect(?:ing)? (?:our|the) (?:website|site|systems?|networks?|services?|business|staff|premises|customers)\b`,
  // "for security purposes", "to keep our website secure"; not "we use security measures to protect it"
  String.raw`\bfor (?:\w+ ){0,2}security\b|\bsecurity (?:purposes|reasons|monitoring)\b|\b(?:security|safety|integrity) of (?:our|the|this) (?:website|site|systems?|networks?|services?|premises|platform)\b|\bkeep(?:ing)? (?:our|the) (?:website|site|systems?|networks?|services?|premises|buildings?|staff|customers) (?:safe|secure)\b`,
  // "to respond to your enquiry", "dealing with complaints", "customer service"
  String.raw`\b(?:respond(?:ing)?|repl(?:y|ying)|answer(?:ing)?|deal(?:ing)? with|handl(?:e|ing)|investigat(?:e|ing)) (?:to )?(?:your |any |their )?(?:enquir(?:y|ies)|inquir(?:y|ies)|quer(?:y|ies)|questions?|requests?|complaints?|comments?|correspondence|messages?)\b`,
  String.raw`\bcustomer (?:service|support|care)\b|\btechnical support\b`,
  // "to contact you about your booking", "to send you updates", "to notify you of changes"
  String.raw`\b(?:contact(?:ing)?|communicat(?:e|ing) with|keep(?:ing)? in touch with|get in touch with|mak(?:e|ing) contact with|call(?:ing)?|writ(?:e|ing) to|send(?:ing)?|notify(?:ing)?|inform(?:ing)?|remind(?:ing)?|updat(?:e|ing)) you\b`,
  // "to comply with our legal obligations", "to establish, exercise or defend legal claims"
  // (a lawful basis alone, "we rely on legal obligation", or "in compliance with the law", is not a purpose)
  String.raw`\b(?:to|for|so (?:that )?we can|in order to) (?:compl(?:y|iance)|meet|fulfil|satisfy) (?:with )?(?:our |any |the |all |applicable |relevant )?(?:legal|statutory|regulatory|tax|accounting|law)\b|\blegal claims?\b|\benforc(?:e|ing) (?:our |the |any )?(?:terms|rights|agreements?|contracts?)\b`,
  // "recruitment", "to assess your job application", "payroll", "volunteering"
  String.raw`\brecruit(?:ment|ing)?\b|\bjob applications?\b|\bassess(?:ing)? (?:your )?(?:suitability|application|eligibility)\b|\bemployment\b|\bpayroll\b|\bvolunteer(?:ing|s)?\b`,
  // "to provide education", "pupil welfare", "healthcare"
  String.raw`\b(?:education|teaching|learning|pupil|student) (?:support|progress|attainment|welfare|services)\b|\bhealth ?care\b|\bmedical (?:care|treatment)\b|\bpatient care\b|\bsocial care\b`,
  // "to personalise your experience", "recommendations", "to improve our website"
  String.raw`\bpersonali[sz](?:e|es|ed|ing|ation)\b|\btailor(?:ed|ing)?\b|\bcustomi[sz](?:e|ing|ation)\b|\brecommendations?\b`,
  String.raw`\bimprov(?:e|ing|ements?) (?:to )?(?:our |the |your )?(?:website|site|app|content|user experience|customer experience|browsing experience)\b|\btroubleshoot(?:ing)?\b|\bdevelop(?:ing)? (?:new )?(?:products|features)\b`,
  // "fundraising", "Gift Aid", "events", "credit checks", "to verify your identity"
  String.raw`\bfundrais(?:e|ing)\b|\bgift aid\b|\b(?:our|your|upcoming|future) events?\b|\bevent (?:bookings?|registration|management|attendance)\b|\bcompetitions?\b|\bprize draws?\b|\btraining (?:and quality|purposes)\b|\bfor (?:staff )?training\b|\bprovid(?:e|ing) training\b|\bcredit (?:checks?|checking|scor(?:e|ing)|referenc\w*)\b|\bdebt (?:recovery|collection)\b|\bverif(?:y|ying|ication of) (?:your )?(?:identity|age|eligibility)\b|\bidentity (?:checks?|verification)\b|\binsurance (?:purposes|claims?|policies|quotes?|cover)\b`,
];

/** A concrete purpose of processing, e.g. "marketing", "to process your order", "to prevent fraud". */
export const SPECIFIC_PURPOSE = new RegExp(SPECIFIC_PURPOSES.join('|'), 'i');

// "to provide our services", "to provide and improve the services you request", "to run the club",
// "for business purposes", "for the purposes for which it was collected".
export const GENERIC_PURPOSE =
  /\b(?:provid(?:e|ing)|deliver(?:ing)?|operat(?:e|ing)|run(?:ning)?|offer(?:ing)?|maintain(?:ing)?|improv(?:e|ing)|suppl(?:y|ying)|perform(?:ing)?)(?:,? (?:and|or|&) (?:provid|deliver|operat|run|offer|maintain|improv|suppl|develop|perform)\w*)? (?:you (?:with )?)?(?:our|the|its|these|those|any|such|your) (?:\w+ ){0,2}?(?:services?|products?|business|website|site|platform|app|activities|club|society|association|organi[sz]ation|charity|school|practice|shop|company|group|team|league)\b|\b(?:legitimate )?business purposes\b|\bthe purposes? (?:for which|it was|they were|you (?:gave|provided))\b|\bpurposes? (?:set out|described|explained|outlined|listed) in this\b/i;

// "We use your personal data to...", "Your information will be used for...", "in order to", "the purposes are".
export const PURPOSE_CUE =
  /\b(?:us(?:e|es|ed|ing)|process(?:es|ed|ing)?|collect(?:s|ed|ing)?|need|needs|require|hold|keep|obtain|ask for|share|analy[sz]e)\b[^.;]{0,140}?\b(?:to|for|so (?:that )?(?:we|you) can|when|purposes?)\b|\bpurposes?\b|\bin order to\b/i;

// "How we use your information", "Why we process your data", "Purposes of processing", "Use of personal data".
// ("How we collect your data" is about sources, not purposes.)
export const PURPOSE_HEADING =
  /\bhow (?:we|do we|will we|does \w+|is (?:your|my)) (?:\w+ ){0,2}?(?:use|uses|used|process|processes|processed|handle)\b|\bwhy (?:we|do we|will we|does \w+) (?:\w+ ){0,2}?(?:use|uses|process|processes|collect|need|needs|handle|hold)\b|\buses?\b|\busing\b|\bpurposes?\b|\bwhat (?:we|do we) (?:do|use)\b/i;

// A lead-in to a list of what the data is used for: "We use this information to run the club:",
// "Your details are processed for the following purposes:". Not "We collect:" (a list of data).
export const PURPOSE_LEAD_IN =
  /\b(?:us(?:e|es|ed|ing)|process(?:es|ed|ing)?)\b[^.;:]{0,120}?\b(?:to|for)\b[^.;:]{0,80}:|\bpurposes?\b[^.;:]{0,40}:|\bin order to\b[^.;:]{0,80}:/i;

// An item that names an activity: "keeping the membership list", "picking teams", "to arrange fixtures".
// Words ending in -ing that are not activities, and "booking details" or "mailing address" (data, not a use), are not.
const ACTIVITY_ITEM =
  /^\W*(?:(?:and|or|also|by) )?(?:(?!(?:thing|things|nothing|anything|something|everything|bring|ring|king|sing|string|spring|wing|morning|evening|during|including|following|according|regarding|concerning|pending|building|ceiling|wedding|clothing|housing|earnings|savings)\b)[a-z]{2,}ing\b(?! (?:details|address(?:es)?|information|data|history|records?|numbers?|dates?|preferences|accounts?|cards?|forms?|lists?|codes?|times?)\b)|to [a-z]+\b)/i;

/** Activities a list names ("keeping the list, collecting subs, picking teams"), leaving out generic ones. */
export function countActivities(items: readonly string[]): number {
  return items.filter((item) => ACTIVITY_ITEM.test(item) && !GENERIC_PURPOSE.test(item)).length;
}

/** The items of an inline list after a colon: "...: keeping the list, collecting subs and picking teams". */
export function inlineListItems(afterColon: string): string[] {
  return afterColon.split(/[,;]|\band (?=[a-z]+ing\b|to [a-z]+\b)/i).filter((item) => item.trim().length > 0);
}

// Words that end a denial's reach: "we do not share it except to deliver your order". A comma does not:
// "we do not sell, rent or share it with marketing agencies" denies all three.
// A new clause resets too: "we do not sell it, and we use it only to...".
const DENIAL_RESET =
  /\b(?:except|other than|apart from|unless|but|only|save for|however|instead)\b|\b(?:and|so|then|when|where|if) (?:we|it|they|you|this)\b|[;:]/gi;
const DENIAL = /\b(?:not|never|no|neither|nor|without|cannot)\b|n['’]t\b/i;

/** Whether a denial ("we will never", "we do not") governs `offset` within its sentence. */
export function isDeniedBefore(sentence: Sentence, offset: number, window = 100): boolean {
  const from = Math.max(0, offset - sentence.start - window);
  let before = sentence.text.slice(from, offset - sentence.start);
  let cut = -1;
  DENIAL_RESET.lastIndex = 0;
  for (let m = DENIAL_RESET.exec(before); m; m = DENIAL_RESET.exec(before)) cut = m.index + m[0].length;
  if (cut >= 0) before = before.slice(cut);
  return DENIAL.test(before);
}
