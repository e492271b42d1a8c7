// checks.md `retention` (Art 13(2)(a)):
// - met: at least one concrete period ("7 years", "36 months", "until you
//   unsubscribe", "for the duration of your contract plus 6 years"), or specific
//   criteria tied to a category of data;
// - partial: only vague wording ("no longer than necessary", "as long as
//   reasonably necessary") with no period and no specific criterion;
// - missing: nothing about how long data is kept.
// A number of days or years only counts when tied to keeping/deleting data.
import retention from '../../src/checks/retention';
import { testCheck } from '../check-tester';

testCheck(retention, {
  met: [
    {
      text: 'We keep invoices and order records for six years after the end of the financial year, as HMRC requires.',
      evidence: ['six years'],
    },
    {
      text: 'How long do we keep your data?\n\nCustomer accounts: 36 months after your last order.\nCCTV footage: 30 days.',
      note: 'periods under a retention heading, with no verb',
    },
    {
      text: 'Your newsletter subscription details are stored until you unsubscribe.',
      note: 'a specific end point, no number',
    },
    'We retain tenancy files for the duration of your tenancy plus 6 years.',
    { text: 'Unsuccessful job applications are deleted 6 months after the vacancy closes.', evidence: ['6 months'] },
    {
      text: 'Data retention\n\nWe hold your account details while your account is open and erase them when you close it.',
      note: 'criteria tied to the account, under a retention heading',
    },
  ],
  partial: [
    {
      text: 'We will not keep your personal data for longer than is necessary for the purposes for which it was collected.',
      messageId: 'vague',
    },
    {
      text: 'Your information is retained for as long as reasonably necessary, in line with our retention policy.',
      messageId: 'vague',
    },
    {
      text: 'Data retention\n\nWe retain personal data only as long as needed. Requests to delete data are answered within 30 days. Our records team is available 7 days a week.',
      messageId: 'vague',
      note: 'under a retention heading, "within 30 days" of a request and "7 days a week" are still not retention periods',
    },
  ],
  missing: [
    { text: 'We collect your name, address and payment details when you place an order.', messageId: 'none' },
    {
      text: 'We will respond to your subject access request within one month. You must be over 18 years old to open an account.',
      messageId: 'none',
      note: 'a response time and an age, neither about keeping data',
    },
    {
      text: 'Offers are sent to customers who have ordered in the last 12 months. Our support team works 24 hours a day.',
      messageId: 'none',
      note: 'periods with no keeping or deleting',
    },
    {
      text: 'We keep a record that you confirmed you are over 18 years old, and we store it on secure servers in the UK.',
      messageId: 'none',
      note: 'an age beside "keep": "18 years old" is not a period',
    },
    {
      text: 'We store your data on secure servers in the UK and protect it with encryption.',
      messageId: 'none',
      note: '"store" without saying for how long',
    },
  ],
});
