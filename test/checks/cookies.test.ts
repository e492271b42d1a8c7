// checks.md, `cookies` (PECR reg 6):
//   met: cookies/similar technologies described with their purposes and how to refuse or manage them;
//   partial: only a pointer to a separate cookie policy, or purposes without how to refuse;
//   missing: nothing.
import cookies from '../../src/checks/cookies';
import { testCheck } from '../check-tester';

testCheck(cookies, {
  met: [
    {
      text: 'We use Google Analytics cookies to understand how visitors use our website. You can refuse these cookies through our cookie banner or by changing your browser settings.',
      evidence: ['to understand how visitors use', 'You can refuse'],
    },
    {
      text: 'Cookies\nWe use strictly necessary cookies to keep you signed in, and advertising cookies to show you relevant adverts. You can change your choices at any time using the Cookie Settings link in the footer.',
    },
    {
      text: 'Our site uses analytics cookies for statistical purposes. To opt out, visit tools.google.com/dlpage/gaoptout.',
      note: 'an opt-out link as the way to refuse',
    },
    { text: 'This website does not set any cookies.', note: 'a statement that none are used' },
  ],
  partial: [
    { text: 'For details of the cookies we use, please see our Cookie Policy.', messageId: 'pointer' },
    { text: 'We use cookies to remember your basket and to measure how our site is used.', messageId: 'no-refusal' },
    { text: 'You can block cookies in your browser settings.', messageId: 'no-purpose' },
    { text: 'Our website uses cookies.', messageId: 'bare' },
    {
      text: 'Cookies are small text files that last until you delete them or until they expire. We use them for analytics.',
      messageId: 'no-refusal',
      note: '"until you delete them" describes expiry, not how to refuse',
    },
  ],
  missing: [
    { text: 'We keep your data safe.', messageId: 'none' },
    {
      text: 'Your browser type and version are recorded in our server logs.',
      messageId: 'none',
      note: 'the browser named, no cookies',
    },
    { text: 'You can manage your marketing preferences in your account settings.', messageId: 'none' },
  ],
});
