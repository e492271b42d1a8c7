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
    {
      text: 'Proof of the right to rent is a statutory requirement under the Immigration Act 2014. Where an applicant fails to supply such documents, the Agent shall be unable to offer a tenancy.',
      evidence: ['Where an applicant fails to supply such documents'],
      note: 'legalese consequence with the person in the third person',
    },
    {
      text: 'References are a contractual requirement of the employer. Should a candidate decline to give referees, the offer cannot be confirmed.',
      note: '"should ... decline to give" in the third person',
    },
    {
      text: 'The provision of the personal information requested on the enrolment form, the health questionnaire and any accident report is a contractual requirement of your membership. If you do not provide it, we cannot enrol you.',
      evidence: ['is a contractual requirement of your membership'],
      note: 'a long subject between "the provision of" and "is a contractual requirement"',
    },
    {
      text: "Your full name, home address and date of birth are a statutory requirement for a street trading permit: without them we can't issue one.",
      evidence: ["without them we can't issue one"],
      note: 'the data items themselves as the requirement, and "without them we can\'t" as the consequence',
    },
  ],
  partial: [
    { text: 'Providing your personal data to us is entirely voluntary.', messageId: 'requirement-only' },
    {
      text: 'Equality monitoring information is always optional.',
      messageId: 'requirement-only',
      note: '"always optional" as a statement that the data is not required',
    },
    {
      text: "We may release information where we believe it is required by law or a court order. If you would prefer not to give us your email address, we won't be able to send you a receipt.",
      messageId: 'consequence-only',
      note: '"required by law" is about the controller releasing data, not about the person having to provide it',
    },
    {
      text: 'We sometimes send out customer surveys, but you do not have to answer them.',
      messageId: 'requirement-only',
      note: 'optional, with no consequence',
    },
    {
      text: 'If you choose not to give us your phone number, we will not be able to call you about your delivery.',
      messageId: 'consequence-only',
    },
    {
      text: "Do I have to tell you about my allergies?\n\nSome treatments contain ingredients that can cause reactions. If we haven't been told about them we might not be able to see you that day.",
      evidence: ['we might not be able to see you that day'],
      messageId: 'consequence-only',
      note: 'an FAQ heading asks whether the data must be given; the answer gives only the consequence',
    },
    {
      text: 'What happens if I do not want to give my phone number?\n\nThat is fine, but we will be unable to text you when your prescription is ready.',
      messageId: 'consequence-only',
      note: 'a "what happens if I do not" heading answered with a consequence',
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
      text: 'We keep your payment details for six years, which is a statutory requirement.',
      messageId: 'none',
      note: "the controller's duty to retain, not the person's to provide",
    },
    {
      text: 'Processing your personal data is a legal requirement for us as your employer.',
      messageId: 'none',
      note: 'a gerund of the controller handling the data',
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
    {
      text: 'Where the Company fails to provide the services within 30 days, the Client may cancel the order.',
      messageId: 'none',
      note: "the controller's own failure to provide a service, not the person's failure to provide data",
    },
    {
      text: 'Do we share your information?\n\nWe cannot share your details with anyone outside the practice without a legal reason.',
      messageId: 'none',
      note: 'an FAQ heading about sharing, not about whether the person must give data',
    },
  ],
});
