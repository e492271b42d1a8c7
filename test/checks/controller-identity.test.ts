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
    {
      text: 'PRIVACY AND COOKIES NOTICE\n\nAbout Us\n\nOakfield Veterinary Centre Ltd runs three surgeries in Shropshire.\n\nWrite to us at 4 Castle Street, Ludlow SY8 1AT.',
      evidence: ['Oakfield Veterinary Centre Ltd', 'SY8 1AT'],
      note: 'the title heading spans the whole notice: its "cookies" does not make every sentence talk of others',
    },
    {
      text: 'How We Use Your Information\n\nMarsh End Primary School is part of our local federation. We collect information about pupils and parents.\n\nContact the school office on 01632 960 412.',
      evidence: ['Marsh End Primary School'],
      note: 'a heading\'s "we use" is about purposes, not about suppliers the notice uses',
    },
    {
      text: 'Who we are\n\nLarkspur Housing Co-operative ("the Co-operative") provides homes for rent in Leeds.\nThe Co-operative is the data controller for the information in this notice.\nEmail: privacy@larkspur-coop.example',
      evidence: ['Larkspur Housing Co-operative ("the Co-operative")', 'The Co-operative is the data controller'],
      note: 'a defined short name ("the Co-operative") named as controller resolves to the full name, each in its own block',
    },
    {
      text: 'Who runs the practice?\n\nKestle Smiles is the trading name of a partnership between two dentists.\nWrite to 3 Market Row, Kendal LA9 4AB.',
      evidence: ['Kestle Smiles is the trading name of a partnership'],
      note: 'an unincorporated partnership named by its trading name, with no legal suffix',
    },
    {
      text: 'Ana Lopes is a sole trader and runs every lesson herself. Call 01632 960 555 to book.',
      evidence: ['Ana Lopes is a sole trader'],
      note: 'a sole trader is the controller in her own name',
    },
    {
      text: 'Tidewater Kayaks is run by two friends from Falmouth. In data protection terms it is the ‘controller’.\nEmail: paddle@tidewater-kayaks.example',
      evidence: ['Tidewater Kayaks is run by two friends', 'it is the ‘controller’'],
      note: '"it is the \'controller\'" in quotes takes its name from the sentence before',
    },
    {
      text: "Hi, I'm Priya Nandra and I make wedding cakes from my kitchen in Frome. Text me on 07700 900 733 with any questions.",
      evidence: ["I'm Priya Nandra"],
      note: 'a sole trader writing in the first person: "I\'m X" names the controller, with no legal suffix',
    },
    {
      text: 'I own and run Kettle Hill Dog Walking. If you want to know what I hold about you, email walks@kettlehill.example.',
      evidence: ['I own and run Kettle Hill Dog Walking'],
      note: '"I own and run X": the business named by its owner',
    },
    {
      text: 'Tarn Edge Tutoring is run by me, Dev Malik, on my own. Write to 2 Beck Row, Kendal LA9 6QT.',
      evidence: ['Tarn Edge Tutoring is run by me'],
      note: '"X is run by me"',
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
    {
      text: 'Sharing your information\n\nWe pass your details to Stripe Payments Europe Limited, which processes card payments.\nEmail privacy@shopfront-example.co.uk with any questions.',
      messageId: 'unnamed',
      note: 'a lone heading is a section heading, not the title: its section is still about other organisations',
    },
    {
      text: 'Analytics\n\nGoogle LLC ("the Provider") places cookies on your device. The Provider is a controller of the data it collects.\nEmail: help@shopfront-example.co.uk',
      messageId: 'unnamed',
      note: "a short name defined for another organisation, named as a controller, is not the notice's author",
    },
    {
      text: 'We use Fathom Analytics to count visits. We are the controller of the reports it produces.\nEmail hello@shopfront-example.co.uk',
      messageId: 'unnamed',
      note: '"we are the controller" after a sentence about a supplier: the supplier is not who "we" are',
    },
    {
      text: 'Our coaches work in partnership with Harlow Schools Sport. Call 01632 960 000 to join a session.',
      messageId: 'unnamed',
      note: '"in partnership with" another body does not say the controller is a partnership',
    },
    {
      text: 'Bramble Gardens is the trading name of Ana Lopes, a sole trader. She alone decides how your details are used.',
      messageId: 'no-channel',
      note: 'a trading name with no way to reach its owner',
    },
    {
      text: 'My name is Oona Reyes and I photograph family portraits. I keep your details on an encrypted laptop.',
      messageId: 'no-channel',
      note: '"my name is X" names a sole trader, but no channel is given',
    },
    {
      text: 'I am Head of Customer Care, and I look after requests about your data. Email care@shopfront-example.co.uk.',
      messageId: 'unnamed',
      note: 'a first-person role title ("I am Head of ...") names no organisation',
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
