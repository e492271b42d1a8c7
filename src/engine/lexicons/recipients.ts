// Recipients of personal data (Art 13(1)(e)) in the words notices use:
// categories of recipient by what they do, public bodies, group companies,
// well-known processors by name, and the vague "third parties" that names none.

// What any organisation does for any other: "run our business", "provide our services", "support us".
// Helping with these names no kind of recipient.
const NO_GENERIC_FUNCTION = String.raw`(?!(?:(?:run|operat|manag|grow|develop|support|improv|provid|deliver|conduct|administ|carr(?:y|ies|ying) on|do)\w*\s+)?(?:(?:our|the|their|its|your)\s+(?:day-to-day\s+|everyday\s+|online\s+|core\s+|wider\s+)?(?:business(?:es)?|organi[sz]ations?|company|operations?|services?|activities|work|affairs)\b|us\b))`;

// Each alternative targets wording like the sample in its comment; joined into one regex below.
const RECIPIENT_CATEGORIES: string[] = [
  // "payment processors", "our payment provider", "banks", "credit reference agencies"
  String.raw`\bpayment (?:processors?|providers?|service providers?|gateways?|platforms?|partners?|companies)\b|\bbanks?\b|\bcard (?:issuers?|schemes?)\b|\bcredit (?:reference|reporting) agenc(?:y|ies)\b|\bfraud prevention agenc(?:y|ies)\b|\bdebt (?:collect(?:ion|ors?)|recovery) (?:agenc(?:y|ies)|companies|firms)\b|\bdebt collectors?\b|\bweb (?:developers?|designers?|hosts?)\b`,
  // "couriers", "delivery companies", "Royal Mail"
  String.raw`\bcouriers?\b|\b(?:delivery|shipping|logistics|postal|fulfil?ment) (?:companies|providers?|partners?|services?|firms|agents?)\b|\bmailing houses?\b|\bprinters?\b`,
  // "IT service providers", "hosting providers", "cloud storage providers", "email service providers"
  String.raw`\b(?:IT|technology|tech|hosting|web ?hosting|cloud(?: storage| service| computing)?|software|email(?: service)?|e-mail|data storage|CRM|database|website|platform|telecoms?|communications|SMS) (?:service )?(?:providers?|suppliers?|vendors?|companies|partners?|platforms?)\b|\b(?:IT|technology|hosting) (?:support|services)\b`,
  // "marketing agencies", "analytics providers", "advertising networks", "market research companies"
  String.raw`\b(?:marketing|advertising|digital|media|PR|creative|web|design|recruitment|employment|staffing|research|market research|survey|analytics?|events?|ticketing|travel|translation|collection) (?:agenc(?:y|ies)|providers?|companies|firms|networks?|partners?|platforms?)\b`,
  // "companies who provide services to us", "organisations that host our website", "third parties who help
  // us deliver your orders": recipients by what they do. Not "third parties who help us to run our business"
  // or "partners who support our work", which say only that they help (checks.md: "third parties" with no category).
  String.raw`\b(?:companies|organi[sz]ations|businesses|firms|people|third parties|partners|providers|individuals) (?:that|who|which) (?:(?:help|assist|support|work with|enable)s? us(?: to| with| in)? |helps?(?: to| with)? )?${NO_GENERIC_FUNCTION}(?:provid|suppl|perform|process|host|deliver|run|carr(?:y|ies|ying) out|manag|stor|support|send|print|post|analy[sz]|administ|maintain|handl|fulfil)\w*\b`,
  // "companies who help us with our marketing", "firms that assist with payroll"
  String.raw`\b(?:companies|organi[sz]ations|businesses|firms|people|third parties|partners|providers|individuals) (?:that|who|which) (?:help|assist|support)s? (?:us )?with ${NO_GENERIC_FUNCTION}(?:(?:our|your|the) )?(?!(?:this|that|it|them|things?|matters?|tasks?|everything|anything|requests?)\b)\w+`,
  // "service providers", "suppliers", "contractors", "data processors", "agents acting on our behalf"
  // (not "we act as a data processor", which describes the controller itself)
  String.raw`\bservice providers?\b|\bsuppliers?\b|\b(?:sub-?)?contractors?\b|\b(?:data |sub-?)?processors\b|\bsub-?processor\b|(?<!\buser )\bagents?\b|\bvendors\b|\boutsourc(?:ed|ing) (?:partners?|providers?|companies)\b`,
  // "our auditors", "accountants", "my bookkeeper", "lawyers", "professional advisers", "insurers"
  String.raw`\bauditors?\b|\baccountants?\b|\bbook-?keepers?\b|\blawyers?\b|\bsolicitors?\b|\blegal (?:advisers?|advisors?|counsel|representatives?)\b|\bprofessional (?:advisers?|advisors?|services firms)\b|\b(?:financial |tax )?advis[eo]rs\b|\bconsultants?\b|\binsurers?\b|\binsurance (?:companies|providers?|brokers?)\b|\bbrokers?\b|\bcharit(?:y|ies) partners?\b`,
  // "HMRC", "the police", "regulators", "courts", "local authorities", "the Department for Education"
  String.raw`\bHMRC\b|\bHM Revenue (?:and|&) Customs\b|\bpolice\b|\blaw enforcement\b|\bregulators?\b|\bregulatory (?:bodies|authorities)\b|\b(?:the|a|any|to|by) (?:courts?|tribunals?)\b|\bcourt orders?\b|\bgovernment (?:departments?|bodies|agencies|authorities)\b|\bpublic (?:bodies|authorities)\b|\blocal (?:authorit(?:y|ies)|councils?)\b|\bNHS\b|\bGPs?\b|\bsocial (?:services|care)\b|\bDWP\b|\bDepartment for (?:Education|Work and Pensions)\b|\bHome Office\b|\bOfsted\b|\bCharity Commission\b|\bCompanies House\b|\bFinancial Conduct Authority\b|\bFCA\b|\bexam(?:ination)? boards?\b|\bschools?\b|\bemergency services\b|\bhealth (?:professionals|care providers|services)\b`,
  // "our group companies", "affiliates", "subsidiaries", "a prospective buyer of our business"
  String.raw`\bgroup (?:companies|compan(?:y|ies)|entities|members)\b|\bmembers of (?:our|the) (?:\w+ )?group\b|\bcompanies (?:in|within) (?:our|the) group\b|\baffiliate(?:s|d companies)\b|\bsubsidiar(?:y|ies)\b|\bparent company\b|\bsister companies\b|\b(?:prospective |potential )?(?:buyers?|purchasers?|acquirers?|successors?|sellers?)\b`,
  // "our pension provider", "my online gallery provider", "payroll providers": a provider named by what it
  // provides. Not "third-party providers" or "selected providers", which name no function.
  String.raw`\b(?!(?:third|party|other|external|outside|selected|trusted|chosen|reputable|certain|some|various|relevant|appropriate|approved|preferred|carefully|these|those|such|any|all|our|my|the|your|their|its|are|and|or|with|from|for|data)\b)[a-z]{3,} providers?\b`,
  // "our print lab", "a dental laboratory", "pathology labs"
  String.raw`\blabs?\b|\blaborator(?:y|ies)\b`,
  // "advertising partners", "delivery partners": partners named by what they do
  String.raw`\b(?:advertising|marketing|delivery|logistics|technology|analytics|hosting|fulfil?ment|distribution|insurance|finance|training|research|event|referral|affiliate|social media) partners?\b`,
];

