// checks.md, withdraw-consent (Art 13(2)(c)): not-applicable when consent is not relied on;
// met = the right to withdraw consent (at any time) stated; partial = only "unsubscribe from
// marketing"; missing = consent relied on (or no basis named at all) and nothing said.
import withdrawConsent from '../../src/checks/withdraw-consent';
import { testCheck } from '../check-tester';

testCheck(withdrawConsent, {
  met: [
    {
      text: 'Where we rely on your consent, you can withdraw it at any time by emailing us.',
      evidence: ['withdraw it at any time'],
    },
    'You have the right to withdraw your consent at any time.',
    {
      text: 'Withdrawing consent\nYou can change your mind about marketing by clicking unsubscribe.',
      note: 'the right named in a heading',
    },
    'Withdrawal of consent does not affect processing carried out before you withdrew it.',
    {
      text: "We'll only feature your garden in our magazine if you say yes. You can change your mind at any time by emailing the editor.",
      evidence: ['if you say yes', 'You can change your mind at any time'],
      note: 'withdrawal in everyday words, with the permission it takes back in the sentence before',
    },
    {
      text: "You can take back your permission for us to use your child's photo whenever you like.",
      note: '"take back your permission": permission is consent in plain words',
    },
    {
      text: "If you're happy for us to quote your review on our website, we will; just tell us you no longer agree and we'll remove it.",
      note: '"tell us you no longer agree" beside an agreement to a use of data',
    },
  ],
  partial: [
    {
      text: 'We send newsletters with your consent. You can unsubscribe using the link in every email.',
      messageId: 'opt-out-only',
    },
    {
      text: 'Where you have opted in to marketing, you can opt out of marketing emails at any time.',
      messageId: 'opt-out-only',
      note: 'consent relied on in words the lawful-bases lexicon does not read',
    },
    {
      text: 'You can unsubscribe from our newsletter at any time.',
      messageId: 'opt-out-only',
      note: 'no basis named, so consent is not ruled out',
    },
    {
      text: 'Our lawful basis for the choir mailing list is "consent". You can unsubscribe at any time.',
      messageId: 'opt-out-only',
      note: 'the basis named in quotation marks is still relied on',
    },
  ],
  notApplicable: [
    {
      text: 'Consent is not the lawful basis we use. We process your records because we have a contract with you.',
      messageId: 'not-relied',
      note: 'a denial after the basis term',
    },
    {
      text: 'None of our processing is based on consent. We handle member records to perform our contract with you.',
      messageId: 'not-relied',
      note: '"none of" as the denial',
    },
    {
      text: 'Processing your order is necessary to perform our contract with you, and we keep invoices to comply with our legal obligations. You can unsubscribe from service updates at any time.',
      messageId: 'not-relied',
      note: 'bases named, none of them consent: an unsubscribe link does not make it applicable',
    },
    {
      text: 'Our lawful basis for treating you is public task. When we send your results to the hospital we rely on implied consent under the common law duty of confidentiality. You can opt out of research use at any time.',
      messageId: 'not-relied',
      note: "the common law's implied consent is not the Article 6 basis",
    },
    {
      text: 'Our lawful basis for keeping the electoral roll is legal obligation rather than consent. You can opt out of the open register at any time.',
      messageId: 'not-relied',
      note: '"rather than consent" puts consent aside',
    },
    {
      text: 'Our lawful basis is public task. Newspapers sometimes say councils share data "with your consent", but we do not process your information on the basis of consent.',
      messageId: 'not-relied',
      note: 'a quoted phrase, then reliance on consent denied several words before it',
    },
    {
      text: 'We keep a list of members and their emergency contacts. We do not rely on your consent to keep these records; keeping them is part of running the club.',
      messageId: 'not-relied',
      note: 'no basis named, but consent reliance explicitly denied and nothing else relies on consent',
    },
    {
      text: "The allotment society holds plot-holders' names and addresses, and we never rely on consent for any of this.",
      messageId: 'not-relied',
      note: '"never rely on consent" with no basis named',
    },
  ],
  missing: [
    { text: 'We rely on your consent to send you our newsletter.', messageId: 'none' },
    { text: 'We only take photographs of pupils with your consent.', messageId: 'none' },
    {
      text: 'We may withdraw your membership if you break the rules, and we rely on your consent for photographs.',
      messageId: 'none',
      note: '"withdraw" about something other than consent',
    },
    {
      text: "We don't need your consent to keep your membership record, but we will ask for your consent before putting your photo on our website.",
      messageId: 'none',
      note: 'consent denied for one use but relied on for another, and no withdrawal stated',
    },
    {
      text: 'We do not need your consent for strictly necessary cookies. We hold your details to run your account.',
      messageId: 'none',
      note: 'a cookie consent denial (PECR) says nothing about Article 6 consent',
    },
    {
      text: 'By booking a class you agree to our terms and conditions. If you change your mind, you can cancel up to 48 hours before.',
      messageId: 'none',
      note: 'changing your mind about a booking accepted under terms and conditions is a contract, not consent',
    },
    {
      text: 'We print photos of runners in the race programme only with their permission. Runners cannot change their minds once the programme has been printed.',
      messageId: 'none',
      note: 'everyday withdrawal wording, negated',
    },
    {
      text: 'We ask your permission before setting analytics cookies. You can change your mind about cookies at any time in the banner. We rely on your consent to send our newsletter.',
      messageId: 'none',
      note: 'changing your mind about cookies is PECR consent, not the Article 6 consent the newsletter relies on',
    },
  ],
});
