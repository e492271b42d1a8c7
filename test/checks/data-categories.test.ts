// checks.md, data-categories (Art 14(1)(d)): met = categories of personal data listed; there is no
// partial. Threshold: two distinct categories in sentences about collection, or one under a
// "What we collect" heading.
import dataCategories from '../../src/checks/data-categories';
import { testCheck } from '../check-tester';

testCheck(dataCategories, {
  met: [
    {
      text: 'We collect your name, email address and phone number when you book a table.',
      evidence: ['email address'],
    },
    {
      text: 'What information we collect\nWe only collect your email address.',
      note: 'one category under a collection heading',
    },
    'When you visit our website we record your IP address, browser type and the pages you visit.',
    {
      text: 'We may collect the following information:\n- your date of birth\n- your bank details',
      note: 'list items after a collection lead-in',
    },
    {
      text: 'Information we collect\nName\nEmail\nPhone',
      note: 'plain-text list cells, read as headings, under a collection heading',
    },
  ],
  missing: [
    { text: 'We collect personal information to provide our services.', messageId: 'none' },
    {
      text: 'We do not collect any special category data, such as information about your health, religion or ethnicity.',
      messageId: 'none',
      note: 'a list of what is not collected',
    },
    {
      text: 'Please write to us at our address below or send us an email.',
      messageId: 'none',
      note: "the controller's own address, no collection",
    },
    {
      text: 'You can update your contact preferences at any time.',
      messageId: 'none',
      note: 'one weak category, no collection cue',
    },
  ],
});
