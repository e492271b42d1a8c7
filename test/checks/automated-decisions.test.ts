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
    {
      text: 'The Academy does not use automated decision-making or profiling.',
      note: 'the organisation (not "we") says it does not: a denial, not an affirmation by "the Academy ... use"',
    },
    {
      text: 'Decisions about your allotment tenancy are made by our volunteers, not by computers.',
      note: '"not by computers" denies decisions by machine without the words automated or alone',
    },
    {
      text: "Our booking software does not make decisions about patients on its own. Every decision about a patient's treatment is made by one of our physiotherapists.",
      note: 'a machine said not to decide "on its own"; "one of our physiotherapists" is a person though the role is not listed',
    },
    {
      text: 'Every decision on your grant application is taken by one of our assessors.',
      note: 'a person makes every decision, so none is made by automated means alone',
    },
    {
      text: 'Do we profile you?\nNo.',
      evidence: ['Do we profile you?', 'No.'],
      note: 'a bare "No." answering a question about profiling is a statement that none takes place',
    },
    {
      text: "We never research supporters' wealth or estimate their likely capacity to donate.",
      note: 'profiling described as evaluating an economic aspect of the person (Art 4(4)), and denied',
    },
    {
      text: 'Membership applications\nWe rank applicants automatically by how closely their experience matches the published criteria for the scheme. A panel member reads every application that is ranked below the cut-off before it is turned down.',
      evidence: ['We rank applicants automatically'],
      note: 'verb before "automatically" with the people as its object; logic (criteria) and human review follow',
    },
    {
      text: 'Payment checks\nEach booking is given a fraud risk rating by our automated system. The rating takes into account the country of the card and how many bookings came from the same device in the last hour. Bookings with a high rating are paused until a member of our payments team has checked them, and you can ask for the decision to be looked at again.',
      evidence: ['Each booking is given a fraud risk rating'],
      note: 'a score "given" by a system is profiling; logic, effect and safeguards follow under a heading that does not name the topic',
    },
    {
      text: 'Tenant referencing\nOur referencing partner applies an automated score that takes account of your credit file and whether your income covers the rent. We treat the score as an indication only; a member of our lettings team makes the decision, and you may ask for it to be reconsidered.',
      note: 'scoring by a third party for the controller, with its logic, effect and safeguards',
    },
    {
      text: 'Lead scoring\nWe use lead scoring to decide which sales enquiries to follow up first. The score is based on your company size and which of our emails you open, and it never affects the price you are offered.',
      note: 'the trade name of a kind of profiling, affirmed, with its logic and effect',
    },
    {
      text: 'None of our decisions about your membership are made automatically.',
      note: '"none of our decisions ... are made automatically": the denial is "none", not "not"',
    },
    {
      text: 'We use an algorithm to set your car insurance premium, based on your age, postcode and claims history.',
      note: 'a machine used to work out something about the person, with its logic in the same sentence',
    },
    {
      text: 'We do not use software to sift job applications; every CV is read by a member of our HR team.',
      note: 'a machine used to decide about applications, denied',
    },
    {
      text: '5. Your quote\n5.1 When you ask for a quote online, our pricing engine decides automatically, without human involvement, whether to offer you cover. It gives an answer within seconds.\n5.2 Quotes stay valid for 30 days.\n5.3 You may ask one of our underwriters to review the decision, give us your point of view and contest it.',
      evidence: ['decides automatically', 'contest it'],
      note: 'a machine deciding by itself is existence; the safeguards sit in a later numbered clause under the same number, beyond the usual two sentences, under a heading that does not name the topic',
    },
    {
      text: 'Our booking system automatically decides whether to accept a table reservation, using the party size and the times already booked. You can call the restaurant and ask a manager to check it.',
      evidence: ['automatically decides whether'],
      note: 'active "automatically decides whether", with logic and human review next',
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
    {
      text: 'Now and then we look at public sources alongside your past gifts to estimate your likely capacity to support a major appeal.',
      messageId: 'no-detail',
      reasonIncludes: ['profiling'],
      note: "wealth screening described in everyday words (an estimate of the person's economic situation): profiling with nothing about logic, effect or safeguards",
    },
    {
      text: 'A computer program decides whether your storm damage claim is paid.',
      messageId: 'no-detail',
      reasonIncludes: ['automated decision-making'],
      note: 'a machine as the subject of "decides whether", affirmed without logic, effect or safeguards',
    },
    {
      text: 'You can object to prospect research at any time.',
      messageId: 'not-stated',
      note: 'a right to object to a kind of profiling says nothing about whether it happens',
    },
    {
      text: 'Automated scoring\nWe keep your details secure and only share them with our auditors.',
      messageId: 'not-stated',
      note: 'a heading names the topic but the section never says whether any scoring happens',
    },
    {
      text: 'Automated decisions are decisions made by technology without human involvement.',
      messageId: 'not-stated',
      note: 'a definition ("are decisions made by") is no statement that this organisation makes them',
    },
    {
      text: 'Your CV may be sifted by software.',
      messageId: 'no-detail',
      note: 'sifted "by software" rather than by an automated system',
    },
    {
      text: 'We use machine learning to identify customers who may be in financial difficulty.',
      messageId: 'no-detail',
      note: 'machine learning used to single out people: no logic, effect or safeguard',
    },
    {
      text: 'Some of our insurers use automated underwriting.',
      messageId: 'no-detail',
      note: 'a kind of automated decision named as a practice',
    },
    {
      text: 'Our underwriting engine decides automatically, without human involvement, whether a policy can be renewed.',
      messageId: 'no-detail',
      note: '"without human involvement" says the machine acts alone; it is not the human-review safeguard',
    },
    {
      text: '4.1 Our rules engine decides automatically whether your membership renews.\n4.2 Membership fees are set each April.\n4.3 Fees are payable by direct debit.\n5.1 If you think a decision about a refund was wrong, you can ask a member of staff to review it.',
      messageId: 'no-detail',
      note: 'a clause under another number (5.1) does not explain clause 4.1',
    },
  ],
  missing: [
    {
      text: 'Our site search engine decides automatically which articles to show first.',
      messageId: 'none',
      note: 'an engine choosing content is not a decision about a person or their case',
    },
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
    {
      text: 'You can decide whether your phone contacts are synced automatically.',
      messageId: 'none',
      note: '"decide whether ... automatically" is the person choosing a setting, not a decision about them',
    },
    {
      text: 'Having analysed the risks, we consider that your interests and rights do not override our legitimate interests.',
      messageId: 'none',
      note: 'a legitimate-interests balance: "your interests" beside "analysed" is not an evaluation of the person',
    },
    {
      text: 'We analyse how visitors move around our website so that we can improve its layout.',
      messageId: 'none',
      note: 'analysis of site use evaluates no aspect of a person',
    },
    {
      text: 'When you create a profile on our forum you choose a display name.',
      messageId: 'none',
      note: 'creating an account profile is not building a profile of the person',
    },
    {
      text: 'You can change your marketing preferences at any time, and we analyse unsubscribe rates each month.',
      messageId: 'none',
      note: '"marketing preferences" are settings, not preferences inferred about the person',
    },
    {
      text: 'Screen reader users automatically get a simplified layout.',
      messageId: 'none',
      note: '"screen" as a noun next to users and "automatically"',
    },
    {
      text: 'Our website uses an algorithm to show the most popular products first.',
      messageId: 'none',
      note: 'an algorithm that decides nothing about a person',
    },
    {
      text: 'We use software to calculate your order total and delivery charge.',
      messageId: 'none',
      note: 'ordinary software doing arithmetic on an order is no evaluation of the person',
    },
  ],
});
