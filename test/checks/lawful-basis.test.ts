// checks.md, lawful-basis (Art 13(1)(c)): met = an Article 6 basis named as relied on; partial = only
// "we process data lawfully"; missing = nothing. Consent under the common law duty of confidentiality
// ("implied consent") and a phrase quoted and talked about are not the Article 6 basis.
import lawfulBasis from '../../src/checks/lawful-basis';
import { testCheck } from '../check-tester';

testCheck(lawfulBasis, {
  met: [
    {
      text: 'We process your order details because this is necessary for the performance of our contract with you.',
      evidence: ['performance of our contract'],
    },
    'Our lawful basis for sending you newsletters is your consent, which you can withdraw at any time.',
    'We use your browsing data for our legitimate interests in keeping the website secure.',
    {
      text: 'Lawful basis\nWe keep payroll records to comply with our legal obligations under tax law.',
      note: 'basis under a heading',
    },
    'Where processing is necessary to protect your vital interests, for example in a medical emergency, we may share your details.',
    'As a local authority we process this information to perform a public task under the Housing Act 1996.',
    {
      text: 'We use your delivery address to perform our contract with you.',
      note: 'a contract basis with no cue word',
    },
    {
      text: 'We will tell you which lawful basis applies. It can be any of these:\n• the consent you gave when you signed up\n• a contract we have with you',
      note: 'bases listed under a cued lead-in',
    },
    {
      text: 'Our lawful basis for sending the supporter magazine is "explicit consent".',
      note: 'a basis name in quotation marks is still the basis relied on',
    },
  ],
  partial: [
    { text: 'We will always process your personal data lawfully and fairly.', messageId: 'generic' },
    { text: 'We handle your information in accordance with applicable data protection laws.', messageId: 'generic' },
    {
      text: 'We will only process your data where we have a lawful basis to do so.',
      messageId: 'generic',
      note: 'names the idea of a basis, not a basis',
    },
  ],
  missing: [
    { text: 'We collect your name and email address when you sign up.', messageId: 'none' },
    {
      text: 'You can contact us about our legal terms and our contract terms at any time.',
      messageId: 'none',
      note: '"contract" with no basis cue',
    },
    {
      text: 'We do not rely on consent for anything other than cookies. Please read our cookie banner.',
      messageId: 'none',
      note: 'negated consent, no other basis',
    },
    {
      text: 'We rely on implied consent under the common law duty of confidentiality when we refer you to a specialist.',
      messageId: 'none',
      note: "the common law's implied consent is not the Article 6 basis",
    },
    {
      text: 'Leaflets in the waiting room sometimes say records are shared "with your consent".',
      messageId: 'none',
      note: 'a phrase quoted and talked about is not a basis relied on',
    },
  ],
});
