// checks.md, recipients (Art 13(1)(e)): met = recipients or categories of recipients named;
// partial = "third parties" with no category (or only a denial that data is shared);
// missing = nothing. "We never sell your data" alone says nothing of who receives it.
// Recipients described by a concrete function count ("companies that deliver your parcels"); "third
// parties who help us run our business" describes none and stays "third parties" with no category.
import recipients from '../../src/checks/recipients';
import { testCheck } from '../check-tester';

testCheck(recipients, {
  met: [
    { text: 'We share your delivery address with our courier so that your parcel reaches you.', evidence: ['courier'] },
    'Your card payments are processed by Stripe.',
    'We may disclose your information to HMRC or the police where the law requires it.',
    {
      text: '## Who we share your data with\nOur IT support company and our accountants.',
      note: 'categories under a sharing heading',
    },
    {
      text: 'We will not share your details with anyone except our payment processor.',
      note: 'a denial with an exception still names a recipient',
    },
    {
      text: 'Your information may be shared with other members of our group and with companies who provide services to us.',
      note: 'recipients described by relationship and function',
    },
    'We work with a web agency that maintains our site and may see your details.',
    {
      text: 'We pass your name and address to organisations that deliver parcels for us.',
      evidence: ['We pass your name and address to organisations that deliver parcels for us.'],
      note: 'recipients described by a concrete function (delivery), with no category noun',
    },
    {
      text: 'Your details may be shared with third parties who help us process refunds and card payments.',
      note: '"third parties" plus "help us" + a concrete task is a category of recipient',
    },
    {
      text: 'We share contact details with firms that assist us with payroll.',
      note: '"assist us with" + a concrete task',
    },
    {
      text: 'Who sees your details\n- My bookkeeper, who prepares my tax return.\n- The dental lab that makes your crown.',
      evidence: ['My bookkeeper'],
      note: 'a recipients heading ("Who sees ...") over items that name recipients, with no sharing verb',
    },
    {
      text: 'Who has access\n- Our payroll provider, which pays your wages.\n- Our pension provider, if you join the scheme.',
      note: 'a provider named by what it provides ("payroll provider") counts as a category',
    },
    {
      text: 'I share your measurements with the tailoring workshop I use, and with my courier.',
      evidence: ['courier'],
      note: 'a sole trader\'s first-person "I share ... with"',
    },
  ],
  partial: [
    { text: 'We may share your information with selected third parties.', messageId: 'vague' },
    { text: 'Your details may be passed to our partners.', messageId: 'vague' },
    { text: 'We do not share your personal information with anyone.', messageId: 'denial' },
    {
      text: 'We may pass your details to carefully chosen third parties who help us to run our organisation.',
      messageId: 'vague',
      note: 'helping "run our organisation" is what any supplier does: it names no kind of recipient',
    },
    {
      text: 'Your information may be shared with companies that support us in providing our services.',
      messageId: 'vague',
      note: '"support us in providing our services" describes no function',
    },
    {
      text: 'We sometimes share data with businesses which help us with our day-to-day operations.',
      messageId: 'vague',
      note: '"help us with our day-to-day operations" is no category',
    },
    {
      text: 'I share your booking details with a few carefully chosen providers.',
      messageId: 'vague',
      note: '"chosen providers" names no function: unlike "payroll provider", it is no category',
    },
    {
      text: 'Sharing\n- A handful of other businesses I work with.',
      messageId: 'vague',
      note: 'a sharing heading over items that name no kind of recipient',
    },
  ],
  missing: [
    {
      text: 'We will never sell your personal data.',
      messageId: 'none',
      note: 'selling alone is not about recipients',
    },
    {
      text: 'You can ask us to transfer your data to another organisation in a machine-readable format.',
      messageId: 'none',
      note: 'portability request, not a recipient',
    },
    {
      text: 'Our website contains links to third-party websites, which have their own privacy policies.',
      messageId: 'none',
      note: 'links to other sites',
    },
    {
      text: 'Members can post photos and stories they would like to share with us on the forum.',
      messageId: 'none',
      note: 'the person sharing data with us is not a disclosure to a recipient',
    },
    {
      text: 'We obtain your details from credit reference agencies.',
      messageId: 'none',
      note: 'a source of data, not a recipient',
    },
    {
      text: 'Who can I get in touch with?\n- Our office manager, or our accountant on Tuesdays.',
      messageId: 'none',
      note: 'a "who ... get in touch" heading is about contacts, not recipients: the accountant there receives no data',
    },
  ],
});
