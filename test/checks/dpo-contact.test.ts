// checks.md, dpo-contact (Art 13(1)(b)): met = a DPO or a named privacy role (data privacy manager,
// privacy team) with a contact channel; partial = such a role without a channel, or privacy queries
// sent only to a generic contact; missing = nothing. "We have not appointed a DPO" is not a role.
import dpoContact from '../../src/checks/dpo-contact';
import { testCheck } from '../check-tester';

const farApart = [
  'Your rights',
  'You may ask our Data Protection Officer for a copy of your data using the details at the end of this notice.',
  'How long we keep it',
  'We keep membership records for six years after your membership ends, because we may need them to deal with claims. We keep CCTV footage for 30 days unless it is needed to investigate an incident. Booking records are kept for two years so that we can answer questions about past visits and refunds. Marketing preferences are kept until you tell us to stop contacting you, and a record of that request is kept so that we do not contact you again. Accident reports are kept for three years, or until a child involved turns 21.',
  'Contact us',
  'Email: office@ashgrovesports.org.uk',
].join('\n');

testCheck(dpoContact, {
  met: [
    {
      text: 'If you have any questions about how we use your data, please contact our Data Protection Officer, Priya Shah, at priya.shah@greenleaf-nursery.co.uk.',
      evidence: ['Data Protection Officer'],
    },
    'Our privacy team can be reached on 0161 496 0123 or by post at Privacy Team, Rowan Housing, 4 Canal Street, Manchester M1 3HE.',
    {
      text: 'Data Protection Lead\nOur Data Protection Lead oversees how the school handles personal information.\nEmail: governance@stmarys-school.org.uk',
      note: 'role in a heading, channel two lines below it',
    },
    {
      text: 'We have not appointed a DPO, but our data protection lead, Tom Reid, can be contacted on 020 7946 0321.',
      note: 'no DPO, yet a named privacy role with a phone number',
    },
    {
      text: 'Questions about this notice can be sent to privacy@brightsparkapps.com.',
      note: 'a dedicated privacy mailbox reaches the privacy function itself',
    },
    { text: farApart, note: 'role points to contact details given in another section' },
    {
      text: 'We have a Data Protection Officer. You can write to them at 3 Quarry Road, Bath BA1 2QT, or email governance@severnvale.org.',
      evidence: ['write to them'],
      note: 'the next sentence speaks of the role ("them"), so its channel reaches the role',
    },
    {
      text: 'Our Data Protection Officer checks that we follow the law. Our DPO can be contacted through our customer services team on 0345 600 9876.',
      note: 'a general team is fine when the sentence says it is the way to reach the DPO',
    },
    {
      text: 'Data Protection Officer\nOur Data Protection Officer is Sam Okafor.\nEmail: info@larchfieldtrust.org.uk',
      note: 'a general mailbox on a contact line under the role is still its channel',
    },
  ],
  partial: [
    {
      text: 'Our Data Protection Officer oversees compliance with this notice.',
      messageId: 'role-without-channel',
      reasonIncludes: ['Data Protection Officer'],
    },
    {
      text: 'You can contact our Data Protection Officer through our website.',
      messageId: 'role-without-channel',
      note: '"through our website" is a pointer, not a channel',
    },
    {
      text: "If you are unhappy with our DPO's reply, you can contact the Information Commissioner's Office on 0303 123 1113.",
      messageId: 'role-without-channel',
      note: "the ICO's phone number is no way to reach the controller's DPO",
    },
    {
      text: 'We have appointed a Data Protection Officer to oversee our compliance. For any questions about your data, please call our Customer Services team on 0345 600 1234 or email info@tidewaterenergy.co.uk.',
      messageId: 'role-without-channel',
      note: 'the channel in the next sentence belongs to a general team, not to the DPO',
    },
    {
      text: 'Our DPO reports to the board every quarter. You can email hello@stitchandspool.co.uk with any questions about this notice.',
      messageId: 'role-without-channel',
      note: 'a general mailbox in a sentence that does not speak of the DPO',
    },
    {
      text: 'If you have any questions about this privacy notice, please contact our customer service team at help@oakfieldgardens.co.uk.',
      messageId: 'generic-contact',
    },
    {
      text: 'We have not appointed a Data Protection Officer. If you have any questions about how we use your personal data, please email hello@crumbandcrust.co.uk.',
      messageId: 'no-dpo-generic-contact',
      note: 'negated DPO plus a general contact for privacy queries',
    },
  ],
  missing: [
    { text: 'We collect your name and email address to send you our newsletter.', messageId: 'none' },
    {
      text: 'We have not appointed a Data Protection Officer.',
      messageId: 'none',
      note: 'negated role, no contact at all',
    },
    {
      text: 'You can complain to the ICO at ico.org.uk or by calling 0303 123 1113.',
      messageId: 'none',
      note: 'regulator details only',
    },
    {
      text: 'Data protection law gives you rights over your personal information.',
      messageId: 'none',
      note: '"data protection" without a role',
    },
  ],
});
