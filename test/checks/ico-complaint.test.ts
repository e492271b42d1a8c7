// checks.md, `ico-complaint` (Art 13(2)(d)):
// - met: states that the individual may complain to the Information Commissioner's Office
//   (ICO / Information Commissioner / Information Commission, its name since 2026).
// - partial: a complaint route to "a supervisory authority" or a non-UK regulator only, without
//   the ICO; or the ICO named only as a registration number / in passing, with no right to complain.
// - missing: no route to any regulator (an internal complaints procedure alone is `missing`).
import icoComplaint from '../../src/checks/ico-complaint';
import { testCheck } from '../check-tester';

testCheck(icoComplaint, {
  met: [
    {
      text: "You have the right to lodge a complaint with the Information Commissioner's Office (ICO), the UK regulator for data protection (www.ico.org.uk).",
      evidence: ["Information Commissioner's Office"],
    },
    {
      text: 'If you are unhappy with how we have handled your information, you can contact the Information Commission at ico.org.uk or on 0303 123 1113.',
      note: 'the 2026 name, and a dissatisfaction cue instead of the word "complain"',
    },
    {
      text: 'If you remain dissatisfied after hearing from our Data Protection Lead, you may refer the matter to the ICO.',
      note: 'acronym only',
    },
    {
      text: 'How to complain\nWe would like the chance to put things right first, so please write to the School Business Manager.\nInformation Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, telephone 0303 123 1113.',
      evidence: ['Wycliffe House'],
      note: 'the ICO address block carries no cue; its heading says it is the complaint route',
    },
    {
      text: 'You also have the right to complain to a supervisory authority. In the UK, this is the Information Commissioner.',
      note: 'the right and the ICO in neighbouring sentences',
    },
    {
      text: 'The Information Commissioner’s Office is the UK supervisory authority for data protection. Residents may lodge a complaint with a supervisory authority at any time. Our office hours are 9 to 5.',
      note: 'the ICO identified as the supervisory authority the complaint right points to',
    },
    {
      text: 'If you are unhappy, you can complain to the ICO, and the ICO may then contact us to look into it.',
      note: 'the ICO is first the object of the complaint, then the one who contacts us: still a route',
    },
    {
      text: "The Information Commissioner's Office, which you can reach at ico.org.uk, deals with complaints about how organisations use personal data.",
      note: 'a relative clause after the ICO ("which you can reach") does not make the ICO the actor',
    },
  ],
  partial: [
    {
      text: 'You have the right to lodge a complaint with a supervisory authority.',
      messageId: 'other-regulator-only',
      reasonIncludes: ['supervisory authority'],
      note: 'EU template wording with no UK regulator',
    },
    {
      text: 'If you live in Ireland, you can complain to the Data Protection Commission about our use of your data.',
      messageId: 'other-regulator-only',
      reasonIncludes: ['Data Protection Commission'],
      note: 'a non-UK regulator; "Data Protection Commission" must not pass for the Information Commission',
    },
    {
      text: 'Northfield Garden Centre Ltd is registered with the ICO under registration number Z9876543. If you have a complaint, please email complaints@northfield-garden.example.',
      messageId: 'ico-in-passing',
      reasonIncludes: ['registered'],
      note: 'the ICO and a complaint route side by side, but the route is internal and the ICO only a registration',
    },
    {
      text: "We follow the guidance published by the Information Commissioner's Office when sharing data with partner charities.",
      messageId: 'ico-in-passing',
      reasonIncludes: ['in passing'],
    },
    {
      text: 'EU customers may lodge a complaint with their local supervisory authority. Customers in Britain, and the Information Commissioner, may contact our UK representative, Brightlane Rep Ltd, about any privacy concern.',
      messageId: 'other-regulator-only',
      reasonIncludes: ['supervisory authority'],
      note: 'the ICO named as a party that may contact the representative, not as a body to complain to; the only complaint route is a non-UK one',
    },
    {
      text: 'Complaints\nIf you are unhappy with our service, please tell our support team and we will try to put things right.\nThe ICO may ask us for records of how we handled your complaint.',
      messageId: 'ico-in-passing',
      reasonIncludes: ['in passing'],
      note: 'under a complaints heading, with "complaint" in the sentence, but the ICO is the one asking us for records',
    },
  ],
  missing: [
    {
      text: 'If you have a complaint about how we handle your data, please write to our Complaints Officer at 4 Mill Lane, Leeds LS1 4AB.',
      messageId: 'internal-only',
      note: 'an internal complaints procedure alone',
    },
    { text: 'We collect your name and email address to send you our monthly newsletter.', messageId: 'none' },
    {
      text: 'We will notify the relevant regulator of any personal data breach where we are required to do so.',
      messageId: 'none',
      note: 'a regulator named, but as someone we notify, not a route for the individual',
    },
    {
      text: 'For complaints about our products, please refer to our Complaints Handling Procedure.',
      messageId: 'internal-only',
    },
  ],
});
