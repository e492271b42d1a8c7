// checks.md `rights` (Art 13(2)(b)): access, rectification, erasure, restriction,
// objection, and portability where it applies (expected when the notice relies on
// consent or contract, or names no basis; not owed for public task, legal
// obligation, vital interests or legitimate interests alone).
// - met: every expected right named, in any wording;
// - partial: some named; the finding lists which are missing;
// - missing: none.
import { describe, expect, it } from 'vitest';
import rights from '../../src/checks/rights';
import { type BlockInput, createPolicyDocument } from '../../src/engine/document';
import { createFacts } from '../../src/engine/facts';
import { runCheck } from '../../src/engine/run-check';
import { testCheck } from '../check-tester';

const ALL_SIX =
  'You have the right to ask for a copy of your data, to ask us to correct anything inaccurate, to have your data deleted, to restrict how we use it, to object to our processing, and to receive your data in a machine-readable format.';

testCheck(rights, {
  met: [
    { text: ALL_SIX, evidence: ['machine-readable'] },
    {
      text: 'Your rights\n\n• Access\n• Rectification\n• Erasure\n• Restriction of processing\n• Objection to processing\n• Data portability',
      note: 'bare nouns listed under a "Your rights" heading',
    },
    {
      text: 'We process pupil records to perform our public task as a school. You can request access to your records, ask us to rectify errors, request erasure, ask us to limit the processing, and object to it.',
      note: 'public task only: portability is not owed',
    },
    {
      text: 'We rely on your consent for our newsletter. You may make a subject access request, have incorrect details corrected, ask to be forgotten, ask us to suspend the processing, object to profiling, and ask us to transfer your data to another provider.',
      note: 'everyday wordings of all six rights',
    },
    {
      text: 'Getting a copy of your file\n\nYou can ask for a copy of the personal information we keep about you. You also have the right to:\n- have inaccurate details put right;\n- object to our processing where it is causing you harm;\n- have your data erased;\n- limit how we use your data;\n- receive your data in a structured, machine-readable form.',
      evidence: ['have your data erased', 'have inaccurate details put right'],
      note: 'bullets with no rights words of their own inherit "You also have the right to:" under a heading not about rights',
    },
    {
      text: 'We rely on your consent to send our newsletter. Under data protection law, you can:\n• see the information we hold about you, by requesting access to it\n• have mistakes corrected\n• have your details deleted\n• restrict processing\n• object to processing\n• take your data to another provider in a portable format',
      note: 'a bare "you can:" lead-in with bullet points',
    },
    {
      text: 'Membership records\n\nAs a member of Fernhill Rowing Club you are entitled to:\n(a) receive a copy of everything the club keeps about you;\n(b) ask for details that are wrong to be fixed;\n(c) have your records erased once you leave;\n(d) ask us to pause our use of them (restriction) while a query is looked into;\n(e) object to our use of them for club promotions;\n(f) take the details you gave us to another club in a machine-readable file.',
      evidence: ['everything the club keeps about you'],
      note: 'a lettered "(a)" list after an "entitled to:" lead-in, under a heading not about rights; access in everyday words',
    },
    {
      text: 'You can find out whether we hold any information about you, ask us to correct mistakes, ask us to delete it, restrict how we use it, object to our using it, and move it to another provider.',
      evidence: ['find out whether we hold any information about you'],
      note: 'access as finding out whether data is held',
    },
    {
      text: 'We process your records to carry out our public task as a GP surgery. Under the law you can:\n• see the records our surgery has about you\n• have errors corrected\n• have information erased where we have no reason to keep it\n• restrict our use of it\n• object to our use of it',
      evidence: ['see the records our surgery has'],
      note: 'access as seeing the records an organisation has; public task only, so no portability',
    },
    {
      text: 'Common questions\n\nCould I find out what information you keep on me?\nYes - write to the office and we will post it to you free of charge.\nWhat if my details are wrong?\nJust email us and we will correct them.\nCan you erase my account?\nIn most cases, yes.\nCan I stop you using my data for a while?\nYou can ask us to restrict our use of it while you query it, and you can object to any use based on our legitimate interests.\nWe rely on our legitimate interests to run the allotment waiting list.',
      evidence: ['what information you keep on me'],
      note: 'FAQ pairs under a heading not about rights: a first-person question answered "Yes" grants access and erasure; an answer that grants it ("Just email us and we will correct them") names rectification',
    },
    {
      text: 'We rely on your consent for event photographs. Data subjects have the right to obtain confirmation as to whether personal data relating to them is being processed, together with a copy of it; have inaccurate data rectified; have data erased; have the processing of their data limited; object to processing; and have data they provided transmitted to another controller.',
      evidence: ['whether personal data relating to them is being processed', 'limited'],
      note: 'the Art 15 passive wording of access and "have processing limited" for restriction',
    },
    {
      text: 'Your data protection rights\n\nAsk for a copy and we will send it within a month. You can also have mistakes corrected, have your details deleted, restrict how we use them or object to our use of them. We process member records under our legitimate interests.',
      evidence: ['Ask for a copy'],
      note: 'a bare "ask for a copy" under a rights heading is a copy of the reader\'s data',
    },
  ],
  partial: [
    {
      text: 'You have the right to ask for a copy of your personal data and to ask us to correct it if it is wrong.',
      messageId: 'some',
      reasonIncludes: ['the right to erasure', 'the right to object', 'the right to data portability'],
    },
    {
      text: 'We rely on our legitimate interests to send you updates. You can ask us to delete your data, restrict its use, or object to our processing at any time.',
      messageId: 'some',
      reasonIncludes: ['the right of access', 'the right to rectification'],
      note: 'legitimate interests only: portability is not listed as missing',
    },
    {
      text: `${'You can request a copy of the information we hold about you.'} You cannot ask us to delete records that we must keep by law, and there is no right to portability for this data.`,
      messageId: 'some',
      reasonIncludes: ['the right to erasure', 'the right to data portability'],
      note: 'rights named only in a negative do not count',
    },
    {
      text: 'Keeping your details safe\n\nYou have the right to:\n- have your data erased;\n- restrict processing.\nWe also correct errors in our records when we notice them.',
      messageId: 'some',
      reasonIncludes: ['the right of access', 'the right to rectification'],
      note: 'the lead-in covers its list only: the paragraph after it says "correct errors" as our practice, not as a right',
    },
    {
      text: 'You can let us know if the school holds your details incorrectly so that we can correct them, ask us to delete old records, or object to our use of them.',
      messageId: 'some',
      reasonIncludes: ['the right of access'],
      note: '"let us know if the school holds your details" asks the reader to tell us something: it is not access',
    },
    {
      text: 'You can ask for a copy of what we have sent you by post, ask us to erase your account, or object to our marketing.',
      messageId: 'some',
      reasonIncludes: ['the right of access', 'the right to rectification'],
      note: 'a copy of what we have sent is a copy of our letters, not of the data we hold',
    },
    {
      text: "Questions parents ask\n\nCan I see what the school holds about me?\nYes. Ask the office for a copy.\nCan I make the school delete my child's records?\nNo. We must keep pupil records by law, but you can ask us to correct them, restrict their use or object to how we use them.\nWe hold pupil records to carry out our public task.",
      messageId: 'some',
      reasonIncludes: ['the right to erasure'],
      note: 'a question about a right answered "No" does not grant it, though the answer names other rights',
    },
    {
      text: 'Your rights\n\nYou can ask for a copy of our complaints procedure, have wrong details corrected, have your data deleted, restrict our use of it and object to it. We process your information under our legitimate interests.',
      messageId: 'some',
      reasonIncludes: ['the right of access'],
      note: 'under a rights heading, a copy "of" a document that is not the reader\'s data is not access',
    },
  ],
  missing: [
    { text: 'We collect your name and email address to send you our newsletter.', messageId: 'none' },
    {
      text: 'You have certain rights under data protection law. Please contact us if you would like to know more.',
      messageId: 'generic',
      note: 'rights referred to, none named',
    },
    {
      text: 'We restrict access to your personal data to trained staff. You can delete cookies in your browser settings at any time.',
      messageId: 'none',
      note: 'security measures and cookie settings are not data-subject rights',
    },
    {
      text: 'Starting work with us\n\nPlease bring proof of your right to work:\n- your passport;\n- a copy of your personal details from HMRC;\n- your visa.',
      messageId: 'none',
      note: '"right to work:" leads a list of documents, not of data protection rights',
    },
    {
      text: 'Get in touch\n\nYou can contact us by:\n- phone, if you want to correct your delivery address;\n- post, to delete an order before it ships;\n- email.',
      messageId: 'none',
      note: 'a "you can ... by:" lead-in about contact methods lends its bullets no rights context',
    },
    {
      text: 'You can check whether the school has a place for your child on our admissions page.',
      messageId: 'none',
      note: 'checking whether an organisation "has" something that is not the reader\'s data is not access',
    },
    {
      text: 'Orders and returns\n\nCan I get a copy of my receipt?\nYes. Ask for a copy at the till or print one from your account.\nCan I return an item?\nYes, within 28 days.',
      messageId: 'none',
      note: 'an FAQ answered "Yes" about receipts and returns, and a bare "ask for a copy" outside a rights section, are not rights',
    },
  ],
});

// An HTML extraction may keep a lettered list as paragraphs: "(a) ..." after a rights lead-in still reads as its items.
describe('rights: lettered items kept as paragraphs', () => {
  const lines = [
    'Keeping in touch',
    'We rely on your consent to send you our newsletter. Whenever you like, you are entitled to:',
    '(a) obtain a copy of what we hold about you;',
    '(b) have anything inaccurate put right;',
    '(c) have it erased;',
    '(d) ask us to suspend the processing while you query it;',
    '(e) object to our use of it;',
    '(f) have it sent to another provider in a machine-readable format.',
  ];
  const text = lines.join('\n');
  const blocks: BlockInput[] = [];
  let start = 0;
  for (const [i, line] of lines.entries()) {
    blocks.push({ start, end: start + line.length, kind: i === 0 ? 'heading' : 'paragraph', level: 2 });
    start += line.length + 1;
  }

  it('counts access in a paragraph that a lettered marker shows is a list item', () => {
    const doc = createPolicyDocument({ text, blocks });
    const result = runCheck(rights, { doc, facts: createFacts(doc), cookies: null });
    expect(result.status).toBe('met');
    expect(result.evidence.some((e) => e.text.includes('a copy of what we hold about you'))).toBe(true);
  });
});
