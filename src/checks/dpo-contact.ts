import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import { type ContactChannel, findContactChannels } from '../engine/lexicons/contact';
import {
  CONTACT_HEADING,
  CONTACT_LINE,
  CONTACT_VERB,
  DESIGNATED_ROLE,
  GENERIC_CONTACT_POINT,
  GENERIC_MAILBOX,
  POINTS_TO_CONTACT_DETAILS,
  PRIVACY_MAILBOX,
  PRIVACY_ROLE,
  PRIVACY_ROLE_ACRONYM,
  PRIVACY_TOPIC,
  PRIVACY_WORD,
  QUERY_WORD,
  REGULATOR_DETAILS,
  ROLE_PRONOUN,
} from '../engine/lexicons/privacy-roles';
import { findAll, isNegatedBefore, type RegexHit } from '../engine/text';
import type { Span } from '../engine/types';

// How far after a role mention its channel may sit (same paragraph, or the lines just below it).
const NEAR_CHARS = 600;

interface RoleMention extends RegexHit {
  sentence: Sentence;
  /** "We have not appointed a DPO", "we are not required to have a Data Protection Officer". */
  denied: boolean;
}

function findRoles(doc: PolicyDocument): RoleMention[] {
  const mentions: RoleMention[] = [];
  for (const sentence of doc.sentences) {
    const designated = PRIVACY_WORD.test(sentence.text) ? [DESIGNATED_ROLE] : [];
    for (const pattern of [PRIVACY_ROLE, PRIVACY_ROLE_ACRONYM, ...designated]) {
      if (!pattern.test(sentence.text)) continue;
      for (const hit of findAll(sentence.text, pattern, sentence.start)) {
        mentions.push({ ...hit, sentence, denied: isNegatedBefore(sentence, hit.start, 50) });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Channels to the controller: the ICO's own phone number, address or website is no way to reach the DPO. */
function controllerChannels(doc: PolicyDocument, span: Span): ContactChannel[] {
  return findContactChannels(doc.text.slice(span.start, span.end), span.start).filter((c) => {
    // "...or the Information Commissioner's Office on 0303 123 1113": the regulator named just before.
    const sentenceStart = doc.sentenceAt(c.start)?.start ?? c.start;
    const before = doc.text.slice(Math.max(sentenceStart, c.start - 80), c.start);
    return !REGULATOR_DETAILS.test(c.text) && !REGULATOR_DETAILS.test(before);
  });
}

/** The innermost section holding `sentence`: the last heading before it whose section reaches it. */
function sectionEndAfter(doc: PolicyDocument, sentence: Sentence): number {
  let end = doc.text.length;
  let start = -1;
  for (const section of doc.sections) {
    if (section.start <= sentence.start && section.end >= sentence.end && section.start >= start) {
      start = section.start;
      end = section.end;
    }
  }
  return end;
}

/** Names a privacy role: "our DPO", "the Data Protection Officer", "our compliance team (data protection)". */
function namesRole(text: string): boolean {
  return (
    PRIVACY_ROLE.test(text) ||
    PRIVACY_ROLE_ACRONYM.test(text) ||
    (PRIVACY_WORD.test(text) && DESIGNATED_ROLE.test(text))
  );
}

/**
 * Whether a channel reaches the role. One in the role's own sentence does; one in another sentence does unless
 * that sentence sends people to a general contact point without speaking of the role: after "We have a Data
 * Protection Officer.", "please contact our Customer Hub on 0300..." or "email hello@..." is a generic contact.
 */
function reachesRole(doc: PolicyDocument, role: RoleMention, channel: ContactChannel): boolean {
  const sentence = doc.sentenceAt(channel.start);
  if (!sentence || sentence === role.sentence) return true;
  if (namesRole(sentence.text) || ROLE_PRONOUN.test(sentence.text)) return true;
  if (channel.kind === 'email' && PRIVACY_MAILBOX.test(channel.text)) return true;
  if (GENERIC_CONTACT_POINT.test(sentence.text)) return false;
  // "Email: info@example.org" on a contact line under the role is its channel; in prose it is a general inbox.
  const contactLine = CONTACT_LINE.test(sentence.block.text);
  return contactLine || channel.kind !== 'email' || !GENERIC_MAILBOX.test(channel.text);
}

/** A channel in the role's own paragraph or just below it in the same section. */
function channelNear(doc: PolicyDocument, role: RoleMention): ContactChannel | undefined {
  const start = role.sentence.block.start;
  const limit = role.sentence.end + NEAR_CHARS;
  let end = Math.min(sectionEndAfter(doc, role.sentence), limit);
  // A contact block right below ("Contact details" / "Email: dpo@example.org") may read as headings in
  // plain text and so end the section; take such lines as part of it.
  for (const block of doc.blocks) {
    if (block.start < end) continue;
    const contactLine =
      CONTACT_LINE.test(block.text) || CONTACT_HEADING.test(block.text) || findContactChannels(block.text).length > 0;
    if (block.start > limit || !contactLine) break;
    end = block.end;
  }
  return controllerChannels(doc, { start, end }).find((channel) => reachesRole(doc, role, channel));
}

/** Sentences that send privacy queries to a general contact, and contact sections with a channel. */
function genericContacts(doc: PolicyDocument): Sentence[] {
  // In a privacy notice "Any questions should be directed to hello@..." is about privacy too.
  const asked = doc.sentences.filter(
    (s) =>
      CONTACT_VERB.test(s.text) &&
      QUERY_WORD.test(s.text) &&
      (PRIVACY_TOPIC.test(s.text) || controllerChannels(doc, s).length > 0),
  );
  if (asked.length > 0) return asked;
  for (const section of doc.sectionsTitled(CONTACT_HEADING)) {
    const channel = controllerChannels(doc, section)[0];
    const sentence = channel && doc.sentenceAt(channel.start);
    if (sentence) return [sentence];
  }
  return [];
}

function evidenceOf(doc: PolicyDocument, role: Span & { sentence: Sentence }, channel?: ContactChannel): Span[] {
  const spans: Span[] = [role.sentence];
  const channelSentence = channel && doc.sentenceAt(channel.start);
  if (channelSentence && channelSentence !== role.sentence) spans.push(channelSentence);
  return spans;
}

export default defineCheck({
  meta: {
    id: 'dpo-contact',
    title: 'Data protection officer or privacy contact given',
    failureTitle: 'No contact for a data protection officer or privacy lead',
    source: 'UK GDPR Art 13(1)(b), Art 14(1)(b)',
    weight: 1,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'Give the contact details (an email address, phone number or postal address) of your Data Protection Officer or, if you have none, of the named person or team who handles data protection queries.',
    sampleWording:
      'Our Data Protection Officer can be contacted by email at dpo@example.co.uk or by post at Data Protection Officer, Example Ltd, 12 Mill Lane, Leeds LS1 4AB.',
    messages: {
      'role-without-channel':
        'The notice names {{role}} but gives no email, phone number, address or form to reach them.',
      'generic-contact':
        'Privacy queries go only to a general contact point; no data protection officer or named privacy role is given.',
      'no-dpo-generic-contact':
        'The notice says no data protection officer is appointed and sends privacy queries to a general contact, without naming who handles data protection.',
      none: 'The notice gives no contact for a data protection officer or privacy lead, nor any contact for privacy queries.',
    },
  },
  // "We have not appointed a DPO" is not a role: the notice then meets this check only through another named
  // privacy role with a channel (or a privacy mailbox), and is partial when queries go to a general contact.
  run({ doc }) {
    const allRoles = findRoles(doc);
    const roles = allRoles.filter((r) => !r.denied);
    const noDpo = allRoles.some((r) => r.denied);
    let hasChannelAnywhere: boolean | undefined;
    for (const role of roles) {
      const channel = channelNear(doc, role);
      if (channel) return { status: 'met', evidence: evidenceOf(doc, role, channel), data: { role: role.text } };
      if (POINTS_TO_CONTACT_DETAILS.test(role.sentence.text)) {
        hasChannelAnywhere ??= controllerChannels(doc, { start: 0, end: doc.text.length }).length > 0;
        if (hasChannelAnywhere) return { status: 'met', evidence: [role.sentence], data: { role: role.text } };
      }
    }
    const mailbox = controllerChannels(doc, { start: 0, end: doc.text.length }).find(
      (c) => c.kind === 'email' && PRIVACY_MAILBOX.test(c.text),
    );
    const mailboxSentence = mailbox && doc.sentenceAt(mailbox.start);
    if (mailboxSentence) return { status: 'met', evidence: [mailboxSentence] };
    const firstRole = roles[0];
    if (firstRole) {
      return {
        status: 'partial',
        evidence: roles.slice(0, 3).map((r) => r.sentence),
        messageId: 'role-without-channel',
        data: { role: `"${firstRole.text}"` },
      };
    }
    const generic = genericContacts(doc);
    if (generic.length > 0) {
      return {
        status: 'partial',
        evidence: generic.slice(0, 3),
        messageId: noDpo ? 'no-dpo-generic-contact' : 'generic-contact',
      };
    }
    return { status: 'missing', messageId: 'none' };
  },
});
