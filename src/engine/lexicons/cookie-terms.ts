// Cookies and similar technologies (PECR reg 6) in the words notices use: what they are,
// what they are for, and how a visitor refuses or manages them.

// "cookies", "similar technologies", "web beacons", "tracking pixels", "local storage".
export const COOKIE_TERM =
  /\bcookies?\b|\b(?:similar|tracking) technolog(?:y|ies)\b|\bweb beacons?\b|\b(?:tracking |conversion )?pixels?\b|\blocal storage\b|\bclear gifs?\b|\bSDKs?\b/i;

// Headings of a cookie section: "Cookies", "How we use cookies", "Tracking technologies".
export const COOKIE_HEADING = /\bcookies?\b|\btracking technolog|\bsimilar technolog/i;

// What they are for: "to remember your preferences", "for analytics", "analytics cookies", "Google Analytics",
// "allow us to undertake website analytics".
export const COOKIE_PURPOSE =
  /\b(?:to|which|that|help(?:s|ing)?(?: us)?(?: to)?|allows? us to|enabl(?:e|es|ing) us to|so (?:that )?(?:we|it) can)\s+(?:\w+\s+){0,2}?(?:remember|recogni[sz]e|analy[sz]e|measure|understand|improve|personali[sz]e|track|provide|enable|allow|collect|gather|record|obtain|serve|show|deliver|identify|optimi[sz]e|count|see|tailor|target|make|monitor|compile|log|undertake|distinguish|help|give|ensure|prevent|detect|protect|secure|authenticate|learn|know)\b|\bfor (?:the purposes? of |purposes (?:such as|including|of) )?(?:\w+ )?(?:analytics?|advertising|marketing|statistic(?:s|al)|performance|functionality|security|authentication|measurement|research|personali[sz]ation|remarketing|retargeting)\b|\b(?:analytic(?:s|al)?|advertising|marketing|targeting|functional(?:ity)?|performance|preference|statistic(?:s|al)|strictly necessary|essential|necessary|social media|tracking|measurement) cookies\b|\bGoogle Analytics\b|\bpurposes? (?:including|such as|of)\b/i;

// How to refuse or manage them: "you can set your browser to refuse cookies", "by changing your cookie settings",
// "it is possible to switch off cookies", "use our cookie banner", "opt out at tools.google.com/dlpage/gaoptout",
// "install the opt-out browser add-on" (not "browser plug-in types" in a list of technical data).
// (Not "cookies last until you delete them", which describes expiry.)
export const COOKIE_REFUSAL =
  /(?<!\buntil )\byou(?:'ll| will)? (?:\w+ ){0,4}?(?:refuse|reject|decline|disable|block|delete|remove|manage|control|turn off|switch off|opt out|opt-out|withdraw|adjust|change|modify|set|disallow|prevent|clear|erase|untick|choose|decide|update|not (?:to )?(?:accept|allow))\b|\b(?:possible|able|option|how) to (?:refuse|reject|decline|disable|block|delete|remove|switch off|turn off|opt out|manage|control|withdraw)\b|\bto (?:opt out|opt-out|refuse|reject|decline|disable|block|delete|switch off|turn off)\b|\b(?:switch|turn) (?:them|it|these|those|cookies) off\b|\b(?:browser|device|cookie|privacy|consent) (?:settings|preferences|controls?|options)\b|\bcookie (?:banner|consent (?:tool|manager|banner|platform)|control panel|preference (?:centre|center)|settings? (?:page|tool|link))\b|\bpreference (?:centre|center)\b|\b(?:manage|change|update) (?:your )?(?:cookie )?(?:preferences|settings|consent)\b|\bopt[- ]?out (?:links?|tools?|plug-?ins?|add-?ons?|page)\b|\bgaoptout\b|\b(?:all)?aboutcookies\.org|\byouronlinechoices\b|\b(?:download\w*|install\w*|opt[- ]?out) (?:\w+ ){0,3}?browser (?:plug-?in|add-?on)\b/i;

// A pointer elsewhere: "see our Cookie Policy", "our Cookies Notice".
export const COOKIE_POINTER = /\bcookies? (?:policy|notice|statement|page)\b/i;

// "This website does not use cookies" (but not "does not use cookies except...").
export const NO_COOKIES =
  /\b(?:do|does|will) not (?:use|set|place|store|deploy) (?:any )?(?:cookies|tracking technologies)\b|\bno cookies (?:are|will be) (?:used|set|placed|stored)\b/i;
export const EXCEPTION = /\b(?:except|other than|apart from|only|unless|save for|beyond)\b/i;

// A consent banner's button or link standing alone on its line: "Accept all cookies", "Reject all", "Cookie
// settings", "Manage preferences", "Necessary cookies only", "Got it". Page furniture scraped with the notice, not
// the notice telling readers how to refuse.
export const BANNER_CONTROL =
  /^[\s[(]*(?:(?:accept|allow|reject|decline|refuse|deny|block|disable)(?: all| selected| selection| (?:all )?(?:non-essential|optional|additional|analytics|marketing|necessary|essential|recommended))?(?: cookies)?|(?:cookies?|privacy|consent|tracking) (?:settings|preferences|options|choices)|(?:manage|customi[sz]e|change|update|edit|review|set) (?:my |your )?(?:cookies?|(?:cookie |privacy |consent )?(?:settings|preferences|options|choices|consent))|customi[sz]e|save (?:and close|(?:my )?(?:preferences|settings|choices|selection))|(?:use |allow )?(?:strictly )?(?:necessary|essential|required)(?: cookies)? only|only (?:necessary|essential|required)(?: cookies)?|I (?:agree|accept|understand)|agree(?: and (?:close|continue))?|OK|okay|got it|continue without accepting)[\s.!)\]]*$/i;
// The button that accepts: a banner has one, a notice's own "Cookie settings" link does not.
export const BANNER_ACCEPT = /^[\s[(]*(?:accept|allow|agree|I agree|I accept|OK|okay|got it)\b/i;
