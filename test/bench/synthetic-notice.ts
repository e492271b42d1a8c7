// A synthetic UK privacy notice of any length, for the benchmark. Written for
// this project (never copied from the evaluation policies): sections cycle
// through the topics a notice covers, and a seeded generator varies names,
// periods and services so no two parts of a long notice are identical.

/** Deterministic PRNG (mulberry32), so every run benchmarks the same text. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGS = [
  'Brightwater Lettings Ltd',
  'Harrow & Finch Opticians',
  'Northgate Cycle Hire Ltd',
  'Kestrel Learning CIC',
];
const SERVICES = ['online shop', 'booking service', 'mobile app', 'loyalty scheme', 'newsletter', 'customer portal'];
const VENDORS = ['Mailchimp', 'Stripe', 'Zendesk', 'Google Analytics', 'Royal Mail', 'Xero', 'Microsoft Azure'];
const REGIONS = ['England', 'Scotland', 'Wales', 'Northern Ireland', 'the Channel Islands'];
const DATA = [
  'name',
  'postal address',
  'email address',
  'telephone number',
  'date of birth',
  'order history',
  'IP address',
  'device identifiers',
  'payment card details',
  'account password',
];
const PERIODS = ['6 years', '36 months', '24 months', '12 months', '7 years', '90 days'];
const PURPOSES = [
  'to deliver your order',
  'to manage your account',
  'to answer your questions',
  'to prevent fraud',
  'to improve our website',
  'to send you offers you asked for',
];

type Pick = <T>(items: readonly T[]) => T;

// Each topic returns a heading and its paragraphs; `part` keeps repeated topics distinct.
const TOPICS: ((pick: Pick, part: number) => [string, string[]])[] = [
  (pick, part) => [
    `Who we are (part ${part})`,
    [
      `${pick(ORGS)} is the controller responsible for your personal data collected through our ${pick(SERVICES)} in ${pick(REGIONS)}. Our registered office is at ${10 + part} Mill Lane, Leeds LS${1 + (part % 9)} 4AB, and you can email us at privacy${part}@example.org.uk.`,
      `If you have any questions about this notice, write to our Data Protection Officer at the address above or call 0113 496 ${String(1000 + (part % 9000)).padStart(4, '0')}.`,
    ],
  ],
  (pick, part) => [
    `Information we collect about you (part ${part})`,
    [
      `When you use our ${pick(SERVICES)} we collect your ${pick(DATA)}, your ${pick(DATA)} and your ${pick(DATA)}. If you contact us we also keep a record of that correspondence.`,
      `We receive your ${pick(DATA)} from ${pick(VENDORS)} when you pay, and from credit reference agencies when you apply for an account.`,
    ],
  ],
  (pick) => [
    'How we use your information',
    [
      `We use your ${pick(DATA)} ${pick(PURPOSES)}, and your ${pick(DATA)} ${pick(PURPOSES)}. We process this data because it is necessary to perform our contract with you.`,
      `Where you have given consent, we send you marketing emails about our ${pick(SERVICES)}. You can withdraw your consent at any time by using the unsubscribe link or by emailing us.`,
      `We rely on our legitimate interests in keeping our ${pick(SERVICES)} secure and in understanding how customers use it, and we have balanced those interests against your rights.`,
      `We must keep some records to comply with a legal obligation, for example tax law.`,
    ],
  ],
  (pick) => [
    'Who we share your information with',
    [
      `We share your data with service providers who act on our instructions: ${pick(VENDORS)} for payments, ${pick(VENDORS)} for email and ${pick(VENDORS)} for hosting. We do not sell your personal data.`,
      'We may disclose information to the police or regulators where the law requires it.',
    ],
  ],
  (pick) => [
    'International transfers',
    [
      `Some of our suppliers, such as ${pick(VENDORS)}, process data in the United States. Where they do, we rely on the UK International Data Transfer Agreement or the UK Extension to the EU-US Data Privacy Framework to protect it.`,
    ],
  ],
  (pick) => [
    'How long we keep your information',
    [
      `We keep customer records for ${pick(PERIODS)} after your last purchase, and financial records for ${pick(PERIODS)} to meet our accounting duties. Enquiries are deleted after ${pick(PERIODS)}.`,
    ],
  ],
  () => [
    'Your rights',
    [
      'You have the right to access your personal data, to have inaccurate data corrected, to have your data erased, to restrict or object to our processing, and to data portability.',
      'To exercise any of these rights, contact us using the details above. We will respond within one month.',
    ],
  ],
  () => [
    'Complaints',
    [
      'If you are unhappy with how we have used your data, please complain to us first so that we can put things right.',
      "You also have the right to complain to the Information Commissioner's Office (ICO), Wycliffe House, Water Lane, Wilmslow SK9 5AF, telephone 0303 123 1113.",
    ],
  ],
  (pick) => [
    'Cookies',
    [
      `Our ${pick(SERVICES)} uses strictly necessary cookies to keep you signed in, and analytics cookies from ${pick(VENDORS)} only if you accept them. You can refuse or withdraw consent to non-essential cookies at any time in the cookie settings.`,
    ],
  ],
  () => [
    'Automated decisions',
    [
      'We do not make decisions about you based solely on automated processing that have legal or similarly significant effects.',
      'You must provide your name and address to place an order; if you do not, we cannot fulfil it. Other information is optional.',
    ],
  ],
];

/** A plain-text privacy notice of exactly `targetChars` characters (cut at the end of a line). */
export function generateNotice(targetChars: number, seed = 20261122): string {
  const random = createRandom(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  const lines: string[] = [`Privacy Notice`, '', 'Last updated: 3 March 2026', ''];
  let length = lines.join('\n').length;
  for (let part = 1; length < targetChars; part++) {
    const topic = TOPICS[(part - 1) % TOPICS.length]!;
    const [heading, paragraphs] = topic(pick, Math.ceil(part / TOPICS.length));
    for (const line of [heading, '', ...paragraphs.flatMap((p) => [p, '']), '']) {
      lines.push(line);
      length += line.length + 1;
    }
  }
  const text = lines.join('\n');
  // Cut back to the last full line, then pad with spaces so the length is exact.
  const cut = text.lastIndexOf('\n', targetChars);
  return text.slice(0, cut).padEnd(targetChars, ' ');
}
