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
    {
      text: 'We use this information to run the choir: keeping the register of singers, booking rehearsal rooms, choosing music for each concert and arranging lifts to venues.',
      evidence: ['keeping the register of singers'],
      note: '"to run the choir" alone is generic, but the activities listed after its colon are purposes',
    },
    {
      text: 'Plot holders\n\nWe use your details to run the allotment site:\n- allocating plots from the waiting list\n- checking that plots are worked\n- organising the summer show',
      evidence: ['allocating plots from the waiting list'],
      note: 'the activities as list items after a lead-in ending in a colon, under a heading not about use',
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
    {
      text: 'We use your information to run the club.',
      messageId: 'generic',
      note: '"to run the club", with no list of what that involves, is as general as "to provide our services"',
    },
    {
      text: 'We use your data for the following purposes: providing our services, improving our services and running our business.',
      messageId: 'generic',
      note: 'a colon list whose activities are each generic names no purpose',
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
    {
      text: 'We process the following for each member: booking details, mailing address and banking details.',
      messageId: 'none',
      note: '"booking details" and "mailing address" after a colon are data, not activities',
    },
    {
      text: 'We do not use your data for: selling it on, renting it out or sharing it with advertisers.',
      messageId: 'none',
      note: 'activities listed after a denied lead-in are not purposes',
    },
  ],
});