/** A named category of recipient, e.g. "payment processors", "HMRC", "our group companies". */
export const RECIPIENT_CATEGORY = new RegExp(RECIPIENT_CATEGORIES.join('|'), 'i');

// Well-known processors named outright: "we use Stripe to take payments", "hosted by Microsoft".
// Case-sensitive, so "square" or "meta" in prose do not count.
export const NAMED_PROCESSOR =
  /\b(?:Stripe|PayPal|Worldpay|Sage ?Pay|Opayo|Klarna|GoCardless|Braintree|Adyen|SumUp|Mailchimp|MailChimp|Campaign Monitor|Dotdigital|Klaviyo|SendGrid|Sendinblue|Brevo|Constant Contact|HubSpot|Hubspot|Salesforce|Zendesk|Intercom|Freshdesk|Twilio|Google|Microsoft|Amazon Web Services|AWS|Azure|Cloudflare|Shopify|WooCommerce|Wix|Squarespace|Facebook|Instagram|LinkedIn|Twitter|TikTok|Zoom|Xero|QuickBooks|Eventbrite|JustGiving|Royal Mail|Parcelforce|DPD|DHL|UPS|FedEx|Evri|Hermes|Yodel|Trustpilot|Feefo|Calendly|Typeform|SurveyMonkey|Dropbox|Slack|Atlassian)\b/;

