// checks.md, `cookies` (PECR reg 6):
//   met: cookies/similar technologies described with their purposes and how to refuse or manage them;
//   partial: only a pointer to a separate cookie policy, or purposes without how to refuse;
//   missing: nothing.
// With cookies observed on the site, a silent notice's gap names the non-essential ones, and a
// "we set no cookies" statement they contradict is only partial.
import cookies from '../../src/checks/cookies';
import type { ObservedCookie } from '../../src/cookies/types';
import { testCheck } from '../check-tester';

const ADVERTISING_AND_ANALYTICS: ObservedCookie[] = [
  { name: '_ga', domain: '.shop.example' },
  { name: 'IDE', domain: '.doubleclick.net' },
  { name: 'PHPSESSID', domain: 'shop.example' },
];
const ONLY_NECESSARY: ObservedCookie[] = [{ name: 'PHPSESSID', domain: 'shop.example' }];

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
    {
      text: 'We do not use any cookies on this website.',
      cookies: ONLY_NECESSARY,
      note: 'only a strictly necessary session cookie observed: the statement stands',
    },
    {
      text: 'We use Google Analytics cookies to see which pages are read. You can turn them off in your browser settings.',
      cookies: ADVERTISING_AND_ANALYTICS,
      note: 'observed cookies do not change a met notice (the undisclosed-cookies warning names the rest)',
    },
    {
      text: 'How we use cookies\nWe use analytics cookies to count visits, and you can turn them off with the buttons below.\nAccept analytics cookies\nReject analytics cookies',
      evidence: ['count visits'],
      note: "buttons after the notice's own paragraph under its cookie heading: the paragraph stays the notice's",
    },
    {
      text: 'Cookie settings\nWe use analytics to count visits. You can switch these off in your browser.',
      note: 'a heading worded like a banner link still heads a section about cookies',
    },
  ],
  partial: [
    {
      text: 'Harbour Lane Books\nWe use cookies on this site. Some are needed and others help us improve it.\nAccept all cookies\nReject all\nCookie settings\nPrivacy notice\nWe collect your name to send your order. For the cookies on this site, see our Cookie Policy.',
      messageId: 'pointer',
      evidence: ['see our Cookie Policy'],
      note: 'a cookie banner scraped into a plain-text page (message and buttons) is page furniture; the notice only points',
    },
    {
      text: 'We use cookies to remember your choices and to measure visits.\nAllow all\nNecessary cookies only\nManage preferences\nPrivacy notice\nYou can block cookies in your browser settings.',
      messageId: 'no-purpose',
      evidence: ['block cookies in your browser settings'],
      note: "the purposes are the banner's, before its buttons; the notice itself only says how to refuse",
    },
    {
      text: 'We use Google Analytics cookies to see which pages are popular.\nCookie settings',
      messageId: 'no-refusal',
      note: 'a link label standing alone on its line is not an instruction on how to refuse',
    },
    { text: 'For details of the cookies we use, please see our Cookie Policy.', messageId: 'pointer' },
    { text: 'We use cookies to remember your basket and to measure how our site is used.', messageId: 'no-refusal' },
    { text: 'You can block cookies in your browser settings.', messageId: 'no-purpose' },
    { text: 'Our website uses cookies.', messageId: 'bare' },
    {
      text: 'This website does not use cookies.',
      cookies: [{ name: '_fbp', domain: '.shop.example' }],
      messageId: 'contradicted',
      // The vendor's display name belongs to src/cookies; the reason names the cookie and its category.
      reasonIncludes: ['yet it sets 1 non-essential cookie: _fbp (advertising, '],
      note: 'the site was seen to set an advertising cookie',
    },
    {
      text: 'Cookies are small text files that last until you delete them or until they expire. We use them for analytics.',
      messageId: 'no-refusal',
      note: '"until you delete them" describes expiry, not how to refuse',
    },
  ],
  missing: [
    { text: 'We keep your data safe.', messageId: 'none' },
    {
      text: 'We use cookies to give you the best experience.\nAccept all cookies\nReject all\nCookie settings\nPrivacy notice\nWe collect your name to send you tickets.',
      messageId: 'none',
      note: 'only a scraped cookie banner mentions cookies; the notice itself says nothing',
    },
    {
      text: 'Your browser type and version are recorded in our server logs.',
      messageId: 'none',
      note: 'the browser named, no cookies',
    },
    { text: 'You can manage your marketing preferences in your account settings.', messageId: 'none' },
    {
      text: 'We collect your name and address to deliver your order.',
      cookies: ADVERTISING_AND_ANALYTICS,
      messageId: 'none-observed',
      reasonIncludes: ['sets 2 non-essential cookies: IDE (advertising, ', '), _ga (analytics, Google Analytics)'],
      note: 'a silent notice on a site that sets advertising cookies: the gap names them, most intrusive first',
    },
    {
      text: 'We collect your email address to send you receipts.',
      cookies: ONLY_NECESSARY,
      messageId: 'none',
      note: 'a strictly necessary cookie alone needs no information (PECR Sch A1)',
    },
  ],
});
