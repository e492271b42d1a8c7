// checks.md, legitimate-interests (Art 13(1)(d)): not-applicable when legitimate interests is not
// relied on; met when the interests are stated; partial when relied on but no interest is stated.
// A notice naming no lawful basis at all cannot show that legitimate interests is not relied on,
// so it is missing (as the rights check expects portability when no basis is named).
import legitimateInterests from '../../src/checks/legitimate-interests';
import { testCheck } from '../check-tester';

testCheck(legitimateInterests, {
  met: [
    {
      text: 'We rely on our legitimate interests in preventing fraud when we check each order.',
      evidence: ['preventing fraud'],
    },
    'We process your browsing data on the basis of legitimate interests (to improve our website).',
    {
      text: 'Purpose\nLawful basis\nSending you offers on products similar to those you bought\nLegitimate interests',
      note: 'a table row: purpose beside the legitimate-interests label',
    },
    'It is in our legitimate interest to send you information about similar products.',
    'Our legitimate interests are: keeping our network secure and understanding how our app is used.',
    {
      text: 'Legitimate interests: we use CCTV to keep our premises safe.',
      note: 'a label followed by the processing it covers',
    },
    {
      text: 'We rely on the following legitimate interests, which we have weighed against your rights: (a) keeping our app free of spam accounts; (b) working out which features members use most.',
      evidence: ['keeping our app free of spam accounts'],
      note: 'an inline lettered list after a colon, with a balancing clause between the phrase and the list',
    },
    {
      text: 'Why we hold tenant records\nWhere we rely on legitimate interests, ours are as follows:\n- recovering unpaid rent;\n- planning repairs across our estates.',
      evidence: ['recovering unpaid rent'],
      note: 'the lead-in ends its block with a colon; the interests are the list items that follow',
    },
    {
      text: 'Our processing rests on these legitimate interests:\n(i) answering questions you send us;\n(ii) defending legal claims.',
      evidence: ['answering questions you send us'],
      note: 'roman-numbered list items after "these legitimate interests:"',
    },
    {
      text: "We send appointment texts because it's in our legitimate interests to do so: empty chairs mean other patients wait longer for treatment.",
      evidence: ['empty chairs mean other patients wait longer'],
      note: 'the interest is the reason given after a colon, with no purpose verb',
    },
    {
      text: 'We keep a record of visitors to our nursery under legitimate interests, because parents need to know who has been in the building.',
      note: 'the interest given as a "because" reason',
    },
    {
      text: 'Monitoring at work\n- Recording calls, to train our advisers and resolve disputes.\n- Checking building access logs, to keep the office secure.\nOur legitimate interests are the ones described in each item above.',
      evidence: ['to keep the office secure', 'the ones described in each item above'],
      note: 'a sentence pointing back to list items that each state a purpose',
    },
    {
      text: 'We rely on legitimate interests, as set out below.\n\nWhy we do it\n- To check that deliveries reach the right address.\n- To stop fraudulent returns.',
      evidence: ['To check that deliveries reach the right address'],
      note: 'a pointer forward, past the heading of the list it points to',
    },
    {
      text: 'Purpose: sending service updates to past customers\nPurpose: to screen new accounts for fraud\nOur legitimate interests are as stated beside each purpose.',
      note: 'a pointer with no direction ("beside each purpose") to purposes listed before it',
    },
  ],
  partial: [
    {
      text: 'Where processing is necessary for our legitimate interests (or those of a third party) and your interests and fundamental rights do not override those interests, we may process your data.',
      messageId: 'unstated',
      note: 'the statutory definition names no interest',
    },
    { text: 'We may process your data on the basis of legitimate interests.', messageId: 'unstated' },
    {
      text: 'We rely on legitimate interests. Our legitimate interests are balanced against your rights.',
      messageId: 'unstated',
      note: 'the balancing test is not an interest',
    },
    {
      text: 'You can object where we rely on legitimate interests to process your data.',
      messageId: 'unstated',
      note: '"to process your data" is no interest',
    },
    {
      text: 'We rely on the following legitimate interests, which we have balanced against your rights: see our separate assessment.',
      messageId: 'unstated',
      note: 'a colon after a list intro that is followed by a pointer elsewhere, not by any interest',
    },
    {
      text: 'We process data for the following legitimate interests:\n\nLegitimate Interests Assessment\nWe have weighed these interests against your rights and freedoms.',
      messageId: 'unstated',
      note: 'the lead-in is followed by a heading, not by the list it promised',
    },
    {
      text: 'We may use your details where it is in our legitimate interests to do so: we have balanced those interests against your rights and freedoms.',
      messageId: 'unstated',
      note: 'a colon followed by the balancing test, not by an interest',
    },
    {
      text: 'Legitimate interests: the processing is necessary for our legitimate interests or those of a third party, unless your interests override them.\nWe use this basis for some of our processing.',
      messageId: 'unstated',
      note: 'a label opening the definition in a list of bases',
    },
    {
      text: 'We rely on legitimate interests because the law allows us to, and because your rights do not override them.',
      messageId: 'unstated',
      note: 'a "because" clause that only restates the law',
    },
    {
      text: 'Information we hold\n- Your name and job title\n- Your bank details\nOur legitimate interests are those stated above.',
      messageId: 'unstated',
      note: 'the items pointed back to list kinds of data, not purposes',
    },
    {
      text: 'Our legitimate interests are set out above.\n- To keep the office secure.\n- To plan staff rotas.',
      messageId: 'unstated',
      note: 'the pointer says "above", but the purposes come after it: nothing above states them',
    },
  ],
  notApplicable: [
    {
      text: 'We process your data only with your consent, which you may withdraw at any time.',
      messageId: 'not-relied',
    },
    {
      text: 'We do not rely on legitimate interests. Processing your order details is necessary for the performance of our contract with you.',
      messageId: 'not-relied',
      note: 'negated legitimate interests, contract named',
    },
  ],
  missing: [
    { text: 'We collect your name and email address.', messageId: 'none' },
    { text: 'We process your data in accordance with data protection law.', messageId: 'none' },
    {
      text: 'Our commercial interests matter to us, and we keep your data safe.',
      messageId: 'none',
      note: 'interests but no basis',
    },
  ],
});
