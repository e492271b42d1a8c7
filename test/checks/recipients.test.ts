// checks.md, recipients (Art 13(1)(e)): met = recipients or categories of recipients named;
// partial = "third parties" with no category (or only a denial that data is shared);
// missing = nothing. "We never sell your data" alone says nothing of who receives it.
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
  ],
  partial: [
    { text: 'We may share your information with selected third parties.', messageId: 'vague' },
    { text: 'Your details may be passed to our partners.', messageId: 'vague' },
    { text: 'We do not share your personal information with anyone.', messageId: 'denial' },
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
      text: 'We obtain your details from credit reference agencies.',
      messageId: 'none',
      note: 'a source of data, not a recipient',
    },
  ],
});
