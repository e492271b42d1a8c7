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
    {
      text: "Players' medical forms are destroyed at the end of the following season.",
      evidence: ['at the end of the following season'],
      note: 'an event-based end point tied to a category of data, no number and no retention heading',
    },
    {
      text: "How long we hold things\n\nWe shred volunteers' emergency contact sheets after the summer term ends. Claim files go once the claim is settled.",
      evidence: ['after the summer term ends'],
      note: 'end points under a retention heading: "after the term ends", "once the claim is settled"',
    },
    {
      text: "Your name is removed from our mailing list when your membership lapses, and coaches' safeguarding records are kept for as long as they coach with us.",
      evidence: ['when your membership lapses'],
      note: 'removal from a list when membership lapses; records kept while a third person still does something',
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
    {
      text: 'We keep personal data only as long as necessary. Orders flagged by our checks are held for up to 48 hours while a reviewer looks at them.',
      messageId: 'vague',
      note: 'orders held back for review are goods held, not data kept: "48 hours" is no retention period',
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
    {
      text: 'We hold a prize-giving evening at the end of the season, and kit is kept in the pavilion.',
      messageId: 'none',
      note: '"hold" and "kept" beside an end point, but nothing about personal data',
    },
    {
      text: 'Seller payouts are held for 14 days after delivery. After a complaint, a manager will hold a review meeting.',
      messageId: 'none',
      note: 'money held for a period, and "after a complaint" starts something rather than ending it',
    },
  ],
});
