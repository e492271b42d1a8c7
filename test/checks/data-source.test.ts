// checks.md, `data-source` (UK GDPR Art 14(2)(f)):
//   met: sources of data not collected from the person are named;
//   partial: "from third parties" with no source;
//   not-applicable: the notice describes collecting data only from the person (given by them or observed
//     from their use) and mentions no other source;
//   missing: nothing about where data comes from.
import dataSource from '../../src/checks/data-source';
import { testCheck } from '../check-tester';

testCheck(dataSource, {
  met: [
    {
      text: 'If you were referred to us by a friend, they will have given us your name and email address.',
      note: 'a passive "referred to us by"',
    },
    {
      text: 'When you apply for a loan we receive information about you from credit reference agencies such as Experian.',
      evidence: ['credit reference agencies'],
    },
    {
      text: 'Your employer may give us your work email address and job title when it signs up to our service.',
      note: 'the source is the subject: "X may give us"',
    },
    {
      text: 'Where we get your information\nSome of the information we hold comes from public registers such as Companies House and the electoral roll.',
      note: 'a heading about sources, no acquisition verb in the sentence',
    },
    'Candidate details may be passed to us by recruitment agencies and job boards.',
    {
      text: 'We may obtain details about you from:\n• our group companies\n• LinkedIn, when you apply through it',
      note: 'sources listed under a lead-in ending "from:"',
    },
    {
      text: 'We collect some information indirectly, through our suppliers, so that we can keep a record of your purchases.',
      note: '"through" as the source preposition',
    },
  ],
  partial: [
    {
      text: 'We may also receive personal information about you from third parties.',
      messageId: 'generic',
      reasonIncludes: ['third parties'],
    },
    {
      text: 'Some information is obtained from other sources, for example publicly available sources.',
      messageId: 'generic',
      note: '"publicly available sources" names no register or source',
    },
    {
      text: 'We may obtain personal data directly from you or via providers engaged for this purpose.',
      messageId: 'generic',
      note: 'the direct source comes first; the second preposition still introduces an unnamed source',
    },
    {
      text: 'We carry out credit checks before opening an account for you.',
      messageId: 'implied',
      note: 'a credit check needs data from elsewhere, but no source is named',
    },
  ],
  notApplicable: [
    {
      text: 'We only collect the information you give us when you fill in our contact form, and details of how you use our website that our cookies record.',
      messageId: 'direct-only',
    },
    {
      text: 'We do not obtain personal data about you from third parties; everything we hold comes directly from you.',
      messageId: 'direct-only',
      note: 'a negated indirect source is a statement that data comes only from the person',
    },
  ],
  missing: [
    {
      text: 'We are not responsible for information collected by third parties through their own websites.',
      messageId: 'none',
      note: 'third parties as collectors for themselves, not a source for us',
    },
    { text: 'We keep your data secure and delete it after two years.', messageId: 'none' },
    {
      text: 'We may share your information with credit reference agencies and our group companies.',
      messageId: 'none',
      note: 'named organisations as recipients, not sources',
    },
    {
      text: 'You can contact us via social media or by phone during office hours.',
      messageId: 'none',
      note: 'social media as a channel the person uses',
    },
    {
      text: 'You will receive newsletters from our partners only if you opt in.',
      messageId: 'none',
      note: 'the reader receives, not the organisation',
    },
  ],
});
