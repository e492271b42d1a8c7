// checks.md, `data-source` (UK GDPR Art 14(2)(f)):
//   met: sources of data not collected from the person are named;
//   partial: "from third parties" with no source;
//   not-applicable: the notice describes collecting data only from the person (given by them or observed
//     from their use) and mentions no other source;
//   missing: nothing about where data comes from.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import dataSource from '../../src/checks/data-source';
import { extractReadableText } from '../../src/dom/extract';
import { createPolicyDocument } from '../../src/engine/document';
import { createFacts } from '../../src/engine/facts';
import { runCheck } from '../../src/engine/run-check';
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
    {
      text: 'We also receive personal data from other organisations:\n- booking agents who sell places on our courses send us your name and the course you chose;\n- when you enrol through your school, it sends us your class and year group.',
      evidence: ['booking agents'],
      note: 'a lead-in naming only "other organisations", its plain-text bullets name the categories; the "when you" item still counts in such a list',
    },
    {
      text: 'Some information reaches us from other sources:\n• Sign-on providers: if you log in with a work account, we receive your name from it.\n• Other members of your workspace, who may add your email address.',
      evidence: ['Sign-on providers'],
      note: 'app-style categories (sign-on providers, other members) listed under a lead-in',
    },
    {
      text: 'Now and then we receive information about you from partners such as Harbourline Media.',
      evidence: ['Harbourline Media'],
      note: 'a vague source ("partners") named by a capitalised example',
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
      text: 'We receive the following information from other companies:\n• your name and address\n• details of your bank account',
      messageId: 'generic',
      note: 'the list after the lead-in gives data ("bank account"), not sources, so only the vague "other companies" remains',
    },
    {
      text: 'Now and then we receive information about you from partners such as those we work with on events.',
      messageId: 'generic',
      note: 'an example that is no name leaves the partners unnamed',
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
    {
      text: "I'm a self-employed tutor. All the information I keep about you comes from you, through my booking form and our lessons, apart from the progress notes I write after each lesson.",
      messageId: 'direct-only',
      note: 'a sole trader in the first person; the exception is data the controller creates, not another source',
    },
    {
      text: 'Everything we hold about you comes straight from you.',
      messageId: 'direct-only',
    },
    {
      text: 'I only use the details you give me when you book a session.',
      messageId: 'direct-only',
      note: '"you give me": the first-person form of "you give us"',
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
    {
      text: 'We share your details with the following organisations:\n• ticket agents\n• our online giving platform',
      messageId: 'none',
      note: 'a list of recipients: source-like categories under a lead-in that gives data away',
    },
    {
      text: 'We pass order details to partners such as Quayside Couriers so that they can deliver your parcel.',
      messageId: 'none',
      note: 'a named example of a recipient, not of a source',
    },
  ],
});

// Tables in HTML notices are extracted one block per cell with no row marks, so the sources are the cells under a
// source-like column header ("Source", "Where we get it", "How we obtain it"), found by the table's row width.
function auditHtmlTable(header: string[], rows: string[][], after = ''): ReturnType<typeof runCheck> {
  const cells = (tag: string, row: string[]) => `<tr>${row.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  const html = `<!doctype html><html><body><main><h1>Privacy notice</h1><h2>Your information</h2><table><thead>${cells('th', header)}</thead><tbody>${rows
    .map((r) => cells('td', r))
    .join(
      '',
    )}</tbody></table>${after}<h2>Your rights</h2><p>You can ask for a copy of your data.</p></main></body></html>`;
  const { document } = parseHTML(html);
  const { text, blocks, title } = extractReadableText(document as unknown as Document);
  const doc = createPolicyDocument({ text, title, blocks });
  return runCheck(dataSource, { doc, facts: createFacts(doc), cookies: null });
}

describe('data-source in HTML lists', () => {
  it('met: <li> items under a "from other sources:" lead-in name the sources', () => {
    const html = `<!doctype html><html><body><main><h1>Privacy notice</h1><h2>What we collect</h2><p>We also obtain information about you from other sources:</p><ul><li>App stores. Google Play and the App Store tell us when you buy a subscription.</li><li>Other users, who may add your phone number when they invite you.</li></ul><h2>Your rights</h2><p>You can ask for a copy of your data.</p></main></body></html>`;
    const { document } = parseHTML(html);
    const { text, blocks, title } = extractReadableText(document as unknown as Document);
    const doc = createPolicyDocument({ text, title, blocks });
    const result = runCheck(dataSource, { doc, facts: createFacts(doc), cookies: null });
    expect(result.status).toBe('met');
    expect(result.evidence.map((e) => e.text).join(' ')).toContain('App stores');
  });
});

describe('data-source in HTML tables', () => {
  it('met: a "Where we get it" last column naming brokers and a public register', () => {
    const result = auditHtmlTable(
      ['Who you are', 'What we hold', 'Where we get it'],
      [
        ['Customers', 'Name, email address, delivery address and order history', 'You, when you place an order'],
        [
          'Sales prospects',
          'Name, job title, work email, company size and industry',
          'List brokers we license contact data from, and Companies House',
        ],
      ],
    );
    expect(result.status).toBe('met');
    expect(result.evidence.map((e) => e.text).join(' ')).toContain('List brokers');
  });

  it('met: a "Source" middle column, with a short first cell in the first row', () => {
    const result = auditHtmlTable(
      ['Data', 'Source', 'Why we use it'],
      [
        [
          'Credit score',
          'Credit reference agencies such as Equifax',
          'To decide whether we can offer you finance and on what terms',
        ],
        ['Contact details', 'You', 'To manage your account and tell you about changes to it'],
      ],
    );
    expect(result.status).toBe('met');
    expect(result.evidence.map((e) => e.text).join(' ')).toContain('Credit reference agencies');
  });

  it('met: a "How we obtain it" column in a four-column table', () => {
    const result = auditHtmlTable(
      ['Who', 'What', 'How we obtain it', 'How long we keep it'],
      [
        [
          'Pupils',
          'Name, date of birth, attendance and assessment results',
          'Your previous school, through the common transfer file',
          'Until the pupil is 25',
        ],
        [
          'Parents',
          'Name, address and phone number',
          'You, on the admission form',
          'While your child is at the school',
        ],
      ],
    );
    expect(result.status).toBe('met');
    expect(result.evidence.map((e) => e.text).join(' ')).toContain('previous school');
  });

  it('not met: a source word in another column ("Parents and carers") is not a source', () => {
    // Tricky: the first column names people who are also source terms; only the source column counts.
    const result = auditHtmlTable(
      ['Who you are', 'What we hold', 'Source'],
      [
        ['Parents and carers', 'Name, email address and phone number for emergencies', 'You'],
        ['Volunteers', 'Name, address, and the results of your DBS check', 'You'],
      ],
      '<p>We collect all of this information directly from you.</p>',
    );
    expect(result.status).toBe('not-applicable');
  });
});
