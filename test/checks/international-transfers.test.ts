// checks.md, `international-transfers` (Art 13(1)(f)):
// - met: says whether data is transferred outside the UK/EEA, and where it is, names at least one
//   valid safeguard (adequacy, SCCs, IDTA or Addendum, binding corporate rules, UK-US data bridge).
// - partial: transfers mentioned (or data stored in a non-UK country) with no safeguard named; or the
//   only mechanism named is invalid (Privacy Shield, Safe Harbor); valid + invalid = partial, invalid called out.
//   An invalid mechanism counts only when relied on: past reliance ("until 2020 we relied on",
//   "previously certified under") and non-reliance ("we no longer / do not rely on") are not reliance.
// - not-applicable: the notice states that data is not transferred outside the UK/EEA (and nothing contradicts it).
// - missing: nothing about where data is stored or transferred.
import internationalTransfers from '../../src/checks/international-transfers';
import { testCheck } from '../check-tester';

testCheck(internationalTransfers, {
  met: [
    {
      text: 'Some of our IT suppliers are based outside the UK. Where we transfer your data to them, we use the International Data Transfer Agreement issued by the ICO.',
      evidence: ['International Data Transfer Agreement'],
    },
    {
      text: 'Our booking system stores data on servers in the United States; this transfer is covered by the UK Extension to the EU-US Data Privacy Framework.',
      note: 'a non-UK location and the UK-US data bridge',
    },
    'We may send your details to countries that the UK government has found to provide an adequate level of protection for personal data.',
    {
      text: 'Colleagues in our group companies in India can access customer records, and these transfers are protected by our binding corporate rules.',
    },
    {
      text: 'We do not normally transfer personal data outside the UK. Where we do, we use the EU standard contractual clauses together with the UK Addendum.',
      note: 'a hedged denial that admits transfers, then the safeguard',
    },
    {
      text: 'Our ticketing platform keeps your booking on servers in the United States. Until 2021 it relied on the EU-US Privacy Shield; it now relies on the UK Extension to the Data Privacy Framework.',
      evidence: ['UK Extension'],
      note: 'past reliance on Privacy Shield ("until 2021 it relied on") is not reliance: only the valid mechanism counts',
    },
    {
      text: '## Overseas transfers\nOur help-desk software keeps support tickets on servers in Japan. Japan has UK adequacy status.',
      evidence: ['servers in Japan', 'has UK adequacy'],
      note: 'quotes where the data goes, not only the section heading',
    },
    {
      text: 'Our CRM supplier is based in Canada, which is covered by UK adequacy regulations. We do not use the Safe Harbor framework for any transfer.',
      note: 'Safe Harbor named only to say it is not used',
    },
    {
      text: 'Our analytics supplier, previously certified under the EU-US Privacy Shield, now processes your data in the US under the International Data Transfer Agreement.',
      note: '"previously certified under" is past reliance',
    },
  ],
  partial: [
    {
      text: 'Your information may be transferred to, and processed in, countries outside the European Economic Area.',
      messageId: 'no-safeguard',
      reasonIncludes: ['outside the European Economic Area'],
    },
    {
      text: 'We use Mailchimp to send our newsletter; Mailchimp keeps your email address on servers in the USA.',
      messageId: 'no-safeguard',
      reasonIncludes: ['USA'],
      note: 'no transfer wording, only a non-UK storage location',
    },
    {
      text: 'Where we transfer data outside the UK, we make sure appropriate safeguards are in place.',
      messageId: 'no-safeguard',
      note: '"appropriate safeguards" names no safeguard',
    },
    {
      text: 'We do not transfer personal data outside the UK, except to our payroll provider, whose staff work in South Africa.',
      messageId: 'no-safeguard',
      note: 'a denial with an exception is not a denial',
    },
    {
      text: 'All customer data is stored in the UK. Our email platform, however, is hosted in the United States.',
      messageId: 'no-safeguard',
      note: 'UK storage contradicted by a US host: not not-applicable',
    },
    {
      text: 'Our hosting provider in the US is certified under the EU-US Privacy Shield.',
      messageId: 'invalid-only',
      reasonIncludes: ['Privacy Shield'],
    },
    {
      text: 'Transfers outside the UK rely on standard contractual clauses or, for American suppliers, on the Privacy Shield framework.',
      messageId: 'invalid-with-valid',
      reasonIncludes: ['standard contractual clauses', 'Privacy Shield'],
      note: 'valid + invalid together is partial, with the invalid one named',
    },
    {
      text: 'Our US email platform is certified under the EU-US Privacy Shield, which replaced the old Safe Harbor scheme.',
      messageId: 'invalid-only',
      reasonIncludes: ['Privacy Shield'],
      note: 'what Privacy Shield replaced is history, but the Shield itself is relied on in the present',
    },
    {
      text: 'We have relied on the Privacy Shield since 2017 for our American suppliers, and also use standard contractual clauses.',
      messageId: 'invalid-with-valid',
      reasonIncludes: ['Privacy Shield', 'standard contractual clauses'],
      note: '"have relied on ... since" is continuing reliance, not past reliance',
    },
    {
      text: 'Our web host stores your data in the United States. Before July 2020 these transfers were covered by the Privacy Shield.',
      messageId: 'no-safeguard',
      reasonIncludes: ['United States'],
      note: 'the only mechanism is one relied on in the past, so no safeguard is named for the transfer now',
    },
  ],
  notApplicable: [
    { text: 'We do not transfer your personal data outside the UK.', messageId: 'not-transferred' },
    { text: 'All data is stored on servers in the UK.', messageId: 'not-transferred', evidence: ['servers in the UK'] },
    {
      text: "Your records won't be sent outside the European Economic Area. If we ever need to transfer data outside the UK, we will update this notice first.",
      messageId: 'not-transferred',
      note: 'a hypothetical future transfer does not contradict the denial',
    },
    {
      text: 'We store every membership record in UK data centres and never send it abroad.',
      messageId: 'not-transferred',
    },
  ],
  missing: [
    { text: 'We share your details with our delivery partners so they can deliver your order.', messageId: 'none' },
    {
      text: 'We may transfer your personal information to a buyer if we sell our business.',
      messageId: 'none',
      note: '"transfer" to a buyer, not abroad',
    },
    {
      text: 'If you are visiting our website from outside the UK, please note that our services are intended for UK residents.',
      messageId: 'none',
      note: "the reader's location, not the data's",
    },
    {
      text: 'Brightwater Housing Association is a charity based in the UK. We use your information to manage your tenancy.',
      messageId: 'none',
      note: 'the organisation is UK-based; nothing says where the data is kept',
    },
  ],
});
