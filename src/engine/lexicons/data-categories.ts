// Categories of personal data (Art 14(1)(d)) in the words notices use when
// they list what they collect, and the cues that mark such a list.

export interface DataCategory {
  label: string;
  pattern: RegExp;
}

export const DATA_CATEGORIES: readonly DataCategory[] = [
  // "your name", "first and last name", "username" (bare "name" only counts inside a collection sentence)
  {
    label: 'name',
    pattern: /\b(?:(?:full|first|last|sur|given|family|maiden|user|display|business|company) ?)?names?\b/i,
  },
  { label: 'email address', pattern: /\be-?mail (?:address(?:es)?|contact details)\b/i },
  // "postal address", "your address", "address" in "name, address and phone number";
  // not "email address", "IP address" or the controller's own "our address"
  {
    label: 'postal address',
    pattern:
      /\b(?:postal|home|residential|billing|delivery|shipping|physical|street|correspondence|mailing|work) address(?:es)?\b|\byour address(?:es)?\b|(?:,|\band|\bor|:) address(?:es)?\b|\baddress(?:es)?(?=,| and\b| or\b)(?<!\b(?:e-?mail|IP|web|MAC|protocol|\(IP\)|internet|website|our|the|this) address(?:es)?)/i,
  },
  {
    label: 'phone number',
    pattern: /\b(?:(?:tele|mobile |home |work )?phone|mobile|contact|telephone) (?:numbers?|no\.?)\b/i,
  },
  { label: 'contact details', pattern: /\bcontact (?:details|information|data)\b/i },
  { label: 'date of birth or age', pattern: /\bdates? of birth\b|\bDOB\b|\bbirthdays?\b|\b(?:your )?age\b/i },
  { label: 'gender', pattern: /\bgender\b|\bsex\b(?! life)/i },
  {
    label: 'payment details',
    pattern:
      /\b(?:payment|card|credit card|debit card|bank|bank account|billing|financial) (?:details|information|data)\b|\b(?:card|account) numbers?\b|\bsort codes?\b|\bbank details\b/i,
  },
  { label: 'IP address', pattern: /\bIP address(?:es)?\b|\binternet protocol\b/i },
  {
    label: 'device data',
    pattern:
      /\bdevice (?:information|data|identifiers?|IDs?|types?|models?)\b|\bbrowser (?:types?|versions?|information|settings)\b|\boperating systems?\b|\bscreen resolution\b/i,
  },
  { label: 'location data', pattern: /\blocation (?:data|information)\b|\bgeo-?location\b|\bGPS\b/i },
  {
    label: 'usage data',
    pattern:
      /\busage (?:data|information)\b|\b(?:browsing|search|viewing|purchase|order|transaction|payment|attendance) (?:history|data|records?|behaviou?r)\b|\bpages? (?:you )?(?:visit(?:ed)?|accessed|viewed)\b|\bclickstream\b|\bweb ?logs?\b|\bserver logs?\b|\btraffic data\b/i,
  },
  {
    label: 'online identifiers',
    pattern: /\bcookie (?:data|identifiers?|IDs?)\b|\bonline identifiers?\b|\badvertising (?:IDs?|identifiers?)\b/i,
  },
  {
    label: 'account details',
    pattern:
      /\busernames?\b|\bpasswords?\b|\blog-?in (?:details|data|information|credentials)\b|\baccount (?:details|information|data)\b/i,
  },
  {
    label: 'employment details',
    pattern:
      /\bjob titles?\b|\bemployer\b|\boccupation\b|\bemployment (?:history|details)\b|\bCVs?\b|\bcurricul(?:um|a) vitae\b|\bqualifications?\b|\beducation(?:al)? (?:history|background|records?)\b|\bsalary\b|\bincome\b/i,
  },
  {
    label: 'identity documents',
    pattern:
      /\bpassports?(?: numbers?| details)?\b|\bdriving licen[cs]es?\b|\bnational insurance (?:numbers?|no\.?)\b|\bNI numbers?\b|\bidentity (?:documents?|data|information)\b|\bID documents?\b|\bproof of (?:identity|address)\b/i,
  },
  {
    label: 'special category data',
    pattern:
      /\bhealth (?:data|information|records?|conditions?)\b|\bmedical (?:information|history|records?|conditions?|data)\b|\bdisabilit(?:y|ies)\b|\bethnic(?:ity| origin)?\b|\bracial origin\b|\breligio(?:n|us beliefs?)\b|\bsexual orientation\b|\bpolitical opinions?\b|\btrade union membership\b|\bbiometric\b|\bgenetic data\b|\bcriminal (?:records?|convictions?|offen[cs]es)\b|\bdietary (?:requirements|needs|preferences)\b|\ballerg(?:y|ies)\b/i,
  },
  {
    label: 'images and recordings',
    pattern:
      /\bphotographs?\b|\bphotos?\b|\bimages? of you\b|\bCCTV\b|\bvideo (?:footage|recordings?)\b|\b(?:voice|call) recordings?\b/i,
  },
  {
    label: 'communications and preferences',
    pattern:
      /\bcorrespondence\b|\bcommunications? (?:data|preferences)\b|\b(?:marketing|contact|your) preferences\b|\bsurvey responses\b|\brecords? of (?:your )?(?:calls|emails|communications|correspondence)\b/i,
  },
  {
    label: 'family and background',
    pattern:
      /\bmarital status\b|\bnext of kin\b|\bemergency contacts?\b|\bdependants?\b|\bfamily (?:details|members|information)\b|\bnationality\b|\bimmigration status\b|\bright to work\b/i,
  },
  { label: 'vehicle details', pattern: /\b(?:vehicle|car) registration(?: numbers?)?\b|\bnumber plates?\b/i },
  {
    label: 'social media data',
    pattern: /\bsocial media (?:profiles?|handles?|accounts?|usernames?)\b|\bpublic profile\b|\baccount names?\b/i,
  },
  // The ICO/template groupings: "Identity Data", "Technical Data", "Profile Data"
  {
    label: 'grouped data',
    pattern:
      /\b(?:identity|contact|financial|transaction|technical|profile|usage|marketing(?: and communications)?) data\b/i,
  },
];

