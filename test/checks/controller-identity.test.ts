// checks.md `controller-identity` (Art 13(1)(a)):
// - met: the organisation is named (legal entity or trading name) AND a concrete
//   channel is given: postal address, email, telephone, or a named contact form/page;
// - partial: named but no concrete channel ("contact us via our website", "at the
//   address on our website"), or contact details with no identifiable organisation;
// - missing: neither.
import controllerIdentity from '../../src/checks/controller-identity';
import { testCheck } from '../check-tester';

testCheck(controllerIdentity, {
  met: [
    {
      text: 'Harbour Lane Books Ltd ("we", "us") runs this website. You can email us at hello@harbourlane-books.co.uk.',
      evidence: ['Harbour Lane Books Ltd', 'hello@harbourlane-books.co.uk'],
    },
    {
      text: 'Northshire County Council is the data controller for the information you give us.\nWrite to: Data Protection Officer, County Hall, Northtown NT1 2AB.',
      evidence: ['Northshire County Council', 'NT1 2AB'],
      note: 'a council as controller, postal address with a postcode',
    },
    {
      text: 'We are Riverside Community Arts, a registered charity. Call us on 0161 496 0000 with any questions about your data.',
      note: '"we are X": a trading name with no legal suffix',
    },
    {
      text: 'At Pebble & Twig, we take your privacy seriously.\n\nHow to reach us\n\nUse the contact form on our website or write to 14 Mill Lane, Bristol BS1 4ST.',
      note: '"At X, we": the contact form and street address are concrete, unlike "via our website"',
    },
    '“We”, “us” and “our” refer to Brightwater Software Limited. Questions about this notice: privacy@brightwater-software.io',
    {
      text: 'Orchard Vets LLP is the data controller. If you are unhappy, you can complain to the ICO.\nContact us: privacy@orchardvets-example.co.uk',
      evidence: ['privacy@orchardvets-example.co.uk'],
      note: 'our own email right after a sentence about the ICO still counts',
    },
    {
      text: 'Thistle Dental Privacy Notice\n\nThis notice explains how we use patient information.\nPhone the practice manager on 0131 496 0123.',
      note: 'named only in the heading "X Privacy Notice"',
    },
  ],
  partial: [
    {
      text: 'Greenfield Academy Trust is responsible for the personal data in this notice. If you have any questions, please contact us via our website.',
      messageId: 'vague-channel',
      evidence: ['contact us via our website'],
    },
    {
      text: 'Orchard Lettings Limited is the controller. To exercise your rights, write to us at the address shown on our website.',
      messageId: 'vague-channel',
      note: 'a pointer to an address elsewhere is not an address',
    },
    {
      text: 'Tillbury Tools Limited processes the personal data described in this notice. We keep it secure and review our measures every year.',
      messageId: 'no-channel',
    },
    {
      text: 'If you have questions about this notice, email privacy@shopfront-example.co.uk or call 020 7946 0000.',
      messageId: 'unnamed',
      evidence: ['privacy@shopfront-example.co.uk'],
    },
    {
      text: 'We use Stripe Payments Europe Limited to take card payments. Questions about this notice: help@shopfront-example.co.uk.',
      messageId: 'unnamed',
      note: "a supplier's legal name is not the controller's name",
    },
    {
      text: 'Website Privacy Policy\n\nSend any questions to dataprotection@shopfront-example.co.uk.',
      messageId: 'unnamed',
      note: 'a generic title word ("Website Privacy Policy") names no one',
    },
  ],
  missing: [
    { text: 'We collect your name and email address when you sign up to our newsletter.', messageId: 'none' },
    {
      text: "This notice explains how we use your data. You can complain to the Information Commissioner's Office on 0303 123 1113 or at ico.org.uk.",
      messageId: 'none',
      note: "the regulator's helpline is not the controller's channel",
    },
    {
      text: 'We are registered with the ICO under number Z1234567. Please get in touch through our website.',
      messageId: 'none',
      note: 'an ICO registration number and a vague pointer: no name, no channel',
    },
  ],
});
