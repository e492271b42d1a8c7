// Concrete contact channels: what lets a reader actually reach someone.
import type { PolicyDocument } from '../document';
import { findAll, type RegexHit } from '../text';

export type ChannelKind = 'email' | 'phone' | 'postal-address' | 'contact-form' | 'web-address';

export interface ContactChannel extends RegexHit {
  kind: ChannelKind;
}

const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/;
// "0161 496 0000", "+44 (0)20 7946 0000", "0800 123 456", "03000 123 1113"
const PHONE =
  /(?:\+44\s?\(0\)\s?|\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\+\d{1,3}[\s-]\d{1,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b/;
// UK postcodes: "SW1A 1AA", "M1 1AE", "EH99 1SP"
const UK_POSTCODE =
  /\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b/;
// "PO Box 123", "123 High Street" with a US/EU style zip nearby is rarer; keep to clear forms.
const STREET =
  /\b\d{1,4}[A-Za-z]?,? (?:[A-Z][a-z]+ ){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Way|Square|Place|Court|Drive|Close|Park|Row|Hill|Gardens|Terrace|Crescent|Parade|Quay|Wharf|Walk|Yard|Mews)\b|\bP\.?O\.? Box \d+\b/;
// "our contact form", "the Contact Us page", "web form at example.com/contact"
// ("web page" or "privacy page" is no channel: only a contact/enquiry page is.)
const CONTACT_FORM =
  /\b(?:contact|enquiry|inquiry) (?:us )?(?:form|page|portal)\b|\b(?:web|online|privacy|data (?:subject )?request|request|complaints?) (?:form|portal)\b|\bcontact us (?:page|form|section)\b|\b(?:form|portal) (?:on|at|via) (?:our|this) (?:website|site)\b/i;
const WEB_ADDRESS = /\bhttps?:\/\/[^\s)<>"']+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s)<>"']*)?/i;

const PATTERNS: [ChannelKind, RegExp][] = [
  ['email', EMAIL],
  ['phone', PHONE],
  ['postal-address', UK_POSTCODE],
  ['postal-address', STREET],
  ['contact-form', CONTACT_FORM],
  ['web-address', WEB_ADDRESS],
];

/** Every concrete contact channel in `text` (offsets shifted by `base`), in text order. */
export function findContactChannels(text: string, base = 0): ContactChannel[] {
  const out: ContactChannel[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const hit of findAll(text, pattern, base)) {
      // A year range or an ID like "Z1234567" is not a phone number.
      if (kind === 'phone' && hit.text.replace(/\D/g, '').length < 10) continue;
      out.push({ ...hit, kind });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Channels anywhere in the document. */
export function findDocumentChannels(doc: PolicyDocument): ContactChannel[] {
  return findContactChannels(doc.text);
}

// "contact us via our website", "at the address on our website": a pointer, not a channel.
export const VAGUE_CONTACT =
  /\b(?:contact(?:ing)? us|get in touch|write to us|in writing)\b[^.]{0,60}\b(?:via|through|on|at|using)\b[^.]{0,30}\b(?:our|the) (?:website|site|app)\b|\b(?:address|details) (?:shown |given |listed )?on (?:our|the) (?:website|site)\b/i;