// Words that are categories only as a whole list entry or table cell: "Email", "Phone", "Address".
export const BARE_CATEGORIES: readonly DataCategory[] = [
  { label: 'email address', pattern: /^\W*e-?mail\W*$/i },
  { label: 'phone number', pattern: /^\W*(?:tele)?phone\W*$|^\W*mobile\W*$/i },
  { label: 'postal address', pattern: /^\W*(?:home |postal )?address\W*$/i },
];

/** Any category at all: one pass that spares most sentences the per-category tests. */
export const ANY_DATA_CATEGORY = new RegExp(DATA_CATEGORIES.map((c) => `(?:${c.pattern.source})`).join('|'), 'i');

// "We collect...", "the information you give us", "this includes", "such as" - the verbs of a data list.
export const COLLECTION_CUE =
  /\b(?:collect\w*|obtain\w*|receiv\w*|gather\w*|record(?:s|ed|ing)?|hold(?:s|ing)?|stor(?:e|es|ed|ing)|keep(?:s|ing)?|kept|process(?:es|ed|ing)?|captur\w*|log(?:s|ged)?|ask(?:s|ed|ing)? (?:you )?for|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|submit\w*|enter(?:s|ed|ing)?|includ\w*|comprises?|consists? of|such as|e\.g\.|for example)\b/i;

// "What information we collect", "Personal data we hold", "Types of data", "Categories of personal data".
export const COLLECTION_HEADING =
  /\b(?:what|which|types?|kinds?|categor(?:y|ies)) (?:of )?(?:personal )?(?:data|information|details)\b|\b(?:data|information|details) (?:we|that we|you) (?:\w+ )?(?:collect|hold|process|obtain|receive|provide|give|use)\b|\bcollect(?:s|ed|ing)?\b/i;

// "We do not collect special categories of data (such as health...)": a list of what is NOT collected.
export const DENIED_COLLECTION =
  /\b(?:(?:do|does|will|shall|would|did) not|don['’]t|doesn['’]t|won['’]t|never)\b(?: \w+){0,2} (?:collect|process|hold|ask|store|request|record|obtain|receive|keep|require)\b|\bno (?:special categor|sensitive)/i;
