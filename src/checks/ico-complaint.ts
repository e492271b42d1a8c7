import { type CheckFinding, defineCheck } from '../engine/check';
import type { PolicyDocument, Sentence } from '../engine/document';
import {
  COMPLAINT_CUE,
  CONTACT_REGULATOR_CUE,
  findOtherRegulator,
  GENERIC_REGULATOR,
  ICO_NAME,
  ICO_SHORT_NAME,
  INFORMATION_ONLY,
  isRegistrationMention,
  REGULATOR_AS_ACTOR,
} from '../engine/lexicons/regulators';
import { findAll, sentencesWithin } from '../engine/text';
import type { Span } from '../engine/types';

// Headings that make an ICO mention beneath them a complaint route: "Complaints", "How to complain",
// "If you are unhappy", "Contacting the regulator", "Your right to complain to the ICO".
const COMPLAINT_HEADING =
  /\bcomplain|\bconcerns?\b|\bregulator|\bsupervisory|\bICO\b|\bInformation Commission|\bunhappy|\bdissatisf|\bredress|\bescalat/i;

// A sentence that points onward to an outside body: "you can complain to the regulator.",
// "If you remain dissatisfied, you can contact:" (the ICO's details follow in the next block).
const ONWARD_POINTER = /\b(?:regulator|authority|ombudsman|independent|externally)\b|:\s*$/i;

// "If you have a complaint, please contact us": an internal route, which alone leaves the check missing.
const INTERNAL_COMPLAINT = /\bcomplain(?:t|ts|ing)?\b/i;

interface IcoMention {
  sentence: Sentence;
  registrationOnly: boolean;
}

function findIcoMentions(doc: PolicyDocument): IcoMention[] {
  const names = findAll(doc.text, ICO_NAME);
  if (names.length === 0) return [];
  const bySentence = new Map<Sentence, IcoMention>();
  for (const hit of [...names, ...findAll(doc.text, ICO_SHORT_NAME)]) {
    const sentence = doc.sentenceAt(hit.start);
    if (!sentence) continue;
    const registration = isRegistrationMention(sentence, hit.start, hit.end);
    const mention = bySentence.get(sentence);
    if (mention) mention.registrationOnly &&= registration;
    else bySentence.set(sentence, { sentence, registrationOnly: registration });
  }
  return [...bySentence.values()].sort((a, b) => a.sentence.start - b.sentence.start);
}

