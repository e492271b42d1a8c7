import { defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import { type ContactChannel, findContactChannels } from '../engine/lexicons/contact';
import { findOtherRegulator, ICO_NAME } from '../engine/lexicons/regulators';
import { sentencesWithin } from '../engine/text';
import type { Span } from '../engine/types';

// A way for the reader to complain: "to make a complaint, please write to", "If you wish to complain",
// "For complaints, ...", "our complaints procedure". Not "the management of queries, complaints or claims".
const COMPLAINT_ROUTE =
  /\b(?:make|making|raise|raising|lodge|lodging|submit|submitting|file|filing|register|registering|send|sending|bring|bringing|escalate|escalating|direct|address) (?:a |any |your |the )?(?:formal )?complaints?\b|\bcomplain(?:ing)?\b|\b(?:for|with|have|has|any) (?:a |any |your )?complaints?\b|\b(?:questions|queries|concerns|comments)(?:,)? (?:or|and) complaints?\b|\bcomplaints? (?:or|and) (?:queries|questions|concerns|comments|requests)\b|\bcomplaints? (?:procedure|policy|process|handling|team|department|officer|manager|form|page|line|address|should|can|may|must|will|are handled|about)\b/i;
// "We would welcome the chance to resolve your concerns", "you can raise a concern with our DPO", "if you have a
// concern about the way we handle your information", "if you have concerns about how your records are used".
const CONCERN_ROUTE =
  /\b(?:resolv\w*|deal(?:ing)? with|address\w*|look(?:ing)? into|investigat\w*) (?:your|any of your) (?:concerns?|complaints?|grievances?)\b|\brais\w* (?:a|any|your) (?:concerns?|complaints?|grievances?) with us\b|\b(?:have|has) (?:a |any )?concerns? (?:about|regarding|over|with) (?:the way (?:in which )?|how )(?:[\w'’]+ ){0,5}?(?:handl|us|process|look|manag|treat|protect|stor|shar|collect|keep|hold|record)\w*/i;
// "raise it under our Grievance Procedure", "please follow the staff grievance policy": an employer's procedure for
// complaints, when it is offered to the reader for a concern or complaint.
const GRIEVANCE_PROCEDURE = /\bgrievance (?:procedure|policy|process)\b/i;
const GRIEVANCE_CAUSE = /\bcomplain|\bconcern|\bunhappy\b|\bdissatisf|\bnot (?:happy|satisfied|content)\b/i;
// A purpose of processing, not a route: "to deal with your complaint", "for the handling of complaints".
const PURPOSE_FORM = /^\W*(?:to|for)\b/i;
const OFFERED_TO_READER =
  /\byou (?:can|may|could|have the right|are entitled|should|wish|want|would like)\b|\bplease\b|\bif you\b/i;
// "If you are unhappy with how we have used your data, please contact our DPO."
const DISSATISFIED = /\b(?:unhappy|dissatisfied|not (?:happy|satisfied|content))\b/i;
const CONTACT_VERB =
  /\b(?:contact|write|email|e-mail|call|phone|telephone|tell|let us know|speak|get in touch|talk)\b/i;

// A cheap test every route above needs to pass.
const COMPLAINT_WORD = /complain|concern|grievance|happy|satisf|content/i;

// Where the regulator is named too, only "contact us first" wording keeps the route ours:
// "we would appreciate the chance to deal with your concerns before you approach the ICO".
const US_FIRST =
  /\b(?:to|with) us\b|\bin the first instance\b|\bfirst\b[^.]{0,40}\bbefore\b|\bbefore (?:you )?(?:contact|approach|complain|go|refer|escalat|rais|lodg)\w*|\bchance to (?:resolve|deal|address|put|look|investigate|respond|sort)/i;
// A clause boundary before the regulator: "please email us at x; if you remain unhappy, complain to the ICO".
const CLAUSE_BOUNDARY = /[;,(]|\b(?:or|and|if|but|otherwise|alternatively)\b/gi;

// "using the details below", "see the Contact us section": the channel is elsewhere.
const POINTS_ONWARD =
  /\b(?:details|address|contact information|email address|number)\s+(?:below|above|set out|given|provided|listed|shown|at the (?:end|top|bottom|start))|\bbelow\b|\bin (?:the|our) ['"“‘]?contact(?: us)?\b/i;
// "our online complaints form", "the complaints portal": a form is a channel.
const COMPLAINT_FORM = /\bcomplaints? (?:form|portal)\b|\bonline (?:complaints? )?form\b/i;
// "Complaints", "How to complain", "If you are unhappy" headings; not "Complaints to the ICO".
const COMPLAINT_HEADING = /\bcomplain|\bconcerns?\b|\bunhappy\b|\bdissatisf/i;
// "complaints@acme.co.uk", "Complaints team: 0161 496 0000": a channel labelled for complaints.
const COMPLAINT_LABEL = /\bcomplaints?\b[^.\n]{0,25}$/i;

// Outside bodies that hear complaints but are not the controller: sector regulators and ombudsmen.
// "complain to the Fundraising Regulator", "refer it to the Financial Ombudsman Service", "the Housing Ombudsman",
// "the Charity Commission", "Ofcom", "the Financial Conduct Authority", "the Care Quality Commission (CQC)".
// Case-sensitive, so that "our regulator" or "the council" (often the controller itself) does not count.
const OUTSIDE_BODY =
  /\b(?:[A-Z][a-z]+ )+(?:Regulator|Ombudsman(?: Service)?|Commission)\b|\b[Oo]mbudsm[ae]n\b|\b(?:[A-Z][a-z]+ (?:and )?)*(?:Conduct|Standards|Regulation|Competition and Markets|Prudential Regulation) Authority\b|\b(?:General (?:[A-Z][a-z]+ )+|Nursing and Midwifery |Health and Care Professions )Council\b|\bOf(?:com|gem|wat|sted|qual)\b|\b(?:FCA|FOS|CQC|ASA|SRA|CMA|GMC|GDC|NMC|HCPC|OfS|ORR|TPR|PSR|LGSCO|PHSO|SPSO|CAB)\b|\bTrading Standards\b|\bCitizens Advice\b/;

function regulatorIndex(text: string): number {
  const ico = ICO_NAME.exec(text);
  const other = findOtherRegulator(text);
  const outside = OUTSIDE_BODY.exec(text);
  const indexes = [ico?.index, other?.index, outside?.index].filter((i): i is number => i !== undefined);
  return indexes.length > 0 ? Math.min(...indexes) : -1;
}

/** The part of a sentence that is about the controller: all of it, or the clauses before a regulator is named. */
function controllerPart(sentence: Sentence): string | null {
  const at = regulatorIndex(sentence.text);
  if (at < 0) return sentence.text;
  if (US_FIRST.test(sentence.text)) return sentence.text;
  let cut = -1;
  for (const m of sentence.text.slice(0, at).matchAll(CLAUSE_BOUNDARY)) cut = m.index;
  return cut > 0 ? sentence.text.slice(0, cut) : null;
}

function isComplaintRoute(text: string): boolean {
  if (PURPOSE_FORM.test(text) && !OFFERED_TO_READER.test(text) && !CONTACT_VERB.test(text)) return false;
  if (GRIEVANCE_PROCEDURE.test(text) && GRIEVANCE_CAUSE.test(text) && OFFERED_TO_READER.test(text)) return true;
  return COMPLAINT_ROUTE.test(text) || CONCERN_ROUTE.test(text) || (DISSATISFIED.test(text) && CONTACT_VERB.test(text));
}

// "If you have any questions about this notice, please contact HR at hr@acme.example": a channel for questions, not
// complaints, under a heading that mixes them ("Questions and concerns", "Contact us and complaints"), unless the
// sentence names a complaint or concern too.
const FOR_QUESTIONS =
  /\b(?:questions?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|requests?|comments?|feedback|(?:further|more) (?:information|details))\b/i;
const MIXED_HEADING = new RegExp(`${FOR_QUESTIONS.source}|\\bcontact`, 'i');
const ABOUT_COMPLAINT = /\bcomplain|\bconcern|\bgrievance|\bunhappy\b|\bdissatisf|\bnot (?:happy|satisfied|content)\b/i;

// The ICO's own address and helpline: "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF".
const ICO_CONTACT = /\bico\.org\.uk\b|\bSK9 ?5AF\b|\b0303 ?123 ?1113\b/i;

/** Contact channels that reach the controller, not the ICO. */
function controllerChannels(text: string, base: number): ContactChannel[] {
  return findContactChannels(text, base).filter((c) => !ICO_NAME.test(c.text) && !ICO_CONTACT.test(c.text));
}

/** An address line that continues a regulator's details from the blocks just before it. */
function continuesRegulator(doc: PolicyDocument, sentence: Sentence): boolean {
  const first = Math.max(0, sentence.block.index - 3);
  return doc.blocks.slice(first, sentence.block.index).some((b) => regulatorIndex(b.text) >= 0);
}

/** Channels in the few short lines right after a sentence ending "please write to:". */
function channelsFollowing(doc: PolicyDocument, sentence: Sentence): Span[] {
  const from = sentence.block.index + 1;
  const spans: Span[] = [];
  // Address lines ("Data Protection Lead", "1 Grange Court, Cambridge CB24 5AH") can look like headings,
  // so the block kind is no guide; a long paragraph or a regulator's details end the address.
  for (const block of doc.blocks.slice(from, from + 5)) {
    if (regulatorIndex(block.text) >= 0 || block.text.length > 160) break;
    if (controllerChannels(block.text, block.start).length > 0) spans.push(block);
  }
  return spans;
}

export default defineCheck({
  meta: {
    id: 'controller-complaint',
    title: 'Right to complain to the organisation stated, with how',
    failureTitle: 'No route to complain to the organisation itself',
    source: 'UK GDPR Art 13(2)(ca), DPA 2018 s.164A',
    weight: 1,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'Tell people they can complain to the organisation itself about how it uses their personal data, and give the channel to use (an email address, postal address, phone number or complaints form); this is separate from the right to complain to the ICO.',
    sampleWording:
      'If you are unhappy with how Example Ltd has handled your personal data, you can complain to us by emailing complaints@example.co.uk or writing to our Data Protection Lead, 4 Mill Lane, Leeds LS1 4AB. We will acknowledge your complaint within 30 days. You can also complain to the ICO.',
    messages: {
      'no-channel':
        'The notice refers to complaining to the organisation but gives no channel (email, address, phone or form) to do it.',
      'channel-only':
        'The notice gives a complaints contact but does not say that individuals may complain to the organisation about its use of their data.',
      none: 'The notice does not tell individuals they can complain to the organisation itself about how their data is used.',
    },
  },
  run({ doc }) {
    let documentChannels: ContactChannel[] | undefined;
    const allChannels = () => {
      documentChannels ??= controllerChannels(doc.text, 0).filter((c) => {
        const around = doc.sentenceAt(c.start)?.text ?? '';
        return !ICO_NAME.test(around) && !OUTSIDE_BODY.test(around);
      });
      return documentChannels;
    };
    const routes: Sentence[] = [];
    for (const sentence of doc.sentences) {
      if (!COMPLAINT_WORD.test(sentence.text)) continue;
      const part = controllerPart(sentence);
      if (!part || !isComplaintRoute(part)) continue;
      routes.push(sentence);
      const channels = controllerChannels(part, sentence.start);
      // "If you wish to complain, email complaints@orchardvale.example."
      if (channels.length > 0 || COMPLAINT_FORM.test(part)) return { status: 'met', evidence: [sentence] };
      // "To make a complaint, please write to:" followed by the address.
      const following = /:\s*$/.test(sentence.text) ? channelsFollowing(doc, sentence) : [];
      if (following.length > 0) return { status: 'met', evidence: [sentence, ...following.slice(0, 2)] };
      // "...you have the right to complain to us. Please email complaints@northwind.example."
      const next = doc.sentences[sentence.index + 1];
      if (next && next.block.kind !== 'heading' && regulatorIndex(next.text) < 0 && CONTACT_VERB.test(next.text)) {
        if (controllerChannels(next.text, next.start).length > 0) return { status: 'met', evidence: [sentence, next] };
      }
      // "If you have a complaint, please contact us using the details below."
      const first = POINTS_ONWARD.test(part) ? allChannels()[0] : undefined;
      if (first) return { status: 'met', evidence: [sentence, doc.sentenceAt(first.start) ?? first] };
    }

    // Under a "Complaints" heading: "Please write to our Data Protection Lead at 4 Mill Lane, Leeds LS1 4AB."
    const sections = doc.sectionsTitled(COMPLAINT_HEADING).filter((s) => regulatorIndex(s.title ?? '') < 0);
    for (const sentence of sentencesWithin(doc, sections)) {
      if (sentence.block.kind === 'heading' || regulatorIndex(sentence.text) >= 0 || continuesRegulator(doc, sentence))
        continue;
      // Under "Questions and concerns", the questions line is not the complaints line; under "Complaints" it is.
      const mixedHeading = MIXED_HEADING.test(doc.sectionTitleAt(sentence.start) ?? '');
      if (mixedHeading && FOR_QUESTIONS.test(sentence.text) && !ABOUT_COMPLAINT.test(sentence.text)) continue;
      if (controllerChannels(sentence.text, sentence.start).length > 0) return { status: 'met', evidence: [sentence] };
    }

    if (routes.length > 0) return { status: 'partial', evidence: routes.slice(0, 3), messageId: 'no-channel' };

    const labelled = allChannels().filter(
      (c) => /complain/i.test(c.text) || COMPLAINT_LABEL.test(doc.text.slice(Math.max(0, c.start - 40), c.start)),
    );
    const firstLabelled = labelled[0];
    if (firstLabelled)
      return {
        status: 'partial',
        evidence: [doc.sentenceAt(firstLabelled.start) ?? firstLabelled],
        messageId: 'channel-only',
      };
    return { status: 'missing', messageId: 'none' };
  },
});
