// checks.md, `statutory-contractual` (UK GDPR Art 13(2)(e)):
//   met: whether providing data is a statutory/contractual requirement, and the consequences of not providing it;
//   partial: only consequences, or only the requirement;
//   missing: neither.
import statutoryContractual from '../../src/checks/statutory-contractual';
import { testCheck } from '../check-tester';

testCheck(statutoryContractual, {
  met: [
    {
      text: 'You are not obliged to provide us with any personal data, but if you do not, we may be unable to respond to your enquiry.',
      note: 'an elliptical "if you do not"',
    },
    {
      text: 'You must provide your name and date of birth to open an account; if you do not provide them, we cannot open your account.',
      evidence: ['You must provide'],
    },
    {
      text: 'You are under no statutory or contractual obligation to provide data during the recruitment process. However, if you do not provide the information, we may not be able to process your application.',
    },
    {
      text: 'Where we need to collect personal data by law, or under the terms of a contract we have with you, and you fail to provide that data when requested, we may not be able to perform the contract.',
      note: 'both elements in one long sentence',
    },
    {
      text: 'Fields marked with an asterisk are mandatory. Without this information we will not be able to deliver your order.',
      note: 'requirement as "mandatory fields", consequence as "without this information"',
    },
  ],
  partial: [
    { text: 'Providing your personal data to us is entirely voluntary.', messageId: 'requirement-only' },
    {
      text: 'We sometimes send out customer surveys, but you do not have to answer them.',
      messageId: 'requirement-only',
      note: 'optional, with no consequence',
    },
    {
      text: 'If you choose not to give us your phone number, we will not be able to call you about your delivery.',
      messageId: 'consequence-only',
    },
  ],
  missing: [
    {
      text: 'We process your data because it is necessary for the performance of our contract with you.',
      messageId: 'none',
      note: 'a lawful basis, not a requirement to provide data',
    },
    {
      text: 'We may disclose your data where we are under a legal obligation to do so.',
      messageId: 'none',
      note: "the controller's own obligation",
    },
    {
      text: 'If you withdraw your consent, we may not be able to provide certain services to you.',
      messageId: 'none',
      note: 'withdrawing consent is not failing to provide data',
    },
    {
      text: 'If you do not give your consent to marketing, we will not send you newsletters.',
      messageId: 'none',
      note: '"give your consent" is not giving data',
    },
  ],
});