// The words just before an ICO name that make it the object of the cue: "complain to the", "a complaint with the
// UK's", "contact the".
const OBJECT_OF_CUE = /\b(?:to|with|contact|approach)\s+(?:the\s+)?(?:UK['’]?s?\s+)?$/i;

/** The ICO named as the body the reader may complain to or contact: "lodge a complaint with the ICO". */
function icoIsObjectOfCue(text: string, hits: readonly Span[]): boolean {
  return hits.some((h) => {
    const before = text.slice(0, h.start);
    if (!OBJECT_OF_CUE.test(before)) return false;
    return COMPLAINT_CUE.test(before) || (CONTACT_REGULATOR_CUE.test(before) && !INFORMATION_ONLY.test(text));
  });
}

/** Does this ICO sentence, read with its neighbours and heading, give a route to complain to the ICO? */
function isComplaintRoute(doc: PolicyDocument, sentence: Sentence, inComplaintSection: boolean): boolean {
  const { text } = sentence;
  const hits = findAll(text, ICO_NAME);
  // "You have the right to complain to the Information Commissioner's Office (ICO)."
  if (icoIsObjectOfCue(text, hits)) return true;
  // "UK customers, and the ICO, can contact our representative about any concern": the ICO is the one getting
  // in touch, not a body the reader may complain to, whatever else the sentence or its heading says.
  if (hits.some((h) => REGULATOR_AS_ACTOR.test(text.slice(h.end, h.end + 80)))) return false;
  // "The ICO is the regulator you can complain to."
  if (COMPLAINT_CUE.test(text)) return true;
  // "The ICO regulates data protection, and you can contact it at ico.org.uk", but not "for more information,
  // see the ICO's website".
  if (CONTACT_REGULATOR_CUE.test(text) && !INFORMATION_ONLY.test(text)) return true;
  if (inComplaintSection && !INFORMATION_ONLY.test(text)) return true;
  // "If you are unhappy, you may complain to the regulator. The ICO can be reached on 0303 123 1113."
  for (let i = Math.max(0, sentence.index - 2); i <= sentence.index + 1; i++) {
    const neighbour = doc.sentences[i];
    if (!neighbour || neighbour === sentence) continue;
    if (COMPLAINT_CUE.test(neighbour.text) && ONWARD_POINTER.test(neighbour.text)) return true;
  }
  return false;
}

export default defineCheck({
  meta: {
    id: 'ico-complaint',
    title: 'Right to complain to the ICO stated',
    failureTitle: 'No right to complain to the ICO stated',
    source: 'UK GDPR Art 13(2)(d), Art 14(2)(e)',
    weight: 3,
    statuses: ['met', 'partial', 'missing'],
    advice:
      "Tell individuals they have the right to complain to the Information Commissioner's Office (ICO), the UK regulator, and how to reach it (ico.org.uk, 0303 123 1113).",
    sampleWording:
      "If you are unhappy with how Example Ltd has used your personal data, you can complain to us, and you also have the right to complain to the Information Commissioner's Office (ICO), Wycliffe House, Water Lane, Wilmslow SK9 5AF, telephone 0303 123 1113, www.ico.org.uk.",
    messages: {
      'other-regulator-only':
        'The notice gives a right to complain to a regulator ("{{regulator}}") but never names the UK regulator, the Information Commissioner\'s Office (ICO).',
      'ico-in-passing': 'The notice names the ICO only {{how}} and does not tell individuals they may complain to it.',
      'internal-only':
        "The notice describes only its own complaints route and does not say individuals may complain to the Information Commissioner's Office (ICO).",
      none: "The notice does not tell individuals they may complain to the Information Commissioner's Office (ICO).",
    },
  },
  run({ doc }): CheckFinding {
    const complaintSections = doc.sectionsTitled(COMPLAINT_HEADING);
    const inComplaintSections = new Set(sentencesWithin(doc, complaintSections));
    const mentions = findIcoMentions(doc);

    const routes = mentions.filter(
      (m) => !m.registrationOnly && isComplaintRoute(doc, m.sentence, inComplaintSections.has(m.sentence)),
    );
    if (routes.length > 0) return { status: 'met', evidence: routes.slice(0, 3).map((m) => m.sentence) };

    // "You may lodge a complaint with a supervisory authority."
    const otherRoutes = doc.sentences.filter((s) => COMPLAINT_CUE.test(s.text) && findOtherRegulator(s.text));
    // "The ICO is the UK's supervisory authority." read together with a complaint to "a supervisory authority".
    const icoAsRegulator = mentions.filter((m) => !m.registrationOnly && GENERIC_REGULATOR.test(m.sentence.text));
    const [namedRegulator] = icoAsRegulator;
    if (otherRoutes.length > 0 && namedRegulator) {
      return { status: 'met', evidence: [...otherRoutes.slice(0, 2), namedRegulator.sentence] };
    }
    if (otherRoutes.length > 0) {
      const regulator = findOtherRegulator(otherRoutes[0]?.text ?? '')?.[0] ?? 'a supervisory authority';
      return {
        status: 'partial',
        evidence: otherRoutes.slice(0, 3),
        messageId: 'other-regulator-only',
        data: { regulator },
      };
    }

    if (mentions.length > 0) {
      const how = mentions.every((m) => m.registrationOnly)
        ? 'as the body the organisation is registered with'
        : 'in passing';
      return {
        status: 'partial',
        evidence: mentions.slice(0, 3).map((m) => m.sentence),
        messageId: 'ico-in-passing',
        data: { how },
      };
    }
    const internal = doc.sentences.some((s) => INTERNAL_COMPLAINT.test(s.text));
    return { status: 'missing', messageId: internal ? 'internal-only' : 'none' };
  },
});
