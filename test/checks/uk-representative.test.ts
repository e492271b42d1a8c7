// checks.md, `uk-representative` (UK GDPR Art 27):
//   met: a UK representative is named;
//   not-applicable: the controller is established in the UK;
//   missing: a controller not shown to be in the UK names no UK representative (no partial status).
import ukRepresentative from '../../src/checks/uk-representative';
import { testCheck } from '../check-tester';

testCheck(ukRepresentative, {
  met: [
    {
      text: 'Our representative in the UK is Thamesgate Privacy Services Ltd, who can be contacted at ukrep@thamesgate.example.',
      evidence: ['representative in the UK'],
    },
    'Acme Inc. is based in California. We have appointed DataRep as our UK representative under Article 27 of the UK GDPR.',
    'For the purposes of Article 27 of the UK GDPR, our representative is Bridgeford Compliance Ltd.',
    {
      text: 'Vistaline LLC has appointed Brookmoor Compliance as its representative in the EU and the UK under Article 27.',
      note: 'one representative for both the EU and the UK',
    },
    {
      text: 'Our UK and EU representative is Meridian Rep Services, reachable at rep@meridian.example.',
      evidence: ['Our UK and EU representative'],
    },
  ],
  notApplicable: [
    {
      text: 'Harbour Lane Bakery Ltd is a company registered in England and Wales (company number 01234567).',
      messageId: 'established',
    },
    { text: 'Write to us at 5 Orchard Road, Leeds LS6 2AB.', messageId: 'established', note: 'a UK postcode' },
    { text: 'We are registered with the ICO under number ZA123456.', messageId: 'established' },
    { text: 'Questions? Email hello@kestrelbooks.co.uk.', messageId: 'established', note: 'a .uk domain' },
    {
      text: 'Kestrel Analytics Limited is the controller of your personal data.',
      messageId: 'established',
      note: 'a UK legal form, with nothing pointing abroad',
    },
    {
      text: 'Thornbeck Bowls Club is a volunteer-run bowls club in Thornbeck, North Yorkshire. We keep a list of members.',
      messageId: 'established',
      note: 'a UK county as where the organisation is: a weak sign, with nothing pointing abroad',
    },
    {
      text: 'We are a family dental practice based in Swansea, and we look after your records carefully.',
      messageId: 'established',
      note: 'a UK town as where the practice is based',
    },
    {
      text: 'The Rovers are affiliated to the Scottish Football Association and keep a register of players.',
      messageId: 'established',
      note: 'affiliation to a UK national body',
    },
    {
      text: 'Penmoor Mortgages is authorised and regulated by the Financial Conduct Authority.',
      messageId: 'established',
      note: 'regulation by a UK regulator',
    },
  ],
  missing: [
    {
      text: 'Contact us\nAcme Corp\n500 Market Street, San Francisco, CA 94105',
      messageId: 'foreign',
      note: 'a US address where the notice gives its own contact details',
    },
    { text: 'We collect your email address to send you our newsletter.', messageId: 'not-shown' },
    { text: 'Nordlicht Apps GmbH is the controller of your data. You can complain to the ICO.', messageId: 'foreign' },
    {
      text: 'Acme Inc. is the data controller. You can write to the ICO at Wycliffe House, Water Lane, Wilmslow SK9 5AF.',
      messageId: 'foreign',
      note: "the ICO's postcode says nothing about the controller",
    },
    {
      text: 'We are incorporated in Delaware and have not appointed a UK representative.',
      messageId: 'foreign',
      note: 'a negated representative',
    },
    {
      text: 'We are a company registered in California; please send questions under the UK GDPR to privacy@acme.example.',
      messageId: 'foreign',
      note: 'UK law named, but the controller is registered abroad',
    },
    {
      text: 'Our club is based in New York and welcomes visitors from abroad.',
      messageId: 'not-shown',
      note: '"York" inside "New York" is not the English city',
    },
    {
      text: 'We deliver our boxes to customers in England and Wales.',
      messageId: 'not-shown',
      note: 'where the customers are, not where the organisation is',
    },
    {
      text: 'Skyloft Labs, Inc. is the controller. Copperfield Rep Services, 3 Canal Quay, Dublin 4, Ireland, is our representative in the European Union under Article 27 of the GDPR.',
      messageId: 'foreign',
      note: 'an EU representative under Article 27 is not a UK representative',
    },
    {
      text: 'We are a company incorporated in Ontario. Our EU representative under Article 27 is Beacon Privacy BV.',
      messageId: 'foreign',
      note: '"EU representative" with the article number',
    },
    {
      text: 'Brightpath Inc. is the data controller. Our training centre in Manchester runs courses every month.',
      messageId: 'foreign',
      note: 'a UK place is only a weak sign, outweighed by a non-UK legal form',
    },
  ],
});
