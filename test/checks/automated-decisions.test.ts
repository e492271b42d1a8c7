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
    {
      text: 'When you apply online, our screening software automatically compares your answers with the minimum criteria for the course. If you do not meet them, your application may be turned down automatically, without a tutor looking at it. You can ask for a member of our admissions team to review it and tell us why you disagree.',
      evidence: ['automatically compares your answers'],
      note: 'existence described in everyday words ("automatically compares", no "automated decision-making"), with logic and review',
    },
    {
      text: 'Home insurance claims below £300 are assessed by an automated system that checks them against your policy wording. If a claim is refused, you can give us your point of view and one of our claims handlers will reconsider it.',
      note: 'passive description "assessed by an automated system" with its safeguards in the next sentence',
    },
    {
      text: 'Tenancy applications are never rejected automatically; a member of our lettings team reads every one.',
      note: 'a description denied in its own clause is a statement that none takes place',
    },
    {
      text: 'Do we make decisions about you automatically?\nNo. Every decision about your membership is made by a person, never by computer alone.',
      evidence: ['never by computer alone'],
      note: 'a question heading is no affirmation; "never by computer alone" is a plain statement that none takes place',
    },
    {
      text: "Nobody's housing application is turned down by software alone: one of our lettings officers makes every decision.",
      note: '"nobody ... by software alone" denies it without the words automated or profiling',
    },
    {
      text: 'A caseworker is always involved in decisions about your benefit claim.',
      note: 'a person always takes part in the decisions, so none is made by automated means alone',
    },
    {
      text: 'Automated decisions\nWhen you ask for an overdraft, the Society uses an automated decision-making system to decide whether to offer one. It looks at how you have run your account over the past year. It usually answers within a minute.\nIf you disagree with the outcome, you can ask for a member of our lending team to reconsider it and give us your point of view.',
      evidence: ['the Society uses an automated decision-making system', 'point of view'],
      note: 'an organisation (not "we") affirms it; the safeguards sit three sentences on, still in the section about automated decisions',
    },
    {
      text: 'Our pharmacy software reads your repeat prescriptions and works out a risk rating showing how likely you are to have a harmful drug interaction. A pharmacist checks every rating before anything changes.',
      evidence: ['works out a risk rating'],
      note: 'profiling described without the words automated or profiling, with human review in the next sentence',
    },
    {
      text: 'We do not use any software to predict how likely you are to miss a rent payment.',
      note: 'profiling described in everyday words and denied',
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
    {
      text: 'Our recruitment platform automatically shortlists candidates for interview.',
      messageId: 'no-detail',
      reasonIncludes: ['automated decision-making'],
      note: 'described in everyday words but with no logic, effect or safeguard',
    },
    {
      text: 'If you do not upload a portfolio, your competition entry is scored automatically.',
      messageId: 'no-detail',
      note: 'the "not" belongs to "upload", so this affirms automated scoring rather than denying it',
    },
    {
      text: 'You have the right not to be refused automatically without a person looking at your case.',
      messageId: 'not-stated',
      note: 'a right worded as a description: the "not" belongs to the right, so it is no denial of the practice',
    },
    {
      text: 'Decisions about your hire purchase agreement can be made by computer alone.',
      messageId: 'no-detail',
      reasonIncludes: ['automated decision-making'],
      note: '"by computer alone" affirmed in a passive, with nothing about logic, effect or safeguards',
    },
    {
      text: 'Our app uses machine learning to predict whether you are likely to cancel your subscription.',
      messageId: 'no-detail',
      reasonIncludes: ['profiling'],
      note: 'a prediction about the person is profiling, even unnamed; no logic, effect or safeguard given',
    },
    {
      text: 'Automated decision making happens when a computer makes decisions without human involvement.',
      messageId: 'not-stated',
      note: 'a definition says nothing about whether this organisation does it',
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
    {
      text: 'Our mail server automatically screens incoming messages for viruses.',
      messageId: 'none',
      note: '"automatically screens" something that is not a person or their application',
    },
    {
      text: 'Our automated email system sends you a receipt when you place an order.',
      messageId: 'none',
      note: 'an automated system that decides nothing about the person',
    },
    {
      text: 'Your high score and level appear on the leaderboard, which our system updates every hour.',
      messageId: 'none',
      note: 'a game score is no prediction about the person',
    },
    {
      text: 'Our team is always happy to help you decide which plan suits you.',
      messageId: 'none',
      note: '"always" and "decide" without a person making decisions about you',
    },
    {
      text: 'Our app predicts the weather at your saved location.',
      messageId: 'none',
      note: 'a prediction that is not about the person',
    },
  ],
});
