// checks.md, purposes (Art 13(1)(c)): met = purposes of processing described; partial = only
// "to provide our services"-type wording; missing = nothing.
import purposes from '../../src/checks/purposes';
import { testCheck } from '../check-tester';

testCheck(purposes, {
  met: [
    {
      text: 'We use your address and payment details to process and deliver your orders.',
      evidence: ['deliver your orders'],
    },
    {
      text: 'How we use your information\n- To send you our monthly newsletter, if you ask for it\n- To prevent fraud',
      note: 'list items under a "How we use" heading',
    },
    'Your CV will be used to assess your job application.',
    'We analyse how visitors use our website so that we can improve its layout.',
    {
      text: 'We will never sell your data. We use it to manage your account and to respond to your enquiries.',
      note: 'a denial in one sentence does not cancel purposes in the next',
    },
  ],
  partial: [
    { text: 'We use your personal data to provide our services to you.', messageId: 'generic' },
    { text: 'Your information will only be used for the purposes for which you provided it.', messageId: 'generic' },
    {
      text: 'We will never use your data for marketing. We use it only to provide the services you have requested.',
      messageId: 'generic',
      note: 'the only concrete purpose is denied',
    },
  ],
  missing: [
    { text: 'We are committed to protecting your privacy.', messageId: 'none' },
    {
      text: 'We keep your data secure using encryption and access controls.',
      messageId: 'none',
      note: 'security measures are not a purpose',
    },
    {
      text: 'We do not sell your personal data to marketing companies.',
      messageId: 'none',
      note: 'a denial naming marketing',
    },
    {
      text: 'You can object to direct marketing at any time.',
      messageId: 'none',
      note: 'a right to object is not a statement of purpose',
    },
  ],
});
