// Who handles data protection inside an organisation (Art 13(1)(b)): a Data
// Protection Officer or a named privacy role, and the wording that sends
// privacy queries to an ordinary contact point instead.

// "our Data Protection Officer", "the data privacy manager", "our Privacy Team", "the Data Protection Lead",
// "the Information Governance Committee", "Head of Privacy", "the Senior Information Risk Owner", "Caldicott Guardian".
export const PRIVACY_ROLE =
  /\b(?:data protection|data privacy|privacy|information governance|information rights|information compliance|data governance|GDPR) (?:officer|manager|lead|leader|team|office|department|unit|coordinator|co-ordinator|champion|adviser|advisor|contact|owner|committee|counsel|specialist|compliance (?:officer|manager|team))s?\b|\bchief privacy officer\b|\bhead of (?:data protection|privacy|information governance)\b|\bsenior information risk owner\b|\bCaldicott guardian\b/i;
// A compliance or legal function named as the one handling privacy: "Data protection queries: please contact
// our Compliance Team", "questions about this privacy notice go to our Legal Department". Counts only in a
// sentence that also names privacy or data protection.
export const DESIGNATED_ROLE =
  /\b(?:compliance|legal|governance|information security|risk) (?:officer|team|manager|department|lead|director|function)s?\b/i;
export const PRIVACY_WORD = /\bdata protection\b|\bprivacy\b|\bpersonal (?:data|information)\b|\bGDPR\b/i;

// "DPO", "SIRO": capitals only.
export const PRIVACY_ROLE_ACRONYM = /\b(?:DPO|SIRO)s?\b/;

// A mailbox that reaches the privacy function itself: "dpo@", "privacy@", "dataprotection@", "gdpr@".
export const PRIVACY_MAILBOX =
  /^(?:dpo|privacy|data[._-]?protection|data[._-]?privacy|gdpr|info[._-]?gov|information[._-]?governance)[\w.+-]*@/i;

// The ICO's own details, which are no channel to the controller: "ico.org.uk", "0303 123 1113", its Wilmslow address.
export const REGULATOR_DETAILS =
  /\bInformation Commissioner|\bICO\b|ico\.org\.uk|\bWilmslow\b|\bSK9 ?5AF\b|\b0303 ?123 ?1113\b/i;

// "contact our DPO using the details below", "at the address at the end of this policy", "see 'Contact us'".
export const POINTS_TO_CONTACT_DETAILS =
  /\b(?:details|address(?:es)?|e-?mail|contact)\b[^.]{0,40}\b(?:below|above|at the (?:end|bottom|top|start|beginning) of (?:this|the|our)|in (?:the|our) ['‘"“]?contact(?: us| details)?['’"”]? section|in section \d+)\b|\bsee ['‘"“]?contact/i;

// Privacy queries sent to a general contact: "If you have any questions about this policy, contact our
// customer service team", "To exercise your rights, email support@...". All three parts must be present.
export const QUERY_WORD =
  /\b(?:questions?|quer(?:y|ies)|concerns?|comments?|requests?|complaints?|enquir(?:y|ies)|inquir(?:y|ies)|wish|want|would like|need)\b/i;
export const PRIVACY_TOPIC =
  /\b(?:privacy|this (?:policy|notice|statement)|our (?:\w+ ){0,3}?(?:policy|notice)|personal (?:data|information)|your (?:data|information|details|rights)|data protection|the way we|how we (?:use|handle|process|collect)|exercise (?:any of )?(?:your|these|those|the above) rights|(?:subject )?access requests?)\b/i;
export const CONTACT_VERB =
  /\b(?:contact|e-?mail|write|call|telephone|phone|get in touch|reach|speak|send|direct(?:ed)?|raise)\b/i;

// A general contact point, not a privacy role: "please contact our Customer Hub", "call Customer Services",
// "email our support team", "ask at reception", "the school office".
export const GENERIC_CONTACT_POINT =
  /\b(?:customer (?:hub|services?|care|support|contact cent(?:re|er)|experience|relations|team)|support (?:team|desk|centre|center)|help ?desk|service ?desk|general enquir(?:y|ies)|enquir(?:y|ies) (?:team|line|desk)|contact cent(?:re|er)|call cent(?:re|er)|reception|switchboard|front desk|main office|school office|head office)\b/i;
// A general mailbox: "hello@", "info@", "enquiries@", "support@", "customerservices@" (not "infogov@").
export const GENERIC_MAILBOX =
  /^(?:hello|hi|info|information|enquiries|enquiry|inquiries|contact|contactus|support|help|helpdesk|admin|office|customer[._-]?(?:services?|care|support)|service|general|reception|mail)@/i;
// A sentence that still speaks of the role named before it: "You can contact them at...", "she can be reached on".
export const ROLE_PRONOUN = /\b(?:they|them|he|him|she|her|this (?:person|officer|team|role))\b/i;

// Lines of a contact block: "Email: dpo@example.org", "Full name of legal entity: Acme Ltd", "Post:".
export const CONTACT_LINE = /^[^.:]{1,40}:/;

// "Contact us", "How to contact us", "Contact details", "Get in touch".
export const CONTACT_HEADING = /\bcontact(?:ing)?\b|\bget in touch\b|\bhow to reach\b/i;