// "third parties", "other organisations", "selected partners": recipients without a category
// (not "links to third-party websites", which is about other sites, not recipients).
export const VAGUE_RECIPIENT =
  /\bthird[- ]part(?:y|ies)\b(?! (?:websites?|sites?|links?|cookies|content|apps?|applications|plug-?ins|privacy))|\bother (?:organi[sz]ations|companies|parties|businesses|entities|people|bodies)\b|\b(?:selected|trusted|carefully selected|reputable|business|commercial|external|our) partners\b|\bpartners\b|\bexternal (?:organi[sz]ations|companies|parties)\b|\banyone else\b/i;

// "We share your data with...", "I share it with", "may be disclosed to", "passed on to", "who has access", "on our behalf".
// (Not "photos you choose to share with us": that is the person giving data to us.)
// ("third parties" alone is no cue: "we obtain data from third parties" is a source, not a recipient.)
export const SHARING_CUE =
  /\b(?:shar(?:e|es|ed|ing)(?!(?: (?!shar)[\w'’]+){0,3} with us\b)|disclos(?:e|es|ed|ing|ure)|pass(?:es|ed|ing)? (?:\w+ ){0,4}?(?:to|on)|transfer(?:s|red|ring)?|provid(?:e|es|ed|ing) (?:\w+ ){0,4}?to|sen(?:d|ds|t|ding) (?:\w+ ){0,4}?to|mak(?:e|es|ing) (?:\w+ ){0,2}?available|access(?:ed)? (?:to|by)|ha(?:ve|s) access|recipients?|on (?:our|its|their) behalf|sub-?processors?|hosted (?:by|with|on)|stored (?:by|with)|(?:processed|handled|managed|provided) by|receives? (?:your|this|the|personal|these)|(?:we|I) (?:use|work with|engage|appoint))\b/i;

// "Who we share your data with", "Disclosure of your information", "Recipients", "Our suppliers", "Who sees it".
export const SHARING_HEADING =
  /\bshar(?:e|es|ed|ing)\b|\bdisclos|\brecipients?\b|\bwho (?:\w+ ){0,3}?(?:shares?|disclos(?:e|es)|pass(?:es)?|gives?|gets|sends?|transfers?|receives?|sees?|access(?:es)?)\b|\bwho (?:has|else has|can have|can see) (?:access|your)\b|\bthird[- ]part|\bprocessors?\b|\bsuppliers\b|\bservice providers\b|\bothers who\b|\baccess to your\b|\bpartners\b/i;

// "We will never sell your data", "we do not share your information with anyone".
// (Selling alone is not about recipients: "we never sell your data" says nothing of who receives it.)
export const SHARING_DENIAL =
  /\b(?:(?:do|does|will|shall|would) not|don['’]t|doesn['’]t|won['’]t|never|not)\b(?: \w+){0,3} (?:share|disclose|pass|give|transfer|provide)\b/i;

// "We may share your data where required by law": sharing affirmed, recipient unnamed.
export const SHARING_VERB =
  /\b(?:shar(?:e|es|ed|ing)(?!(?: (?!shar)[\w'’]+){0,3} with us\b)|disclos(?:e|es|ed|ing)|pass(?:es|ed|ing)? (?:it |them |this |your \w+ )?(?:on|to))\b/i;

// The data subject's own portability request is not a recipient: "ask us to transfer your data to another organisation".
export const PORTABILITY = /\bportab|\b(?:request|ask(?: us)?) (?:\w+ ){0,2}transfer\b|\bmachine[- ]readable\b/i;
