// checks.md, `automated-decisions` (UK GDPR Art 13(2)(f), Arts 22A-22D as amended by the DUAA 2025):
//   met: the existence of automated decision-making / profiling (with its logic, effect or safeguards),
//     or a statement that none takes place;
//   partial: profiling or automated decisions mentioned without the logic, effect or safeguards
//     (representations, human review, contest), or only the right listed without saying whether any takes place;
//   missing: nothing.
import automatedDecisions from '../../src/checks/automated-decisions';
import { testCheck } from '../check-tester';

testCheck(automatedDecisions, {
  met: [
    { text: "We don't use automated decision making.", note: 'contracted negation' },
    {
      text: 'Automated decision-making and profiling: we do not undertake either.',
      note: 'the denial comes after the mention',
    },
    {
      text: 'We do not make any decisions about you based solely on automated processing.',
      evidence: ['We do not make'],
    },
    'No automated decision-making or profiling takes place.',
    { text: 'We will never use your information for profiling.', note: 'negation with "never"' },
    {
      text: 'We use automated decision-making to assess loan applications, based on your credit score and income. You can ask for a member of our team to review the decision.',
      note: 'existence with logic and a safeguard in the next sentence',
    },
    {
      text: 'We carry out profiling to decide which offers to show you; this has no legal or similarly significant effect on you.',
      note: 'existence with its effect',
    },
  ],
  partial: [
    {
      text: 'We may use profiling to tailor our marketing to you.',
      messageId: 'no-detail',
      reasonIncludes: ['profiling'],
    },
    {
      text: 'You have the right not to be subject to a decision based solely on automated processing, including profiling.',
      messageId: 'not-stated',
      note: '"right not to be subject" is a right, not a statement that none takes place',
    },
    { text: 'Your rights include the right to object to profiling.', messageId: 'not-stated' },
    {
      text: 'We do not expect to make any further automated decisions. We may also use profiling to show you personalised offers.',
      messageId: 'no-detail',
      note: 'profiling said to happen, with nothing about it, beside a denial of other decisions',
    },
  ],
  missing: [
    { text: 'We automatically collect your IP address and browser type.', messageId: 'none' },
    {
      text: 'Your public profile on our forum shows your username.',
      messageId: 'none',
      note: '"profile" is not profiling',
    },
    { text: 'We use automated technologies such as cookies.', messageId: 'none' },
  ],
});
