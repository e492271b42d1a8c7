// checks.md `rights` (Art 13(2)(b)): access, rectification, erasure,
// restriction and objection are always owed; portability (Art 20) only where
// processing rests on consent or contract, so it is expected when the notice
// relies on either, or names no basis at all.
import { defineCheck } from '../engine/check';
import type { Facts } from '../engine/facts';
import { ALL_RIGHTS, type DataSubjectRight, findRightMentions } from '../engine/lexicons/rights';
import { findAll } from '../engine/text';

// How a reason names each right: "the right to object", not "the right to objection".
const RIGHT_NAMES: Record<DataSubjectRight, string> = {
  access: 'the right of access',
  rectification: 'the right to rectification',
  erasure: 'the right to erasure',
  restriction: 'the right to restrict processing',
  objection: 'the right to object',
  portability: 'the right to data portability',
};

// "You have rights under data protection law", "your data protection rights": rights referred to, none named.
const RIGHTS_IN_GENERAL =
  /\b(?:your|certain|several|a number of|the following|data protection|legal|statutory|individual|data subject) rights\b|\brights (?:under|in relation to|over) (?:the |your )?(?:data protection|UK GDPR|GDPR|personal data|information)/i;

function expectedRights(facts: Facts): DataSubjectRight[] {
  const portabilityApplies =
    facts.reliedBases().length === 0 || facts.reliesOn('consent') || facts.reliesOn('contract');
  return ALL_RIGHTS.filter((r) => r !== 'portability' || portabilityApplies);
}

function listNames(rights: readonly DataSubjectRight[]): string {
  const names = rights.map((r) => RIGHT_NAMES[r]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

export default defineCheck({
  meta: {
    id: 'rights',
    title: 'Data protection rights explained',
    failureTitle: 'Data protection rights not fully explained',
    source: 'UK GDPR Art 13(2)(b), Art 14(2)(c), Arts 15-21',
    weight: 3,
    statuses: ['met', 'partial', 'missing'],
    advice:
      'List the rights individuals have over their data: access, rectification, erasure, restriction of processing and objection, plus data portability where you rely on consent or contract, and say how to exercise them.',
    sampleWording:
      'You have the right to ask for a copy of your data, to have inaccurate data corrected, to have your data deleted, to restrict or object to our use of it, and to receive data you gave us in a machine-readable format or have it sent to another provider. To use any of these rights, email privacy@example.co.uk.',
    messages: {
      some: 'The notice names some data protection rights but not {{missing}}.',
      generic: 'The notice refers to data protection rights in general but names none of them ({{expected}}).',
      none: 'The notice does not tell individuals about their data protection rights ({{expected}}).',
    },
  },
  run({ doc, facts }) {
    const expected = expectedRights(facts);
    const mentions = findRightMentions(doc).filter((m) => expected.includes(m.right));
    const firstPerRight = new Map<DataSubjectRight, (typeof mentions)[number]>();
    // Quote each right where the notice lists rights, else where it first names it.
    for (const m of mentions) {
      const kept = firstPerRight.get(m.right);
      if (!kept || (m.underRightsHeading && !kept.underRightsHeading)) firstPerRight.set(m.right, m);
    }
    const evidence = [...new Set([...firstPerRight.values()].map((m) => m.sentence))];
    const missing = expected.filter((r) => !firstPerRight.has(r));
    if (firstPerRight.size > 0) {
      return missing.length === 0
        ? { status: 'met', evidence }
        : { status: 'partial', evidence, messageId: 'some', data: { missing: listNames(missing) } };
    }
    const data = { expected: expected.map((r) => RIGHT_NAMES[r].replace(/^the right (?:of |to )/, '')).join(', ') };
    const general = findAll(doc.text, RIGHTS_IN_GENERAL)[0];
    if (general)
      return { status: 'missing', evidence: [doc.sentenceAt(general.start) ?? general], messageId: 'generic', data };
    return { status: 'missing', messageId: 'none', data };
  },
});
