// checks.md, `controller-complaint` (UK GDPR Art 13(2)(ca), DPA 2018 s.164A, since 19 Jun 2026):
//   met: the right to complain to the controller itself, with how (a channel or form);
//   partial: a complaints procedure referred to without a channel, or a channel with no statement of the right;
//   missing: nothing. A complaint to the ICO is not a complaint to the controller (that is `ico-complaint`).
import controllerComplaint from '../../src/checks/controller-complaint';
import { testCheck } from '../check-tester';

testCheck(controllerComplaint, {
  met: [
    {
      text: 'If you wish to complain about how we use your personal data, please email complaints@harbourlane.example.',
      evidence: ['complaints@harbourlane.example'],
    },
    {
      text: 'To make a complaint, please write to:\nData Protection Lead\nHarbour Lane Ltd, 12 Quay Street, Bristol BS1 4DJ',
      evidence: ['BS1 4DJ'],
      note: 'the address follows the lead-in on its own lines',
    },
    {
      text: 'We would welcome the chance to resolve your concerns before you approach the ICO, so please contact our Data Protection Officer first at dpo@harbourlane.example.',
      note: 'the ICO is named, but the route is to the controller first',
    },
    {
      text: 'Complaints\nIf you are unhappy with the way we have handled your information, call our privacy team on 0117 496 0123.',
      note: 'dissatisfaction plus a contact verb, under a complaints heading',
    },
    {
      text: 'If you have any questions or complaints, contact us using the details below.\nEmail: privacy@harbourlane.example',
      note: 'the channel is pointed to, not in the sentence',
    },
    {
      text: 'You can complain to us using the online complaints form on our website, and you may also complain to the Information Commissioner.',
      note: 'a form is a channel; the ICO clause is cut off',
    },
    {
      text: 'If you wish to complain about our service, email complaints@harbourlane.example; if you remain unhappy you can then go to the Housing Ombudsman.',
      note: 'the controller route comes first; only the ombudsman clause is cut off',
    },
    {
      text: 'If you have concerns about how we handle your personal data, please write to our Data Protection Lead at dpl@tollgatemills.example.',
      note: 'a concern about how the controller handles data is a complaint; the channel is in the sentence',
    },
    {
      text: 'Questions and concerns\nIf you have a question or a concern about the way we look after your records, email people@tollgatemills.example.',
      note: 'under a mixed heading, the channel sentence itself names a concern',
    },
    {
      text: 'Complaints\nFor further information, or to take the matter further, email our Data Protection Lead at dpl@tollgatemills.example.',
      note: 'under a heading only about complaints, a channel offered for "further information" is the complaints channel',
    },
  ],
  partial: [
    {
      text: 'Questions and concerns\nIf you have any questions about this notice, please email people@tollgatemills.example or ring extension 340.\nIf you have a concern about the way we use your records, you can raise it through the staff grievance procedure in the handbook.',
      messageId: 'no-channel',
      evidence: ['staff grievance procedure'],
      note: 'the email is offered for questions only; the grievance procedure is a complaints procedure with no channel',
    },
    {
      text: 'If you are unhappy with how your information has been handled, please follow our grievance policy.',
      messageId: 'no-channel',
      note: "an employer's grievance policy offered for dissatisfaction is a procedure without a channel",
    },
    { text: 'For complaints, please see our complaints procedure.', messageId: 'no-channel' },
    {
      text: "You have the right to complain to us or to the Information Commissioner's Office.",
      messageId: 'no-channel',
      note: 'the right to complain to the controller, with no channel',
    },
    {
      text: 'Contact details\nEmail: complaints@harbourlane.example\nPhone: 0117 496 0000',
      messageId: 'channel-only',
      note: 'a complaints address with no statement that one may complain',
    },
  ],
  missing: [
    {
      text: 'Questions and concerns\nIf you have any questions about this notice or how we use your information, please contact the People Team at people@tollgatemills.example.',
      messageId: 'none',
      note: 'a channel for questions is not a complaint channel, even under a heading that mentions concerns',
    },
    {
      text: 'We keep records of disciplinary and grievance procedures for six years after you leave.',
      messageId: 'none',
      note: 'grievance procedures as records kept, not offered to the reader',
    },
    {
      text: "Complaints\nYou can complain to the Information Commissioner's Office:\nWycliffe House\nWater Lane, Wilmslow, Cheshire SK9 5AF",
      messageId: 'none',
      note: "the ICO's address under a complaints heading is not a channel to the controller",
    },
    {
      text: "You have the right to make a complaint to the Information Commissioner's Office at ico.org.uk or on 0303 123 1113.",
      messageId: 'none',
      note: 'a complaint to the ICO is not a complaint to the controller',
    },
    {
      text: 'We use your contact details for the management of enquiries, complaints and claims.',
      messageId: 'none',
      note: 'complaints as a purpose of processing',
    },
    { text: 'In the event of a complaint, we may keep your data for longer.', messageId: 'none' },
    { text: 'If you are not satisfied with our response, you can complain to the ICO.', messageId: 'none' },
    {
      text: 'Supporters who are unhappy with how the charity raises money may complain to the Fundraising Regulator.',
      messageId: 'none',
      note: 'a sector regulator is an outside body, not the controller',
    },
    {
      text: 'Complaints\nIf you remain dissatisfied you can refer your complaint to the Financial Ombudsman Service, Exchange Tower, London E14 9SR, telephone 0800 023 4567.',
      messageId: 'none',
      note: "an ombudsman's address under a complaints heading is not a channel to the controller",
    },
    {
      text: 'If you are unhappy with a programme you can complain to Ofcom, and concerns about our charitable status can be raised with the Charity Commission.',
      messageId: 'none',
      note: 'broadcasting and charity regulators named without the controller',
    },
  ],
});
